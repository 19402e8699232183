package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.SamplingEvaluator;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final double PB = 1e15;

  @Test
  void withoutUncertaintyEveryPercentileIsTheEvaluatorsFigure() {
    Scenario walmart = Scenarios.walmart();
    Evaluation evaluation = Evaluator.evaluate(walmart);
    MonteCarloResult result = MonteCarlo.run(UncertainScenario.certain(walmart), 300, 7, 2);
    assertThat(result.pairs()).hasSize(evaluation.results().size());
    for (OptionResult expected : evaluation.results()) {
      PairSummary pair = result.pair(expected.configuration(), expected.option());
      for (Metric metric : Metric.values()) {
        MetricSummary summary = pair.metric(metric);
        Double figure = metric.of(expected);
        String what = metric + " " + pair.option();
        close(summary.p10(), figure, what);
        close(summary.p50(), figure, what);
        close(summary.p90(), figure, what);
        if (figure == null) {
          assertThat(summary.mean()).isNull();
          assertThat(summary.neverShare()).isEqualTo(1.0);
        } else {
          assertThat(summary.mean()).isCloseTo(figure, within(Math.abs(figure) * 1e-12));
          assertThat(summary.neverShare()).isZero();
        }
      }
      assertThat(pair.feasible()).isEqualTo(expected.feasible() ? 1.0 : 0.0);
    }
    String recommended = evaluation.recommendation().option();
    assertThat(result.pair(evaluation.recommendation().configuration(), recommended).recommended())
        .isEqualTo(1.0);
  }

  /**
   * One circuit: R = 100 Gbps · 0.8 = 1e10 B/s. Daily change 1%, so d0 = 0.01 · L / 86,400 and
   * T_seed = L / (R − d0). The seed meets 180 d while L ≤ L* = M · R / (1 + M · 0.01 / 86,400).
   * With L uniform on [20 PB, 100 PB], P(meets max_seed) = (L* − 20 PB) / 80 PB, and the median
   * seed is T_seed(60 PB).
   */
  @Test
  void aUniformInputLandsWhereItMust() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    UncertainScenario uncertain =
        new UncertainScenario(
            simple,
            List.of(
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Uniform(20 * PB, 100 * PB))));
    int n = 20_000;
    MonteCarloResult result = MonteCarlo.run(uncertain, n, 2026, 2);
    PairSummary pair = result.pair("minimum", "gcs-archive");

    double r = 100e9 / 8 * 0.8;
    double m = 180 * 86_400.0;
    double lStar = m * r / (1 + m * 0.01 / 86_400);
    double expected = (lStar - 20 * PB) / (80 * PB);
    double sd = Math.sqrt(expected * (1 - expected) / n);
    assertThat(pair.meetsMaxSeed()).isCloseTo(expected, within(4 * sd));

    // F(empirical median) is within 4 standard errors, 4 · sqrt(0.25 / n), of 0.5.
    double band = 4 * Math.sqrt(0.25 / n);
    double slow = seed(20 * PB + (0.5 + band) * 80 * PB, r);
    double fast = seed(20 * PB + (0.5 - band) * 80 * PB, r);
    assertThat(pair.metric(Metric.SEED_SECONDS).p50())
        .isBetween(
            fast * (1 - MonteCarlo.PERCENTILE_RELATIVE_ERROR),
            slow * (1 + MonteCarlo.PERCENTILE_RELATIVE_ERROR));
    assertThat(seed(60 * PB, r)).isBetween(fast, slow);
  }

  private static double seed(double logical, double rate) {
    return logical / (rate - 0.01 * logical / 86_400);
  }

  /**
   * The copy never converges once d0 ≥ R, at L = R · 86,400 / 0.01 = 86.4 PB: (100 − 86.4) / 80 =
   * 17% of the samples, so P90 of the seed time is "never" (null), P50 is not, and the mean is
   * null.
   */
  @Test
  void figuresThatCannotExistAreNeverNotHuge() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    UncertainScenario uncertain =
        new UncertainScenario(
            simple,
            List.of(
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Uniform(20 * PB, 100 * PB))));
    int n = 10_000;
    MonteCarloResult result = MonteCarlo.run(uncertain, n, 1, 1);
    MetricSummary seed = result.pair("minimum", "gcs-archive").metric(Metric.SEED_SECONDS);
    double never = (100 - 100e9 / 8 * 0.8 * 86_400 / 0.01 / PB) / 80;
    assertThat(seed.neverShare()).isCloseTo(never, within(4 * Math.sqrt(never * (1 - never) / n)));
    assertThat(seed.p90()).isNull();
    assertThat(seed.p50()).isNotNull();
    assertThat(seed.mean()).isNull();
    assertThat(seed.max()).isNotNull().isLessThan(1e12);
    assertThat(result.pair("minimum", "gcs-archive").metric(Metric.RPO_SECONDS).p90()).isNull();
  }

  @Test
  void theSameSeedGivesIdenticalResultsWhateverTheThreadCount() {
    UncertainScenario uncertain = walmartUncertain();
    int n = 3 * MonteCarlo.BLOCK + 123;
    MonteCarloResult one = MonteCarlo.run(uncertain, n, 42, 1);
    MonteCarloResult two = MonteCarlo.run(uncertain, n, 42, 2);
    MonteCarloResult four = MonteCarlo.run(uncertain, n, 42, 4);
    assertThat(two).isEqualTo(one);
    assertThat(four).isEqualTo(one);
    MonteCarloResult otherSeed = MonteCarlo.run(uncertain, n, 43, 2);
    assertThat(otherSeed.pairs()).isNotEqualTo(one.pairs());
  }

  /**
   * walmart's shape with six uncertain inputs (a count, a catalog price among them) takes the
   * sampling path, and its summary agrees with the reference path's: every figure within {@link
   * SamplingEvaluator#RELATIVE_TOLERANCE}, every share equal (no sample of this seed lies within
   * the tolerance of an objective or of a cost tie).
   */
  @Test
  void theSamplingPathSummarisesAsTheReferenceDoes() {
    UncertainScenario uncertain = walmartUncertain();
    assertThat(SamplingPath.whyNot(uncertain)).isNull();
    int n = 2 * MonteCarlo.BLOCK + 77;
    MonteCarloResult fast = MonteCarlo.run(uncertain, n, 42, 2, Progress.NONE, true);
    MonteCarloResult reference = MonteCarlo.run(uncertain, n, 42, 2, Progress.NONE, false);
    assertThat(fast.configurations()).isEqualTo(reference.configurations());
    assertThat(fast.nothingFeasible()).isEqualTo(reference.nothingFeasible());
    for (int p = 0; p < reference.pairs().size(); p++) {
      PairSummary expected = reference.pairs().get(p);
      PairSummary actual = fast.pairs().get(p);
      String pair = expected.configuration() + "/" + expected.option();
      assertThat(actual.feasible()).as(pair).isEqualTo(expected.feasible());
      assertThat(actual.meetsMaxSeed()).as(pair).isEqualTo(expected.meetsMaxSeed());
      assertThat(actual.meetsRpo()).as(pair).isEqualTo(expected.meetsRpo());
      assertThat(actual.meetsRto()).as(pair).isEqualTo(expected.meetsRto());
      assertThat(actual.recommended()).as(pair).isEqualTo(expected.recommended());
      for (Metric metric : Metric.values()) {
        MetricSummary want = expected.metric(metric);
        MetricSummary got = actual.metric(metric);
        String what = pair + " " + metric;
        assertThat(got.neverShare()).as(what).isEqualTo(want.neverShare());
        close(got.p10(), want.p10(), what + " p10");
        close(got.p50(), want.p50(), what + " p50");
        close(got.p90(), want.p90(), what + " p90");
        close(got.mean(), want.mean(), what + " mean");
        close(got.min(), want.min(), what + " min");
        close(got.max(), want.max(), what + " max");
      }
    }
  }

  /**
   * A pair whose figure is counted through another's (equal so far) ends with the counts it would
   * have had alone: each pair's histograms equal those of the sampling path's values counted one
   * pair at a time (the path's agreement with the reference is SimulateSamplingPathTest's).
   * walmart's circuits make the replication rate the network's in most samples (every pair equal)
   * and a cap's in a few, so classes of pairs split after the first part too, which the test checks
   * it exercises.
   */
  @Test
  void everyPairCountsItsOwnValuesWhateverItShared() {
    UncertainScenario uncertain =
        new UncertainScenario(
            Scenarios.walmart(),
            List.of(
                new UncertainInput(
                    "dataset.logical_size",
                    new Distribution.Triangular(40 * PB, 80 * PB, 160 * PB)),
                new UncertainInput("network.circuits", new Distribution.Triangular(2, 3, 11))));
    int n = MonteCarlo.BLOCK + 700;
    long seed = 12;
    MonteCarloResult result = MonteCarlo.run(uncertain, n, seed, 2);
    int pairs = result.pairs().size();
    Metric[] metrics = Metric.values();
    Histogram[][] alone = new Histogram[pairs][metrics.length];
    double[][][] values = new double[pairs][metrics.length][n];
    Draws draws = new Draws(uncertain, seed);
    // Each sample by the sampling path alone, as Monte Carlo evaluates it, one pair at a time.
    SamplingPath path = SamplingPath.of(uncertain);
    double[] state = path.newState();
    SamplingEvaluator.Sample out = path.evaluator().newSample();
    for (int block = 0; block * MonteCarlo.BLOCK < n; block++) {
      int first = block * MonteCarlo.BLOCK;
      int size = Math.min(n, first + MonteCarlo.BLOCK) - first;
      double[][] drawn = draws.block(block, size);
      for (int i = 0; i < size; i++) {
        double[] sample = new double[drawn.length];
        for (int j = 0; j < sample.length; j++) {
          sample[j] = drawn[j][i];
        }
        assertThat(path.evaluate(sample, state, out)).isTrue();
        for (int p = 0; p < pairs; p++) {
          for (int m = 0; m < metrics.length; m++) {
            values[p][m][first + i] =
                out.figures[p * SamplingEvaluator.FIGURES + path.metricIndex[m]];
          }
        }
      }
    }
    for (int p = 0; p < pairs; p++) {
      for (int m = 0; m < metrics.length; m++) {
        alone[p][m] = new Histogram();
        for (double value : values[p][m]) {
          if (Double.isNaN(value)) {
            alone[p][m].addNever();
          } else {
            alone[p][m].add(value);
          }
        }
      }
    }
    assertThat(result.histograms()).isEqualTo(new SampleHistograms(alone));
    // Some two pairs' figure is the same in the first part's samples and differs later.
    int lateSplits = 0;
    for (int p = 0; p < pairs; p++) {
      for (int q = 0; q < p; q++) {
        for (int m = 0; m < metrics.length; m++) {
          int firstDifference = firstDifference(values[p][m], values[q][m]);
          if (firstDifference >= 256 && firstDifference < n) {
            lateSplits++;
          }
        }
      }
    }
    assertThat(lateSplits)
        .as("pairs and figures whose values part after the first part")
        .isPositive();
  }

  private static int firstDifference(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
        return i;
      }
    }
    return a.length;
  }

  private static void close(Double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(SamplingEvaluator.RELATIVE_TOLERANCE * Math.abs(expected)));
  }

  @Test
  void probabilitiesAndPercentilesAreOrdered() {
    MonteCarloResult result = MonteCarlo.run(walmartUncertain(), 4_000, 5, 2);
    for (PairSummary pair : result.pairs()) {
      for (MetricSummary metric : pair.metrics()) {
        if (metric.p90() != null) {
          assertThat(metric.p10()).isLessThanOrEqualTo(metric.p50());
          assertThat(metric.p50()).isLessThanOrEqualTo(metric.p90());
          assertThat(metric.min()).isLessThanOrEqualTo(metric.p10());
          assertThat(metric.p90()).isLessThanOrEqualTo(metric.max());
        }
      }
      assertThat(pair.feasible())
          .isLessThanOrEqualTo(
              Math.min(pair.meetsMaxSeed(), Math.min(pair.meetsRpo(), pair.meetsRto())));
    }
    double recommended = 0;
    for (PairSummary pair : result.pairs()) {
      recommended += pair.recommended();
    }
    assertThat(recommended + result.nothingFeasible()).isCloseTo(1.0, Offset.offset(1e-12));
    assertThat(result.configurations())
        .extracting(ConfigurationSummary::configuration)
        .containsExactly("minimum", "phase-one");
  }

  @Test
  void badArgumentsAndBadSamplesAreReported() {
    UncertainScenario certain = UncertainScenario.certain(Scenarios.walmart());
    assertThatThrownBy(() -> MonteCarlo.run(certain, 0, 1, 1))
        .hasMessage("samples must be at least 1, was 0");
    assertThatThrownBy(() -> MonteCarlo.run(certain, 10, 1, 0))
        .hasMessage("threads must be at least 1, was 0");
  }

  static UncertainScenario walmartUncertain() {
    return new UncertainScenario(
        Scenarios.walmart(),
        List.of(
            new UncertainInput(
                "dataset.logical_size", new Distribution.Triangular(40 * PB, 80 * PB, 160 * PB)),
            new UncertainInput("dataset.annual_growth", new Distribution.Pert(0.2, 0.45, 0.8)),
            new UncertainInput("dataset.daily_change", new Distribution.Pert(0.002, 0.005, 0.02)),
            new UncertainInput("network.efficiency", new Distribution.Normal(0.8, 0.08, 0.4, 0.95)),
            new UncertainInput("network.circuits", new Distribution.Uniform(3.5, 8.5)),
            new UncertainInput(
                "options.vast-on-z3.machine.hourly", new Distribution.LogNormal(13.0, 16.0))));
  }

  /**
   * Horizon cost grows with L: with L uniform on [20 PB, 100 PB], the binned distribution spans the
   * smallest to the largest sample, counts every sample once, and is the same on 1 and 2 threads.
   */
  @Test
  void theBinnedDistributionCountsEverySampleOnceBetweenMinAndMax() {
    UncertainScenario uncertain =
        new UncertainScenario(
            Scenarios.simple(50, 0.01, 1),
            List.of(
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Uniform(20 * PB, 100 * PB))));
    MonteCarloResult one = MonteCarlo.run(uncertain, 3_000, 11, 1);
    MonteCarloResult two = MonteCarlo.run(uncertain, 3_000, 11, 2);
    assertThat(two).isEqualTo(one);
    MetricSummary cost = one.pair("minimum", "gcs-archive").metric(Metric.HORIZON_COST_USD);
    for (boolean log : new boolean[] {false, true}) {
      BinnedDistribution bins =
          one.distribution("minimum", "gcs-archive", Metric.HORIZON_COST_USD, 20, log);
      assertThat(bins.log()).isEqualTo(log);
      assertThat(bins.counts()).hasSize(20);
      assertThat(bins.edges()).hasSize(21).isSorted();
      assertThat(bins.edges().get(0)).isEqualTo(cost.min());
      assertThat(bins.edges().get(20)).isEqualTo(cost.max());
      assertThat(bins.finite()).isEqualTo(3_000);
      assertThat(bins.never()).isZero();
      // Uniform in L, nearly linear in cost: no bin is empty or holds a quarter of the samples.
      assertThat(bins.counts()).allMatch(count -> count > 0 && count < 3_000 / 4);
      assertThat(bins)
          .isEqualTo(two.distribution("minimum", "gcs-archive", Metric.HORIZON_COST_USD, 20, log));
    }
  }

  @Test
  void aCertainFigureIsOneBinAndAFigureThatNeverExistsIsNoBin() {
    Scenario never = Scenarios.simple(50, 0.5, 1);
    MonteCarloResult result = MonteCarlo.run(UncertainScenario.certain(never), 50, 1, 1);
    BinnedDistribution cost =
        result.distribution("minimum", "gcs-archive", Metric.HORIZON_COST_USD, 10, true);
    assertThat(cost.counts()).containsExactly(50L);
    assertThat(cost.edges()).hasSize(2);
    BinnedDistribution seed =
        result.distribution("minimum", "gcs-archive", Metric.SEED_SECONDS, 10, true);
    assertThat(seed.counts()).isEmpty();
    assertThat(seed.edges()).isEmpty();
    assertThat(seed.never()).isEqualTo(50);
  }
}
