package dev.drplan.report;

import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

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
      return mark == null ? NOT_MARKED : mark.stated() ? STATED : ASSUMED;
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
}
