package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.analysis.ProposalAnalysis.FeasibilityEdge;
import dev.drplan.analysis.ProposalAnalysis.Point;
import dev.drplan.analysis.ProposalAnalysis.Series;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the proposal draws, computed before any writer runs: the series, the feasibility edge the
 * cost line passes through, the distributions and tornadoes.
 */
class ProposalAnalysisTest {

  private static final double PB = 1e15;

  /** Scenarios.simple(50, 0.01, 1): 50 PB, 1% daily change, one 100 Gbps circuit at 80%. */
  private static final Scenario SIMPLE = Scenarios.simple(50, 0.01, 1);

  private static ProposalAnalysis certain(Scenario scenario) {
    return ProposalAnalysis.of(UncertainScenario.certain(scenario), 10, 1, 1);
  }

  /**
   * R = 100e9 / 8 · 0.8 = 10 GB/s; the seed (max 180 d) fits while L ≤ L* = M · R / (1 + M · 0.01 /
   * 86,400) = 55.5 PB, so along 5 PB … 500 PB the copy turns infeasible at L*: the edge, and the
   * cost line passes through it.
   */
  @Test
  void theCostLinePassesThroughTheFeasibilityEdgeWhereTheHandPutsIt() {
    double m = 180 * 86_400.0;
    double r = 100e9 / 8 * 0.8;
    double lStar = m * r / (1 + m * 0.01 / 86_400);

    ProposalAnalysis analysis = certain(SIMPLE);

    assertThat(analysis.feasibilityEdges()).hasSize(1);
    FeasibilityEdge edge = analysis.feasibilityEdges().get(0);
    assertThat(edge.option()).isEqualTo("gcs-archive");
    assertThat(edge.feasibleBelow()).isTrue();
    assertThat(edge.reasons()).containsExactly(ReasonCode.SEED_TOO_LONG);
    assertThat(edge.at()).isCloseTo(lStar, within(lStar * 1e-5));

    ProposalAnalysis.SweepChart chart = analysis.costVersusSize();
    assertThat(chart.key()).isEqualTo(ProposalAnalysis.LOGICAL_SIZE);
    assertThat(chart.metric()).isEqualTo(Metric.HORIZON_COST_USD);
    assertThat(chart.from()).isCloseTo(50 * PB / 10, within(50 * PB / 10 * 1e-12));
    assertThat(chart.to()).isCloseTo(50 * PB * 10, within(50 * PB * 10 * 1e-12));
    Series line = chart.series().get(0);
    assertThat(line.points()).hasSize(ProposalAnalysis.SIZE_STEPS + 1);
    int at = -1;
    for (int i = 0; i < line.points().size(); i++) {
      if (line.points().get(i).x() == edge.at()) {
        at = i;
      }
    }
    assertThat(at).as("the edge is a point of the line").isPositive();
    Point before = line.points().get(at - 1);
    Point onEdge = line.points().get(at);
    Point after = line.points().get(at + 1);
    assertThat(onEdge.y()).isEqualTo(edge.horizonCost().usd());
    // Feasible up to the edge; the edge and every point above it are not.
    assertThat(before.feasible()).isTrue();
    assertThat(onEdge.feasible()).isFalse();
    assertThat(after.feasible()).isFalse();
    assertThat(line.feasibleThroughout()).isFalse();
    // More data costs more: the edge's cost lies between its neighbours'.
    assertThat(onEdge.y()).isBetween(before.y(), after.y());
  }

  /**
   * One circuit: most = max(4 · 1, 8) = 8 circuits, one step each. At c circuits the seed is L0 /
   * (R − d0) with R = c · 10 GB/s and d0 = 0.01 · 50e15 / 86,400 = 5.79 GB/s.
   */
  @Test
  void theSeedLineHasOnePointPerCircuitCount() {
    ProposalAnalysis analysis = certain(SIMPLE);

    ProposalAnalysis.SweepChart chart = analysis.seedVersusCircuits();
    assertThat(chart.key()).isEqualTo(ProposalAnalysis.CIRCUITS);
    assertThat(chart.from()).isEqualTo(1);
    assertThat(chart.to()).isEqualTo(8);
    List<Point> points = chart.series().get(0).points();
    assertThat(points).extracting(Point::x).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
    double d0 = 0.01 * 50e15 / 86_400;
    assertThat(points.get(0).y()).isCloseTo(50e15 / (100e9 / 8 * 0.8 - d0), within(1.0));
    assertThat(points.get(1).y()).isCloseTo(50e15 / (2 * 100e9 / 8 * 0.8 - d0), within(1.0));
  }

  /** One configuration: one monthly chart, 60 months of the 5-year horizon, feasible at 50 PB. */
  @Test
  void monthlyCostsHaveOnePointPerMonth() {
    ProposalAnalysis analysis = certain(SIMPLE);

    assertThat(analysis.monthlyCosts()).hasSize(1);
    ProposalAnalysis.MonthlyCostChart chart = analysis.monthlyCosts().get(0);
    assertThat(chart.configuration()).isEqualTo("minimum");
    Series line = chart.series().get(0);
    assertThat(line.option()).isEqualTo("gcs-archive");
    assertThat(line.points()).hasSize(60);
    assertThat(line.points().get(0).x()).isEqualTo(1);
    assertThat(line.points().get(59).x()).isEqualTo(60);
    assertThat(line.feasibleThroughout()).isTrue();
  }

  @Test
  void withoutUncertainInputsThereIsNoMonteCarlo() {
    ProposalAnalysis analysis = certain(SIMPLE);

    assertThat(analysis.focusConfiguration()).isEqualTo("minimum");
    assertThat(analysis.focusOption()).isEqualTo("gcs-archive");
    assertThat(analysis.monteCarlo()).isNull();
    assertThat(analysis.distributions()).isEmpty();
    assertThat(analysis.tornadoes()).isEmpty();
  }

  @Test
  void uncertainInputsGiveTheDistributionsAndTornadoesOfTheFocusPair() {
    int samples = 300;

    ProposalAnalysis analysis =
        ProposalAnalysis.of(MonteCarloTest.walmartUncertain(), samples, 7, 2);

    assertThat(analysis.monteCarlo().samples()).isEqualTo(samples);
    assertThat(analysis.distributions())
        .extracting(BinnedDistribution::metric)
        .containsExactly(Metric.HORIZON_COST_USD, Metric.SEED_SECONDS);
    for (BinnedDistribution bins : analysis.distributions()) {
      assertThat(bins.finite() + bins.never()).isEqualTo(samples);
      assertThat(bins.counts()).hasSizeLessThanOrEqualTo(ProposalAnalysis.BINS);
    }
    assertThat(analysis.tornadoes())
        .extracting(Tornado::metric)
        .containsExactly(Metric.HORIZON_COST_USD, Metric.SEED_SECONDS);
    for (Tornado tornado : analysis.tornadoes()) {
      assertThat(tornado.configuration()).isEqualTo(analysis.focusConfiguration());
      assertThat(tornado.option()).isEqualTo(analysis.focusOption());
    }
  }
}
