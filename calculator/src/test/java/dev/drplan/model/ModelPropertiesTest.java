package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the model that must hold for any input, not only the hand-worked ones. */
class ModelPropertiesTest {

  private static Scenario scenario(
      double petabytes,
      double growth,
      double change,
      int circuits,
      double gbps,
      List<DrOption> options) {
    Scenario base = Fixtures.scenario(Fixtures.dataset(petabytes, growth, change), options);
    Network network = Fixtures.network(circuits, gbps);
    return new Scenario(
        base.name(),
        "",
        base.horizon(),
        null,
        null,
        base.dataset(),
        base.primary(),
        network,
        base.objectives(),
        options);
  }

  private static List<DrOption> options() {
    return List.of(
        Fixtures.namespace(100_000),
        Fixtures.archiveCopy("copy", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY),
        Fixtures.archiveCopy(
            "ta", Seeding.byAppliance(Fixtures.ta300()), Recovery.RESTORE_TO_PRIMARY));
  }

  @Property(tries = 300)
  void moreBandwidthNeverLengthensASeedOrAnRpo(
      @ForAll @DoubleRange(min = 0.01, max = 1000) double petabytes,
      @ForAll @DoubleRange(min = 0, max = 1) double growth,
      @ForAll @DoubleRange(min = 0, max = 0.1) double change,
      @ForAll @IntRange(min = 1, max = 16) int circuits,
      @ForAll @DoubleRange(min = 1, max = 400) double gbps,
      @ForAll @DoubleRange(min = 1, max = 4) double more) {
    Evaluation slower =
        Evaluator.evaluate(scenario(petabytes, growth, change, circuits, gbps, options()));
    Evaluation faster =
        Evaluator.evaluate(scenario(petabytes, growth, change, circuits, gbps * more, options()));
    for (int i = 0; i < slower.results().size(); i++) {
      OptionResult a = slower.results().get(i);
      OptionResult b = faster.results().get(i);
      assertThat(b.replication().rate()).isGreaterThanOrEqualTo(a.replication().rate());
      if (a.seed().converges()) {
        assertThat(b.seed().converges()).isTrue();
        assertThat(b.seed().time().seconds())
            .isLessThanOrEqualTo(a.seed().time().seconds() * (1 + 1e-12));
      }
      if (a.rpo() != null) {
        assertThat(b.rpo()).isNotNull();
        assertThat(b.rpo().seconds()).isLessThanOrEqualTo(a.rpo().seconds() * (1 + 1e-12));
      }
    }
  }

  @Property(tries = 300)
  void moreDboxesNeverFillSooner(
      @ForAll @DoubleRange(min = 0.01, max = 1000) double petabytes,
      @ForAll @DoubleRange(min = -0.5, max = 2) double growth,
      @ForAll @IntRange(min = 1, max = 2000) int dboxes,
      @ForAll @IntRange(min = 1, max = 500) int extra) {
    Dataset dataset = Fixtures.dataset(petabytes, growth, 0.01);
    Primary primary = Fixtures.primary(dboxes, dboxes + extra);
    ConfigurationResult fewer =
        PrimaryFit.size(dataset, primary, primary.configurations().get(0), TimeSpan.ofYears(5));
    ConfigurationResult more =
        PrimaryFit.size(dataset, primary, primary.configurations().get(1), TimeSpan.ofYears(5));
    if (fewer.timeToFull() == null) {
      assertThat(more.timeToFull()).isNull();
    } else if (more.timeToFull() != null) {
      assertThat(more.timeToFull()).isGreaterThanOrEqualTo(fewer.timeToFull());
    }
    assertThat(!fewer.fitsHorizon() || more.fitsHorizon()).isTrue();
  }

  @Property(tries = 300)
  void aHigherPriceNeverLowersACost(
      @ForAll @DoubleRange(min = 0.01, max = 1000) double petabytes,
      @ForAll @DoubleRange(min = 0, max = 1) double growth,
      @ForAll @DoubleRange(min = 0, max = 0.1) double storagePrice,
      @ForAll @DoubleRange(min = 0, max = 0.1) double classA,
      @ForAll @DoubleRange(min = 0, max = 0.1) double retrieval,
      @ForAll @DoubleRange(min = 1, max = 3) double raise) {
    DataCopy cheap = copyPriced(storagePrice, classA, retrieval);
    DataCopy dear = copyPriced(storagePrice * raise, classA * raise, retrieval * raise);
    OptionResult a =
        Evaluator.evaluate(scenario(petabytes, growth, 0.01, 4, 100, List.of(cheap)))
            .results()
            .get(0);
    OptionResult b =
        Evaluator.evaluate(scenario(petabytes, growth, 0.01, 4, 100, List.of(dear)))
            .results()
            .get(0);
    assertThat(b.monthlyCostStart()).isGreaterThanOrEqualTo(a.monthlyCostStart());
    assertThat(b.monthlyCostEnd()).isGreaterThanOrEqualTo(a.monthlyCostEnd());
    assertThat(b.horizonCost()).isGreaterThanOrEqualTo(a.horizonCost());
    assertThat(b.oneTimeCost()).isGreaterThanOrEqualTo(a.oneTimeCost());
    assertThat(b.recoveryEventCost()).isGreaterThanOrEqualTo(a.recoveryEventCost());
  }

  private static DataCopy copyPriced(double storage, double classA, double retrieval) {
    DataCopy base = Fixtures.archiveCopy("priced", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    GcsPrices prices =
        new GcsPrices(
            Money.ofUsd(storage),
            Money.ofUsd(classA),
            Money.ofUsd(retrieval),
            Money.ofUsd(0.02),
            TimeSpan.ofDays(365));
    return new DataCopy(
        base.name(),
        base.storageClass(),
        base.location(),
        prices,
        base.objectSize(),
        false,
        base.retention(),
        base.seed(),
        base.copyEngine(),
        base.replicationInterval(),
        base.recovery());
  }

  @Property(tries = 200)
  void resultsDoNotDependOnTheUnitASizeWasWrittenIn(
      @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(6) double petabytes) {
    Dataset inPetabytes = Fixtures.dataset(petabytes, 0.3, 0.01);
    Dataset inTerabytes =
        new Dataset(
            DataSize.ofTerabytes(petabytes * 1000),
            inPetabytes.annualGrowth(),
            inPetabytes.dailyChange(),
            1.0,
            Fraction.ZERO,
            inPetabytes.averageFileSize(),
            1.0);
    Scenario a = scenario(petabytes, 0.3, 0.01, 4, 100, options());
    Scenario b =
        new Scenario(
            a.name(),
            "",
            a.horizon(),
            null,
            null,
            inTerabytes,
            a.primary(),
            a.network(),
            a.objectives(),
            a.options());
    List<OptionResult> ra = Evaluator.evaluate(a).results();
    List<OptionResult> rb = Evaluator.evaluate(b).results();
    for (int i = 0; i < ra.size(); i++) {
      assertThat(rb.get(i).horizonCost().usd())
          .isCloseTo(
              ra.get(i).horizonCost().usd(),
              org.assertj.core.api.Assertions.withinPercentage(1e-9));
      assertThat(rb.get(i).feasible()).isEqualTo(ra.get(i).feasible());
    }
  }

  @Property(tries = 100)
  void hundredExabytesGrowingHundredPercentForTenYearsStayFinite(
      @ForAll @DoubleRange(min = 1, max = 100) double exabytes) {
    Dataset huge =
        new Dataset(
            DataSize.ofExabytes(exabytes),
            Fraction.ONE,
            Fraction.of(0.05),
            4.0,
            Fraction.of(0.5),
            DataSize.ofBytes(1),
            5.0);
    Scenario base = scenario(1, 0, 0, 1, 1, options());
    Scenario scenario =
        new Scenario(
            base.name(),
            "",
            TimeSpan.ofYears(10),
            null,
            null,
            huge,
            base.primary(),
            base.network(),
            base.objectives(),
            options());
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.logicalEnd().bytes()).isEqualTo(exabytes * 1e18 * Math.pow(2, 10));
    for (OptionResult result : evaluation.results()) {
      assertThat(Double.isFinite(result.horizonCost().usd())).isTrue();
      for (double month : result.monthlyCosts().toUsdArray()) {
        assertThat(Double.isFinite(month)).isTrue();
      }
      assertThat(result.feasible()).isFalse();
    }
  }

  @Property(tries = 200)
  void theReplicationRateIsNeverAboveAnyCandidate(
      @ForAll @IntRange(min = 0, max = 64) int circuits,
      @ForAll @DoubleRange(min = 0, max = 400) double gbps,
      @ForAll @IntRange(min = 1, max = 64) int hosts) {
    DataRate network = ReplicationRate.network(Fixtures.network(circuits, gbps));
    DataRate movers = ReplicationRate.copyEngine(Fixtures.movers(hosts));
    DataRate primary = DataRate.ofGigabytesPerSecond(64);
    RateChoice choice =
        ReplicationRate.bottleneck(network, primary, movers, Bottleneck.COPY_ENGINE);
    assertThat(choice.rate()).isLessThanOrEqualTo(network);
    assertThat(choice.rate()).isLessThanOrEqualTo(primary);
    assertThat(choice.rate()).isLessThanOrEqualTo(movers);
  }

  /** The prices of {@link Fixtures#everyCostLine}, by their scenario keys. */
  private static final List<String> PRICES =
      List.of(
          "options.gcs-archive.prices.storage_per_gib_month",
          "options.gcs-archive.prices.class_a_per_1000",
          "options.gcs-archive.prices.retrieval_per_gib",
          "options.gcs-archive.prices.egress_per_gib",
          "options.gcs-archive.copy_engine.fee_per_gib",
          "options.gcs-archive.copy_engine.host_monthly_cost",
          "options.gcs-archive-ta.appliance.shipping",
          "options.gcs-archive-kept.copy_egress_per_gib",
          "options.vast-on-z3.machine.hourly",
          "options.vast-on-z3.licence_per_tb_month",
          "options.vast-on-z3.egress_per_gib",
          "network.monthly_port_cost",
          "network.vlan_attachment_hourly",
          "primary.dbox_price",
          "primary.cbox_price");

  @Property(tries = 300)
  void aHigherPriceOfAnyCostLineNeverLowersACost(
      @ForAll @DoubleRange(min = 0.1, max = 500) double petabytes,
      @ForAll @DoubleRange(min = -0.5, max = 1.5) double growth,
      @ForAll @DoubleRange(min = 0, max = 0.05) double change,
      @ForAll @DoubleRange(min = 0, max = 1) double overwrite,
      @ForAll @IntRange(min = 0, max = 14) int which,
      @ForAll @DoubleRange(min = 1, max = 10) double factor) {
    Scenario base =
        Fixtures.everyCostLine()
            .withDataset(
                Fixtures.dataset(petabytes, growth, change)
                    .withOverwriteShare(Fraction.of(overwrite)));
    String key = PRICES.get(which);
    double price = dev.drplan.analysis.ScenarioKeys.get(base, key);
    Scenario dearer = dev.drplan.analysis.ScenarioKeys.with(base, key, price * factor + 0.01);
    Evaluation cheap = Evaluator.evaluate(base);
    Evaluation dear = Evaluator.evaluate(dearer);
    for (int i = 0; i < cheap.results().size(); i++) {
      OptionResult a = cheap.results().get(i);
      OptionResult b = dear.results().get(i);
      assertThat(b.horizonCost().usd()).as(key).isGreaterThanOrEqualTo(a.horizonCost().usd());
      assertThat(b.recoveryEventCost().usd())
          .as(key)
          .isGreaterThanOrEqualTo(a.recoveryEventCost().usd());
      assertThat(b.monthlyCostEnd().usd()).as(key).isGreaterThanOrEqualTo(a.monthlyCostEnd().usd());
      for (CostLine line : a.costLines().lines()) {
        if (a.costLines().priced(line)) {
          assertThat(b.costLines().horizon(line).usd())
              .as(key + " " + line)
              .isGreaterThanOrEqualTo(a.costLines().horizon(line).usd());
        }
      }
    }
    for (int i = 0; i < cheap.configurations().size(); i++) {
      assertThat(dear.configurations().get(i).onPremSpend().usd())
          .isGreaterThanOrEqualTo(cheap.configurations().get(i).onPremSpend().usd());
    }
  }

  @Property(tries = 300)
  void moreDboxesNeverNeedMoreOnPremSpendOrEarlierOrders(
      @ForAll @DoubleRange(min = 0.1, max = 500) double petabytes,
      @ForAll @DoubleRange(min = -0.5, max = 1.5) double growth,
      @ForAll @IntRange(min = 1, max = 1000) int dboxes,
      @ForAll @IntRange(min = 1, max = 100) int more) {
    Dataset dataset = Fixtures.dataset(petabytes, growth, 0.005);
    Primary primary =
        Fixtures.primary(dboxes, dboxes + more)
            .withDboxPrice(Money.ofUsd(100_000))
            .withCboxPrice(Money.ofUsd(10_000))
            .withLeadTime(TimeSpan.ofDays(90));
    Evaluation evaluation =
        Evaluator.evaluate(
            Fixtures.scenario(dataset, List.of(Fixtures.namespace(100_000))).withPrimary(primary));
    ConfigurationResult fewer = evaluation.configurations().get(0);
    ConfigurationResult bigger = evaluation.configurations().get(1);
    // Both end with what the data needs, or with what they bought: the bigger never less.
    for (int y = 0; y < fewer.expansion().size(); y++) {
      assertThat(bigger.expansion().get(y).dboxesNeeded())
          .isGreaterThanOrEqualTo(fewer.expansion().get(y).dboxesNeeded());
    }
    // Its first order, if any, is due no sooner.
    TimeSpan fewerFirst = firstOrder(fewer);
    TimeSpan biggerFirst = firstOrder(bigger);
    if (fewerFirst != null && biggerFirst != null) {
      assertThat(biggerFirst.seconds()).isGreaterThanOrEqualTo(fewerFirst.seconds());
    }
  }

  private static TimeSpan firstOrder(ConfigurationResult configuration) {
    for (ExpansionStep step : configuration.expansion()) {
      if (step.dboxesToAdd() > 0) {
        return step.fillsAt();
      }
    }
    return null;
  }
}
