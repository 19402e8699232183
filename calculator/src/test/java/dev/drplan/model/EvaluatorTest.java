package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The evaluator against hand-worked cases. The base scenario: 10 PB growing 30% a year for 5 years,
 * 0.5% daily change, peak factor 1; 4 x 100 Gbps at 80% (R = 40 GB/s, the network binds: the
 * primary gives 4 x 4 x 4 GB/s = 64 GB/s, the movers 32 x 16 x 200 MB/s = 102.4 GB/s). Objectives:
 * RPO 4 h, RTO 30 d for all the data, seed within 365 d. Each verdict rule is moved across its
 * threshold, one side per assertion.
 */
class EvaluatorTest {

  private static final double R = 4 * 100e9 / 8 * 0.8;
  private static final double D0 = 10e15 * 0.005 / 86_400;
  private static final double D_PEAK = 10e15 * Math.pow(1.3, 5) * 0.005 / 86_400;

  private static Scenario scenario() {
    return Fixtures.everyKindOfOption();
  }

  private static OptionResult pair(Scenario scenario, String configuration, String option) {
    for (OptionResult result : Evaluator.evaluate(scenario).results()) {
      if (result.configuration().equals(configuration) && result.option().equals(option)) {
        return result;
      }
    }
    throw new AssertionError("no pair " + configuration + ", " + option);
  }

  private static OptionResult archive(Scenario scenario) {
    return pair(scenario, "phase-one", "gcs-archive");
  }

  private static List<ReasonCode> codes(List<Reason> reasons) {
    List<ReasonCode> codes = new ArrayList<>();
    reasons.forEach(r -> codes.add(r.code()));
    return codes;
  }

  private static Scenario withCircuitsOf(double gbps) {
    return scenario().withNetwork(Fixtures.network(1, gbps));
  }

  @Test
  void aResultWithOtherNotesKeepsEverythingElse() {
    OptionResult result = archive(scenario());
    List<Reason> notes = List.of(result.notes().get(0));
    OptionResult noted = result.withNotes(notes);
    assertThat(noted.notes()).isEqualTo(notes);
    assertThat(noted).usingRecursiveComparison().ignoringFields("notes").isEqualTo(result);
    assertThat(noted.configuration()).isEqualTo("phase-one");
    assertThat(noted.option()).isEqualTo("gcs-archive");
  }

  @Test
  void everyPairIsEvaluatedForEveryConfiguration() {
    Evaluation evaluation = Evaluator.evaluate(scenario());
    assertThat(evaluation.configurations())
        .extracting(ConfigurationResult::configuration)
        .containsExactly("minimum", "phase-one");
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
    OptionResult archive = archive(scenario());
    assertThat(archive.replication().rate().bytesPerSecond()).isEqualTo(R);
    assertThat(archive.replication().bottleneck()).isEqualTo(Bottleneck.NETWORK);
    assertThat(archive.seed().time().seconds()).isCloseTo(10e15 / (R - D0), within(1e-6));
    assertThat(archive.rpo().seconds()).isCloseTo(3600 * (1 + D_PEAK / R), within(1e-6));
    assertThat(archive.longestIntervalMeetingRpo().seconds())
        .isCloseTo(4 * 3600 / (1 + D_PEAK / R), within(1e-6));
    assertThat(archive.rto().seconds()).isCloseTo(10e15 * Math.pow(1.3, 5) / R, within(1e-3));
    assertThat(archive.monthlyCosts().months()).isEqualTo(60);
    assertThat(archive.nodesEnd()).isNull();
    // No overwrites, so the new data beyond the growth is deleted: ρ = 0.005 − ln(1.3) / 365.25 a
    // day, each version kept 30 d: stored(H) = L(H) · (1 + ρ · (1 − e^(−30 r)) / r).
    double r = Math.log(1.3) / 365.25;
    double rho = 0.005 - r;
    assertThat(archive.storedEnd().bytes())
        .isCloseTo(10e15 * Math.pow(1.3, 5) * (1 + rho * (1 - Math.exp(-30 * r)) / r), within(1e3));
    assertThat(archive.feasible()).isTrue();
  }

  @Test
  void theRunRateOnDayOneIsBilledAtDayOneSizeWithNothingRetainedYet() {
    OptionResult archive = archive(scenario());
    double storage = 10e15 / Math.pow(2, 30) * 0.0012;
    double writes = 10e15 * 0.005 * 30.4375 / Math.pow(2, 28) / 1000 * 0.05;
    assertThat(archive.monthlyCostStart().usd())
        .isCloseTo(storage + writes + 4 * 16_994, within(1e-6));
  }

  @Test
  void theFirstMonthBillsTheMonthsIntegral() {
    // Ports are flat; the storage of month 1 is at least L0's and below L(1 month)'s plus 30 d of
    // retained versions, the early deletion starts only after the retention.
    OptionResult archive = archive(scenario());
    double month = archive.monthlyCosts().month(0).usd() - 4 * 16_994;
    double l1 = 10e15 * Math.pow(1.3, 1.0 / 12);
    double rho = 0.005 - Math.log(1.3) / 365.25;
    assertThat(month).isGreaterThan(10e15 / Math.pow(2, 30) * 0.0012);
    assertThat(month)
        .isLessThan(
            l1 * (1 + rho * 30) / Math.pow(2, 30) * 0.0012
                + l1 * 0.005 * 30.4375 / Math.pow(2, 28) / 1000 * 0.05
                + l1 * rho * 365 * 0.4375 / Math.pow(2, 30) * 0.0012);
  }

  @Test
  void theHorizonCostIsTheMonthsPlusTheSeedsObjectWrites() {
    OptionResult archive = archive(scenario());
    double seedWrites = Math.ceil(10e15 / Math.pow(2, 28)) / 1000 * 0.05;
    assertThat(archive.oneTimeCost().usd()).isCloseTo(seedWrites, within(1e-9));
    assertThat(archive.horizonCost().usd())
        .isCloseTo(archive.monthlyCosts().total().usd() + seedWrites, within(1e-6));
  }

  @Test
  void aNamespaceCountsItsVmsAndFailsOver() {
    OptionResult namespace = pair(scenario(), "phase-one", "vast-on-z3");
    double perNode = 36_000 * Math.pow(2, 30);
    assertThat(namespace.nodesStart()).isEqualTo((long) Math.ceil(10e15 / 0.9 / 0.9 / perNode));
    assertThat(namespace.nodesEnd())
        .isEqualTo((long) Math.ceil(10e15 * Math.pow(1.3, 5) / 0.9 / 0.9 / perNode));
    assertThat(namespace.rto()).isEqualTo(TimeSpan.ofMinutes(30));
    assertThat(namespace.storedEnd()).isNull();
    assertThat(namespace.recoveryEventCost().usd()).isZero();
  }

  @Nested
  class SeedRules {
    // T_seed = 10e15 / (40e9 − 578.7e6) s = 2.94 d
    @Test
    void aSeedLongerThanMaxSeedIsInfeasible() {
      Scenario tight =
          scenario().withObjectives(Fixtures.objectives().withMaxSeed(TimeSpan.ofDays(2.9)));
      Reason reason = archive(tight).reasons().get(0);
      assertThat(reason.code()).isEqualTo(ReasonCode.SEED_TOO_LONG);
      assertThat(((TimeSpan) reason.figures().get("seed")).seconds())
          .isCloseTo(10e15 / (R - D0), within(1e-6));
    }

    @Test
    void aSeedWithinMaxSeedIsNotAReason() {
      Scenario loose =
          scenario().withObjectives(Fixtures.objectives().withMaxSeed(TimeSpan.ofDays(3)));
      assertThat(codes(archive(loose).reasons())).doesNotContain(ReasonCode.SEED_TOO_LONG);
    }

    @Test
    void aLinkSlowerThanTheChangeRateNeverConverges() {
      // 1 x 5 Gbps at 80% = 500 MB/s < d(0) = 578.7 MB/s
      OptionResult archive = archive(withCircuitsOf(5));
      assertThat(archive.seed().time()).isNull();
      Reason reason = archive.reasons().get(0);
      assertThat(reason.code()).isEqualTo(ReasonCode.SEED_NEVER_CONVERGES);
      assertThat(((DataRate) reason.figures().get("shortfall")).bytesPerSecond())
          .isCloseTo(D0 - 5e9 / 8 * 0.8, within(1e-3));
    }

    @Test
    void aLinkJustFasterThanTheChangeRateConvergesSlowly() {
      // 1 x 6 Gbps at 80% = 600 MB/s > d(0): T_seed = 10e15 / (600e6 − 578.7e6) s, past max_seed
      OptionResult archive = archive(withCircuitsOf(6));
      assertThat(archive.seed().time().seconds())
          .isCloseTo(10e15 / (6e9 / 8 * 0.8 - D0), within(1e-3));
      assertThat(codes(archive.reasons()))
          .doesNotContain(ReasonCode.SEED_NEVER_CONVERGES)
          .contains(ReasonCode.SEED_TOO_LONG);
    }
  }

  @Nested
  class RecoveryPointRules {
    // RPO = 3600 s · (1 + d_peak / R) = 3,793 s; d_peak = 2.149 GB/s at L(H)
    @Test
    void anRpoAboveTheObjectiveNamesTheLongestIntervalThatMeetsIt() {
      Scenario tight =
          scenario().withObjectives(Fixtures.objectives().withRpo(TimeSpan.ofSeconds(3_700)));
      Reason reason = archive(tight).reasons().get(0);
      assertThat(reason.code()).isEqualTo(ReasonCode.RPO_MISSED);
      assertThat(((TimeSpan) reason.figures().get("max_interval")).seconds())
          .isCloseTo(3_700 / (1 + D_PEAK / R), within(1e-6));
    }

    @Test
    void anRpoWithinTheObjectiveIsNotAReason() {
      Scenario loose =
          scenario().withObjectives(Fixtures.objectives().withRpo(TimeSpan.ofSeconds(3_800)));
      assertThat(archive(loose).feasible()).isTrue();
    }

    @Test
    void aZeroObjectiveIsUnreachableByAnyInterval() {
      Scenario zero = scenario().withObjectives(Fixtures.objectives().withRpo(TimeSpan.ZERO));
      OptionResult archive = archive(zero);
      assertThat(archive.longestIntervalMeetingRpo()).isNull();
      assertThat(codes(archive.reasons())).containsExactly(ReasonCode.RPO_UNREACHABLE);
    }

    @Test
    void aPeakChangeRateAtOrAboveRMakesTheBacklogGrow() {
      // 1 x 20 Gbps at 80% = 2.0 GB/s ≤ d_peak = 2.149 GB/s (and > d(0): the seed converges)
      OptionResult archive = archive(withCircuitsOf(20));
      assertThat(archive.rpo()).isNull();
      assertThat(codes(archive.reasons())).contains(ReasonCode.RPO_BACKLOG_GROWS);
    }

    @Test
    void aPeakChangeRateBelowRHasAnRpo() {
      // 1 x 25 Gbps at 80% = 2.5 GB/s > d_peak
      OptionResult archive = archive(withCircuitsOf(25));
      assertThat(archive.rpo().seconds()).isCloseTo(3600 * (1 + D_PEAK / 2.5e9), within(1e-6));
      assertThat(codes(archive.reasons())).doesNotContain(ReasonCode.RPO_BACKLOG_GROWS);
    }
  }

  @Nested
  class RecoveryTimeRules {
    // RTO = 1.0 · 10e15 · 1.3^5 / 40e9 s = 10.74 d
    @Test
    void anRtoAboveTheObjectiveIsInfeasible() {
      Scenario tight =
          scenario().withObjectives(Fixtures.objectives().withRto(TimeSpan.ofDays(10.7)));
      assertThat(codes(archive(tight).reasons())).containsExactly(ReasonCode.RTO_MISSED);
    }

    @Test
    void anRtoWithinTheObjectiveIsNotAReason() {
      Scenario loose =
          scenario().withObjectives(Fixtures.objectives().withRto(TimeSpan.ofDays(10.8)));
      assertThat(archive(loose).feasible()).isTrue();
    }
  }

  @Nested
  class FootprintRules {
    private final long nodesEnd =
        (long) Math.ceil(10e15 * Math.pow(1.3, 5) / 0.9 / 0.9 / (36_000 * Math.pow(2, 30)));

    @Test
    void moreVmsThanMaxNodesIsInfeasibleAndSaysHowManyClusters() {
      Scenario small = scenario().withOptions(List.of(Fixtures.namespace((int) nodesEnd - 1)));
      Reason reason = pair(small, "phase-one", "vast-on-z3").reasons().get(0);
      assertThat(reason.code()).isEqualTo(ReasonCode.TOO_MANY_NODES);
      assertThat(reason.figures())
          .containsEntry("nodes", nodesEnd)
          .containsEntry("max_nodes", nodesEnd - 1)
          .containsEntry("clusters", 2L);
    }

    @Test
    void asManyVmsAsMaxNodesIsFeasible() {
      Scenario exact = scenario().withOptions(List.of(Fixtures.namespace((int) nodesEnd)));
      assertThat(pair(exact, "phase-one", "vast-on-z3").feasible()).isTrue();
    }

    @Test
    void objectsLargerThanFiveTebibytesAreInfeasible() {
      Scenario large =
          scenario()
              .withOptions(
                  List.of(
                      Fixtures.archiveCopyWithObjects(DataSize.ofBytes(5 * Math.pow(2, 40) + 1))));
      assertThat(codes(archive(large).reasons())).containsExactly(ReasonCode.OBJECT_TOO_LARGE);
    }

    @Test
    void objectsOfFiveTebibytesAreFeasible() {
      Scenario largest =
          scenario().withOptions(List.of(Fixtures.archiveCopyWithObjects(DataSize.ofTebibytes(5))));
      assertThat(archive(largest).feasible()).isTrue();
    }

    @Test
    void aZeroReplicationRateIsAReason() {
      Scenario dark =
          scenario().withNetwork(Fixtures.network(4, 100).withEfficiency(Fraction.ZERO));
      assertThat(codes(archive(dark).reasons()))
          .startsWith(ReasonCode.NO_REPLICATION_RATE, ReasonCode.SEED_NEVER_CONVERGES);
      assertThat(codes(archive(scenario()).reasons()))
          .doesNotContain(ReasonCode.NO_REPLICATION_RATE);
    }
  }

  @Nested
  class Notes {
    @Test
    void smallObjectsAtFullRateNeedTheRequestRateRamp() {
      // 40e9 B/s / 16 MiB = 2,384 writes/s > 1,000: ceil(log2(2.384)) = 2 doublings of 20 min
      Scenario small =
          scenario()
              .withOptions(List.of(Fixtures.archiveCopyWithObjects(DataSize.ofMebibytes(16))));
      Reason note = archive(small).notes().get(0);
      assertThat(note.code()).isEqualTo(ReasonCode.REQUEST_RATE_RAMP);
      assertThat((double) note.figures().get("writes_per_second"))
          .isCloseTo(R / (16 * Math.pow(2, 20)), within(1e-9));
      assertThat(note.figures()).containsEntry("ramp_time", TimeSpan.ofMinutes(2 * 20));
    }

    @Test
    void largeObjectsStayUnderTheInitialRequestRate() {
      // 40e9 B/s / 256 MiB = 149 writes/s ≤ 1,000
      assertThat(codes(archive(scenario()).notes())).doesNotContain(ReasonCode.REQUEST_RATE_RAMP);
    }

    @Test
    void anApplianceSeedSaysHowManyLoadsAndBatches() {
      // ceil(10e15 / 300e12) = 34 loads, 10 in flight: ceil(34 / 10) = 4 round trips
      Reason note = pair(scenario(), "phase-one", "gcs-archive-ta").notes().get(0);
      assertThat(note.code()).isEqualTo(ReasonCode.APPLIANCE_LOADS);
      assertThat(note.figures())
          .containsEntry("appliances", 34L)
          .containsEntry("batches", 4L)
          .containsEntry("in_flight", 10L);
      assertThat(codes(archive(scenario()).notes())).doesNotContain(ReasonCode.APPLIANCE_LOADS);
    }

    // minimum: 20 D-boxes of 1,351.68 TB at 88% and a 90% fill limit hold 21.4 PB; phase-one (60)
    // holds 64.2 PB. 10 PB grows past 21.4 PB after ln(2.14) / ln(1.3) = 2.9 y, inside 5 y.
    @Test
    void aConfigurationThatFillsInsideTheHorizonIsNoted() {
      assertThat(codes(pair(scenario(), "minimum", "gcs-archive").notes()))
          .containsExactly(
              ReasonCode.IMPLIED_DELETIONS, ReasonCode.NOT_PRICED, ReasonCode.CONFIGURATION_FILLS);
      assertThat(codes(archive(scenario()).notes()))
          .containsExactly(ReasonCode.IMPLIED_DELETIONS, ReasonCode.NOT_PRICED);
    }

    @Test
    void aConfigurationTooSmallForDayOneIsNotedInsteadOfFilling() {
      // 22 PB > 20 · 1,351.68e12 · 0.88 · 0.9 = 21.4 PB
      Scenario big = scenario().withDataset(Fixtures.dataset(22, 0.30, 0.005));
      assertThat(codes(pair(big, "minimum", "vast-on-z3").notes()))
          .containsExactly(ReasonCode.NOT_PRICED, ReasonCode.CONFIGURATION_TOO_SMALL);
      // 21 PB fits on day one
      Scenario fits = scenario().withDataset(Fixtures.dataset(21, 0.30, 0.005));
      assertThat(codes(pair(fits, "minimum", "vast-on-z3").notes()))
          .containsExactly(ReasonCode.NOT_PRICED, ReasonCode.CONFIGURATION_FILLS);
    }

    // 0.05% a day, none of it overwrites, is 0.0005 · 365.25 = 18.3% of the estate a year as new
    // data: short of the growth of ln(1.3) = 26.2% (continuous rate), so the inputs contradict
    // each other. Every data-copy pair says so; the namespace, which stores no turnover, does not.
    @Test
    void newDataShortOfTheGrowthIsNotedOnEveryDataCopy() {
      Scenario contradictory = scenario().withDataset(Fixtures.dataset(10, 0.30, 0.0005));
      OptionResult copy = archive(contradictory);
      assertThat(codes(copy.notes()))
          .containsExactly(ReasonCode.NEW_DATA_BELOW_GROWTH, ReasonCode.NOT_PRICED);
      Reason note = copy.notes().get(0);
      assertThat(((Fraction) note.figures().get("added")).value())
          .isCloseTo(0.0005 * 365.25, within(1e-12));
      assertThat(((Fraction) note.figures().get("growth")).value())
          .isCloseTo(Math.log(1.3), within(1e-12));
      assertThat(codes(pair(contradictory, "phase-one", "vast-on-z3").notes()))
          .doesNotContain(ReasonCode.NEW_DATA_BELOW_GROWTH);
      // 0.1% a day is 36.5% a year, more than the growth: deletions instead.
      assertThat(codes(archive(scenario().withDataset(Fixtures.dataset(10, 0.30, 0.001))).notes()))
          .containsExactly(ReasonCode.IMPLIED_DELETIONS, ReasonCode.NOT_PRICED);
    }
  }
}
