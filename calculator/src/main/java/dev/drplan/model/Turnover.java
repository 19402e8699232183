package dev.drplan.model;

import dev.drplan.scenario.Dataset;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;

/**
 * How the data of a day turns over, as continuous rates per day, each a share of the logical size L
 * (docs/model.md §1). The day writes {@code daily_change · L}: {@code overwrite_share} of it
 * replaces existing bytes, the rest is new. New bytes minus the growth are the bytes the estate
 * must have deleted that day, since the size follows the growth alone:
 *
 * <pre>
 *   growth   r = ln(1 + g) / 365.25 d
 *   written  c = daily_change
 *   overwritten = c · overwrite_share,  new = c · (1 − overwrite_share)
 *   deleted  δ = max(0, new − r)
 *   removed  ρ = overwritten + δ       (live bytes that stop being current, per day)
 *   turnover λ = r + ρ                 (= c whenever new ≥ r)
 * </pre>
 *
 * <p>When the new bytes fall short of the growth ({@link #newBelowGrowth()}), the inputs contradict
 * each other: the model keeps the growth as stated, takes no deletions, and says so in a note.
 *
 * @param growth r, per day
 * @param written c, per day
 * @param overwritten per day
 * @param added new bytes, per day
 * @param deleted δ, per day
 */
public record Turnover(
    double growth, double written, double overwritten, double added, double deleted) {

  /** The turnover of {@code dataset}'s inputs. */
  public static Turnover of(Dataset dataset) {
    return of(
        StrictMath.log1p(dataset.annualGrowth().value()),
        dataset.dailyChange().value(),
        dataset.overwriteShare().value());
  }

  /**
   * The turnover from ln(1 + g), the daily change D and the overwrite share; also the sampling
   * path's ({@link SamplingEvaluator}), which has ln(1 + g) already.
   */
  static Turnover of(double lnGrowth, double written, double overwriteShare) {
    double growth = lnGrowth / TimeSpan.DAYS_PER_YEAR;
    double overwritten = written * overwriteShare;
    double added = written - overwritten;
    return new Turnover(growth, written, overwritten, added, Math.max(0, added - growth));
  }

  /** ρ, the share of the live data that stops being current per day: overwritten + deleted. */
  public double removed() {
    return overwritten + deleted;
  }

  /**
   * λ = r + ρ, the rate at which live data is renewed; the age of live data is exponential in it.
   */
  public double renewal() {
    return growth + removed();
  }

  /** Whether the new bytes are fewer than the growth needs: the inputs contradict each other. */
  public boolean newBelowGrowth() {
    return added < growth;
  }

  /** The deletions implied per year, as a share of the estate (δ · 365.25 d). */
  public Fraction deletedPerYear() {
    return Fraction.of(deleted * TimeSpan.DAYS_PER_YEAR);
  }

  /** The new bytes per year, as a share of the estate (new · 365.25 d). */
  public Fraction addedPerYear() {
    return Fraction.of(added * TimeSpan.DAYS_PER_YEAR);
  }

  /** The growth per year as a continuous rate, ln(1 + g) (at least -100% when shown). */
  public Fraction growthPerYear() {
    return Fraction.of(Math.max(-1, growth * TimeSpan.DAYS_PER_YEAR));
  }
}
