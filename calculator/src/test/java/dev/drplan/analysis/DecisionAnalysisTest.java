package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.analysis.DecisionResult.Alternative;
import dev.drplan.analysis.DecisionResult.InputFlips;
import dev.drplan.analysis.decision.FeasibilityDriver;
import dev.drplan.analysis.decision.FlipPoint;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionAnalysisTest {

  private static final double DAY = 86_400;

  /** Network efficiency uniform on [0.5, 1]. */
  private static final double LOW = 0.5;

  private static final double HIGH = 1.0;

  /**
   * Two options on one configuration, 50 PB that do not grow, 0.1% daily change, one circuit of 100
   * Gbps: R = 12.5 GB/s · efficiency (the movers and the primary take more). "gcs-archive" restores
   * 10% of the data to the primary: RTO = 0.1 · 50e15 / (12.5e9 · efficiency), within 7 d while
   * efficiency ≥ e* = 0.1 · 50e15 / (12.5e9 · 7 · 86,400). "run-in-cloud" starts in the cloud in 2
   * d whatever the link, at three times the storage price. Seed (102 d at efficiency 0.5) and RPO
   * (1.09 h) are met throughout.
   */
  static Scenario twoOptions(double confidence) {
    Scenario simple = Scenarios.simple(50, 0.001, 1);
    DataCopy restore = (DataCopy) simple.options().get(0);
    GcsPrices prices = restore.prices();
    DataCopy inCloud =
        new DataCopy(
            "run-in-cloud",
            restore.storageClass(),
            "nam4",
            new GcsPrices(
                Money.ofUsd(3 * prices.storagePerGibMonth().usd()),
                prices.classAPer1000(),
                prices.retrievalPerGib(),
                prices.egressPerGib(),
                prices.minStorageDuration()),
            restore.objectSize(),
            false,
            restore.retention(),
            restore.seed(),
            restore.copyEngine(),
            restore.replicationInterval(),
            Recovery.runInCloud(TimeSpan.ofDays(2)));
    Objectives objectives =
        new Objectives(
            TimeSpan.ofHours(4),
            TimeSpan.ofDays(7),
            Fraction.of(0.1),
            TimeSpan.ofDays(180),
            Objectives.DEFAULT_RPO_COMPLIANCE,
            Fraction.of(confidence));
    return simple.withOptions(List.of(restore, inCloud)).withObjectives(objectives);
  }

  private static UncertainScenario uncertainEfficiency(Scenario scenario) {
    return new UncertainScenario(
        scenario,
        List.of(new UncertainInput("network.efficiency", new Distribution.Uniform(LOW, HIGH))));
  }

  private static final double E_STAR = 0.1 * 50e15 / (12.5e9 * 7 * DAY);

  /** P(efficiency < e*) for the uniform: the share of futures in which the restore misses. */
  private static final double P_MISS = (E_STAR - LOW) / (HIGH - LOW);

  private static double horizonCost(Scenario scenario, String option) {
    for (OptionResult result : Evaluator.evaluate(scenario).results()) {
      if (result.option().equals(option)) {
        return result.horizonCost().usd();
      }
    }
    throw new AssertionError(option);
  }

  private static Alternative alternative(DecisionResult result, String option, boolean remedied) {
    for (Alternative alternative : result.alternatives()) {
      if (alternative.option().equals(option) && alternative.remedied() == remedied) {
        return alternative;
      }
    }
    throw new AssertionError(option);
  }

  @Test
  void theRecommendationFlipsWhereTheRestoreMeetsTheRto() {
    Scenario scenario = twoOptions(0.9);
    DecisionResult result = DecisionAnalysis.run(uncertainEfficiency(scenario), 1_000, 3, 1);
    InputFlips flips = result.flips().get(0);
    assertThat(flips.input()).isEqualTo("network.efficiency");
    assertThat(flips.lower()).isEqualTo(LOW);
    assertThat(flips.upper()).isEqualTo(HIGH);
    assertThat(flips.atLower()).isEqualTo("run-in-cloud on minimum");
    assertThat(flips.points()).hasSize(1);
    FlipPoint point = flips.points().get(0);
    assertThat(point.to()).isEqualTo("gcs-archive on minimum");
    // Feasibility, not cost, changes there: bisection to a millionth of the range.
    assertThat(point.located()).isEqualTo(FlipPoint.Located.BISECTION);
    assertThat(point.at()).isCloseTo(E_STAR, within((HIGH - LOW) * 1e-6));
  }

  /**
   * At 50% confidence the cheap restore (feasible in 1 − P_MISS = 68% of futures) is recommended.
   * The value of knowing the efficiency: where the restore misses, its plan is paid for and
   * replaced by run-in-cloud, so without information it is worth −C_A − P_MISS · C_B against −C_B;
   * knowing the efficiency, the restore is taken where it works and run-in-cloud elsewhere, which
   * saves P_MISS · C_A on average (the restore's cost, not wasted where it would fail).
   */
  @Test
  void theValueOfKnowingTheEfficiencyIsTheRestoreNotWasted() {
    Scenario scenario = twoOptions(0.5);
    double costA = horizonCost(scenario, "gcs-archive");
    double costB = horizonCost(scenario, "run-in-cloud");
    assertThat(costA + P_MISS * costB)
        .as("the restore is the choice without information")
        .isLessThan(costB);
    int n = 20_000;
    DecisionResult result = DecisionAnalysis.run(uncertainEfficiency(scenario), n, 11, 2);
    assertThat(result.choice().recommended().option()).isEqualTo("gcs-archive");
    Alternative restore = alternative(result, "gcs-archive", false);
    double sd = Math.sqrt(P_MISS * (1 - P_MISS) / n);
    assertThat(restore.feasible()).isCloseTo(1 - P_MISS, within(4 * sd));
    assertThat(restore.meetsRto()).isEqualTo(restore.feasible());
    assertThat(result.alternatives()).noneMatch(Alternative::remedied);

    DecisionResult.Information information = result.information();
    assertThat(information.reference()).isEqualTo("gcs-archive on minimum");
    assertThat(information.evpi().usd()).isCloseTo(P_MISS * costA, within(4 * sd * costA));
    double evppi = information.questions().get(0).evppi().usd();
    // The only input: its EVPPI is the EVPI, less what the fit smears at the step (one piece of
    // at most 32 on either side).
    assertThat(evppi).isLessThanOrEqualTo(information.evpi().usd() * (1 + 1e-9));
    assertThat(evppi).isGreaterThan(information.evpi().usd() - 2.0 / 32 * costA);

    // The efficiency decides whether the restore works: never in its lowest fifth (all below the
    // miss threshold at P_MISS, between 0.2 and 0.4 of the range), always in its highest. By
    // fifth the feasible shares are 0, (0.4 − P_MISS)/0.2, 1, 1, 1 around p = 1 − P_MISS, so the
    // fifths explain (0.2 p² + 0.2 (s₁ − p)² + 0.6 (1 − p)²) / (p (1 − p)) of the variation.
    assertThat(information.focus()).isEqualTo("gcs-archive on minimum");
    FeasibilityDriver driver = information.questions().get(0).feasibility();
    assertThat(driver.lowestFifth()).isZero();
    assertThat(driver.highestFifth()).isEqualTo(1.0);
    double p = 1 - P_MISS;
    double s1 = (0.4 - P_MISS) / 0.2;
    double explained =
        (0.2 * p * p + 0.2 * (s1 - p) * (s1 - p) + 0.6 * (1 - p) * (1 - p)) / (p * (1 - p));
    assertThat(driver.explained()).isCloseTo(explained, within(0.02));
  }

  /**
   * At 90% confidence neither pair as it is both reaches it and is cheapest: the restore works in
   * 68% of futures, run-in-cloud in all at C_B. A second circuit doubles R, so the restore meets
   * the RTO even at efficiency 0.5 (0.1 · 50e15 / 12.5e9 = 400,000 s < 7 d) for one more port,
   * $1,000 a month for 60 months: the remedied restore is recommended at C_A + 60,000. Knowing the
   * efficiency now saves that circuit where it is not needed: EVPI = (1 − P_MISS) · 60,000.
   */
  @Test
  void aRemedyMakesTheCheapOptionReachTheConfidence() {
    Scenario scenario = twoOptions(0.9);
    double costA = horizonCost(scenario, "gcs-archive");
    int n = 20_000;
    DecisionResult result = DecisionAnalysis.run(uncertainEfficiency(scenario), n, 5, 2);
    Alternative remedied = result.choice().recommended();
    assertThat(remedied.remedied()).isTrue();
    assertThat(remedied.option()).isEqualTo("gcs-archive");
    assertThat(remedied.lever().path()).isEqualTo("network.circuits");
    assertThat(remedied.leverValue()).isEqualTo(2);
    assertThat(remedied.feasible()).isEqualTo(1.0);
    assertThat(remedied.meanCostUsd()).isCloseTo(costA + 60 * 1_000, within(1e-6));
    assertThat(result.reaches())
        .anySatisfy(
            reach -> {
              assertThat(reach.lever().path()).isEqualTo("network.circuits");
              assertThat(reach.stepsForConfidence()).isEqualTo(1);
              assertThat(reach.shareAtBound()).isEqualTo(1.0);
            });
    double sd = Math.sqrt(P_MISS * (1 - P_MISS) / n);
    assertThat(result.information().reference()).isEqualTo(remedied.label());
    assertThat(result.information().evpi().usd())
        .isCloseTo((1 - P_MISS) * 60_000, within(4 * sd * 60_000));
  }

  /**
   * The two options with the whole estate in the recovery scope and 1% daily change. The restore
   * never meets the RTO (50e15 / (12.5e9 · efficiency) ≥ 46 d > 7 d); run-in-cloud (2 d) is
   * feasible while the first copy fits in 180 d: R − d = 12.5e9 · efficiency − 50e15 · 0.01 /
   * 86,400 ≥ 50e15 / (180 · 86,400), i.e. efficiency ≥ e_seed. Below e_seed nothing works.
   * Information could only pick, in those futures, which failing plan to pay for: it is worth
   * nothing, as run-in-cloud is the only plan that ever works and is chosen anyway.
   */
  @Test
  void futuresWhereNothingWorksGiveInformationNoValue() {
    Scenario scenario =
        ScenarioKeys.with(
            ScenarioKeys.with(twoOptions(0.5), "dataset.daily_change", 0.01),
            "objectives.recovery_scope",
            1.0);
    double eSeed = (50e15 / (180 * DAY) + 50e15 * 0.01 / DAY) / 12.5e9;
    double pWorks = (HIGH - eSeed) / (HIGH - LOW);
    double costA = horizonCost(scenario, "gcs-archive");
    double costB = horizonCost(scenario, "run-in-cloud");
    assertThat(costA).isLessThan(costB);
    int n = 20_000;
    DecisionResult result = DecisionAnalysis.run(uncertainEfficiency(scenario), n, 7, 2);
    Alternative restore = alternative(result, "gcs-archive", false);
    Alternative inCloud = alternative(result, "run-in-cloud", false);
    assertThat(restore.feasible()).isZero();
    double sd = Math.sqrt(pWorks * (1 - pWorks) / n);
    assertThat(inCloud.feasible()).isCloseTo(pWorks, within(4 * sd));
    assertThat(result.choice().recommended()).isEqualTo(inCloud);

    DecisionResult.Information information = result.information();
    assertThat(information.reference()).isEqualTo("run-in-cloud on minimum");
    // Charging each plan its own cost where nothing works would give (1 − pWorks) · (C_B − C_A).
    assertThat(information.evpi().usd()).isCloseTo(0, within(1e-6 * costB));
    assertThat(information.questions().get(0).evppi().usd()).isCloseTo(0, within(1e-6 * costB));
    // What the input does decide is whether anything works: never in its lowest fifth, always in
    // its highest.
    assertThat(information.focus()).isEqualTo("run-in-cloud on minimum");
    assertThat(information.questions().get(0).feasibility().lowestFifth()).isZero();
    assertThat(information.questions().get(0).feasibility().highestFifth()).isEqualTo(1.0);
  }

  @Test
  void withoutALeverThatReachesItTheClosestIsNamedWithWhatItLacks() {
    Scenario scenario =
        twoOptions(0.9)
            .withLevers(
                List.of(
                    dev.drplan.scenario.Lever.fixed("network.circuits"),
                    dev.drplan.scenario.Lever.fixed("options.gcs-archive.copy_engine.hosts")))
            .withOptions(List.of(twoOptions(0.9).options().get(0)));
    DecisionResult result = DecisionAnalysis.run(uncertainEfficiency(scenario), 2_000, 5, 1);
    assertThat(result.choice().recommended()).isNull();
    Alternative closest = result.choice().closest();
    assertThat(closest.option()).isEqualTo("gcs-archive");
    assertThat(closest.blocking()).hasSize(1);
    assertThat(closest.blocking().get(0).code()).isEqualTo(dev.drplan.model.ReasonCode.RTO_MISSED);
    assertThat(closest.blocking().get(0).share()).isEqualTo(1 - closest.feasible());
  }

  @Test
  void theSameSeedGivesTheSameFiguresWhateverTheThreads() {
    UncertainScenario walmart =
        new UncertainScenario(
            Scenarios.walmart(),
            List.of(
                new UncertainInput(
                    "network.efficiency", new Distribution.Triangular(0.6, 0.8, 0.9)),
                new UncertainInput(
                    "dataset.daily_change", new Distribution.Triangular(0.0025, 0.005, 0.015))));
    DecisionResult one = DecisionAnalysis.run(walmart, 5_000, 42, 1);
    DecisionResult three = DecisionAnalysis.run(walmart, 5_000, 42, 3);
    assertThat(three.alternatives()).hasSameSizeAs(one.alternatives());
    for (int a = 0; a < one.alternatives().size(); a++) {
      Alternative x = one.alternatives().get(a);
      Alternative y = three.alternatives().get(a);
      assertThat(y.label()).isEqualTo(x.label());
      assertThat(y.feasible()).isEqualTo(x.feasible());
      assertThat(y.meanCostUsd()).isEqualTo(x.meanCostUsd());
      assertThat(y.p90CostUsd()).isEqualTo(x.p90CostUsd());
      assertThat(y.blocking()).isEqualTo(x.blocking());
    }
    assertThat(three.information().evpi()).isEqualTo(one.information().evpi());
    assertThat(three.information().questions()).isEqualTo(one.information().questions());
    for (int j = 0; j < one.flips().size(); j++) {
      assertThat(three.flips().get(j).points()).isEqualTo(one.flips().get(j).points());
    }
  }

  /**
   * Walmart's recommendation flips at the efficiency where gcs-archive's RTO meets 7 d; sweep
   * locates the same feasibility change by its own bisection.
   */
  @Test
  void aFlipPointIsWhereSweepFindsTheFeasibilityChange() {
    Scenario walmart = Scenarios.walmart();
    UncertainScenario uncertain =
        new UncertainScenario(
            walmart,
            List.of(
                new UncertainInput(
                    "network.efficiency", new Distribution.Triangular(0.6, 0.8, 0.9))));
    DecisionResult result = DecisionAnalysis.run(uncertain, 200, 1, 1);
    List<FlipPoint> points = result.flips().get(0).points();
    assertThat(points).hasSize(1);
    FlipPoint flip = points.get(0);
    assertThat(flip.from()).isEqualTo("gcs-archive-nam4-run-in-cloud on phase-one");
    assertThat(flip.to()).isEqualTo("gcs-archive on phase-one");

    SweepResult sweep =
        Sweep.run(walmart, List.of(SweepAxis.linear("network.efficiency", 0.6, 0.9, 7)));
    Landmark.FeasibilityChange change =
        sweep.landmarks().stream()
            .filter(l -> l instanceof Landmark.FeasibilityChange)
            .map(l -> (Landmark.FeasibilityChange) l)
            .filter(l -> l.configuration().equals("phase-one") && l.option().equals("gcs-archive"))
            .findFirst()
            .orElseThrow();
    assertThat(change.feasibleBelow()).isFalse();
    assertThat(flip.at()).isCloseTo(change.at(), within(1e-5));
    // By hand: 0.1 · 80e15 · 1.45^5 / (8 · 12.5e9 · e) = 7 d.
    assertThat(flip.at())
        .isCloseTo(0.1 * 80e15 * Math.pow(1.45, 5) / (8 * 12.5e9 * 7 * DAY), within(1e-6));
  }

  @Test
  void aNamedQuantitySetsEveryKeyThatUsesItWithOneDraw() {
    Scenario walmart = Scenarios.walmart();
    List<String> keys =
        List.of(
            "options.gcs-archive.copy_engine.per_stream",
            "options.gcs-coldline.copy_engine.per_stream");
    UncertainScenario uncertain =
        new UncertainScenario(
            walmart,
            List.of(
                new UncertainInput(
                    "copy_stream_rate", new Distribution.Uniform(80e6, 300e6), keys, null)));
    Scenario at = uncertain.at(new double[] {123e6});
    for (String key : keys) {
      assertThat(ScenarioKeys.get(at, key)).isEqualTo(123e6);
    }
    assertThat(uncertain.names()).containsExactly("copy_stream_rate");
    assertThat(uncertain.question(0)).startsWith("What throughput does one copy stream reach");
    // Every pair of the two options reads the one draw: their replication rates move together.
    MonteCarloResult result = MonteCarlo.run(uncertain, 500, 9, 2);
    PairSummary archive = result.pair("minimum", "gcs-archive");
    PairSummary coldline = result.pair("minimum", "gcs-coldline");
    assertThat(coldline.metric(Metric.REPLICATION_BYTES_PER_SECOND))
        .isEqualTo(archive.metric(Metric.REPLICATION_BYTES_PER_SECOND));
  }

  private static Evaluation evaluate(Scenario scenario) {
    return Evaluator.evaluate(scenario);
  }

  /**
   * walmart: 14 pairs and 15 inputs. Per sample: 15 draws (doubles) and, for each of 28
   * alternatives (each pair and one remedied pair per pair), 4 doubles of cost and utility and a
   * verdict byte: 8 · (15 + 4 · 28) + 28 = 1,044 bytes. The utilities' one array holds 2³¹ − 1
   * values.
   */
  @Test
  void theMemoryHeldGrowsWithTheSamplesAsCounted() {
    assertThat(DecisionAnalysis.heldBytes(1, 14, 15)).isEqualTo(8 * (15 + 4 * 28) + 28);
    assertThat(DecisionAnalysis.heldBytes(100_000, 14, 15)).isEqualTo(100_000L * 1_044);
    assertThat(DecisionAnalysis.mostSamplesInOneArray(14)).isEqualTo(Integer.MAX_VALUE / 28);
  }
}
