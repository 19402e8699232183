package dev.drplan.report;

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
    if (reason.code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
      return flips(reason, ReasonText::flipInput, true);
    }
    Matcher slot = SLOT.matcher(reason.code().template());
    StringBuilder text = new StringBuilder();
    while (slot.find()) {
      String name = slot.group(1);
      String filled =
          reason.figures().containsKey(name)
              ? Display.value(reason.figures().get(name))
              : slot.group();
      slot.appendReplacement(text, Matcher.quoteReplacement(filled));
    }
    slot.appendTail(text);
    return text.append(restsOn(reason, ReasonText::restingInput)).toString();
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
          .append(Display.value(flip.kind().typed(flip.flip())))
          .append(" instead of ")
          .append(Display.value(flip.kind().typed(flip.value())))
          .append(
              flip.becomes().equals(RecommendationFlip.NOTHING_FEASIBLE)
                  ? " (no pair is then feasible)"
                  : " (then " + flip.becomes() + ")");
      separator = ", ";
    }
    return text.toString();
  }

  /** An input of a flip by key path, a catalog figure with its kind of uncertainty and entry. */
  private static String flipInput(RecommendationFlip flip) {
    return flip.entry() == null
        ? flip.input()
        : flip.input() + " (" + Wording.uncertainty(flip.source()) + ": " + flip.entry() + ")";
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
    StringBuilder clause = new StringBuilder("; this rests on ");
    String separator = "";
    for (Object note : (List<?>) notes) {
      clause.append(separator).append(input.apply((Reason) note));
      separator = " and ";
    }
    return clause.toString();
  }

  /** "key = value, origin (at flip it would no longer hold)", from a verdict-rests-on note. */
  private static String restingInput(Reason note) {
    return note.figures().get("key")
        + " = "
        + Display.value(note.figures().get("value"))
        + ", "
        + note.figures().get("origin")
        + " (at "
        + Display.value(note.figures().get("flip"))
        + " it would "
        + note.figures().get("change")
        + ")";
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
