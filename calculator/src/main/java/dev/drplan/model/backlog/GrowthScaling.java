package dev.drplan.model.backlog;

import dev.drplan.model.DataGrowth;
import dev.drplan.scenario.Dataset;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * How a change profile measured at one size of the data is scaled to another time of the plan:
 * change grows with the data (docs/model.md §1, daily change = daily_change · L(t)), so a profile
 * measured when the data was L_ref, replayed from plan time t0, has its amounts at offset τ into
 * the profile multiplied by L(t0 + τ) / L_ref = atStart · (1 + g)^(τ / 1 y).
 *
 * @param atStart the factor at the profile's first interval, L(t0) / L_ref; finite, not negative
 * @param annualGrowth g, the compound growth per year of the data across the profile
 */
public record GrowthScaling(double atStart, Fraction annualGrowth) {

  /** The profile as measured. */
  public static final GrowthScaling NONE = new GrowthScaling(1, Fraction.ZERO);

  public GrowthScaling {
    Objects.requireNonNull(annualGrowth, "annualGrowth");
    if (!(atStart >= 0) || Double.isInfinite(atStart)) {
      throw new IllegalArgumentException("atStart must be a finite number >= 0, was " + atStart);
    }
  }

  /**
   * A profile measured when the data was {@code measuredAt}, replayed from {@code replayedFrom} on
   * the plan's clock (0 is day one): atStart = L(replayedFrom) / measuredAt, growing by the
   * dataset's annual growth (§1).
   */
  public static GrowthScaling of(Dataset dataset, DataSize measuredAt, TimeSpan replayedFrom) {
    if (measuredAt.isZero()) {
      throw new IllegalArgumentException("measuredAt must be a size above zero");
    }
    return new GrowthScaling(
        DataGrowth.logicalAt(dataset, replayedFrom).ratioTo(measuredAt), dataset.annualGrowth());
  }

  /** The factor at {@code offset} into the profile: atStart · (1 + g)^(offset / 1 y). */
  public double factorAt(TimeSpan offset) {
    return atStart * StrictMath.pow(1 + annualGrowth.value(), offset.years());
  }

  /**
   * The factor by which one interval of {@code stepSeconds} multiplies the next: (1 + g)^(step / 1
   * y).
   */
  double perStep(double stepSeconds) {
    return StrictMath.pow(1 + annualGrowth.value(), stepSeconds / TimeSpan.SECONDS_PER_YEAR);
  }

  /** The factors of intervals 0, 1, 2, ... of {@code stepSeconds}, one {@link Steps#next} each. */
  Steps steps(double stepSeconds) {
    return new Steps(stepSeconds);
  }

  /**
   * The factor at the start of each interval of a profile in turn, without a power per interval: it
   * is carried by multiplication by {@link #perStep} and recomputed exactly every {@value
   * #EXACT_EVERY} intervals, so that a year of minutes costs 129 powers, not 525,600.
   */
  final class Steps {
    private final double stepSeconds;
    private final double growthPerStep;
    private double factor;
    private int index;

    private Steps(double stepSeconds) {
      this.stepSeconds = stepSeconds;
      this.growthPerStep = perStep(stepSeconds);
    }

    /** The factor of the next interval: the first call gives interval 0's. */
    double next() {
      if (index % EXACT_EVERY == 0) {
        factor = factorAt(TimeSpan.ofSeconds(index * stepSeconds));
      }
      double current = factor;
      factor *= growthPerStep;
      index++;
      return current;
    }
  }

  // How often the factor is recomputed exactly rather than carried by multiplication.
  private static final int EXACT_EVERY = 4096;
}
