package dev.drplan.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ValueOfInformationTest {

  private static final int N = 100_000;

  /** n draws of Uniform(0, 1) from a seeded generator. */
  static double[] uniform(int n, long seed) {
    Well19937c random = new Well19937c(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = random.nextDouble();
    }
    return values;
  }

  /** cost_A = x, cost_B = 1 − x (USD): the two-line case of the issue. */
  private static DecisionProblem crossingLines(double[] x) {
    double[][] costs = new double[2][x.length];
    for (int i = 0; i < x.length; i++) {
      costs[0][i] = x[i];
      costs[1][i] = 1 - x[i];
    }
    return DecisionProblem.of(
        DecisionSamples.ofCosts(List.of("A", "B"), costs), CandidateRule.IGNORE);
  }

  /**
   * cost_A = x, cost_B = 1 − x, x ~ Uniform(0, 1). Knowing x, choose the cheaper: E[min(x, 1 − x)]
   * = 2·∫₀^½ x dx = 1/4. Not knowing it, both cost E[x] = E[1 − x] = 1/2. EVPI = 1/2 − 1/4.
   */
  @Test
  void evpiOfTwoCrossingLinesIsOneQuarter() {
    DecisionProblem problem = crossingLines(uniform(N, 1));
    VoiEstimate evpi = Evpi.of(problem);

    assertThat(evpi.standardErrorUsd()).isPositive().isLessThan(0.002);
    assertThat(evpi.usd()).isCloseTo(0.5 - 0.25, within(3 * evpi.standardErrorUsd()));
    assertThat(evpi.batches()).isEqualTo(20);
    assertThat(problem.expectedUtilityUsd("A")).isCloseTo(-0.5, within(0.005));
    assertThat(problem.expectedUtilityUsd("B")).isCloseTo(-0.5, within(0.005));
  }

  /**
   * x is the only uncertainty, so knowing x is knowing everything: EVPPI(x) = EVPI. The difference
   * cost_A − cost_B = 2x − 1 is a straight line, which the regression fits exactly, so the two
   * estimates agree to rounding; binning loses only inside the bin around x = 1/2, where choosing
   * either costs at most |1 − 2x| ≤ w over a bin of width w ≈ 1/316: at most w² ≈ 1e-5.
   */
  @Test
  void evppiOfTheOnlyUncertainInputIsTheEvpi() {
    double[] x = uniform(N, 1);
    DecisionProblem problem = crossingLines(x);
    double evpi = Evpi.of(problem).usd();

    VoiEstimate regression = RegressionEvppi.estimate(problem, new InputSamples("x", x));
    assertThat(regression.usd()).isCloseTo(evpi, within(1e-9));
    assertThat(regression.standardErrorUsd()).isPositive().isLessThan(0.002);

    VoiEstimate binned = BinnedEvppi.estimate(problem, new InputSamples("x", x));
    assertThat(binned.usd()).isLessThanOrEqualTo(evpi).isGreaterThan(evpi - 1.0 / 316 / 316);
  }

  /**
   * An input drawn independently of x, with no part in either cost, carries no information: EVPPI
   * 0. The regression keeps it at the constant model (its BIC penalty is not beaten by chance), so
   * its estimate is 0 within its standard error.
   */
  @Test
  void evppiOfAnIrrelevantInputIsZeroWithinItsStandardError() {
    DecisionProblem problem = crossingLines(uniform(N, 1));
    VoiEstimate regression =
        RegressionEvppi.estimate(problem, new InputSamples("z", uniform(N, 2)));
    assertThat(regression.usd()).isCloseTo(0, within(2 * regression.standardErrorUsd() + 1e-12));
  }

  /**
   * The binning estimator's documented upward bias, on the same irrelevant input: each bin of n_b
   * samples chooses on a mean of D = cost_A − cost_B = 2x − 1, which has σ = 2/√12 and is 0 on
   * average, so it gains E[max(0, N(0, σ²/n_b))] = σ/√(2π·n_b), although the truth is 0. With n_b =
   * n/B and B = √n bins: σ·√(B/(2π·n)). Far more than the standard error, which does not see bias.
   */
  @Test
  void binningOverstatesAnIrrelevantInputByItsKnownBias() {
    DecisionProblem problem = crossingLines(uniform(N, 1));
    VoiEstimate binned = BinnedEvppi.estimate(problem, new InputSamples("z", uniform(N, 2)));
    double sigma = 2 / Math.sqrt(12);
    double bias = sigma * Math.sqrt(316.0 / (2 * Math.PI * N));
    assertThat(binned.usd()).isCloseTo(bias, within(0.2 * bias));
    assertThat(binned.usd()).isGreaterThan(3 * binned.standardErrorUsd());
  }

  /**
   * A two-valued input k (0 or 1, a fair coin), cost_A = k, cost_B = 0.5 (USD). Knowing k: A at 0
   * (cost 0), B at 1 (cost 0.5), E = ½·0 + ½·0.5 = 0.25; not knowing: both cost 0.5. EVPI = 0.5 −
   * 0.25, and k is all there is to know. Binning by value and a fit through both values both give
   * the conditional means exactly, so both equal the sample EVPI.
   */
  @Test
  void aTwoValuedInputIsBinnedByValue() {
    double[] coin = uniform(N, 6);
    double[][] costs = new double[2][N];
    for (int i = 0; i < N; i++) {
      coin[i] = coin[i] < 0.5 ? 0 : 1;
      costs[0][i] = coin[i];
      costs[1][i] = 0.5;
    }
    DecisionProblem problem =
        DecisionProblem.of(DecisionSamples.ofCosts(List.of("A", "B"), costs), CandidateRule.IGNORE);
    VoiEstimate evpi = Evpi.of(problem);
    assertThat(evpi.usd()).isCloseTo(0.5 - 0.25, within(3 * evpi.standardErrorUsd()));
    InputSamples k = new InputSamples("k", coin);
    assertThat(BinnedEvppi.estimate(problem, k).usd()).isCloseTo(evpi.usd(), within(1e-12));
    assertThat(RegressionEvppi.estimate(problem, k).usd()).isCloseTo(evpi.usd(), within(1e-12));
  }

  /**
   * cost_B = cost_A + 0.1 in every sample: B is never the better choice, so information is worth 0.
   */
  @Test
  void aConstantOffsetAlternativeLeavesNothingToLearn() {
    double[] x = uniform(N, 3);
    double[][] costs = new double[2][N];
    for (int i = 0; i < N; i++) {
      costs[0][i] = x[i];
      costs[1][i] = x[i] + 0.1;
    }
    DecisionProblem problem =
        DecisionProblem.of(DecisionSamples.ofCosts(List.of("A", "B"), costs), CandidateRule.IGNORE);
    InputSamples input = new InputSamples("x", x);

    assertThat(problem.priorChoice()).isEqualTo("A");
    assertThat(problem.alternatives()).containsExactly("A", "B");
    assertThat(problem.dominated()).containsExactly("B");
    assertThat(problem.expectedUtilityUsd("B")).isCloseTo(-0.5 - 0.1, within(0.01));
    assertThat(Evpi.of(problem)).isEqualTo(new VoiEstimate(0, 0, 20));
    assertThat(RegressionEvppi.estimate(problem, input)).isEqualTo(new VoiEstimate(0, 0, 20));
    assertThat(BinnedEvppi.estimate(problem, input)).isEqualTo(new VoiEstimate(0, 0, 20));
  }

  /**
   * A costs 1 USD and is always feasible; B costs 0 but is feasible only while x < 1/2, and an
   * infeasible sample is charged 3 USD. Without information: E[U_A] = −1, E[U_B] = ½·0 + ½·(−3) =
   * −1.5, so A. Knowing x: B below ½ (gain 1 over A), A above (gain 0): EVPI = ½·1. x decides
   * feasibility, so EVPPI(x) = EVPI too; binning loses at most the bin around ½ (1/316 of the
   * samples, gain 1 each), the regression at most the two pieces next to the step (2/32).
   */
  @Test
  void aPenaltyMakesInfeasibleSamplesCount() {
    double[] x = uniform(N, 4);
    DecisionProblem problem = DecisionProblem.of(stepOfFeasibility(x), CandidateRule.penalty(3));
    assertThat(problem.priorChoice()).isEqualTo("A");
    assertThat(problem.expectedUtilityUsd("B")).isCloseTo(0.5 * 0 + 0.5 * -3, within(0.02));

    VoiEstimate evpi = Evpi.of(problem);
    assertThat(evpi.usd()).isCloseTo(0.5 * 1, within(3 * evpi.standardErrorUsd()));
    InputSamples input = new InputSamples("x", x);
    assertThat(BinnedEvppi.estimate(problem, input).usd())
        .isBetween(evpi.usd() - 1.0 / 316, evpi.usd());
    assertThat(RegressionEvppi.estimate(problem, input).usd())
        .isBetween(evpi.usd() - 2.0 / 32, evpi.usd());
  }

  /**
   * The same two alternatives under a 90% confidence: B is feasible in about half the samples, so
   * it is no candidate, and with A alone there is nothing to choose: every value of information is
   * 0.
   */
  @Test
  void exclusionLeavesOutAlternativesBelowTheMinimumShare() {
    double[] x = uniform(N, 4);
    DecisionProblem problem = DecisionProblem.of(stepOfFeasibility(x), CandidateRule.exclude(0.9));
    assertThat(problem.alternatives()).containsExactly("A");
    assertThat(problem.excluded()).hasSize(1);
    assertThat(problem.excluded().get(0).alternative()).isEqualTo("B");
    assertThat(problem.excluded().get(0).feasibleShare()).isCloseTo(0.5, within(0.01));
    assertThat(Evpi.of(problem).usd()).isZero();
    assertThat(RegressionEvppi.estimate(problem, new InputSamples("x", x)).usd()).isZero();
  }

  @Test
  void ruleThatLeavesNoCandidateIsRefusedWithTheShares() {
    boolean[][] feasible = new boolean[2][200];
    for (int i = 0; i < 200; i++) {
      feasible[0][i] = i < 160;
      feasible[1][i] = i % 2 == 0;
    }
    DecisionSamples samples =
        DecisionSamples.ofCosts(List.of("A", "B"), new double[2][200], feasible);
    assertThatThrownBy(() -> DecisionProblem.of(samples, CandidateRule.exclude(0.9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no alternative is feasible in at least 0.9 of the 200 samples, so there is nothing to"
                + " choose between; feasible shares: A "
                + 160 / 200.0
                + ", B "
                + 100 / 200.0);
  }

  /** A costs 1 USD, always feasible; B costs 0, feasible while x < 1/2. */
  private static DecisionSamples stepOfFeasibility(double[] x) {
    int n = x.length;
    double[][] costs = new double[2][n];
    boolean[][] feasible = new boolean[2][n];
    for (int i = 0; i < n; i++) {
      costs[0][i] = 1;
      feasible[0][i] = true;
      costs[1][i] = 0;
      feasible[1][i] = x[i] < 0.5;
    }
    return DecisionSamples.ofCosts(List.of("A", "B"), costs, feasible);
  }

  @Test
  void inputsAreRankedByEvppiWhateverTheThreadCount() {
    double[] x = uniform(N, 1);
    DecisionProblem problem = crossingLines(x);
    List<InputSamples> inputs =
        List.of(
            new InputSamples("z", uniform(N, 2)),
            new InputSamples("x", x),
            new InputSamples("w", uniform(N, 5)));

    InputRanking.Ranking one = InputRanking.rank(problem, inputs, EvppiEstimator.REGRESSION, 1);
    InputRanking.Ranking three = InputRanking.rank(problem, inputs, EvppiEstimator.REGRESSION, 3);

    assertThat(three).isEqualTo(one);
    assertThat(one.inputs())
        .extracting(InputRanking.RankedInput::input)
        .containsExactly("x", "z", "w");
    assertThat(one.inputs().get(0).evppi().usd()).isEqualTo(one.evpi().usd(), within(1e-9));
    assertThat(one.evpi()).isEqualTo(Evpi.of(problem));
  }

  @Test
  void badSamplesAreRefusedNamingWhatIsWrong() {
    assertThatThrownBy(
            () ->
                DecisionSamples.ofValues(
                    List.of("A", "B"),
                    new double[][] {{1, 2}, {3, Double.NaN}},
                    new boolean[][] {{true, true}, {true, true}}))
        .hasMessage("alternative B, sample 1: the value must be a finite number of USD, was NaN");
    assertThatThrownBy(() -> DecisionSamples.ofCosts(List.of("A", "A"), new double[][] {{1}, {2}}))
        .hasMessage("alternative A is named twice");
    assertThatThrownBy(
            () -> DecisionSamples.ofCosts(List.of("A", "B"), new double[][] {{1, 2}, {3}}))
        .hasMessage(
            "alternative B: expected 2 values and feasibility flags like the first alternative,"
                + " was 1 and 1");
    assertThatThrownBy(
            () ->
                DecisionProblem.of(
                    DecisionSamples.ofCosts(List.of("A"), new double[][] {uniform(99, 1)}),
                    CandidateRule.IGNORE))
        .hasMessage("the value of information needs at least 100 samples, was 99");
    DecisionProblem problem = crossingLines(uniform(100, 1));
    assertThatThrownBy(
            () -> RegressionEvppi.estimate(problem, new InputSamples("x", uniform(101, 1))))
        .hasMessage("input x: expected one value per sample (100), was 101");
    assertThatThrownBy(() -> new InputSamples("x", new double[] {0, Double.POSITIVE_INFINITY}))
        .hasMessage("input x, sample 1: expected a finite number, was Infinity");
    assertThatThrownBy(
            () -> BinnedEvppi.estimate(problem, new InputSamples("x", uniform(100, 1)), 0))
        .hasMessage("bins must be between 1 and the number of samples (100), was 0");
    assertThatThrownBy(() -> CandidateRule.penalty(-1))
        .hasMessage(
            "the penalty for an infeasible sample must be a finite number of USD, at least 0, was"
                + " -1.0");
    assertThatThrownBy(() -> CandidateRule.exclude(1.5))
        .hasMessage("the minimum feasible share must be between 0 and 1, was 1.5");
  }
}
