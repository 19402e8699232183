package dev.drplan.model;

import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/**
 * The figures of a scenario that every pair shares, computed once per evaluation: the logical size
 * at the start of every month of the horizon (§1, §7), the turnover and change rates (§1) and the
 * network's rate (§3). Month m (0-based) runs from m · (1 y / 12) to the next month or the horizon,
 * whichever comes first; costs integrate over it (§7).
 */
public final class Timeline {
  /** Days in a month: 365.25 / 12 = 30.4375. */
  public static final double MONTH_DAYS = TimeSpan.DAYS_PER_YEAR / 12;

  final Scenario scenario;
  final int months;
  final double horizonDays;
  final Turnover turnover;
  final double fullMonthGrowthIntegral;

  /** The turnover's notes (§1), the same for every data-copy pair; {@code null} when none. */
  final Reason impliedDeletions;

  final Reason newDataBelowGrowth;
  final double fullMonthDecay;
  final double fullMonthDecayIntegral;
  private final double lastMonthGrowthIntegral;
  private final double lastMonthShare;
  final double[] logicalBytesAtMonthStart;
  final DataSize logicalStart;
  final DataSize logicalEnd;
  final DataRate changeRateStart;
  final DataRate peakChangeRateWorst;
  final DataRate network;

  /** The network lines' monthly amounts, every option's (§7): ports; VLAN attachments or NaN. */
  final double portsMonthly;

  final double vlanMonthly;

  public Timeline(Scenario scenario) {
    this.scenario = scenario;
    this.months = CloudCost.months(scenario.horizon());
    this.horizonDays = scenario.horizon().days();
    this.turnover = Turnover.of(scenario.dataset());
    this.fullMonthDecay = StrictMath.exp(-turnover.removed() * MONTH_DAYS);
    this.fullMonthDecayIntegral = CopyBucket.growthIntegral(-turnover.removed(), MONTH_DAYS);
    this.impliedDeletions =
        FeasibilityRules.impliedDeletions(turnover, scenario.dataset().logicalSize());
    this.newDataBelowGrowth = FeasibilityRules.newDataBelowGrowth(turnover);
    this.logicalBytesAtMonthStart = growthSeries(scenario, months);
    this.fullMonthGrowthIntegral = monthGrowthIntegral(turnover.growth(), logicalBytesAtMonthStart);
    double lastDays = monthEndDays(months - 1) - monthStartDays(months - 1);
    this.lastMonthGrowthIntegral =
        lastDays == MONTH_DAYS
            ? fullMonthGrowthIntegral
            : CopyBucket.growthIntegral(turnover.growth(), lastDays);
    this.lastMonthShare = lastDays / MONTH_DAYS;
    this.logicalStart = scenario.dataset().logicalSize();
    this.logicalEnd = DataGrowth.logicalAt(scenario.dataset(), scenario.horizon());
    this.changeRateStart = DataGrowth.averageChangeRate(scenario.dataset(), logicalStart);
    // DataGrowth.largestOver, from L(H) already computed.
    DataSize largest = logicalEnd.compareTo(logicalStart) >= 0 ? logicalEnd : logicalStart;
    this.peakChangeRateWorst = DataGrowth.peakChangeRate(scenario.dataset(), largest);
    this.network = ReplicationRate.network(scenario.network());
    this.portsMonthly = CloudCost.portsMonthly(scenario.network()).usd();
    Money vlan = CloudCost.vlanMonthly(scenario.network());
    this.vlanMonthly = vlan == null ? Double.NaN : vlan.usd();
  }

  /**
   * L0 · (1 + g)^(m / 12) for every month m (§1), within a few units in the last place of {@link
   * DataGrowth#logicalAt} (below 4e-15 of it) with one power instead of one per month: the month's
   * factor (1 + g)^(k / 12), k = 0..11, is the k-th power of (1 + g)^(1 / 12), and the whole years'
   * factor (1 + g)^y is carried, both by multiplication. Monte Carlo evaluates this a million
   * times, so the difference matters.
   */
  // StrictMath (fdlibm) gives the same bits on every JVM and CPU, so goldens and seeded Monte
  // Carlo output are reproducible anywhere.
  static double[] growthSeries(Scenario scenario, int months) {
    double[] series = new double[months];
    growthSeries(
        scenario.dataset().logicalSize().bytes(),
        1 + scenario.dataset().annualGrowth().value(),
        series,
        new double[Math.min(months, 12)]);
    return series;
  }

  /**
   * {@link #growthSeries(Scenario, int)} from L0 in bytes and 1 + g into {@code series}, one entry
   * per month, with {@code withinYear} (at least min(months, 12) long) as scratch: the sampling
   * path ({@link SamplingEvaluator}) reuses both arrays from sample to sample.
   */
  static void growthSeries(double l0, double base, double[] series, double[] withinYear) {
    int months = series.length;
    int inFirstYear = Math.min(months, 12);
    // (1 + g)^(k / 12) as the k-th power of (1 + g)^(1 / 12), by multiplication: one power a
    // series, not eleven, each factor within k roundings (below 3e-15) of its own power.
    if (inFirstYear > 0) {
      withinYear[0] = 1;
    }
    double monthFactor = inFirstYear > 1 ? StrictMath.pow(base, 1 / 12.0) : 1;
    for (int k = 1; k < inFirstYear; k++) {
      withinYear[k] = withinYear[k - 1] * monthFactor; // 1 · x is x, to the bit
    }
    double years = l0;
    for (int yearStart = 0; yearStart < months; yearStart += 12) {
      if (yearStart > 0) {
        years *= base;
      }
      int inYear = Math.min(12, months - yearStart);
      for (int k = 0; k < inYear; k++) {
        series[yearStart + k] = years * withinYear[k];
      }
    }
  }

  public int months() {
    return months;
  }

  /** The start of month {@code m} (0-based), in days from day one. */
  double monthStartDays(int m) {
    return m * MONTH_DAYS;
  }

  /** The end of month {@code m}: the next month's start, or the horizon if that comes first. */
  double monthEndDays(int m) {
    return Math.min((m + 1) * MONTH_DAYS, horizonDays);
  }

  /** The share of a whole month that month {@code m} lasts: 1, or less for a partial last month. */
  double monthShare(int m) {
    return m == months - 1 ? lastMonthShare : 1;
  }

  /**
   * ∫ e^(r u) du over a whole month, (e^(r T) − 1) / r: e^(r T) = (1 + g)^(1/12) is the growth
   * series' second month over its first, so no exp is needed; near r = 0, where that ratio would
   * lose digits, its series T · (1 + rT/2 + (rT)²/6).
   */
  static double monthGrowthIntegral(double r, double[] series) {
    double rt = r * MONTH_DAYS;
    if (Math.abs(rt) < 1e-4) {
      return MONTH_DAYS * (1 + rt / 2 + rt * rt / 6 + rt * rt * rt / 24);
    }
    if (series.length < 2 || series[0] == 0) {
      return CopyBucket.growthIntegral(r, MONTH_DAYS);
    }
    return (series[1] / series[0] - 1) / r;
  }

  /** Σ of every month's share: N − 1 + the last month's share. */
  double monthShares() {
    return months - 1 + lastMonthShare;
  }

  /**
   * ∫ e^(r u) du over the days of month {@code m}: the month's integral of L divided by L at its
   * start (§7).
   */
  double monthGrowthIntegral(int m) {
    return m == months - 1 ? lastMonthGrowthIntegral : fullMonthGrowthIntegral;
  }

  /** The bucket series already computed in this evaluation, by retention and class minimum. */
  private BucketSeries[] buckets = new BucketSeries[0];

  /**
   * The bucket of a data copy with this retention and class minimum (§7), computed once per
   * evaluation and shared by the options that have the same two.
   */
  BucketSeries bucketSeries(double retentionDays, double minimumDays) {
    for (BucketSeries series : buckets) {
      if (series.retentionDays == retentionDays && series.minimumDays == minimumDays) {
        return series;
      }
    }
    BucketSeries series = new BucketSeries(this, retentionDays, minimumDays);
    buckets = java.util.Arrays.copyOf(buckets, buckets.length + 1);
    buckets[buckets.length - 1] = series;
    return series;
  }

  /** How the data turns over (§1). */
  public Turnover turnover() {
    return turnover;
  }

  /** L at the start of month {@code m} (0-based). */
  public DataSize logicalAtMonth(int m) {
    return DataSize.ofBytes(logicalBytesAtMonthStart[m]);
  }

  public DataSize logicalStart() {
    return logicalStart;
  }

  public DataSize logicalEnd() {
    return logicalEnd;
  }

  public TimeSpan horizon() {
    return scenario.horizon();
  }
}
