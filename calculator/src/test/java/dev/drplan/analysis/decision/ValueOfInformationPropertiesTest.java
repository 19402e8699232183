package dev.drplan.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.random.Well19937c;

class ValueOfInformationPropertiesTest {

  /**
   * A random decision from {@code seed}: k alternatives whose values are quadratic in x, linear in
   * a second input z (continuous or with four repeated values), plus noise; each infeasible now and
   * then, more often above a threshold of x; a random penalty.
   */
  private static final class RandomDecision {
    final DecisionProblem problem;
    final List<InputSamples> inputs;

    RandomDecision(long seed, int n, int k) {
      Well19937c random = new Well19937c(seed);
      double[] x = new double[n];
      double[] z = new double[n];
      boolean steps = random.nextBoolean();
      for (int i = 0; i < n; i++) {
        x[i] = random.nextDouble();
        z[i] = steps ? Math.floor(4 * random.nextDouble()) : random.nextGaussian();
      }
      double[][] values = new double[k][n];
      boolean[][] feasible = new boolean[k][n];
      List<String> names = new ArrayList<>();
      for (int a = 0; a < k; a++) {
        names.add("alternative " + a);
        double level = random.nextGaussian();
        double slope = 3 * random.nextGaussian();
        double curve = 3 * random.nextGaussian();
        double onZ = random.nextGaussian();
        double noise = 2 * random.nextDouble();
        double threshold = random.nextDouble();
        for (int i = 0; i < n; i++) {
          values[a][i] =
              level
                  + slope * x[i]
                  + curve * x[i] * x[i]
                  + onZ * z[i]
                  + noise * random.nextGaussian();
          feasible[a][i] = random.nextDouble() > 0.1 || x[i] < threshold;
        }
      }
      problem =
          DecisionProblem.of(
              DecisionSamples.ofValues(names, values, feasible),
              CandidateRule.penalty(3 * random.nextDouble()));
      inputs = List.of(new InputSamples("x", x), new InputSamples("z", z));
    }
  }

  /**
   * Knowing one input is worth nothing negative and never more than knowing everything: 0 ≤ EVPPI ≤
   * EVPI, for both estimators. (Binning: a bin's best mean is at most the mean of the per-sample
   * best. Regression: capped at the EVPI of the same samples. A tolerance of rounding only.)
   */
  @Property(tries = 200)
  void evppiLiesBetweenZeroAndEvpi(
      @ForAll long seed,
      @ForAll @IntRange(min = 100, max = 600) int samples,
      @ForAll @IntRange(min = 1, max = 6) int alternatives) {
    RandomDecision decision = new RandomDecision(seed, samples, alternatives);
    VoiEstimate evpi = Evpi.of(decision.problem);
    assertThat(evpi.usd()).isGreaterThanOrEqualTo(0);
    assertThat(evpi.standardErrorUsd()).isGreaterThanOrEqualTo(0);
    double rounding = 1e-9 * (1 + evpi.usd());
    for (InputSamples input : decision.inputs) {
      for (EvppiEstimator estimator : EvppiEstimator.values()) {
        VoiEstimate evppi = estimator.estimate(decision.problem, input);
        assertThat(evppi.usd())
            .isGreaterThanOrEqualTo(0)
            .isLessThanOrEqualTo(evpi.usd() + rounding);
        assertThat(evppi.standardErrorUsd()).isGreaterThanOrEqualTo(0).isFinite();
      }
    }
  }

  /** The same samples give the same figures, whichever estimator and however many threads. */
  @Property(tries = 50)
  void sameSamplesSameFigures(
      @ForAll long seed, @ForAll @IntRange(min = 100, max = 400) int samples) {
    RandomDecision first = new RandomDecision(seed, samples, 4);
    RandomDecision again = new RandomDecision(seed, samples, 4);
    for (EvppiEstimator estimator : EvppiEstimator.values()) {
      assertThat(InputRanking.rank(again.problem, again.inputs, estimator, 2))
          .isEqualTo(InputRanking.rank(first.problem, first.inputs, estimator, 1));
    }
  }

  /**
   * An extra alternative that is never better than an existing one (its copy less a non-negative
   * amount per sample) cannot be chosen, whatever is known: EVPI and binned EVPPI stay as they were
   * (to rounding), and it is reported as dominated.
   */
  @Property(tries = 100)
  void aDominatedAlternativeChangesNoFigure(
      @ForAll long seed,
      @ForAll @IntRange(min = 100, max = 500) int samples,
      @ForAll @IntRange(min = 1, max = 5) int alternatives) {
    Well19937c random = new Well19937c(seed);
    double[][] values = new double[alternatives][samples];
    boolean[][] feasible = new boolean[alternatives][samples];
    double[] x = new double[samples];
    List<String> names = new ArrayList<>();
    for (int a = 0; a < alternatives; a++) {
      names.add("a" + a);
      double slope = random.nextGaussian();
      for (int i = 0; i < samples; i++) {
        if (a == 0) {
          x[i] = random.nextDouble();
        }
        values[a][i] = slope * x[i] + 0.3 * random.nextGaussian();
        feasible[a][i] = true;
      }
    }
    double[][] more = Arrays.copyOf(values, alternatives + 1);
    boolean[][] moreFeasible = Arrays.copyOf(feasible, alternatives + 1);
    int copied = random.nextInt(alternatives);
    more[alternatives] = new double[samples];
    moreFeasible[alternatives] = new boolean[samples];
    for (int i = 0; i < samples; i++) {
      more[alternatives][i] = values[copied][i] - (random.nextBoolean() ? 0 : random.nextDouble());
      moreFeasible[alternatives][i] = true;
    }
    List<String> moreNames = new ArrayList<>(names);
    moreNames.add(0, "worse copy");
    double[][] reordered = new double[alternatives + 1][];
    boolean[][] reorderedFeasible = new boolean[alternatives + 1][];
    reordered[0] = more[alternatives];
    reorderedFeasible[0] = moreFeasible[alternatives];
    for (int a = 0; a < alternatives; a++) {
      reordered[a + 1] = more[a];
      reorderedFeasible[a + 1] = moreFeasible[a];
    }
    DecisionProblem plain =
        DecisionProblem.of(DecisionSamples.ofValues(names, values, feasible), CandidateRule.IGNORE);
    DecisionProblem extended =
        DecisionProblem.of(
            DecisionSamples.ofValues(moreNames, reordered, reorderedFeasible),
            CandidateRule.IGNORE);
    InputSamples input = new InputSamples("x", x);

    if (!extended.priorChoice().equals("worse copy")) {
      assertThat(extended.dominated()).contains("worse copy");
    }
    assertThat(Evpi.of(extended).usd()).isCloseTo(Evpi.of(plain).usd(), within(1e-9));
    assertThat(BinnedEvppi.estimate(extended, input).usd())
        .isCloseTo(BinnedEvppi.estimate(plain, input).usd(), within(1e-9));
  }

  /** One candidate leaves nothing to choose: EVPI and every EVPPI are 0. */
  @Property(tries = 30)
  void oneCandidateIsWorthNothingToKnowMore(@ForAll long seed) {
    RandomDecision decision = new RandomDecision(seed, 200, 1);
    assertThat(Evpi.of(decision.problem).usd()).isZero();
    for (InputSamples input : decision.inputs) {
      assertThat(RegressionEvppi.estimate(decision.problem, input).usd()).isZero();
      assertThat(BinnedEvppi.estimate(decision.problem, input).usd()).isZero();
    }
  }

  /**
   * The index sort agrees with a stable sort of boxed indices by {@link Double#compare}: negative
   * and positive values, ±0, repeats, extremes.
   */
  @Property(tries = 300)
  void indexSortIsAscendingAndStable(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n) {
    Well19937c random = new Well19937c(seed);
    double[] pool = {-0.0, 0.0, -1e300, 1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 1.5, -1.5};
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(3)) {
        case 0:
          values[i] = pool[random.nextInt(pool.length)];
          break;
        case 1:
          values[i] = random.nextInt(7) - 3.5;
          break;
        default:
          values[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
      }
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Double.compare(values[a], values[b])); // stable (a merge sort)
    int[] expected = new int[n];
    for (int i = 0; i < n; i++) {
      expected[i] = boxed[i];
    }
    assertThat(IndexSort.ascending(values)).containsExactly(expected);
  }
}
