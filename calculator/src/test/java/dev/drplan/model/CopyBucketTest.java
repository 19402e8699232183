package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.drplan.units.Fraction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The bucket of a data copy (docs/model.md §7): retained versions, early deletion and their month
 * integrals, against hand-worked figures, numerical quadrature and a day-by-day simulation of the
 * bucket's objects.
 */
class CopyBucketTest {

  private static final double T = 365.25 / 12;

  private static Turnover walmart() {
    return Turnover.of(Fixtures.dataset(80, 0.45, 0.005).withOverwriteShare(Fraction.of(0.2)));
  }

  @Test
  void theStoredBytesAtTheEndAreTheLiveDataAndThirtyDaysOfRemovedVersions() {
    Turnover turnover = walmart();
    CopyBucket bucket = new CopyBucket(turnover, 80e15, 30, 365);
    double r = Math.log(1.45) / 365.25;
    double rho = 0.001 + (0.004 - r);
    double h = 5 * 365.25;
    double lh = 80e15 * Math.pow(1.45, 5);
    // K(H) = ρ ∫ L over [H − 30 d, H] = L(H) · ρ · (1 − e^(−30 r)) / r: 573.1 PB in all.
    assertThat(bucket.stored(h, lh))
        .isCloseTo(lh * (1 + rho * (1 - Math.exp(-30 * r)) / r), within(1e3));
    assertThat(bucket.stored(h, lh) / 1e15).isCloseTo(573.12, within(0.01));
    // Nothing is retained on day one, and after 10 days only 10 days' removals are.
    assertThat(bucket.stored(0, 80e15)).isEqualTo(80e15);
    double l10 = 80e15 * Math.exp(10 * r);
    assertThat(bucket.stored(10, l10))
        .isCloseTo(l10 + rho * 80e15 * (Math.exp(10 * r) - 1) / r, within(1e3));
  }

  /**
   * A bucket left to compute its month's decay factors (the sampling path's) gives the figures of
   * one given the timeline's, to the bit, also where a piece is exactly one month long: a minimum
   * storage duration one month beyond the retention.
   */
  @Test
  void decayFactorsComputedWhenNeededAreTheTimelines() {
    Turnover turnover = walmart();
    double growth = CopyBucket.growthIntegral(turnover.growth(), T);
    double decay = StrictMath.exp(-turnover.removed() * T);
    double decayIntegral = CopyBucket.growthIntegral(-turnover.removed(), T);
    for (double minimum : new double[] {30 + T, 365, 90}) {
      CopyBucket given = new CopyBucket(turnover, 80e15, 30, minimum, growth, decay, decayIntegral);
      CopyBucket computed =
          new CopyBucket(turnover, 80e15, 30, minimum, growth, Double.NaN, Double.NaN);
      for (double[] span : new double[][] {{0, 5 * 365.25}, {30, 30 + T}, {0, T}, {60, 60 + T}}) {
        double[] expected = new double[3];
        double[] actual = new double[3];
        given.month(span[0], span[1], 80e15, expected);
        computed.month(span[0], span[1], 80e15, actual);
        assertThat(actual)
            .as("minimum %s, [%s, %s]", minimum, span[0], span[1])
            .isEqualTo(expected);
      }
    }
  }

  /**
   * One bucket reset sample after sample (the sampling path's, allocation-free) gives every figure
   * of a new bucket of the same inputs to the bit, over single months and over the horizon, with
   * the month's decay factors given or left to compute: also the month right after those a bucket
   * of other rates ran before the reset, where a carried e^(−ρ s) left over would be read.
   */
  @Property(tries = 300)
  void aResetBucketIsANewOneToTheBit(
      @ForAll @DoubleRange(min = -0.5, max = 2) double growth,
      @ForAll @DoubleRange(min = 0.0005, max = 0.05) @Scale(5) double change,
      @ForAll @DoubleRange(min = 0, max = 1) double overwrite,
      @ForAll @DoubleRange(min = 0, max = 120) double retention,
      @ForAll @DoubleRange(min = 0, max = 400) double minimum,
      @ForAll @DoubleRange(min = 0, max = 0.5) double previousGrowth,
      @ForAll boolean factorsGiven) {
    Turnover turnover =
        Turnover.of(
            Fixtures.dataset(10, growth, change).withOverwriteShare(Fraction.of(overwrite)));
    Turnover previous =
        Turnover.of(
            Fixtures.dataset(10, previousGrowth, 0.01).withOverwriteShare(Fraction.of(0.3)));
    double l0 = 10e15;
    double fullMonthGrowth = CopyBucket.growthIntegral(turnover.growth(), T);
    double decay = factorsGiven ? StrictMath.exp(-turnover.removed() * T) : Double.NaN;
    double decayIntegral =
        factorsGiven ? CopyBucket.growthIntegral(-turnover.removed(), T) : Double.NaN;
    CopyBucket reused =
        new CopyBucket()
            .reset(
                previous,
                3e15,
                retention,
                minimum,
                CopyBucket.growthIntegral(previous.growth(), T),
                Double.NaN,
                Double.NaN);
    // Month j starts while the first deletions are still unsettled (within [R, R + M)), where a
    // piece of the month before leaves e^(−ρ s) carried for it.
    int j = (int) ((retention + Math.max(0, minimum - retention) / 2) / T);
    double[] scratch = new double[3];
    for (int m = 0; m < j; m++) {
      reused.month(m * T, (m + 1) * T, 3e15, scratch);
    }
    reused.reset(turnover, l0, retention, minimum, fullMonthGrowth, decay, decayIntegral);
    CopyBucket fresh =
        new CopyBucket(turnover, l0, retention, minimum, fullMonthGrowth, decay, decayIntegral);
    double h = 5 * 365.25;
    double lh = l0 * Math.exp(turnover.growth() * h);
    double[] expected = new double[3];
    double[] actual = new double[3];
    for (int m = j; m < 60; m++) {
      double lm = l0 * Math.exp(turnover.growth() * m * T);
      fresh.month(m * T, (m + 1) * T, lm, expected);
      reused.month(m * T, (m + 1) * T, lm, actual);
      assertThat(actual).as("month %d", m).isEqualTo(expected);
    }
    fresh.month(0, h, l0, expected);
    reused.month(0, h, l0, actual);
    assertThat(actual).isEqualTo(expected);
    for (int m = 0; m < 60; m++) {
      double lm = l0 * Math.exp(turnover.growth() * m * T);
      fresh.month(m * T, (m + 1) * T, lm, expected);
      reused.month(m * T, (m + 1) * T, lm, actual);
      assertThat(actual).as("month %d", m).isEqualTo(expected);
    }
    assertThat(reused.stored(h, lh)).isEqualTo(fresh.stored(h, lh));
    assertThat(reused.earlyDeletion(h, lh)).isEqualTo(fresh.earlyDeletion(h, lh));
    assertThat(reused.unexpired(retention / 2)).isEqualTo(fresh.unexpired(retention / 2));
  }

  @Test
  void unexpiredDaysStartAtTheWholeMinimumAndSettle() {
    CopyBucket bucket = new CopyBucket(walmart(), 80e15, 30, 365);
    // M = 365 − 30 = 335 d; λ = 0.005 a day.
    assertThat(bucket.unexpired(0)).isEqualTo(335);
    assertThat(bucket.unexpired(100))
        .isCloseTo(335 - (1 - Math.exp(-0.005 * 100)) / 0.005, within(1e-9));
    assertThat(bucket.unexpired(335)).isCloseTo(335 - (1 - Math.exp(-1.675)) / 0.005, within(1e-9));
    assertThat(bucket.unexpired(1000)).isEqualTo(bucket.unexpired(335));
    // 172.5 d: what each byte removed in steady state still bills.
    assertThat(bucket.unexpired(1000)).isCloseTo(172.46, within(0.01));
    // A retention at least the minimum deletes nothing early.
    CopyBucket long_ = new CopyBucket(walmart(), 80e15, 400, 365);
    assertThat(long_.unexpired(50)).isZero();
    assertThat(long_.earlyDeletion(1000, 1e17)).isZero();
  }

  @Test
  void earlyDeletionAtTheEndIsWhatTheDocsExampleWorksOut() {
    CopyBucket bucket = new CopyBucket(walmart(), 80e15, 30, 365);
    double r = Math.log(1.45) / 365.25;
    double rho = 0.001 + (0.004 - r);
    double h = 5 * 365.25;
    double lh = 80e15 * Math.pow(1.45, 5);
    double expected = rho * lh * Math.exp(-30 * r) * (335 - (1 - Math.exp(-1.675)) / 0.005);
    assertThat(bucket.earlyDeletion(h, lh)).isCloseTo(expected, withinPercentage(1e-9));
    // 341.6 PB-days a day: $381,794 a month at $0.0012 per GiB-month.
    assertThat(expected / Math.pow(2, 30) * 0.0012).isCloseTo(381_794, within(1.0));
    assertThat(bucket.earlyDeletion(29, 80e15)).isZero();
  }

  /**
   * The integral convention: a month's closed-form integral equals the month's average of the run
   * rates taken numerically, by Gauss-Legendre quadrature on each stretch (within a relative
   * 10^-6), for any data, retention and minimum, months crossing the retention and the end of the
   * minimum included.
   */
  @Property(tries = 200)
  void theClosedFormIntegralEqualsTheNumericalAverage(
      @ForAll @DoubleRange(min = -0.5, max = 2) double growth,
      @ForAll @DoubleRange(min = 0.0005, max = 0.05) @Scale(5) double change,
      @ForAll @DoubleRange(min = 0, max = 1) double overwrite,
      @ForAll @DoubleRange(min = 0, max = 120) double retention,
      @ForAll @DoubleRange(min = 0, max = 400) double minimum,
      @ForAll @IntRange(min = 0, max = 30) int month) {
    Turnover turnover =
        Turnover.of(
            Fixtures.dataset(10, growth, change).withOverwriteShare(Fraction.of(overwrite)));
    double l0 = 10e15;
    double r = turnover.growth();
    CopyBucket bucket = new CopyBucket(turnover, l0, retention, minimum);
    double a = month * T;
    double b = a + T;
    double[] out = new double[3];
    bucket.month(a, b, l0 * Math.exp(r * a), out);
    // Two-point Gauss-Legendre on 2,000 pieces of each stretch between the kinks at the retention
    // and at the end of the minimum, where the run rates change form (early deletion starts with
    // a jump at the retention, so no point may fall on a kink).
    List<Double> cuts = new ArrayList<>(List.of(a));
    for (double kink : new double[] {retention, retention + Math.max(0, minimum - retention)}) {
      if (kink > a && kink < b) {
        cuts.add(kink);
      }
    }
    cuts.add(b);
    double[] numeric = new double[3];
    double offset = 0.5 / Math.sqrt(3);
    for (int c = 0; c + 1 < cuts.size(); c++) {
      double from = cuts.get(c);
      double width = (cuts.get(c + 1) - from) / 2_000;
      for (int i = 0; i < 2_000; i++) {
        for (double node : new double[] {0.5 - offset, 0.5 + offset}) {
          double t = from + width * (i + node);
          double weight = width / 2 / T;
          double lt = l0 * Math.exp(r * t);
          numeric[0] += weight * lt;
          numeric[1] += weight * (bucket.stored(t, lt) - lt);
          numeric[2] += weight * bucket.earlyDeletion(t, lt);
        }
      }
    }
    for (int k = 0; k < 3; k++) {
      assertThat(out[k])
          .as("integral %d", k)
          .isCloseTo(numeric[k], within(1e-6 * Math.max(numeric[k], out[0] * 1e-6)));
    }
  }

  /**
   * An independent check of the age model: a day-by-day simulation of the objects (cohorts written
   * each day, removed uniformly at random, deleted after the retention, charged the days short of
   * the minimum) bills what the closed form bills over two years, within 0.5%.
   */
  @Test
  void aDayByDaySimulationOfTheObjectsBillsTheSame() {
    Turnover turnover = walmart();
    double l0 = 80e15;
    double r = turnover.growth();
    double rho = turnover.removed();
    double retention = 30;
    double minimum = 365;
    int days = 730;
    double dt = 0.25;
    List<double[]> cohorts = new ArrayList<>(); // {written at, bytes written / survival then}
    cohorts.add(new double[] {0, l0});
    double survival = 1;
    Deque<double[]> waiting = new ArrayDeque<>(); // {deleted at, bytes, byte-days short}
    double retained = 0;
    double storedByteDays = 0;
    double earlyByteDays = 0;
    for (double t = 0; t < days; t += dt) {
      double mid = t + dt / 2;
      double live = l0 * Math.exp(r * mid);
      storedByteDays += (live + retained) * dt;
      double removedShare = rho * dt;
      double shortDays = 0;
      for (double[] cohort : cohorts) {
        double age = mid + retention - cohort[0];
        if (age < minimum) {
          shortDays += cohort[1] * survival * (minimum - age);
        }
      }
      waiting.add(new double[] {mid + retention, removedShare * live, removedShare * shortDays});
      retained += removedShare * live;
      survival *= 1 - removedShare;
      cohorts.add(new double[] {mid, turnover.written() * live * dt / survival});
      while (!waiting.isEmpty() && waiting.peek()[0] <= t + dt) {
        double[] deleted = waiting.poll();
        retained -= deleted[1];
        earlyByteDays += deleted[2];
      }
    }
    CopyBucket bucket = new CopyBucket(turnover, l0, retention, minimum);
    double[] out = new double[3];
    double stored = 0;
    double early = 0;
    for (int m = 0; m < 24; m++) {
      bucket.month(m * T, (m + 1) * T, l0 * Math.exp(r * m * T), out);
      stored += out[0] + out[1];
      early += out[2];
    }
    assertThat(stored).isCloseTo(storedByteDays / T, withinPercentage(0.5));
    assertThat(early).isCloseTo(earlyByteDays / T, withinPercentage(0.5));
  }
}
