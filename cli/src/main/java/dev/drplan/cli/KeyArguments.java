package dev.drplan.cli;

import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.SweepAxis;
import dev.drplan.analysis.UnknownScenarioKeyException;
import dev.drplan.report.Display;
import dev.drplan.report.Figures;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.DataLimit;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario keys and their values as the analysis commands take them ({@code --vary}, {@code
 * --find}, {@code --range}): keys by their path in the scenario format, values in the key's own
 * unit read by {@link QuantityParser} (counts as plain whole numbers). Every mistake is an {@link
 * InputException} (exit 2) that says what was expected and what was found.
 */
final class KeyArguments {
  private KeyArguments() {}

  /** Most steps of one --vary, and most points of a sweep: its own limit. */
  static final long MAX_STEPS = 1_000_000;

  static final String VARY_FORM =
      "KEY=FROM..TO[:log]:STEPS, like"
          + " dataset.logical_size=1PB..1EB:log:40 or network.circuits=1..16:16";

  private static final Pattern VARY =
      Pattern.compile("\\s*([^=\\s]+)\\s*=(.+?)\\.\\.(.+?)(:\\s*log\\s*)?:\\s*([^:]+?)\\s*");

  /**
   * The key at {@code path}.
   *
   * @throws InputException naming the option, leading with the closest key ({@link UnknownNames})
   */
  static ScenarioKey key(Scenario scenario, String option, String path) {
    try {
      return ScenarioKeys.key(scenario, path.strip());
    } catch (UnknownScenarioKeyException e) {
      throw UnknownNames.of(option, e);
    }
  }

  /** {@code text} as a canonical value of {@code key}, inside the key's domain. */
  static double value(ScenarioKey key, String option, String text) {
    double value;
    try {
      value = key.kind().canonical(text.strip());
    } catch (QuantityFormatException e) {
      throw InputException.of(
          option + ": " + key.path() + " takes " + expected(key, e) + ", found " + e.found());
    }
    if (!key.admits(key.coerce(value))) {
      throw InputException.of(
          option
              + ": \""
              + text.strip()
              + "\" is outside what "
              + key.path()
              + " allows: "
              + allowed(key));
    }
    return value;
  }

  /**
   * What a value of {@code key} looks like, for a value the parser refused: the parser's form,
   * except for a share whose range is not 0 to 1 (a growth up to 1000%, a link efficiency from 1%),
   * where the parser's "a number from 0 to 1" would state the wrong range: the key's own range
   * then, and how a share is written.
   */
  static String expected(ScenarioKey key, QuantityFormatException e) {
    if (e.isTooLarge()) {
      return allowed(key);
    }
    String form = key.domain().unreadableForm(key.kind(), allowed(key));
    return form != null ? form : e.expected();
  }

  /**
   * The key's range in its own units: "a share from 1% to 100%", and where the other keys of the
   * scenario lower its top (the data limit), the top here: "an annual growth above -100% and at
   * most 1000%, here at most 97.3% (more takes the data beyond 1,000,000 EB (10^24 B))".
   */
  static String allowed(ScenarioKey key) {
    String range = key.domain().text(key.kind());
    if (key.max() < key.domain().highest()) {
      range +=
          ", here at most "
              + Figures.human(key.kind(), key.max())
              + " (more takes the data beyond "
              + DataLimit.LARGEST_TEXT
              + " over the horizon)";
    }
    return range;
  }

  /** A range {@code FROM..TO} of {@code key}'s values, from below to above. */
  static double[] range(ScenarioKey key, String option, String text) {
    int dots = text.indexOf("..");
    if (dots < 0 || text.indexOf("..", dots + 2) >= 0) {
      throw InputException.of(
          option
              + ": expected FROM..TO in the unit of "
              + key.path()
              + ", like "
              + key.kind().rangeExample()
              + ", found \""
              + text
              + "\"");
    }
    double from = value(key, option, text.substring(0, dots));
    double to = value(key, option, text.substring(dots + 2));
    if (!(from < to)) {
      throw InputException.of(option + ": expected FROM below TO, found \"" + text + "\"");
    }
    return new double[] {from, to};
  }

  /** One {@code --vary KEY=FROM..TO[:log]:STEPS}. */
  static SweepAxis vary(Scenario scenario, String text) {
    Matcher m = VARY.matcher(text);
    if (!m.matches()) {
      throw InputException.of("--vary: expected " + VARY_FORM + ", found \"" + text + "\"");
    }
    ScenarioKey key = key(scenario, "--vary", m.group(1));
    double from = value(key, "--vary", m.group(2));
    double to = value(key, "--vary", m.group(3));
    boolean log = m.group(4) != null;
    String stepsText = m.group(5).strip();
    if (!stepsText.matches("[0-9]+")) {
      throw InputException.of(
          "--vary: expected STEPS as a whole number from 2 to "
              + Display.count(MAX_STEPS)
              + " after the last \":\" ("
              + VARY_FORM
              + "), found \""
              + m.group(5)
              + "\"");
    }
    // Digits beyond a long are beyond any range: compared as the number they spell.
    double spelled = Double.parseDouble(stepsText);
    if (spelled < 2 || spelled > MAX_STEPS) {
      throw InputException.of(
          "--vary: expected from 2 to "
              + Display.count(MAX_STEPS)
              + " steps, found "
              + stepsText.replaceFirst("^0+(?=.)", ""));
    }
    int steps = (int) spelled;
    if (!(from < to)) {
      throw InputException.of(
          "--vary: expected FROM below TO, found \""
              + m.group(2).strip()
              + ".."
              + m.group(3).strip()
              + "\"");
    }
    if (log && !(from > 0)) {
      throw InputException.of(
          "--vary: a log sweep needs FROM above zero, found \"" + m.group(2).strip() + "\"");
    }
    return new SweepAxis(
        key.path(), from, to, steps, log ? SweepAxis.Spacing.LOG : SweepAxis.Spacing.LINEAR);
  }
}
