package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.Domain;
import java.util.Locale;
import java.util.Objects;

/**
 * One numeric input of a scenario, named by its path in docs/scenario-format.md ({@code
 * dataset.logical_size}, {@code options.gcs-archive.copy_engine.hosts}), with a pure getter and a
 * "with" that returns a modified copy of the scenario.
 *
 * <p>Values cross this API as canonical doubles of the key's {@link #kind()}: bytes (size), bytes/s
 * (rate), seconds (duration), a plain ratio (fraction: 0.8 for 80%), US dollars (money), a whole
 * number (count) or a plain number. A caller that reads "1 PB" or "80%" converts with the project's
 * unit parser for that kind first.
 *
 * <p>Every key has the {@link Domain} of its schema row (a share in [0, 1], a count of at least 1,
 * a size above zero); {@link #with} rejects values outside it, and counts must be whole numbers
 * ({@link #coerce} rounds a sampled count to the nearest whole number first). Instances come from
 * {@link ScenarioKeys}.
 */
public final class ScenarioKey {

  /** Reads the key's canonical value from a scenario. */
  @FunctionalInterface
  interface Getter {
    double get(Scenario scenario);
  }

  /** Builds a copy of a scenario in which the key holds a (validated) canonical value. */
  @FunctionalInterface
  interface Setter {
    Scenario with(Scenario scenario, double value);
  }

  private final String path;
  private final ValueKind kind;
  private final String meaning;
  private final String question;
  private final Domain domain;
  private final double max;
  private final Getter getter;
  private final Setter setter;

  ScenarioKey(
      String path,
      ValueKind kind,
      String meaning,
      String question,
      Domain domain,
      double highest,
      Getter getter,
      Setter setter) {
    this.path = Objects.requireNonNull(path, "path");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.meaning = Objects.requireNonNull(meaning, "meaning");
    this.question = Objects.requireNonNull(question, "question");
    this.domain = Objects.requireNonNull(domain, "domain");
    // The records hold counts as int.
    this.max = kind == ValueKind.COUNT ? Math.min(highest, Integer.MAX_VALUE) : highest;
    this.getter = getter;
    this.setter = setter;
  }

  /** The key's path in the scenario format, e.g. {@code network.circuits}. */
  public String path() {
    return path;
  }

  /** The kind of quantity, which fixes the canonical unit of its values. */
  public ValueKind kind() {
    return kind;
  }

  /** What the key means, in a few words, for help texts and reports. */
  public String meaning() {
    return meaning;
  }

  /** The domain of the key's schema row, before any limit other keys set ({@link #max()}). */
  public Domain domain() {
    return domain;
  }

  /**
   * The question to ask the customer about this key, in plain words ({@link
   * dev.drplan.schema.Questions}), when the scenario does not give its own.
   */
  public String question() {
    return question;
  }

  /** The smallest legal value (inclusive): the domain's bound, or the next double above it. */
  public double min() {
    return domain.lowest();
  }

  /**
   * The largest legal value (inclusive): the domain's, or lower where other keys of this scenario
   * bound the key too (the data limit of dev.drplan.schema.DataLimit); {@code Infinity} if
   * unbounded.
   */
  public double max() {
    return max;
  }

  /** Whether values are whole numbers (counts). */
  public boolean whole() {
    return kind == ValueKind.COUNT;
  }

  /** The key's canonical value in {@code scenario}. */
  public double get(Scenario scenario) {
    return getter.get(scenario);
  }

  /**
   * A copy of {@code scenario} in which this key holds {@code value} (canonical units); the
   * scenario itself is unchanged.
   *
   * @throws IllegalArgumentException if the value is outside the key's domain, or a count is not a
   *     whole number
   */
  public Scenario with(Scenario scenario, double value) {
    return setter.with(scenario, requireLegal(value));
  }

  /**
   * The value a sampled or swept real number stands for: counts are rounded to the nearest whole
   * number (ties away from zero is not needed: {@link Math#rint} rounds ties to even), other kinds
   * are returned unchanged.
   */
  public double coerce(double value) {
    return whole() ? Math.rint(value) : value;
  }

  /** Whether {@code value} is legal for this key (inside the domain, whole for counts). */
  public boolean admits(double value) {
    return !Double.isNaN(value)
        && !Double.isInfinite(value)
        && domain.admits(value)
        && value <= max
        && (!whole() || value == Math.rint(value));
  }

  /**
   * Returns {@code value} if legal for this key.
   *
   * @throws IllegalArgumentException naming the key, its domain and the value otherwise
   */
  public double requireLegal(double value) {
    if (!admits(value)) {
      throw new IllegalArgumentException(path + " must be " + domainText() + ", was " + value);
    }
    return value;
  }

  /**
   * The domain in canonical units: "a whole number in [1, 2147483647]", "a finite number in (0,
   * 1]", "a finite number above 0".
   */
  public String domainText() {
    String what = whole() ? "a whole number" : "a finite number";
    if (max == Double.POSITIVE_INFINITY) {
      return what + (domain.minIncluded() ? " of at least " : " above ") + fmt(domain.min());
    }
    boolean maxIncluded = max < domain.max() || domain.maxIncluded();
    return what
        + " in "
        + (domain.minIncluded() ? "[" : "(")
        + fmt(domain.min())
        + ", "
        + fmt(max < domain.max() ? max : domain.max())
        + (maxIncluded ? "]" : ")");
  }

  /** A canonical value as plain text: whole numbers without a fraction, others as Java prints. */
  static String plain(double value) {
    return fmt(value);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%d", (long) value)
        : Double.toString(value);
  }

  @Override
  public String toString() {
    return path + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
  }
}
