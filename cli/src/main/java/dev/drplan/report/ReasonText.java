package dev.drplan.report;

import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Reason} in words: its code's template with every {@code {name}} slot filled from the
 * reason's figures in {@link Display} units.
 */
public final class ReasonText {
  private ReasonText() {}

  private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9_]+)\\}");

  /**
   * The reason's template with its figures filled in. A slot without a figure stays as {@code
   * {name}} so that the omission shows (a test checks the engine never leaves one).
   */
  public static String of(Reason reason) {
    return of(reason, ENGINE);
  }

  /**
   * How a sentence names an input that a finding rests on (docs/model.md §8), and where the input's
   * value came from. The engine names the key path and the catalog entry's path; the proposal and
   * the markdown name them in words ({@link Wording}).
   */
  interface RestingInputs {
    /** The input at key path {@code path}, inside a sentence. */
    String input(String path);

    /**
     * Where the value of a rests-on note came from, with the catalog entry: "a catalog placeholder
     * (appliances.ta300.round_trip)".
     */
    String origin(Reason note);

    /**
     * A distribution named once for several keys ({@code uncertain:}), by {@code name}, as it sets
     * the key at {@code path}.
     */
    String distribution(String name, String path);

    /** The catalog entry at {@code path}: its path, or its words. */
    String entry(String path);

    /** The template a reason of {@code code} is written from: the engine's, or reworded. */
    default String template(ReasonCode code) {
      return code.template();
    }

    /** A figure of a reason other than the input it rests on, in display units. */
    default String value(Object value) {
      return Display.value(value);
    }
  }

  /** The engine's names: key paths, and the origin the engine wrote. */
  private static final RestingInputs ENGINE =
      new RestingInputs() {
        @Override
        public String input(String path) {
          return path;
        }

        @Override
        public String origin(Reason note) {
          return String.valueOf(note.figures().get("origin"));
        }

        @Override
        public String distribution(String name, String path) {
          return name;
        }

        @Override
        public String entry(String path) {
          return path;
        }
      };

  /**
   * The reason's template with its figures filled in ({@link #of(Reason)}), an input it rests on
   * and that input's origin named by {@code inputs}.
   */
  static String of(Reason reason, RestingInputs inputs) {
    if (reason.code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
      return flips(reason, flip -> flipInput(flip, inputs), true);
    }
    Matcher slot = SLOT.matcher(inputs.template(reason.code()));
    boolean restsOn = restsOn(reason.code());
    StringBuilder text = new StringBuilder();
    while (slot.find()) {
      String name = slot.group(1);
      String filled;
      if (!reason.figures().containsKey(name)) {
        filled = slot.group();
      } else if (restsOn && name.equals("key")) {
        filled = inputs.input((String) reason.figures().get(name));
      } else if (restsOn && name.equals("origin")) {
        filled = inputs.origin(reason);
      } else {
        filled = inputs.value(reason.figures().get(name));
      }
      slot.appendReplacement(text, Matcher.quoteReplacement(filled));
    }
    slot.appendTail(text);
    return text.append(restsOn(reason, note -> restingInput(note, inputs))).toString();
  }

  /**
   * A {@code recommendation-rests-on} reason in words (docs/model.md §8, "Where the recommendation
   * changes"): with distributions and {@code sayWhereLikelihood}, first that every figure is at
   * their base values and that {@code drplan decide} says how likely the pair is to be feasible;
   * then each nearest change, nearest first: the input in {@code input}'s words, its value, where
   * it changes and what the recommendation becomes.
   */
  static String flips(
      Reason reason, Function<RecommendationFlip, String> input, boolean sayWhereLikelihood) {
    StringBuilder text = new StringBuilder();
    if (sayWhereLikelihood && Boolean.TRUE.equals(reason.figures().get("at_base_values"))) {
      text.append(
          "every figure here is at the base value of the uncertain inputs and compare draws no"
              + " futures, so how likely this pair is to be feasible is for drplan decide to say; ");
    }
    text.append(
        "within the inputs' ranges, each moved alone, the recommendation changes nearest where ");
    String separator = "";
    for (Object item : (List<?>) reason.figures().get("flips")) {
      RecommendationFlip flip = (RecommendationFlip) item;
      text.append(separator)
          .append(input.apply(flip))
          .append(" is ")
          // In the unit family the base value was written in: a size given in MiB flips in MiB.
          .append(Display.ofKindLike(flip.kind(), flip.flip(), flip.value()))
          .append(" instead of ")
          .append(Display.ofKindLike(flip.kind(), flip.value(), flip.value()))
          .append(
              flip.becomes().equals(RecommendationFlip.NOTHING_FEASIBLE)
                  ? " (no pair is then feasible)"
                  : " (then " + flip.becomes() + ")");
      separator = ", ";
    }
    return text.toString();
  }

  /**
   * An input of a flip named by {@code inputs} (a distribution named once for several keys by its
   * own name), a catalog figure with its kind of uncertainty and entry.
   */
  static String flipInput(RecommendationFlip flip, RestingInputs inputs) {
    String named =
        flip.input().equals(flip.key())
            ? inputs.input(flip.key())
            : inputs.distribution(flip.input(), flip.key());
    return flip.entry() == null
        ? named
        : named
            + " ("
            + Wording.uncertainty(flip.source())
            + ": "
            + inputs.entry(flip.entry())
            + ")";
  }

  /** Whether {@code code}'s {@code {key}} is an input a finding rests on (§8). */
  static boolean restsOn(ReasonCode code) {
    return code == ReasonCode.VERDICT_RESTS_ON || code == ReasonCode.RECOMMENDATION_RESTS_ON;
  }

  /**
   * The clause a blocking reason carries when an uncertain input decides it (docs/model.md §8): ";
   * this rests on " and each input with the value it would need, joined by " and "; empty when none
   * does.
   */
  static String restsOn(Reason reason, Function<Reason, String> input) {
    Object notes = reason.figures().get("rests_on");
    if (!(notes instanceof List) || ((List<?>) notes).isEmpty()) {
      return "";
    }
    // What the pair would be at the flip is said once, after the inputs, when it is the same for
    // all (the usual case: another reason keeps it infeasible), else beside each input.
    boolean allStay = true;
    for (Object note : (List<?>) notes) {
      allStay = allStay && !Boolean.TRUE.equals(((Reason) note).figures().get("feasible_then"));
    }
    StringBuilder clause = new StringBuilder("; this rests on ");
    String separator = "";
    for (Object note : (List<?>) notes) {
      Reason resting = (Reason) note;
      clause
          .append(separator)
          .append(input.apply(resting))
          .append(" (at ")
          .append(Display.value(resting.figures().get("flip")))
          .append(" it would ")
          .append(resting.figures().get("change"))
          .append(": ")
          .append(resting.figures().get("figure_name"))
          .append(" ")
          .append(Display.value(resting.figures().get("figure_value")))
          .append(allStay ? "" : ", and " + resting.figures().get("pair_then"))
          .append(")");
      separator = " and ";
    }
    if (allStay) {
      clause.append(
          ((List<?>) notes).size() == 1
              ? "; the pair would then stay infeasible for another reason"
              : "; with any one of them changed so, the pair would stay infeasible for another"
                  + " reason");
    }
    return clause.toString();
  }

  /**
   * "key = value, origin", from a verdict-rests-on note: the input a reason rests on, named by
   * {@code inputs} ({@link #restsOn} adds what it would take).
   */
  static String restingInput(Reason note, RestingInputs inputs) {
    return inputs.input((String) note.figures().get("key"))
        + " = "
        + Display.value(note.figures().get("value"))
        + ", "
        + inputs.origin(note);
  }

  /**
   * The notes of {@code result} a report writes: all but those already said inside one of its
   * reasons ({@link #saidInAReason}). JSON keeps them all, by code.
   */
  public static List<Reason> notesToSay(OptionResult result) {
    List<Reason> notes = new java.util.ArrayList<>();
    for (Reason note : result.notes()) {
      if (!saidInAReason(note, result.reasons())) {
        notes.add(note);
      }
    }
    return notes;
  }

  /**
   * Whether {@code note} is a verdict-rests-on note already said inside one of {@code reasons}
   * (their {@code rests_on} clause): a list of numbered notes leaves it out, so that it is said
   * once.
   */
  static boolean saidInAReason(Reason note, List<Reason> reasons) {
    if (note.code() != ReasonCode.VERDICT_RESTS_ON) {
      return false;
    }
    for (Reason reason : reasons) {
      Object restsOn = reason.figures().get("rests_on");
      if (restsOn instanceof List && ((List<?>) restsOn).contains(note)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reasons joined into one sentence: the first letter capitalised, clauses separated by
   * semicolons, a full stop at the end. An empty list gives an empty string.
   */
  public static String sentence(List<Reason> reasons) {
    return sentence(reasons, ReasonText::of);
  }

  /** {@link #sentence(List)} with each reason put in words by {@code words}. */
  static String sentence(List<Reason> reasons, Function<Reason, String> words) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder sentence = new StringBuilder();
    for (Reason reason : reasons) {
      if (sentence.length() > 0) {
        sentence.append("; ");
      }
      sentence.append(words.apply(reason));
    }
    return Wording.capitalised(sentence.toString()) + ".";
  }
}
