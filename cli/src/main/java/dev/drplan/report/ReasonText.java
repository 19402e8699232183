package dev.drplan.report;

import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
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

  /** "key = value, origin", from a verdict-rests-on note: the input a reason rests on. */
  private static String restingInput(Reason note) {
    return note.figures().get("key")
        + " = "
        + Display.value(note.figures().get("value"))
        + ", "
        + note.figures().get("origin");
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
