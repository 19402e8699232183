package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static Scenario scenario() {
    List<DrOption> options =
        List.of(
            Fixtures.namespace(1_000),
            Fixtures.archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY),
            Fixtures.archiveCopy(
                "gcs-archive-ta",
                Seeding.byAppliance(Fixtures.ta300()),
                Recovery.runInCloud(TimeSpan.ofDays(2))));
    return Fixtures.scenario(Fixtures.dataset(10, 0.30, 0.005), options);
  }

  @Test
  void everyPairIsEvaluatedForEveryConfiguration() {
    Evaluation evaluation = Evaluator.evaluate(scenario());
    assertThat(evaluation.configurations())
        .extracting(ConfigurationResult::configuration)
        .containsExactly("minimum", "phase-one");
    assertThat(evaluation.results()).hasSize(6);
    assertThat(evaluation.results())
        .extracting(OptionResult::option)
        .containsExactly(
            "vast-on-z3",
            "gcs-archive",
            "gcs-archive-ta",
            "vast-on-z3",
            "gcs-archive",
            "gcs-archive-ta");
  }

  @Test
  void dataCopyFiguresFollowTheFormulas() {
    OptionResult archive = Evaluator.evaluate(scenario()).results().get(1);
    // R = min(4 x 100 Gbps x 0.8 = 40 GB/s, 4 x 4 x 4 GB/s = 64 GB/s, 32 x 16 x 200 MB/s = 102.4
    // GB/s)
    assertThat(archive.replication().rate().bytesPerSecond()).isEqualTo(4 * 100e9 / 8 * 0.8);
    assertThat(archive.replication().bottleneck()).isEqualTo(Bottleneck.NETWORK);
    double d0 = 10e15 * 0.005 / 86_400;
    assertThat(archive.seed().time().seconds()).isCloseTo(10e15 / (40e9 - d0), within(1e-6));
    double dPeak = 10e15 * Math.pow(1.3, 5) * 0.005 / 86_400;
    assertThat(archive.rpo().seconds()).isCloseTo(3600 * (1 + dPeak / 40e9), within(1e-6));
    assertThat(archive.rto().seconds()).isCloseTo(10e15 * Math.pow(1.3, 5) / 40e9, within(1e-3));
    assertThat(archive.monthlyCosts().months()).isEqualTo(60);
    assertThat(archive.horizonCost().usd())
        .isCloseTo(
            archive.monthlyCosts().total().usd() + archive.oneTimeCost().usd(), within(1e-6));
    assertThat(archive.nodesEnd()).isNull();
    assertThat(archive.storedEnd()).isNotNull();
  }

  @Test
  void theFirstMonthIsBilledAtDayOneSize() {
    OptionResult archive = Evaluator.evaluate(scenario()).results().get(1);
    double stored = 10e15 + 10e15 * 0.005 * 0 * 365; // overwrite_share 0
    double writes = Math.ceil(10e15 * 0.005 * 30.4375 / Math.pow(2, 28)) / 1000 * 0.05;
    assertThat(archive.monthlyCostStart().usd())
        .isCloseTo(stored / Math.pow(2, 30) * 0.0012 + writes + 4 * 16_994, within(1e-6));
  }

  @Test
  void namespaceNodesAndFeasibility() {
    OptionResult namespace = Evaluator.evaluate(scenario()).results().get(0);
    double perNode = 36_000 * Math.pow(2, 30);
    double raw0 = 10e15 / 1.0 / 0.9 / 0.9;
    assertThat(namespace.nodesStart()).isEqualTo((long) Math.ceil(raw0 / perNode));
    assertThat(namespace.rto()).isEqualTo(TimeSpan.ofMinutes(30));
    assertThat(namespace.storedEnd()).isNull();
    assertThat(namespace.recoveryEventCost().usd()).isZero();
  }

  @Test
  void tooManyNodesIsInfeasibleAndSaysHowManyClusters() {
    Scenario small = scenario().withOptions(List.of(Fixtures.namespace(100)));
    OptionResult namespace = Evaluator.evaluate(small).results().get(0);
    assertThat(namespace.feasible()).isFalse();
    Reason reason = namespace.reasons().get(0);
    assertThat(reason.code()).isEqualTo(ReasonCode.TOO_MANY_NODES);
    long nodes = (long) reason.figures().get("nodes");
    assertThat(reason.figures().get("clusters")).isEqualTo((nodes + 99) / 100);
  }

  @Test
  void aSlowLinkMakesTheSeedNeverConvergeWithNullFiguresAndReasons() {
    Scenario base = scenario();
    Scenario slow =
        new Scenario(
            base.name(),
            "",
            base.horizon(),
            null,
            null,
            base.dataset(),
            base.primary(),
            Fixtures.network(1, 1),
            base.objectives(),
            base.options());
    OptionResult archive = Evaluator.evaluate(slow).results().get(1);
    assertThat(archive.feasible()).isFalse();
    assertThat(archive.seed().time()).isNull();
    assertThat(archive.rpo()).isNull();
    List<ReasonCode> codes = new ArrayList<>();
    archive.reasons().forEach(r -> codes.add(r.code()));
    assertThat(codes)
        .contains(
            ReasonCode.SEED_NEVER_CONVERGES, ReasonCode.RPO_BACKLOG_GROWS, ReasonCode.RTO_MISSED);
  }

  @Test
  void explainRecordsTheFormulaOfEveryHeadlineFigure() {
    Subject subject = Subject.of(scenario(), "minimum", "gcs-archive");
    List<Derivation> steps = subject.derivations();
    OptionResult explained = subject.result();
    assertThat(steps)
        .extracting(Derivation::figure)
        .contains(
            "raw_bytes",
            "logical_capacity_bytes",
            "time_to_full_seconds",
            "replication_bytes_per_second",
            "seed_seconds",
            "rpo_seconds",
            "rto_seconds",
            "monthly_cost_usd_start",
            "monthly_cost_usd_end",
            "one_time_cost_usd",
            "horizon_cost_usd",
            "recovery_event_cost_usd",
            "stored_bytes_end");
    assertThat(explained).isEqualTo(Evaluator.evaluate(scenario()).results().get(1));
  }

  @Test
  void theRecommendationIsTheCheapestFeasiblePair() {
    Evaluation evaluation = Evaluator.evaluate(scenario());
    OptionResult cheapest = null;
    for (OptionResult result : evaluation.results()) {
      if (result.feasible()
          && (cheapest == null || result.horizonCost().compareTo(cheapest.horizonCost()) < 0)) {
        cheapest = result;
      }
    }
    assertThat(cheapest).isNotNull();
    assertThat(evaluation.recommendation().option()).isEqualTo(cheapest.option());
    assertThat(evaluation.recommendation().why().get(0).code())
        .isEqualTo(ReasonCode.RECOMMENDED_CHEAPEST);
  }
}
