package dev.drplan.schema;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The legal values of one numeric key, in canonical units: a lower and an upper bound, each
 * included or not, and how the domain reads in a message ("a share above 0% and at most 100%"). One
 * domain serves the scenario file, the catalog overrides, distributions, {@code sweep} and {@code
 * solve} alike (docs/scenario-format.md, "Quantities").
 *
 * <p>The unit reader already refuses negative sizes, rates, durations, amounts and numbers, so the
 * widest domain, {@link #ANY}, starts at zero.
 *
 * @param min the lower bound
 * @param minIncluded whether {@code min} itself is legal
 * @param minText {@code min} as a message writes it ("zero", "0%", "1")
 * @param max the upper bound, {@code Infinity} if none
 * @param maxIncluded whether {@code max} itself is legal
 * @param maxText {@code max} as a message writes it, or empty when unbounded
 * @param noun what one value is called in the message, or empty for the kind's own noun
 */
public record Domain(
    double min,
    boolean minIncluded,
    String minText,
    double max,
    boolean maxIncluded,
    String maxText,
    String noun) {

  /** Any value the unit reader accepts: from zero up (unbounded; a key needs a bounded domain). */
  public static final Domain ANY = new Domain(0, true, "0", Double.POSITIVE_INFINITY, true, "", "");

  /** Above zero (unbounded; a key needs a bounded domain). */
  public static final Domain ABOVE_ZERO =
      new Domain(0, false, "zero", Double.POSITIVE_INFINITY, true, "", "");

  /** At least 1 (unbounded; a key needs a bounded domain). */
  public static final Domain AT_LEAST_ONE =
      new Domain(1, true, "1", Double.POSITIVE_INFINITY, true, "", "");

  // The bounded domains of the scenario's keys. Each kind has limits wide enough for any real
  // plan and narrow enough that every figure of the model stays finite at every corner of them
  // (docs/scenario-format.md, "Quantities"; ScenarioCornersTest checks it).

  /** The largest size: 1,000 EB (1 ZB, 1e21 B), ten thousand times 100 EB. */
  public static final double LARGEST_SIZE_BYTES = 1e21;

  /** The largest rate: 1,000 EB/s. */
  public static final double LARGEST_RATE_BYTES_PER_SECOND = 1e21;

  /** The longest duration: 1,000 years. */
  public static final double LONGEST_SECONDS = 1000 * TimeSpan.SECONDS_PER_YEAR;

  /** The largest amount: 1e15 US dollars. */
  public static final double LARGEST_USD = 1e15;

  /** The largest count: 1,000,000 (boxes, circuits, hosts, streams, VMs). */
  public static final double LARGEST_COUNT = 1e6;

  /** A size: from 1 B to 1,000 EB. */
  public static final Domain SIZE =
      new Domain(1, true, "1 B", LARGEST_SIZE_BYTES, true, "1,000 EB", "");

  /**
   * The capacity of one piece of hardware (a D-box, a VM's local SSD, a transfer appliance): from 1
   * GB to 1,000 EB. Counts of hardware divide the data by it, and stay whole numbers a report can
   * print.
   */
  public static final Domain CAPACITY =
      new Domain(1e9, true, "1 GB", LARGEST_SIZE_BYTES, true, "1,000 EB", "");

  /** A rate: from 1 bps (0.125 B/s) to 1,000 EB/s. */
  public static final Domain RATE =
      new Domain(0.125, true, "1 bps", LARGEST_RATE_BYTES_PER_SECOND, true, "1,000 EB/s", "");

  /** A duration that must hold something: from 1 ms to 1,000 y. */
  public static final Domain DURATION =
      new Domain(0.001, true, "1 ms", LONGEST_SECONDS, true, "1,000 y", "");

  /** A duration that may be zero: from 0 to 1,000 y. */
  public static final Domain DURATION_OR_ZERO =
      new Domain(0, true, "0", LONGEST_SECONDS, true, "1,000 y", "");

  /** An amount of US dollars: from 0 to 1e15. */
  public static final Domain MONEY = new Domain(0, true, "0", LARGEST_USD, true, "1e15", "");

  /** A ratio or factor of at least 1 (data reduction, peak over average): from 1 to 1,000. */
  public static final Domain RATIO = new Domain(1, true, "1", 1000, true, "1,000", "");

  /** A count of things: from 1 to 1,000,000. */
  public static final Domain COUNT = new Domain(1, true, "1", LARGEST_COUNT, true, "1,000,000", "");

  /** A share from 0% to 100%. */
  public static final Domain SHARE = new Domain(0, true, "0%", 1, true, "100%", "");

  /** A share above 0% and at most 100% (a limit or efficiency that must leave something). */
  public static final Domain POSITIVE_SHARE = new Domain(0, false, "0%", 1, true, "100%", "");

  /** A share from 0% up to, not including, 100% (an overhead or a discount). */
  public static final Domain SHARE_BELOW_ONE = new Domain(0, true, "0%", 1, false, "100%", "");

  /**
   * A share of a capacity that is planned or usable (a fill limit, a usable efficiency): from 10%
   * to 100%. Counts of hardware divide by it.
   */
  public static final Domain CAPACITY_SHARE = new Domain(0.1, true, "10%", 1, true, "100%", "");

  /** A share of a link's rate (its efficiency, the part DR may use): from 1% to 100%. */
  public static final Domain LINK_SHARE = new Domain(0.01, true, "1%", 1, true, "100%", "");

  /** The share of raw capacity spent on protection: from 0% to 90%. */
  public static final Domain OVERHEAD = new Domain(0, true, "0%", 0.9, true, "90%", "");

  /** An annual growth above -100% (the data cannot vanish) and at most 1000% a year. */
  public static final Domain ANNUAL_GROWTH =
      new Domain(-1, false, "-100%", 10, true, "1000%", "annual growth");

  /** A planning horizon above zero and at most 100 years (costs are summed month by month). */
  public static final Domain HORIZON =
      new Domain(
          0, false, "zero", 100 * TimeSpan.SECONDS_PER_YEAR, true, "100 y", "planning horizon");

  public Domain {
    Objects.requireNonNull(minText, "minText");
    Objects.requireNonNull(maxText, "maxText");
    Objects.requireNonNull(noun, "noun");
    if (!(min <= max)) {
      throw new IllegalArgumentException("min " + min + " above max " + max);
    }
  }

  /** Whether {@code canonical} lies inside the domain (whole numbers are the kind's concern). */
  public boolean admits(double canonical) {
    return !Double.isNaN(canonical)
        && (minIncluded ? canonical >= min : canonical > min)
        && (maxIncluded ? canonical <= max : canonical < max);
  }

  /** The lowest legal double: {@code min}, or the next double above it when excluded. */
  public double lowest() {
    return minIncluded ? min : Math.nextUp(min);
  }

  /** The highest legal double: {@code max}, or the next double below it when excluded. */
  public double highest() {
    return maxIncluded ? max : Math.nextDown(max);
  }

  /** Whether the domain has an upper bound. */
  public boolean bounded() {
    return max != Double.POSITIVE_INFINITY;
  }

  /**
   * What a message asks for when a value of {@code kind} in this domain could not be read at all,
   * or {@code null} where the kind's parser says it: a share whose bounded range is not 0 to 1 (a
   * growth up to 1000%, a fill limit from 10%) is answered with {@code range}, the range of its key
   * (this domain's {@link #text}, or narrower where the scenario lowers its top), and how a share
   * is written, since the parser's "a number from 0 to 1" would state the wrong range. The scenario
   * file and {@code sweep}/{@code solve} word it alike.
   */
  public String unreadableForm(ValueKind kind, String range) {
    boolean zeroToOne = min == 0 && minIncluded && max == 1 && maxIncluded;
    if (kind != ValueKind.FRACTION || !bounded() || zeroToOne) {
      return null;
    }
    return range
        + ", written as a percentage like \"40%\" (a plain number is read as a share from 0"
        + " to 1)";
  }

  /**
   * The domain in words for a value of {@code kind}: "a size above zero", "a whole number of at
   * least 1", "a share from 0% to 100%", "an annual growth above -100% and at most 1000%".
   */
  public String text(ValueKind kind) {
    String what = noun.isEmpty() ? kind.noun() : noun;
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    if (!bounded()) {
      return article + what + (minIncluded ? " of at least " : " above ") + minText;
    }
    String upper =
        !maxIncluded
            ? " up to (not including) " + maxText
            : minIncluded ? " to " + maxText : " and at most " + maxText;
    return article + what + (minIncluded ? " from " : " above ") + minText + upper;
  }
}
