package dev.drplan.model;

/**
 * What a data copy's bucket holds and deletes early, month by month over one timeline, for one
 * retention and one class minimum (docs/model.md §7): the month integrals of {@link CopyBucket} in
 * month-averages, and the figures at day one and at H. They depend on the data and on those two
 * durations only, not on prices, so the options of an evaluation that share them share one series
 * ({@link Timeline#bucketSeries}).
 */
final class BucketSeries {
  final double retentionDays;
  final double minimumDays;

  /** ∫ L over month m, in month-averages: what writes and transfer fees bill. */
  final double[] logical;

  /**
   * ∫ (L + K) plus the early-deletion byte-days per day over month m, in month-averages: what
   * storage and early deletion bill, both at the storage price.
   */
  final double[] billed;

  final double logicalSum;
  final double storedSum;
  final double earlySum;
  final double storedStart;
  final double storedEnd;
  final double earlyEnd;

  BucketSeries(Timeline timeline, double retentionDays, double minimumDays) {
    this.retentionDays = retentionDays;
    this.minimumDays = minimumDays;
    CopyBucket bucket =
        new CopyBucket(
            timeline.turnover,
            timeline.logicalStart().bytes(),
            retentionDays,
            minimumDays,
            timeline.fullMonthGrowthIntegral,
            timeline.fullMonthDecay,
            timeline.fullMonthDecayIntegral);
    int months = timeline.months;
    logical = new double[months];
    billed = new double[months];
    double[] integral = new double[3];
    double logicalTotal = 0;
    double storedTotal = 0;
    double earlyTotal = 0;
    double average = bucket.settledAverage();
    double retained = bucket.settledRetained();
    double earlyShare = bucket.settledEarly();
    for (int m = 0; m < months; m++) {
      double a = timeline.monthStartDays(m);
      if (timeline.monthShare(m) == 1 && bucket.settledFrom(a)) {
        // Most months: shares of ∫ L, without the general split of CopyBucket.month.
        double month = timeline.logicalBytesAtMonthStart[m] * average;
        logical[m] = month;
        billed[m] = month * (1 + retained + earlyShare);
        logicalTotal += month;
        storedTotal += month * (1 + retained);
        earlyTotal += month * earlyShare;
        continue;
      }
      bucket.month(a, timeline.monthEndDays(m), timeline.logicalBytesAtMonthStart[m], integral);
      logical[m] = integral[0];
      billed[m] = integral[0] + integral[1] + integral[2];
      logicalTotal += integral[0];
      storedTotal += integral[0] + integral[1];
      earlyTotal += integral[2];
    }
    logicalSum = logicalTotal;
    storedSum = storedTotal;
    earlySum = earlyTotal;
    double h = timeline.horizonDays;
    double lh = timeline.logicalEnd().bytes();
    storedStart = bucket.stored(0, timeline.logicalStart().bytes());
    storedEnd = bucket.stored(h, lh);
    earlyEnd = bucket.earlyDeletion(h, lh);
  }
}
