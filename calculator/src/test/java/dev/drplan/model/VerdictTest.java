package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void onATieInCostTheConfigurationThatHoldsTheHorizonWins() {
    // Same DR cost on both configurations; only phase-one (60 D-boxes) holds 10 PB growing 30%/y.
    Scenario scenario =
        Fixtures.scenario(
            Fixtures.dataset(10, 0.30, 0.005),
            List.of(
                Fixtures.archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.configurations().get(0).fitsHorizon()).isFalse();
    assertThat(evaluation.configurations().get(1).fitsHorizon()).isTrue();
    assertThat(evaluation.recommendation().configuration()).isEqualTo("phase-one");
    assertThat(evaluation.recommendation().why())
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.RECOMMENDED_ONLY_OPTION,
            ReasonCode.RECOMMENDATION_NOT_PRICED,
            ReasonCode.CONFIGURATION_HOLDS);
  }

  @Test
  void aRunnerUpWhoseCostLeavesOutWhatIsNotPricedIsSaidToBeIncomplete() {
    DataCopy region =
        Fixtures.archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    // The same copy in a dual-region: dearer at rest, and its replication is the catalog's
    // placeholder of 0, so not priced.
    DataCopy dual =
        Fixtures.archiveCopy("gcs-archive-nam4", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    dual =
        dual.withPrices(
            dual.prices()
                .withStoragePerGibMonth(Money.ofUsd(0.0028))
                .withReplicationPerGib(Money.ZERO));
    Scenario scenario =
        Fixtures.scenario(Fixtures.dataset(10, 0.30, 0.005), List.of(region, dual))
            .withOrigins(
                List.of(
                    new InputOrigin(
                        "options.gcs-archive-nam4.prices.replication_per_gib",
                        "gcs.archive.nam4.replication_per_gib",
                        true,
                        true)));
    Recommendation recommendation = Evaluator.evaluate(scenario).recommendation();
    assertThat(recommendation.option()).isEqualTo("gcs-archive");
    Reason runnerUp = null;
    for (Reason reason : recommendation.why()) {
      if (reason.code() == ReasonCode.RUNNER_UP_NOT_PRICED) {
        runnerUp = reason;
      }
    }
    assertThat(runnerUp).as("the runner-up's cost is said to be incomplete").isNotNull();
    assertThat(runnerUp.figures().get("option")).isEqualTo("gcs-archive-nam4");
    assertThat(((FeasibilityRules.NotPriced) runnerUp.figures().get("lines")).lines())
        .contains(CostLine.REPLICATION);
  }

  @Test
  void onATieInDrCostTheCheaperOnPremSpendWinsOverTheConfigurationThatHolds() {
    // 10 PB growing 30%/y: L(H) = 10 PB * 1.3^5 = 37.13 PB; a D-box holds 1,351.68 TB * 0.88 *
    // 0.9 (fill) = 1,070.5 TB, so 35 D-boxes by year 5. Minimum (4 C-boxes, 20 D-boxes) expands to
    // 35; phase-one (4, 60) holds the horizon without expansion, but costs more on-prem.
    Scenario scenario =
        Fixtures.scenario(
                Fixtures.dataset(10, 0.30, 0.005),
                List.of(
                    Fixtures.archiveCopy(
                        "gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)))
            .withPrimary(
                Fixtures.primary(20, 60)
                    .withDboxPrice(Money.ofUsd(400_000))
                    .withCboxPrice(Money.ofUsd(150_000)));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.configurations().get(0).onPremSpend().usd())
        .isCloseTo(4 * 150_000 + 35 * 400_000, within(1e-6));
    assertThat(evaluation.configurations().get(1).onPremSpend().usd())
        .isCloseTo(4 * 150_000 + 60 * 400_000, within(1e-6));
    assertThat(evaluation.recommendation().configuration()).isEqualTo("minimum");
    List<Reason> why = evaluation.recommendation().why();
    assertThat(why)
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.RECOMMENDED_ONLY_OPTION,
            ReasonCode.RECOMMENDATION_NOT_PRICED,
            ReasonCode.ONPREM_SPEND,
            ReasonCode.CONFIGURATION_EXPANDS);
    assertThat(why.get(2).figures().get("other_configuration")).isEqualTo("phase-one");
    assertThat(((Money) why.get(2).figures().get("other_onprem_spend")).usd())
        .isCloseTo(4 * 150_000 + 60 * 400_000, within(1e-6));
    assertThat(why.get(3).figures().get("configuration")).isEqualTo("minimum");
  }

  @Test
  void anEqualOnPremSpendIsSaidAndTheRunwayDecides() {
    // 40 PB growing 30%/y: L(H) = 148.5 PB, 139 D-boxes by year 5 for both configurations, so the
    // same spend (4 * 150k + 139 * 400k); neither holds the horizon, phase-one lasts longest.
    Scenario scenario =
        Fixtures.scenario(
                Fixtures.dataset(40, 0.30, 0.005),
                List.of(
                    Fixtures.archiveCopy(
                        "gcs-archive", Seeding.NETWORK, Recovery.runInCloud(TimeSpan.ofDays(1)))))
            .withPrimary(
                Fixtures.primary(20, 60)
                    .withDboxPrice(Money.ofUsd(400_000))
                    .withCboxPrice(Money.ofUsd(150_000)));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.recommendation().configuration()).isEqualTo("phase-one");
    List<Reason> why = evaluation.recommendation().why();
    assertThat(why)
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.RECOMMENDED_ONLY_OPTION,
            ReasonCode.RECOMMENDATION_NOT_PRICED,
            ReasonCode.ONPREM_SPEND_SAME,
            ReasonCode.CONFIGURATION_NEEDS_EXPANSION);
    assertThat(((Money) why.get(2).figures().get("onprem_spend")).usd())
        .isCloseTo(4 * 150_000 + 139 * 400_000, within(1e-6));
  }

  @Test
  void anAssumedDBoxPriceQualifiesTheOnPremSpendAndAStatedOneDoesNot() {
    // The scenario of anEqualOnPremSpendIsSaidAndTheRunwayDecides, its D-box price marked.
    Scenario scenario =
        Fixtures.scenario(
                Fixtures.dataset(40, 0.30, 0.005),
                List.of(
                    Fixtures.archiveCopy(
                        "gcs-archive", Seeding.NETWORK, Recovery.runInCloud(TimeSpan.ofDays(1)))))
            .withPrimary(
                Fixtures.primary(20, 60)
                    .withDboxPrice(Money.ofUsd(400_000))
                    .withCboxPrice(Money.ofUsd(150_000)));
    Scenario assumed =
        scenario.withProvenance(
            List.of(new Provenance("primary.dbox_price", false, "derived from the deal size")));
    List<Reason> why = Evaluator.evaluate(assumed).recommendation().why();
    assertThat(why)
        .extracting(Reason::code)
        .containsExactly(
            ReasonCode.RECOMMENDED_ONLY_OPTION,
            ReasonCode.RECOMMENDATION_NOT_PRICED,
            ReasonCode.ONPREM_SPEND_SAME,
            ReasonCode.ONPREM_PRICE_ASSUMED,
            ReasonCode.CONFIGURATION_NEEDS_EXPANSION);
    assertThat(why.get(3).figures())
        .containsEntry("dbox_price", Money.ofUsd(400_000))
        .containsEntry("why_assumed", "derived from the deal size");

    Scenario stated =
        scenario.withProvenance(
            List.of(new Provenance("primary", true, "\"$400k a D-box\", the vendor's quote")));
    assertThat(Evaluator.evaluate(stated).recommendation().why())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.ONPREM_PRICE_ASSUMED);
  }

  @Test
  void aRecommendationWhoseCostLeavesLinesOutSaysWhich() {
    // The fixture's movers name no tool and no host price, its network no VLAN attachment price:
    // those lines apply without a price, so the cheapest pair may be cheapest by omission; the
    // why names them. Priced, the note goes.
    DataCopy unpriced =
        Fixtures.archiveCopy("gcs-archive", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY);
    Scenario scenario = Fixtures.scenario(Fixtures.dataset(10, 0.30, 0.005), List.of(unpriced));
    Reason note = Evaluator.evaluate(scenario).recommendation().why().get(1);
    assertThat(note.code()).isEqualTo(ReasonCode.RECOMMENDATION_NOT_PRICED);
    assertThat(note.figures().get("option")).isEqualTo("gcs-archive");
    assertThat(((FeasibilityRules.NotPriced) note.figures().get("lines")).lines())
        .containsExactly(
            CostLine.TRANSFER_FEE, CostLine.COPY_ENGINE_HOSTS, CostLine.VLAN_ATTACHMENTS);

    DataCopy priced =
        unpriced.withCopyEngine(
            unpriced
                .copyEngine()
                .withTransferFeePerGib(Money.ofUsd(0.0125))
                .withHostMonthlyCost(Money.ofUsd(2838)));
    Scenario pricedScenario =
        scenario
            .withOptions(List.of(priced))
            .withNetwork(
                Fixtures.network(4, 100)
                    .withVlanAttachments(DataRate.ofGigabitsPerSecond(50), Money.ofUsd(0.5)));
    assertThat(Evaluator.evaluate(pricedScenario).recommendation().why())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.RECOMMENDATION_NOT_PRICED);
  }

  @Test
  void nothingFeasibleRecommendsNothingAndSaysSo() {
    Scenario base =
        Fixtures.scenario(Fixtures.dataset(10, 0.30, 0.005), List.of(Fixtures.namespace(1)));
    Evaluation evaluation = Evaluator.evaluate(base);
    assertThat(evaluation.recommendation().found()).isFalse();
    assertThat(evaluation.recommendation().configuration()).isNull();
    assertThat(evaluation.recommendation().why())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.NOTHING_FEASIBLE);
  }

  @Test
  void whenNoConfigurationHoldsTheHorizonTheLongestLastingIsNamed() {
    Scenario scenario =
        Fixtures.scenario(
            Fixtures.dataset(40, 0.30, 0.005),
            List.of(
                Fixtures.archiveCopy(
                    "gcs-archive", Seeding.NETWORK, Recovery.runInCloud(TimeSpan.ofDays(1)))));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    assertThat(evaluation.configurations()).noneMatch(ConfigurationResult::fitsHorizon);
    assertThat(evaluation.recommendation().configuration()).isEqualTo("phase-one");
    assertThat(evaluation.recommendation().why().get(2).code())
        .isEqualTo(ReasonCode.CONFIGURATION_NEEDS_EXPANSION);
    assertThat(evaluation.recommendation().why().get(2).figures().get("configuration"))
        .isEqualTo("phase-one");
  }

  @Test
  void theConfigurationOrderTakesSpendThenHoldingThenRunwayThenFewerDBoxes() {
    // Each configuration differs from the one after it in exactly one key, the earlier key first.
    ConfigurationResult cheapest = configuration("cheapest", 90, false, 1.0, 50);
    ConfigurationResult holds = configuration("holds", 60, true, null, 100);
    ConfigurationResult holdsMoreBoxes = configuration("holds-more-boxes", 70, true, null, 100);
    ConfigurationResult lastsLonger = configuration("lasts-longer", 50, false, 4.0, 100);
    ConfigurationResult lastsShorter = configuration("lasts-shorter", 50, false, 3.0, 100);
    // 1e-12 cheaper: within COST_TIE (1e-9) of the others, so the same spend.
    ConfigurationResult sameSpend = configuration("same-spend", 40, false, 2.0, 100 * (1 - 1e-12));
    List<ConfigurationResult> expected =
        List.of(cheapest, holds, holdsMoreBoxes, lastsLonger, lastsShorter, sameSpend);

    List<ConfigurationResult> sorted = new ArrayList<>(expected);
    java.util.Collections.reverse(sorted);
    sorted.sort(Verdict.configurationOrder());

    assertThat(sorted).containsExactlyElementsOf(expected);
  }

  /** A configuration with only what the order reads; spend in millions of dollars. */
  private static ConfigurationResult configuration(
      String name, int dboxes, boolean holds, Double lastsYears, double spendMillions) {
    return new ConfigurationResult(
        name,
        16,
        dboxes,
        Fraction.of(0.8),
        DataSize.ofPetabytes(dboxes),
        DataSize.ofPetabytes(dboxes * 0.8),
        DataSize.ofPetabytes(dboxes * 0.8),
        DataSize.ofPetabytes(dboxes * 0.72),
        lastsYears == null ? null : TimeSpan.ofYears(lastsYears),
        true,
        holds,
        DataRate.ofBytesPerSecond(0),
        List.of(),
        Money.ofUsd(0),
        Money.ofUsd(spendMillions * 1e6));
  }
}
