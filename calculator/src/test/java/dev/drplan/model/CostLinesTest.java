package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every cost line against hand-worked figures (docs/model.md §6, §7), on {@link
 * Fixtures#everyCostLine}: 10 PB growing 30% a year, 0.5% daily change of which 20% overwrites, 4 x
 * 100 Gbps at 80%, five years.
 */
class CostLinesTest {

  private static final double GIB = Math.pow(2, 30);
  private static final double T = 365.25 / 12;
  private static final double L0 = 10e15;
  private static final double LH = 10e15 * Math.pow(1.3, 5);

  private static OptionResult pair(Scenario scenario, String option) {
    for (OptionResult result : Evaluator.evaluate(scenario).results()) {
      if (result.configuration().equals("phase-one") && result.option().equals(option)) {
        return result;
      }
    }
    throw new AssertionError("no pair " + option);
  }

  private static LineCosts lines(String option) {
    return pair(Fixtures.everyCostLine(), option).costLines();
  }

  @Test
  void vlanAttachmentsAreSizedForTheDrShareOfTheWireAndBilledHourly() {
    // 4 x 100 Gbps, all of it for DR: the wire carries 400 Gbps (the 80% efficiency is what the
    // copy gets out of it, not what the attachments must admit): ceil(400 / 50) = 8 at $0.50 an
    // hour.
    assertThat(CloudCost.vlanAttachments(Fixtures.everyCostLine().network()))
        .isEqualTo((long) Math.ceil(4 * 100e9 * 1.0 / 50e9));
    assertThat(lines("gcs-archive").end(CostLine.VLAN_ATTACHMENTS).usd())
        .isCloseTo(8 * 0.5 * 730.5, within(1e-9));
    // 8 x 100 Gbps at line rate need 16 (13 would carry only the 640 Gbps of goodput).
    assertThat(CloudCost.vlanAttachments(Fixtures.network(8, 100)))
        .isEqualTo((long) Math.ceil(8 * 100e9 / 50e9));
    // Half the link for DR: 400 Gbps on the wire, 8 attachments.
    assertThat(CloudCost.vlanAttachments(Fixtures.network(8, 100).withDrShare(Fraction.of(0.5))))
        .isEqualTo((long) Math.ceil(8 * 100e9 * 0.5 / 50e9));
    // Over 60 whole months the flat lines bill 60 times their monthly amount.
    assertThat(lines("vast-on-z3").recurring(CostLine.VLAN_ATTACHMENTS).usd())
        .isCloseTo(60 * 8 * 0.5 * 730.5, within(1e-6));
    assertThat(lines("vast-on-z3").recurring(CostLine.PORTS).usd())
        .isCloseTo(60 * 4 * 16_994.0, within(1e-6));
  }

  @Test
  void storageTransferAgentsChargeOnTheSeedAndOnEveryChange() {
    LineCosts archive = lines("gcs-archive");
    assertThat(archive.oneTime(CostLine.TRANSFER_FEE).usd())
        .isCloseTo(L0 / GIB * 0.0125, within(1e-6));
    assertThat(archive.start(CostLine.TRANSFER_FEE).usd())
        .isCloseTo(L0 * 0.005 * T / GIB * 0.0125, within(1e-6));
    assertThat(archive.end(CostLine.TRANSFER_FEE).usd())
        .isCloseTo(LH * 0.005 * T / GIB * 0.0125, within(1e-6));
    // Over the horizon: the fee on ∫ D dt = 0.005 · L0 · (1.3^5 − 1) / ln(1.3) years of days.
    double changed = 0.005 * L0 * (Math.pow(1.3, 5) - 1) / Math.log(1.3) * 365.25;
    assertThat(archive.recurring(CostLine.TRANSFER_FEE).usd())
        .isCloseTo(changed / GIB * 0.0125, withinPercentage(1e-9));
  }

  private static DataCopy copyNamed(Scenario scenario, String name) {
    for (DrOption option : scenario.options()) {
      if (option.name().equals(name)) {
        return (DataCopy) option;
      }
    }
    throw new AssertionError("no option " + name);
  }

  @Test
  void aDualRegionBucketPaysTheReplicationOfEveryWriteAndTheSeed() {
    Scenario base = Fixtures.everyCostLine();
    DataCopy archive = copyNamed(base, "gcs-archive");
    DataCopy dual = archive.withPrices(archive.prices().withReplicationPerGib(Money.ofUsd(0.02)));
    LineCosts lines = pair(base.withOptions(List.of(dual)), "gcs-archive").costLines();
    assertThat(lines.priced(CostLine.REPLICATION)).isTrue();
    assertThat(lines.end(CostLine.REPLICATION).usd())
        .isCloseTo(LH * 0.005 * T / GIB * 0.02, within(1e-6));
    assertThat(lines.oneTime(CostLine.REPLICATION).usd()).isCloseTo(L0 / GIB * 0.02, within(1e-6));
    double changed = 0.005 * L0 * (Math.pow(1.3, 5) - 1) / Math.log(1.3) * 365.25;
    assertThat(lines.recurring(CostLine.REPLICATION).usd())
        .isCloseTo(changed / GIB * 0.02, withinPercentage(1e-9));
    // A bucket in one region replicates nothing: the line does not apply.
    assertThat(lines("gcs-archive").applies(CostLine.REPLICATION)).isFalse();
  }

  @Test
  void replicationAtTheCatalogsPlaceholderOfZeroIsNotPricedAndTheNoteSaysSo() {
    Scenario base = Fixtures.everyCostLine();
    DataCopy archive = copyNamed(base, "gcs-archive");
    DataCopy dual = archive.withPrices(archive.prices().withReplicationPerGib(Money.ZERO));
    Scenario placeholder =
        base.withOptions(List.of(dual))
            .withOrigins(
                List.of(
                    new InputOrigin(
                        "options.gcs-archive.prices.replication_per_gib",
                        "gcs.archive.nam4.replication_per_gib",
                        true,
                        true)));
    OptionResult result = pair(placeholder, "gcs-archive");
    assertThat(result.costLines().applies(CostLine.REPLICATION)).isTrue();
    assertThat(result.costLines().priced(CostLine.REPLICATION)).isFalse();
    assertThat(result.costLines().notPriced()).contains(CostLine.REPLICATION);
    assertThat(result.notes()).extracting(Reason::code).contains(ReasonCode.NOT_PRICED);
    // A scenario's own 0 is a price: the line is priced at nothing.
    assertThat(
            pair(base.withOptions(List.of(dual)), "gcs-archive")
                .costLines()
                .priced(CostLine.REPLICATION))
        .isTrue();
  }

  @Test
  void moverHostsAreHostsTimesTheirMonthlyCost() {
    assertThat(lines("gcs-archive").end(CostLine.COPY_ENGINE_HOSTS).usd()).isEqualTo(32 * 1_500.0);
    assertThat(lines("gcs-archive").recurring(CostLine.COPY_ENGINE_HOSTS).usd())
        .isCloseTo(60 * 32 * 1_500.0, within(1e-6));
  }

  @Test
  void aLineWithoutAPriceIsNamedAndAddsNothing() {
    LineCosts untold = lines("gcs-archive-ta");
    // The tool is not named: the line applies but has no price, so its amounts are null.
    assertThat(untold.applies(CostLine.TRANSFER_FEE)).isTrue();
    assertThat(untold.priced(CostLine.TRANSFER_FEE)).isFalse();
    assertThat(untold.end(CostLine.TRANSFER_FEE)).isNull();
    OptionResult ta = pair(Fixtures.everyCostLine(), "gcs-archive-ta");
    assertThat(ta.notes()).extracting(Reason::code).contains(ReasonCode.NOT_PRICED);
    assertThat(untold.horizon(CostLine.COPY_ENGINE_HOSTS)).isNull();
  }

  @Test
  void appliancesBillTheirFeeAndShippingPerLoad() {
    // ceil(10 PB / 300 TB) = 34 loads at $0 fee + $500 shipping.
    assertThat(lines("gcs-archive-ta").oneTime(CostLine.APPLIANCES).usd()).isEqualTo(34 * 500.0);
    // The shipped seed moves nothing through the transfer tool.
    assertThat(CloudCost.seedMoved(Fixtures.everyCostLine().dataset(), archiveTa()))
        .isEqualTo(dev.drplan.units.DataSize.ZERO);
  }

  @Test
  void appliancesWhoseFeeIsACatalogPlaceholderOfZeroAreNotPriced() {
    Scenario placeholder =
        Fixtures.everyCostLine()
            .withOrigins(
                List.of(
                    new dev.drplan.scenario.InputOrigin(
                        "options.gcs-archive-ta.appliance.fee",
                        "appliances.ta300.fee",
                        true,
                        true)));
    OptionResult ta = pair(placeholder, "gcs-archive-ta");
    assertThat(ta.costLines().applies(CostLine.APPLIANCES)).isTrue();
    assertThat(ta.costLines().priced(CostLine.APPLIANCES)).isFalse();
    assertThat(ta.costLines().oneTime(CostLine.APPLIANCES)).isNull();
    assertThat(ta.notes()).extracting(Reason::code).contains(ReasonCode.NOT_PRICED);
    // The same $0 fee given by the scenario itself is a price: 34 loads at $0 + $500 shipping.
    assertThat(lines("gcs-archive-ta").oneTime(CostLine.APPLIANCES).usd()).isEqualTo(34 * 500.0);
  }

  private static dev.drplan.scenario.DataCopy archiveTa() {
    return (dev.drplan.scenario.DataCopy) Fixtures.everyCostLine().options().get(2);
  }

  @Test
  void anExistingCopySendsOnlyItsChangesAndPaysToMoveIn() {
    OptionResult kept = pair(Fixtures.everyCostLine(), "gcs-archive-kept");
    double changed = Math.min(L0, 0.005 * L0 * 30); // 1.5 PB changed in the copy's 30 days
    double r = 4 * 100e9 / 8 * 0.8;
    double d0 = 0.005 * L0 / 86_400;
    assertThat(kept.seed().time().seconds()).isCloseTo(changed / (r - d0), within(1e-6));
    assertThat(kept.costLines().oneTime(CostLine.EXISTING_COPY_EGRESS).usd())
        .isCloseTo(L0 / GIB * 0.02, within(1e-6));
    // The move is paid, not timed: the note says so with the bytes moved and their egress.
    Reason move =
        kept.notes().stream()
            .filter(n -> n.code() == ReasonCode.EXISTING_COPY_MOVE_NOT_TIMED)
            .findFirst()
            .orElseThrow();
    assertThat(((dev.drplan.units.DataSize) move.figures().get("moved")).bytes()).isEqualTo(L0);
    assertThat(((Money) move.figures().get("copy_egress")).usd())
        .isCloseTo(L0 / GIB * 0.02, within(1e-6));
    // The moved copy and the changes are written as 256 MiB objects at $0.05 per 1,000.
    assertThat(kept.costLines().oneTime(CostLine.OPERATIONS).usd())
        .isCloseTo(Math.ceil((L0 + changed) / Math.pow(2, 28)) / 1000 * 0.05, within(1e-9));
    // A copy already in the bucket moves nothing and writes only the changes.
    Scenario inPlace =
        Fixtures.everyCostLine()
            .withOptions(
                List.of(
                    Fixtures.archiveCopy(
                        "in-place",
                        Seeding.fromExistingCopy(new ExistingCopy(TimeSpan.ofDays(30), null)),
                        Recovery.RESTORE_TO_PRIMARY)));
    OptionResult stays = Evaluator.evaluate(inPlace).results().get(0);
    assertThat(stays.costLines().applies(CostLine.EXISTING_COPY_EGRESS)).isFalse();
    assertThat(stays.notes())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.EXISTING_COPY_MOVE_NOT_TIMED);
    assertThat(stays.oneTimeCost().usd())
        .isCloseTo(Math.ceil(changed / Math.pow(2, 28)) / 1000 * 0.05, within(1e-9));
  }

  @Test
  void aNamespaceFailsBackTheRecoveryScopeAndLicensesItsUsableSsd() {
    OptionResult namespace = pair(Fixtures.everyCostLine(), "vast-on-z3");
    // recovery_scope 100% of L(H) at $0.02 per GiB.
    assertThat(namespace.recoveryEventCost().usd()).isCloseTo(LH / GIB * 0.02, within(1e-3));
    // TB(nodes · 36,000 GiB · 0.9) · $10 per TB-month.
    long nodes = namespace.nodesEnd();
    assertThat(namespace.costLines().end(CostLine.LICENCE).usd())
        .isCloseTo(nodes * 36_000 * GIB * 0.9 / 1e12 * 10, within(1e-6));
    // The run rate at the end pays for the VMs at the end: the same instant as nodes_end.
    assertThat(namespace.costLines().end(CostLine.VMS).usd())
        .isCloseTo(nodes * 13.0 * 730.5, within(1e-6));
    assertThat(namespace.monthlyCostEnd().usd())
        .isCloseTo(
            nodes * 13.0 * 730.5
                + nodes * 36_000 * GIB * 0.9 / 1e12 * 10
                + 4 * 16_994
                + 8 * 0.5 * 730.5,
            within(1e-6));
  }

  @Test
  void aCopyRunInTheCloudPaysRetrievalAndItsFailbackEgress() {
    OptionResult runInCloud = pair(Fixtures.everyCostLine(), "gcs-archive-ta");
    // recovery_scope 100% of L(H): read at $0.05 per GiB, failed back at $0.02 per GiB, the same
    // failback rule as the namespace's.
    assertThat(runInCloud.costLines().event(CostLine.RETRIEVAL).usd())
        .isCloseTo(LH / GIB * 0.05, within(1e-3));
    assertThat(runInCloud.costLines().event(CostLine.EGRESS).usd())
        .isCloseTo(LH / GIB * 0.02, within(1e-3));
    assertThat(runInCloud.recoveryEventCost().usd())
        .isCloseTo(LH / GIB * (0.05 + 0.02), within(1e-3));
    // The compute the workloads run on in the cloud is not priced, and the pair says so; a copy
    // restored to the primary runs nothing there.
    assertThat(runInCloud.notes())
        .extracting(Reason::code)
        .contains(ReasonCode.RECOVERY_COMPUTE_NOT_PRICED);
    assertThat(pair(Fixtures.everyCostLine(), "gcs-archive").notes())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.RECOVERY_COMPUTE_NOT_PRICED);
  }

  @Test
  void aMonthBillsTheVmsOfItsAverageSize() {
    OptionResult namespace = pair(Fixtures.everyCostLine(), "vast-on-z3");
    // Month 1 averages L0 · (1.3^(1/12) − 1) / (ln(1.3) / 12) over its length.
    double average = L0 * (Math.pow(1.3, 1.0 / 12) - 1) / (Math.log(1.3) / 12);
    long nodes = (long) Math.ceil(average / 0.9 / 0.9 / (36_000 * GIB));
    assertThat(namespace.costLines().recurring(CostLine.VMS).usd())
        .isGreaterThan(60 * namespace.nodesStart() * 13.0 * 730.5);
    double firstMonth =
        nodes * 13.0 * 730.5
            + nodes * 36_000 * GIB * 0.9 / 1e12 * 10
            + 4 * 16_994
            + 8 * 0.5 * 730.5;
    assertThat(namespace.monthlyCosts().month(0).usd()).isCloseTo(firstMonth, within(1e-6));
  }

  @Test
  void aPartialLastMonthBillsItsShare() {
    // 1.5 months: the second month lasts half a month and bills half the ports.
    Scenario shortHorizon = Fixtures.everyCostLine().withHorizon(TimeSpan.ofMonths(1.5));
    OptionResult namespace = pair(shortHorizon, "vast-on-z3");
    assertThat(namespace.monthlyCosts().months()).isEqualTo(2);
    assertThat(namespace.costLines().recurring(CostLine.PORTS).usd())
        .isCloseTo(1.5 * 4 * 16_994, within(1e-6));
  }

  @Test
  void theHorizonIsTheSumOfEveryLine() {
    for (OptionResult result : Evaluator.evaluate(Fixtures.everyCostLine()).results()) {
      LineCosts lines = result.costLines();
      double sum = 0;
      for (CostLine line : lines.lines()) {
        if (lines.priced(line)) {
          sum += lines.horizon(line).usd();
        }
      }
      assertThat(result.horizonCost().usd())
          .as(result.option())
          .isCloseTo(sum, withinPercentage(1e-9));
      assertThat(result.monthlyCosts().total().usd() + result.oneTimeCost().usd())
          .isCloseTo(sum, withinPercentage(1e-9));
    }
  }

  @Test
  void onPremSpendIsThePurchasePlusEveryExpansionWithItsOrderDate() {
    ConfigurationResult minimum =
        Evaluator.evaluate(Fixtures.everyCostLine()).configurations().get(0);
    // 20 D-boxes at $400k and 4 C-boxes at $150k.
    assertThat(minimum.purchase().usd()).isEqualTo(20 * 400_000.0 + 4 * 150_000.0);
    long added = 0;
    for (ExpansionStep step : minimum.expansion()) {
      added += step.dboxesToAdd();
      if (step.dboxesToAdd() > 0) {
        assertThat(step.spend().usd()).isEqualTo(step.dboxesToAdd() * 400_000.0);
        // The boxes owned until then fill at ln(owned · per box / L0) / ln(1.3) years; order 90 d
        // before.
        long owned = step.dboxesNeeded() - step.dboxesToAdd();
        double perBox = 0.9 * 22 * 61.44e12 * 0.88;
        double fills = Math.log(owned * perBox / L0) / Math.log(1.3) * 365.25;
        assertThat(step.fillsAt().days()).isCloseTo(fills, within(1e-6));
        assertThat(step.orderBy().days() - step.lateBy().days())
            .isCloseTo(fills - 90, within(1e-6));
      }
    }
    assertThat(minimum.onPremSpend().usd())
        .isEqualTo(20 * 400_000.0 + 4 * 150_000.0 + added * 400_000.0);
  }

  @Test
  void anOrderDueBeforeDayOneIsLate() {
    // 21 PB on 20 boxes that hold 21.4 PB fill within weeks; with a 90-day lead time the order
    // of year 1 is late.
    Scenario tight =
        Fixtures.everyCostLine()
            .withDataset(Fixtures.dataset(21, 0.30, 0.005))
            .withPrimary(
                Fixtures.primary(20, 60)
                    .withDboxPrice(Money.ofUsd(1))
                    .withCboxPrice(Money.ofUsd(1))
                    .withLeadTime(TimeSpan.ofDays(90)));
    ExpansionStep first = Evaluator.evaluate(tight).configurations().get(0).expansion().get(0);
    double fills = Math.log(20 * 0.9 * 22 * 61.44e12 * 0.88 / 21e15) / Math.log(1.3) * 365.25;
    assertThat(first.orderBy().days()).isZero();
    assertThat(first.lateBy().days()).isCloseTo(90 - fills, within(1e-6));
  }
}
