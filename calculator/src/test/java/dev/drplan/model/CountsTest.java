package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole counts of real-valued needs: noise around a whole number forgiven, no need rounded away.
 */
class CountsTest {

  @Test
  void nothingOrLessNeedsNothing() {
    assertThat(Counts.ceil(0)).isZero();
    assertThat(Counts.ceil(-0.0)).isZero();
    assertThat(Counts.ceil(-3.5)).isZero();
  }

  /** A positive need, however small, is one whole thing: 1e-15 of a VM is one VM, not none. */
  @Test
  void aPositiveNeedIsNeverZero() {
    assertThat(Counts.ceil(1e-15)).isEqualTo(1);
    assertThat(Counts.ceil(Double.MIN_VALUE)).isEqualTo(1);
    // within the noise tolerance of 0 (1e-9) that once snapped it to 0
    assertThat(Counts.ceil(1e-10)).isEqualTo(1);
    assertThat(Counts.ceil(0.5)).isEqualTo(1);
  }

  /** Floating-point noise around a positive whole number is forgiven on either side. */
  @Test
  void noiseAroundAPositiveWholeNumberIsForgiven() {
    assertThat(0.3 / 0.1).isGreaterThan(2.9).isLessThan(3); // 2.9999999999999996
    assertThat(Counts.ceil(0.3 / 0.1)).isEqualTo(3);
    assertThat((0.1 + 0.2) / 0.1).isGreaterThan(3); // 3.0000000000000004
    assertThat(Counts.ceil((0.1 + 0.2) / 0.1)).isEqualTo(3);
    assertThat(Counts.ceil(20.000000000001)).isEqualTo(20);
    assertThat(Counts.ceil(1 + 1e-12)).isEqualTo(1);
    // beyond the noise, the next whole number
    assertThat(Counts.ceil(20.5)).isEqualTo(21);
    assertThat(Counts.ceil(1 + 1e-6)).isEqualTo(2);
  }

  /**
   * A 1-byte dataset on the namespace: raw SSD needed 1 B / (1.0 · (1 − 0.1) · 0.9) of a z3 VM's
   * local SSD, a tiny positive need, is one VM at the start and at the end, in the reference
   * evaluator and on the sampling path alike: the monthly cost at the start is the same one VM's.
   */
  @Test
  void aTinyDatasetNeedsOneVmOnBothPaths() {
    NamespaceInCloud namespace = Fixtures.namespace(250);
    Scenario tiny =
        Fixtures.scenario(Fixtures.dataset(1e-15, 0.3, 0.01), List.<DrOption>of(namespace));
    double vmsNeeded = 1 / (1.0 * (1 - 0.1) * 0.9) / namespace.machine().localSsd().bytes();
    assertThat(vmsNeeded).isPositive().isLessThan(1e-12);
    assertThat(CloudCost.nodes(namespace, tiny.dataset().logicalSize())).isEqualTo(1);

    Evaluation evaluation = Evaluator.evaluate(tiny);
    OptionResult pair = evaluation.results().get(0);
    assertThat(PairFigure.NODES_START.canonical(pair)).isEqualTo(1);
    assertThat(PairFigure.NODES_END.canonical(pair)).isEqualTo(1);

    SamplingEvaluator sampling = SamplingEvaluator.of(tiny);
    SamplingEvaluator.Sample sample = sampling.newSample();
    sampling.evaluate(sampling.baseState(), sample);
    int monthlyStart = SamplingEvaluator.figureIndex(PairFigure.MONTHLY_COST_USD_START);
    assertThat(sample.figures[monthlyStart])
        .isEqualTo(pair.monthlyCostStart().usd())
        .isEqualTo(PairFigure.MONTHLY_COST_USD_START.canonical(pair));
    assertThat(PairFigure.MONTHLY_COST_USD_START.canonical(pair))
        .isGreaterThanOrEqualTo(
            CloudCost.namespaceMonthly(namespace, 1).usd()); // at least the one VM's month
  }
}
