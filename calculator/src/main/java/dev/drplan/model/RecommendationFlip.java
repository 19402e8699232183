package dev.drplan.model;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.ValueKind;

/**
 * The nearest value of one uncertain input, on one side of its base value and within its range, at
 * which {@code compare}'s recommendation becomes another pair, or no pair at all (docs/model.md §8,
 * "Where the recommendation changes"). Every value is in the input's canonical unit (bytes,
 * bytes/s, seconds, ratio, USD, count).
 *
 * @param input the input: a distribution's name, or the key path of a catalog figure
 * @param key the key path that gives the input's kind and words: the first key a distribution sets,
 *     or the catalog figure's
 * @param source where the input's uncertainty comes from
 * @param entry the catalog entry of a catalog figure, or {@code null} for a distribution
 * @param kind the kind of value the input takes
 * @param value the input's base value: a distribution's mode or median, the catalog's figure
 * @param lower the low end of the range searched
 * @param upper the high end of the range searched
 * @param flip where the recommendation changes: the first value past which it is another
 * @param becomes the recommendation past {@code flip}, "option on configuration", or {@link
 *     #NOTHING_FEASIBLE}
 */
public record RecommendationFlip(
    String input,
    String key,
    Source source,
    String entry,
    ValueKind kind,
    double value,
    double lower,
    double upper,
    double flip,
    String becomes) {

  /** What the recommendation becomes where no pair is feasible. */
  public static final String NOTHING_FEASIBLE = "no feasible pair";

  /** Where an input's uncertainty comes from, and so what its range is (§8). */
  public enum Source {
    /** A distribution of the scenario: its stated bounds, or its P1 to P99. */
    DISTRIBUTION("distribution"),
    /** An uncertain catalog figure: a factor of two either way. */
    UNCERTAIN_CATALOG_FIGURE(Catalog.UNCERTAIN_FIGURE),
    /** An uncertain catalog figure no source gives: up to 1,000 times its value. */
    CATALOG_PLACEHOLDER(Catalog.PLACEHOLDER_FIGURE);

    private final String id;

    Source(String id) {
      this.id = id;
    }

    /** The source as the JSON output names it. */
    public String id() {
      return id;
    }
  }

  /**
   * How far the flip lies from the base value, as a share of the base value (of the range, for a
   * base value of 0): what "nearest" means when flips of different inputs are put in order.
   */
  public double distance() {
    double moved = Math.abs(flip - value);
    return value != 0 ? moved / Math.abs(value) : moved / (upper - lower);
  }
}
