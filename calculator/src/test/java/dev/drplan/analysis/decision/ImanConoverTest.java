package dev.drplan.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class ImanConoverTest {

  /**
   * Independent draws: a lognormal-like rate (exp of a normal), a uniform efficiency and a count
   * with many repeated values, each from its own seeded generator.
   */
  private static double[][] independentDraws(int n, long seed) {
    Well19937c random = new Well19937c(seed);
    double[][] samples = new double[3][n];
    for (int i = 0; i < n; i++) {
      samples[0][i] = 1e9 * Math.exp(0.5 * random.nextGaussian());
      samples[1][i] = 0.6 + 0.3 * random.nextDouble();
      samples[2][i] = 1 + random.nextInt(8);
    }
    return samples;
  }

  private static double spearman(double[] a, double[] b) {
    return new SpearmansCorrelation().correlation(a, b);
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /**
   * Target 0.7 between the rate and the efficiency, on 10,000 samples. The rank correlation of n
   * pairs has sampling error of about (1 − ρ²)/√n ≈ 0.005 here, so 0.7 ± 0.02 is four of those;
   * before re-pairing the two are independent (≈ 0 ± 0.01).
   */
  @Test
  void reachesTheTargetRankCorrelationAndKeepsEveryValue() {
    double[][] draws = independentDraws(10_000, 7);
    RankCorrelation target =
        RankCorrelation.ofPairs(
            List.of("rate", "efficiency", "hosts"),
            List.of(new RankCorrelation.Pair("rate", "efficiency", 0.7)));
    assertThat(spearman(draws[0], draws[1])).isCloseTo(0, within(0.03));

    double[][] paired = ImanConover.correlate(draws, target, 2026);

    assertThat(spearman(paired[0], paired[1])).isCloseTo(0.7, within(0.02));
    assertThat(spearman(paired[0], paired[2])).isCloseTo(0, within(0.03));
    assertThat(spearman(paired[1], paired[2])).isCloseTo(0, within(0.03));
    for (int j = 0; j < 3; j++) {
      assertThat(sorted(paired[j])).containsExactly(sorted(draws[j]));
    }
  }

  @Test
  void reachesAFullTargetMatrix() {
    double[][] draws = independentDraws(10_000, 8);
    double[][] matrix = {{1, 0.5, -0.3}, {0.5, 1, 0.2}, {-0.3, 0.2, 1}};
    double[][] paired =
        ImanConover.correlate(
            draws, RankCorrelation.of(List.of("rate", "efficiency", "hosts"), matrix), 1);
    assertThat(spearman(paired[0], paired[1])).isCloseTo(0.5, within(0.02));
    assertThat(spearman(paired[0], paired[2])).isCloseTo(-0.3, within(0.03));
    assertThat(spearman(paired[1], paired[2])).isCloseTo(0.2, within(0.03));
  }

  @Test
  void theSameSeedGivesTheSamePairingAndAnotherSeedAnother() {
    double[][] draws = independentDraws(1_000, 9);
    double[][] before = {draws[0].clone(), draws[1].clone(), draws[2].clone()};
    RankCorrelation target =
        RankCorrelation.ofPairs(
            List.of("a", "b", "c"), List.of(new RankCorrelation.Pair("a", "b", 0.7)));
    double[][] first = ImanConover.correlate(draws, target, 42);
    assertThat(ImanConover.correlate(draws, target, 42)).isDeepEqualTo(first);
    assertThat(ImanConover.correlate(draws, target, 43)[0]).isNotEqualTo(first[0]);
    assertThat(draws).isDeepEqualTo(before);
  }

  /**
   * a–b 0.9, b–c 0.9, a–c −0.9 cannot hold together: the pair declared last (b–c) is blamed. Given
   * a–b and a–c, b–c must lie in r_ab·r_ac ± √((1 − r_ab²)(1 − r_ac²)) = −0.81 ± 0.19.
   */
  @Test
  void aMatrixThatIsNotPositiveDefiniteIsRefusedNamingThePair() {
    List<String> inputs = List.of("a", "b", "c");
    assertThatThrownBy(
            () ->
                RankCorrelation.ofPairs(
                    inputs,
                    List.of(
                        new RankCorrelation.Pair("a", "b", 0.9),
                        new RankCorrelation.Pair("b", "c", 0.9),
                        new RankCorrelation.Pair("a", "c", -0.9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the rank correlations are not positive definite: b – c is 0.9, but with a – b at 0.9"
                + " and a – c at -0.9 it must lie between -1.0000 and -0.6200");
  }

  @Test
  void malformedMatricesAreRefused() {
    List<String> inputs = List.of("a", "b");
    assertThatThrownBy(() -> RankCorrelation.of(inputs, new double[][] {{1, 1}, {1, 1}}))
        .hasMessage("rank correlation a – b must be strictly between -1 and 1, was 1.0");
    assertThatThrownBy(() -> RankCorrelation.of(inputs, new double[][] {{1, 0.2}, {0.3, 1}}))
        .hasMessage(
            "rank correlation a – b is 0.2 one way and 0.3 the other: the matrix must be symmetric");
    assertThatThrownBy(() -> RankCorrelation.of(inputs, new double[][] {{0.9, 0}, {0, 1}}))
        .hasMessage("the rank correlation of a with itself must be 1, was 0.9");
    assertThatThrownBy(() -> RankCorrelation.of(inputs, new double[][] {{1}}))
        .hasMessage("expected a 2 × 2 rank correlation matrix for [a, b], was 1 rows");
    assertThatThrownBy(
            () -> RankCorrelation.ofPairs(inputs, List.of(new RankCorrelation.Pair("a", "x", 0.1))))
        .hasMessage("rank correlation names x, which is not one of [a, b]");
    assertThatThrownBy(
            () ->
                ImanConover.correlate(
                    new double[][] {{1, 2, 3}}, RankCorrelation.independent(inputs), 1))
        .hasMessage("expected one row of samples per input of [a, b], was 1 rows");
    assertThatThrownBy(
            () ->
                ImanConover.correlate(
                    new double[][] {{1, 2, 3}, {1, 2, 3}}, RankCorrelation.independent(inputs), 1))
        .hasMessage("inducing rank correlation among 2 inputs needs at least 4 samples, was 3");
  }

  /**
   * Two inputs, four samples (the fewest it takes): one seed in twelve shuffles the second column
   * of scores into the first or its mirror, linearly dependent; those are shuffled again rather
   * than refused (before, the last block of 2,052 samples could stop a whole run). Every seed
   * re-pairs the block, keeps its values, and on average over the seeds the target 0.9 shows: the
   * mean rank correlation of 1,000 independent pairings of four would be 0 ± 0.02.
   */
  @Test
  void theFewestSamplesAreRePairedWhateverTheSeed() {
    RankCorrelation target =
        RankCorrelation.ofPairs(
            List.of("a", "b"), List.of(new RankCorrelation.Pair("a", "b", 0.9)));
    double sum = 0;
    for (long seed = 0; seed < 1_000; seed++) {
      double[][] draws = {{4, 1, 3, 2}, {10, 40, 20, 30}};
      double[][] paired = ImanConover.correlate(draws, target, seed);
      assertThat(sorted(paired[0])).as("seed %s", seed).containsExactly(1, 2, 3, 4);
      assertThat(sorted(paired[1])).as("seed %s", seed).containsExactly(10, 20, 30, 40);
      sum += spearman(paired[0], paired[1]);
    }
    assertThat(sum / 1_000).isGreaterThan(0.5);
  }

  /**
   * Any target in (−0.9, 0.9), any seed: the same seed gives the same pairing, every value is kept,
   * and the target is reached within sampling error.
   */
  @Property(tries = 40)
  void everyMarginalKeepsItsValues(
      @ForAll long seed,
      @ForAll @DoubleRange(min = -0.9, max = 0.9) double rho,
      @ForAll @IntRange(min = 500, max = 3000) int n) {
    double[][] draws = independentDraws(n, seed);
    RankCorrelation target =
        RankCorrelation.ofPairs(
            List.of("rate", "efficiency", "hosts"),
            List.of(new RankCorrelation.Pair("rate", "efficiency", rho)));
    double[][] paired = ImanConover.correlate(draws, target, seed);
    assertThat(ImanConover.correlate(draws, target, seed)).isDeepEqualTo(paired);
    for (int j = 0; j < 3; j++) {
      assertThat(sorted(paired[j])).containsExactly(sorted(draws[j]));
    }
    // Six times the sampling error (1 − ρ²)/√n, plus a little for rank ties in none of these two.
    assertThat(spearman(paired[0], paired[1]))
        .isCloseTo(rho, within(6 * (1 - rho * rho) / Math.sqrt(n) + 0.005));
  }
}
