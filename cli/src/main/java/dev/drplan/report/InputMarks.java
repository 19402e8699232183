package dev.drplan.report;

import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.model.Figure;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of a scenario's inputs the customer stated and which are assumptions, as every output that
 * lists inputs shows them (docs/model.md, "Output contract"; docs/scenario-format.md,
 * "provenance"). Only a stated input may be quoted as the customer's; an assumption carries the
 * reason for its value.
 *
 * <p>The inputs listed are the scenario's own numeric keys, in the order of the format: a figure
 * the catalog supplies has its own source and as-of date (the price table), so a group mark such as
 * {@code options.gcs-archive} does not cover it; a mark on its exact key does.
 */
final class InputMarks {
  private InputMarks() {}

  /** What an output says once of a scenario that marks none of its inputs. */
  static final String UNMARKED =
      "The scenario does not say which of its inputs the customer stated and which are"
          + " assumptions: confirm every figure before quoting it as the customer's.";

  /** The word of a mark in JSON and tables. */
  static final String STATED = "stated";

  static final String ASSUMED = "assumed";

  static final String NOT_MARKED = "unmarked";

  /**
   * One input of the scenario with its mark.
   *
   * @param key the input's key path
   * @param label what the input is, in the customer's words ({@link Wording#input})
   * @param value the value, in its human unit
   * @param mark the scenario's mark, or {@code null} when unmarked
   */
  record Entry(String key, String label, String value, Provenance mark) {
    /** {@link #STATED}, {@link #ASSUMED} or {@link #NOT_MARKED}. */
    String source() {
      return InputMarks.source(mark);
    }

    /** The customer's words or the assumption's reason; empty when unmarked. */
    String note() {
      return mark == null ? "" : mark.note();
    }
  }

  /** Whether the scenario marks any of its inputs. */
  static boolean any(Scenario scenario) {
    return !scenario.provenance().isEmpty();
  }

  /** A mark in a few words: "assumed" or "stated by the customer". */
  static String word(Provenance mark) {
    return mark.stated() ? "stated by the customer" : ASSUMED;
  }

  /**
   * A mark's word in tables, CSV and JSON: {@link #STATED}, {@link #ASSUMED} or {@link
   * #NOT_MARKED}.
   */
  static String source(Provenance mark) {
    return mark == null ? NOT_MARKED : mark.stated() ? STATED : ASSUMED;
  }

  /** The customer's words or the assumption's reason; {@code null} when unmarked. */
  static String note(Provenance mark) {
    return mark == null ? null : mark.note();
  }

  /**
   * The mark of an input that gives its value to {@code keys} (its own key, or every key a quantity
   * named once in {@code uncertain:} sets): an assumption when any of those keys is one, stated
   * when every key is stated, otherwise {@code null} (unmarked), so that a figure is never quoted
   * as the customer's when part of it is not.
   */
  static Provenance of(Scenario scenario, List<String> keys) {
    Provenance stated = null;
    boolean unmarked = false;
    for (String key : keys) {
      Provenance mark = scenario.provenance(key);
      if (mark == null) {
        unmarked = true;
      } else if (!mark.stated()) {
        return mark;
      } else if (stated == null) {
        stated = mark;
      }
    }
    return unmarked ? null : stated;
  }

  /**
   * The mark of an uncertain input of {@code uncertain} named {@code input}: its key path, or the
   * name of a quantity given once in {@code uncertain:} ({@link #of(Scenario, List)} over the keys
   * it sets).
   */
  static Provenance of(UncertainScenario uncertain, String input) {
    for (UncertainInput each : uncertain.inputs()) {
      if (each.key().equals(input)) {
        return of(uncertain.base(), each.sets());
      }
    }
    return of(uncertain.base(), List.of(input));
  }

  /** The scenario's own inputs (and catalog ones it marks by their key), each with its mark. */
  static List<Entry> of(Scenario scenario) {
    List<Entry> entries = new ArrayList<>();
    for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
      String path = key.path();
      Provenance mark = scenario.provenance(path);
      boolean fromCatalog = scenario.origin(path) != null;
      if (fromCatalog && (mark == null || !mark.key().equals(path))) {
        continue;
      }
      entries.add(
          new Entry(path, Wording.input(key, scenario), valueAsWritten(key, scenario), mark));
    }
    return entries;
  }

  /** The input's value in its human unit; a size in the binary unit it was likely written in. */
  private static String valueAsWritten(ScenarioKey key, Scenario scenario) {
    double canonical = key.get(scenario);
    return Display.ofKindLike(key.kind(), canonical, canonical);
  }

  /**
   * One sentence on the inputs' marks: how many the customer stated, how many are assumptions, how
   * many are unmarked, and where the reasons stand ({@code where}); {@link #UNMARKED} for a
   * scenario that marks none.
   */
  static String summary(Scenario scenario, String where) {
    if (!any(scenario)) {
      return UNMARKED;
    }
    int stated = 0;
    int assumed = 0;
    int unmarked = 0;
    for (Entry entry : of(scenario)) {
      stated += entry.mark() != null && entry.mark().stated() ? 1 : 0;
      assumed += entry.mark() != null && !entry.mark().stated() ? 1 : 0;
      unmarked += entry.mark() == null ? 1 : 0;
    }
    return "Inputs: "
        + stated
        + " stated by the customer, "
        + assumed
        + (assumed == 1 ? " assumption" : " assumptions")
        + (unmarked == 0 ? "" : ", " + unmarked + " unmarked")
        + "; only the stated ones are the customer's figures"
        + (where.isEmpty() ? "" : " (" + where + ")")
        + ".";
  }

  /**
   * The marks of the inputs a line of the summary shows, as a sentence to end it with: {@code
   * "Assumed: growth, daily change."}; empty for a scenario that marks none. {@code labels} and
   * {@code keys} run in step.
   */
  static String marksOf(Scenario scenario, List<String> labels, List<String> keys) {
    if (!any(scenario)) {
      return "";
    }
    List<String> stated = new ArrayList<>();
    List<String> assumed = new ArrayList<>();
    List<String> unmarked = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Provenance mark = scenario.provenance(keys.get(i));
      (mark == null ? unmarked : mark.stated() ? stated : assumed).add(labels.get(i));
    }
    StringBuilder out = new StringBuilder();
    part(out, "Stated by the customer", stated);
    part(out, "Assumed", assumed);
    part(out, "Unmarked", unmarked);
    return out.toString();
  }

  private static void part(StringBuilder out, String title, List<String> names) {
    if (!names.isEmpty()) {
      out.append(' ').append(title).append(": ").append(String.join(", ", names)).append('.');
    }
  }

  /** The symbols explain's formulas give scenario inputs (docs/model.md, "Notation"). */
  private static final Map<String, String> SYMBOLS =
      Map.of("L0", "dataset.logical_size", "g", "dataset.annual_growth", "H", "horizon");

  /**
   * The scenario key a formula input of the pair ({@code configuration}, {@code option}) reads, or
   * {@code null} when it reads none (a figure derived before, or a catalog figure): the key of the
   * input's name (the last part of its path, or the symbol of {@link #SYMBOLS}) among the option's
   * keys, then the configuration's, then the scenario-wide ones (for a figure of the primary, §2,
   * the option's last: a namespace option repeats the primary's reduction ratio and fill limit
   * under its own keys), whose value is the input's value. A catalog figure the scenario does not
   * mark by its exact key is left out, as {@link #of(Scenario)} leaves it out: it has its own
   * source.
   *
   * @param section the section of the figure the input is of, as explain prints it ("§2")
   * @param name the input's name as explain prints it, with any catalog entry in brackets after
   */
  static String keyOfFormulaInput(
      Scenario scenario,
      String configuration,
      String option,
      String section,
      String name,
      Object value) {
    Double canonical = canonical(value);
    if (canonical == null) {
      return null;
    }
    int entry = name.indexOf(" (");
    String bare = entry < 0 ? name : name.substring(0, entry);
    String symbol = SYMBOLS.get(bare);
    String ofOption = "options." + option + ".";
    String ofConfiguration = "primary.configurations." + configuration + ".";
    List<String> scopes =
        section.equals("§2")
            ? List.of(ofConfiguration, "", ofOption)
            : List.of(ofOption, ofConfiguration, "");
    for (String scope : scopes) {
      for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
        String path = key.path();
        boolean named =
            symbol != null
                ? path.equals(symbol)
                : path.startsWith(scope) && path.endsWith("." + bare) || path.equals(bare);
        boolean inScope =
            scope.isEmpty()
                ? !path.startsWith("options.") && !path.startsWith("primary.configurations.")
                : path.startsWith(scope);
        if (!named || !inScope || !sameValue(key.get(scenario), canonical)) {
          continue;
        }
        Provenance mark = scenario.provenance(path);
        boolean fromCatalog = scenario.origin(path) != null;
        if (fromCatalog && (mark == null || !mark.key().equals(path))) {
          return null;
        }
        return path;
      }
    }
    return null;
  }

  /** A formula input's value in its canonical unit, or {@code null} when it is not a number. */
  private static Double canonical(Object value) {
    return Figure.isQuantity(value) ? Figure.canonical(value) : null;
  }

  private static boolean sameValue(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
