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
 * unexpired(s) / 1 d) · price, ρ a day and unexpired a duration (as explain prints it).
 *
 * <p>{@link #month} integrates L, K and the early-deletion bytes over a month exactly: each is a
 * sum of exponentials within the stretches [0, R), [R, R + M) and [R + M, ∞), split where a month
 * crosses one. The evaluation calls it once per month and option, so it takes the month's growth
 * and decay factors from the timeline, carries e^(−ρ s) from one month to the next, and calls exp
 * only in the two months that cross a stretch's end: a handful of calls per option in all.
 */
final class CopyBucket {
  /** Below this, a rate per day is taken as zero (its closed forms divide by it). */
  private static final double TINY = 1e-12;

  private static final double MONTH_DAYS = Timeline.MONTH_DAYS;
  private static final double PER_MONTH = 1 / Timeline.MONTH_DAYS;

  // Set by reset: a bucket is a value, but the sampling path reuses one instead of allocating a
  // bucket per sample (a few hundred bytes a sample that C2 does not scalar-replace).
  private double l0;
  private double growth;
  private double removed;
  private double renewal;
  private double retention;
  private double unexpiredMax;
  private double unexpiredSteady;
  private double retainedSteady;
  private double retentionDecay;
  private double fullMonthGrowth;
  // NaN until a piece of a whole month first asks (fullMonthDecay(), fullMonthDecayIntegral())
  private double fullMonthDecay;
  private double fullMonthDecayIntegral;
  private double deletionsStart;
  private double deletionsSettle;
  private double fullMonthAverage;
  private double settledEarly;
  private double carriedS;
  private double carriedX;

  /**
   * @param retentionDays R
   * @param minimumDays the class's minimum storage duration m
   */
  CopyBucket(Turnover turnover, double l0, double retentionDays, double minimumDays) {
    this(
        turnover,
        l0,
        retentionDays,
        minimumDays,
        growthIntegral(turnover.growth(), Timeline.MONTH_DAYS),
        StrictMath.exp(-turnover.removed() * Timeline.MONTH_DAYS),
        growthIntegral(-turnover.removed(), Timeline.MONTH_DAYS));
  }

  /**
   * A bucket whose month factors, ∫ e^(r u) du over a month, e^(−ρ · 1 month) and ∫ e^(−ρ u) du
   * over a month, the timeline computed once for every option. The last two may be NaN: then they
   * are computed, by the timeline's formulas, when a piece of a whole month first needs them (the
   * sampling path's one call of {@link #month} over the whole horizon seldom does).
   */
  CopyBucket(
      Turnover turnover,
      double l0,
      double retentionDays,
      double minimumDays,
      double fullMonthGrowth,
      double fullMonthDecay,
      double fullMonthDecayIntegral) {
    reset(
        turnover,
        l0,
        retentionDays,
        minimumDays,
        fullMonthGrowth,
        fullMonthDecay,
        fullMonthDecayIntegral);
  }

  /** A bucket to {@link #reset} before its first use: the sampling path's, reused every sample. */
  CopyBucket() {}

  /**
   * Makes this the bucket the seven-argument constructor makes of these arguments: the same
   * operations in the same order, so the same bits, without a new object.
   */
  CopyBucket reset(
      Turnover turnover,
      double l0,
      double retentionDays,
      double minimumDays,
      double fullMonthGrowth,
      double fullMonthDecay,
      double fullMonthDecayIntegral) {
    double growth = turnover.growth();
    double removed = turnover.removed();
    double renewal = turnover.renewal();
    this.l0 = l0;
    this.growth = growth;
    this.removed = removed;
    this.renewal = renewal;
    this.retention = retentionDays;
    this.unexpiredMax = Math.max(0, minimumDays - retentionDays);
    this.unexpiredSteady = unexpiredMax - growthIntegral(-renewal, unexpiredMax);
    // One expm1 gives both (1 − e^(−r R)) / r and e^(−r R).
    double keptShare = growthIntegral(-growth, retentionDays);
    this.retainedSteady = removed * keptShare;
    this.retentionDecay = Math.abs(growth) < TINY ? 1 : 1 - growth * keptShare;
    this.fullMonthGrowth = fullMonthGrowth;
    this.fullMonthDecay = fullMonthDecay;
    this.fullMonthDecayIntegral = fullMonthDecayIntegral;
    this.deletionsStart = retentionDays;
    this.deletionsSettle = retentionDays + unexpiredMax;
    this.fullMonthAverage = fullMonthGrowth / Timeline.MONTH_DAYS;
    this.settledEarly = removed * unexpiredSteady * retentionDecay;
    this.carriedS = Double.NaN;
    this.carriedX = 0;
    return this;
  }

  /**
   * ∫ e^(κ u) du over [0, x]: expm1(κ x) / κ, or x when κ is zero. For |κ x| ≤ 1/2, the usual case
   * (a month or a retention at the rates of a year), x · (e^y − 1) / y with y = κ x, summed as 1 +
   * y/2! + y²/3! + ... + y^15/16! by Horner's rule, whose remainder is below 10^-16 of the sum:
   * plain arithmetic, so the same bits on every JVM, and several times faster than the library
   * call.
   */
  static double growthIntegral(double kappa, double x) {
    if (Math.abs(kappa) < TINY) {
      return x;
    }
    double y = kappa * x;
    if (Math.abs(y) > 0.5) {
      return StrictMath.expm1(y) / kappa;
    }
    double phi = 1;
    for (int k = 16; k >= 2; k--) {
      phi = 1 + y * phi / k;
    }
    return x * phi;
  }

  /**
   * Whether a whole month starting at {@code a} lies where every figure is a constant share of ∫ L
   * (the first deletions settled), so {@link #settledAverage} and {@link #settledShare} give it.
   */
  boolean settledFrom(double a) {
    // Past a double's reach (a steep shrink over a long retention) the shares cannot be used.
    return a >= deletionsSettle && !Double.isInfinite(retentionDecay);
  }

  /** ∫ L over a whole month divided by a month, per byte of L at its start. */
  double settledAverage() {
    return fullMonthAverage;
  }

  /** In a settled month, ∫ K / ∫ L: the retained versions per byte of live data. */
  double settledRetained() {
    return retainedSteady;
  }

  /** In a settled month, the early-deletion byte-days per day over ∫ L. */
  double settledEarly() {
    return settledEarly;
  }

  /** The days still to bill per byte removed at s: M − (1 − e^(−λ · min(s, M))) / λ. */
  double unexpired(double s) {
    if (s >= unexpiredMax) {
      return unexpiredSteady;
    }
    return unexpiredMax - growthIntegral(-renewal, Math.max(s, 0));
  }

  /** K(t) / L(t): the retained versions per byte of live data at time t. */
  double retainedShare(double t) {
    return t >= retention ? retainedSteady : removed * growthIntegral(-growth, Math.max(t, 0));
  }

  /** L(t) + K(t): what the bucket stores at time t, given L(t). */
  double stored(double t, double logical) {
    double share = retainedShare(t);
    if (Double.isInfinite(share)) {
      // A steep shrink over a long time: e^(−r u) passes a double while L(t) nears zero. Then
      // L(t) · ρ · (e^(−r u) − 1) / (−r), u = min(t, R), is written as ρ · (L(t) − L(t − u)) / r,
      // since L(t) e^(−r u) is L(t − u).
      double before = l0 * StrictMath.exp(growth * Math.max(t - retention, 0));
      return logical + removed * (logical - before) / growth;
    }
    return logical * (1 + share);
  }

  /**
   * ρ · L(t − R) · unexpired(t − R): the byte-days per day billed for early deletion at time t,
   * given L(t); zero before the first version is deleted.
   */
  double earlyDeletion(double t, double logical) {
    double s = t - retention;
    if (s < 0) {
      return 0;
    }
    if (Double.isInfinite(retentionDecay)) {
      // A steep shrink over a long retention: e^(−r R) passes a double while L(t) nears zero;
      // L(t) · e^(−r R) is L(t − R), from L(0).
      return removed * l0 * StrictMath.exp(growth * s) * unexpired(s);
    }
    return removed * logical * retentionDecay * unexpired(s);
  }

  /**
   * The integrals over [a, b] of L, K and the early-deletion byte-days, each divided by the days of
   * a whole month, into {@code out[0..2]}: what the month bills in month-averages (a partial month
   * bills its share). {@code la} is L(a).
   */
  void month(double a, double b, double la, double[] out) {
    if (a >= deletionsSettle && b - a == MONTH_DAYS && !Double.isInfinite(retentionDecay)) {
      // The common case, a whole month after the first deletions settled: every figure is a
      // constant share of ∫ L.
      double logical = la * fullMonthAverage;
      out[0] = logical;
      out[1] = retainedSteady * logical;
      out[2] = settledEarly * logical;
      return;
    }
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    double days = b - a;
    // ∫ L over what is left of the month; a split takes its first part off.
    double rest = la * (days == MONTH_DAYS ? fullMonthGrowth : growthIntegral(growth, days));
    double t1 = a;
    double l1 = la;
    if (deletionsStart > t1 && deletionsStart < b) {
      double first = l1 * growthIntegral(growth, deletionsStart - t1);
      piece(t1, deletionsStart, first, out);
      l1 = l1 + growth * first; // L(p) = L(t1) · (1 + r · ∫ e^(r u) du)
      rest -= first;
      t1 = deletionsStart;
    }
    if (deletionsSettle > t1 && deletionsSettle < b) {
      double first = l1 * growthIntegral(growth, deletionsSettle - t1);
      piece(t1, deletionsSettle, first, out);
      rest -= first;
      t1 = deletionsSettle;
    }
    piece(t1, b, rest, out);
    out[0] *= PER_MONTH;
    out[1] *= PER_MONTH;
    out[2] *= PER_MONTH;
  }

  /**
   * Adds the integrals over [t1, t2], which lies inside one stretch, to {@code out}; {@code
   * logical} is ∫ L over it.
   */
  private void piece(double t1, double t2, double logical, double[] out) {
    double days = t2 - t1;
    if (days <= 0) {
      return;
    }
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
    double s1 = t1 - retention;
    double s2 = t2 - retention;
    // ∫ L(s) over [s1, s2]: e^(−r R) ∫ L, or from L(0) where e^(−r R) passes a double (a steep
    // shrink over a long retention, while L nears zero).
    boolean steep = Double.isInfinite(retentionDecay);
    double logicalAtS =
        steep
            ? l0 * StrictMath.exp(growth * s1) * growthIntegral(growth, days)
            : retentionDecay * logical;
    // K = ρ · L · (e^(−r R) − 1) / (−r), or ρ · (L − L(· − R)) / r.
    out[1] += steep ? removed * (logical - logicalAtS) / growth : retainedSteady * logical;
    if (s1 >= unexpiredMax) {
      out[2] += steep ? removed * unexpiredSteady * logicalAtS : settledEarly * logical;
      return;
    }
    // s in [s1, s2] ⊂ [0, M): unexpired(s) = (M − 1/λ) + e^(−λ s) / λ, so the byte-days are
    // ρ · ((M − 1/λ) · L(s) + L0 · e^(−ρ s) / λ), with L(s) = L0 · e^(r s) and r − λ = −ρ.
    double x1 = s1 == carriedS ? carriedX : s1 == 0 ? 1 : StrictMath.exp(-removed * s1);
    double decay = days == MONTH_DAYS ? fullMonthDecay() : StrictMath.exp(-removed * days);
    carriedS = s2;
    carriedX = x1 * decay;
    if (renewal * unexpiredMax < 1e-9) {
      // λ ≈ 0: nothing is written after day one, unexpired(s) = M − s, and ∫ (M − s) L(s) ds.
      out[2] += removed * (unexpiredMax * logicalAtS - l0 * sExpIntegral(s1, s2));
      return;
    }
    double decayIntegral =
        x1 * (days == MONTH_DAYS ? fullMonthDecayIntegral() : growthIntegral(-removed, days));
    out[2] += removed * ((unexpiredMax - 1 / renewal) * logicalAtS + l0 * decayIntegral / renewal);
  }

  /** e^(−ρ · 1 month), as {@link Timeline} computes it. */
  private double fullMonthDecay() {
    if (Double.isNaN(fullMonthDecay)) {
      fullMonthDecay = StrictMath.exp(-removed * Timeline.MONTH_DAYS);
    }
    return fullMonthDecay;
  }

  /** ∫ e^(−ρ u) du over a month, as {@link Timeline} computes it. */
  private double fullMonthDecayIntegral() {
    if (Double.isNaN(fullMonthDecayIntegral)) {
      fullMonthDecayIntegral = growthIntegral(-removed, Timeline.MONTH_DAYS);
    }
    return fullMonthDecayIntegral;
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
