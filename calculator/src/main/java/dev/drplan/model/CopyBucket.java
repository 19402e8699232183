package dev.drplan.model;

/**
 * What a data copy's bucket holds besides the live data, and what removing objects early costs
 * (docs/model.md §7), in closed form. Time t runs in days from day one; sizes are bytes.
 *
 * <p>Live bytes stop being current at ρ a day (overwritten or deleted, {@link Turnover}). Each
 * version that stops being current stays in the bucket for the option's retention R before it is
 * deleted, so the bucket also holds
 *
 * <pre>
 *   K(t) = ρ · ∫ L(u) du over [max(0, t − R), t]          retained versions
 * </pre>
 *
 * <p>A version deleted before the class's minimum storage duration m, counted from when it was
 * written to the bucket, is billed for the days it falls short. Removal does not look at age, so
 * the bytes removed have the age of the live data: every byte written since day one (at λ a day,
 * {@link Turnover#renewal()}) survives to age a with probability e^(−λ a), and the seed's bytes,
 * all written on day one, are the rest. A byte removed at time s is deleted at s + R; with M =
 * max(0, m − R), the days still to bill per byte removed at s are
 *
 * <pre>
 *   unexpired(s) = M − (1 − e^(−λ · min(s, M))) / λ
 * </pre>
 *
 * <p>and the deletions of time t = s + R charge {@code ρ · L(s) · unexpired(s)} byte-days per day.
 * Billed per month at a price per GiB-month, that is a monthly run rate of GiB(ρ · L(s) ·
 * unexpired(s) · 1 d) · price, ρ per day and unexpired in days.
 *
 * <p>{@link #month} integrates L, K and the early-deletion bytes over a month exactly: each is a
 * sum of exponentials within the stretches [0, R), [R, R + M) and [R + M, ∞), split where a month
 * crosses one. The evaluation calls it once per month and option, so it carries e^(−ρ s) from one
 * month to the next instead of calling exp.
 */
final class CopyBucket {
  /** Below this, a rate per day is taken as zero (its closed forms divide by it). */
  private static final double TINY = 1e-12;

  private final double monthDays;
  private final double l0;
  private final double growth;
  private final double removed;
  private final double renewal;
  private final double retention;
  private final double unexpiredMax;
  private final double unexpiredSteady;
  private final double retainedSteady;
  private final double retentionDecay;
  private final double fullMonthGrowth;
  private final double fullMonthDecay;
  private double carriedS = Double.NaN;
  private double carriedX;

  /**
   * @param retentionDays R
   * @param minimumDays the class's minimum storage duration m
   */
  CopyBucket(Turnover turnover, double l0, double retentionDays, double minimumDays) {
    this.monthDays = Timeline.MONTH_DAYS;
    this.l0 = l0;
    this.growth = turnover.growth();
    this.removed = turnover.removed();
    this.renewal = turnover.renewal();
    this.retention = retentionDays;
    this.unexpiredMax = Math.max(0, minimumDays - retentionDays);
    this.unexpiredSteady = unexpired(unexpiredMax);
    this.retainedSteady = removed * growthIntegral(-growth, retentionDays);
    this.retentionDecay = StrictMath.exp(-growth * retentionDays);
    this.fullMonthGrowth = growthIntegral(growth, monthDays);
    this.fullMonthDecay = StrictMath.exp(-removed * monthDays);
  }

  /** ∫ e^(κ u) du over [0, x]: expm1(κ x) / κ, or x when κ is zero. */
  static double growthIntegral(double kappa, double x) {
    return Math.abs(kappa) < TINY ? x : StrictMath.expm1(kappa * x) / kappa;
  }

  /** The days still to bill per byte removed at s: M − (1 − e^(−λ · min(s, M))) / λ. */
  double unexpired(double s) {
    double u = Math.min(Math.max(s, 0), unexpiredMax);
    return unexpiredMax - growthIntegral(-renewal, u);
  }

  /** K(t) / L(t): the retained versions per byte of live data at time t. */
  double retainedShare(double t) {
    return t >= retention ? retainedSteady : removed * growthIntegral(-growth, Math.max(t, 0));
  }

  /** L(t) + K(t): what the bucket stores at time t, given L(t). */
  double stored(double t, double logical) {
    return logical * (1 + retainedShare(t));
  }

  /**
   * ρ · L(t − R) · unexpired(t − R): the byte-days per day billed for early deletion at time t,
   * given L(t); zero before the first version is deleted.
   */
  double earlyDeletion(double t, double logical) {
    double s = t - retention;
    return s < 0 ? 0 : removed * logical * retentionDecay * unexpired(s);
  }

  /**
   * The integrals over [a, b] of L, K and the early-deletion byte-days, each divided by the days of
   * a whole month, into {@code out[0..2]}: what the month bills in month-averages (a partial month
   * bills its share). {@code la} is L(a).
   */
  void month(double a, double b, double la, double[] out) {
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    double t1 = a;
    double l1 = la;
    double[] breaks = {retention, retention + unexpiredMax};
    for (double at : breaks) {
      if (at > t1 && at < b) {
        piece(t1, at, l1, out);
        l1 *= StrictMath.exp(growth * (at - t1));
        t1 = at;
      }
    }
    piece(t1, b, l1, out);
    out[0] /= monthDays;
    out[1] /= monthDays;
    out[2] /= monthDays;
  }

  /** Adds the integrals over [t1, t2], which lies inside one stretch, to {@code out}. */
  private void piece(double t1, double t2, double l1, double[] out) {
    double days = t2 - t1;
    if (days <= 0) {
      return;
    }
    double logical = l1 * (days == monthDays ? fullMonthGrowth : growthIntegral(growth, days));
    out[0] += logical;
    if (removed == 0) {
      return;
    }
    if (t2 <= retention) {
      // K(t) = ρ · L0 · (e^(r t) − 1) / r: the versions removed since day one, all still kept.
      out[1] +=
          Math.abs(growth) < TINY
              ? removed * l0 * (t2 * t2 - t1 * t1) / 2
              : removed / growth * (logical - l0 * days);
      return;
    }
    out[1] += retainedSteady * logical;
    double s1 = t1 - retention;
    double s2 = t2 - retention;
    if (s1 >= unexpiredMax) {
      out[2] += removed * unexpiredSteady * retentionDecay * logical;
      return;
    }
    // s in [s1, s2] ⊂ [0, M): unexpired(s) = (M − 1/λ) + e^(−λ s) / λ, so the byte-days are
    // ρ · ((M − 1/λ) · L(s) + L0 · e^(−ρ s) / λ), with L(s) = L0 · e^(r s) and r − λ = −ρ.
    double x1 = s1 == carriedS ? carriedX : StrictMath.exp(-removed * s1);
    double decay = days == monthDays ? fullMonthDecay : StrictMath.exp(-removed * days);
    carriedS = s2;
    carriedX = x1 * decay;
    double logicalAtS = retentionDecay * logical;
    if (renewal * unexpiredMax < 1e-9) {
      // λ ≈ 0: nothing is written after day one, unexpired(s) = M − s, and ∫ (M − s) L(s) ds.
      out[2] += removed * (unexpiredMax * logicalAtS - l0 * sExpIntegral(s1, s2));
      return;
    }
    double decayIntegral = x1 * growthIntegral(-removed, days);
    out[2] += removed * ((unexpiredMax - 1 / renewal) * logicalAtS + l0 * decayIntegral / renewal);
  }

  /** ∫ s · e^(r s) ds over [s1, s2]. */
  private double sExpIntegral(double s1, double s2) {
    if (Math.abs(growth) < TINY) {
      return (s2 * s2 - s1 * s1) / 2;
    }
    double r = growth;
    return (StrictMath.exp(r * s2) * (s2 / r - 1 / (r * r))
        - StrictMath.exp(r * s1) * (s1 / r - 1 / (r * r)));
  }
}
