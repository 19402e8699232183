package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssumptionCheckTest {

  private static MeasuredThroughput probe(
      double mbPerSecondAt1, double at4, double at16, double at64) {
    return new MeasuredThroughput(
        List.of(
            new MeasuredThroughput.Point(1, DataRate.ofMegabytesPerSecond(mbPerSecondAt1)),
            new MeasuredThroughput.Point(4, DataRate.ofMegabytesPerSecond(at4)),
            new MeasuredThroughput.Point(16, DataRate.ofMegabytesPerSecond(at16)),
            new MeasuredThroughput.Point(64, DataRate.ofMegabytesPerSecond(at64))));
  }

  /** 10 PB growing 30% a year, one archive copy seeded over the network by 32 movers. */
  private static Scenario oneArchiveCopy() {
    return Fixtures.scenario(
        Fixtures.dataset(10, 0.3, 0.005),
        List.of(Fixtures.archiveCopy("copy", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)));
  }

  @Test
  void interpolatesBetweenMeasuredStreamCountsAndNeverExtrapolatesGrowth() {
    MeasuredThroughput m = probe(100, 400, 1600, 2000);
    assertThat(m.at(16).aggregate().megabytesPerSecond()).isEqualTo(1600);
    assertThat(m.at(10).aggregate().megabytesPerSecond())
        .isCloseTo(400 + (10 - 4) / 12.0 * 1200, within(1e-9));
    assertThat(m.at(128).aggregate().megabytesPerSecond()).isEqualTo(2000);
    assertThat(m.at(128).extrapolated()).isTrue();
  }

  @Test
  void aMeasurementBelowTheAssumptionIsOptimisticByTheRatio() {
    // Assumed: 16 streams x 200 MB/s = 3.2 GB/s a host. Measured at 16 streams: 1.6 GB/s.
    Scenario scenario = oneArchiveCopy();
    AssumptionCheck.OptionCheck check =
        AssumptionCheck.check(scenario, probe(100, 400, 1600, 2000), null).get(0);
    assertThat(check.assumedPerHost().megabytesPerSecond()).isCloseTo(3200, within(1e-9));
    assertThat(check.measuredPerHost().megabytesPerSecond()).isCloseTo(1600, within(1e-9));
    assertThat(check.measuredPerStream().megabytesPerSecond()).isCloseTo(100, within(1e-9));
    assertThat(check.optimism()).isCloseTo(3200.0 / 1600 - 1, within(1e-12));
    assertThat(check.holds()).isFalse();
    // Recomputed movers: 32 hosts x 1.6 GB/s = 51.2 GB/s, still above the 40 GB/s network.
    OptionResult measured = check.measured().get(0);
    assertThat(measured.replication().target().bytesPerSecond())
        .isCloseTo(32 * 1.6e9, within(1e-3));
  }

  @Test
  void fewerHostsMakeTheCopyEngineBindAndLengthenTheSeed() {
    Scenario scenario = oneArchiveCopy();
    AssumptionCheck.OptionCheck check =
        AssumptionCheck.check(scenario, probe(100, 400, 1600, 2000), 8).get(0);
    OptionResult assumed = check.assumed().get(0);
    OptionResult measured = check.measured().get(0);
    assertThat(measured.replication().bottleneck()).isEqualTo(Bottleneck.COPY_ENGINE);
    assertThat(measured.replication().rate().bytesPerSecond()).isCloseTo(8 * 1.6e9, within(1e-3));
    double d0 = 10e15 * 0.005 / 86_400;
    assertThat(measured.seed().time().seconds()).isCloseTo(10e15 / (8 * 1.6e9 - d0), within(1e-3));
    assertThat(measured.seed().time()).isGreaterThan(assumed.seed().time());
  }

  @Test
  void aFasterMeasurementHolds() {
    Scenario scenario = oneArchiveCopy();
    AssumptionCheck.OptionCheck check =
        AssumptionCheck.check(scenario, probe(300, 1200, 4800, 6000), null).get(0);
    assertThat(check.holds()).isTrue();
    assertThat(check.optimism()).isCloseTo(3200.0 / 4800 - 1, within(1e-12));
  }

  @Test
  void eachOptionIsHeldToTheMeasurementAtTheObjectSizeNearestItsOwn() {
    // The copy writes 256 MiB objects; the probe measured 8 MiB (slow) and 64 MiB (fast) objects.
    // 64 MiB is a factor 4 away, 8 MiB a factor 32: the 64 MiB figures apply.
    Scenario scenario = oneArchiveCopy();
    Map<DataSize, MeasuredThroughput> bySize = new LinkedHashMap<>();
    bySize.put(DataSize.ofMebibytes(8), probe(10, 40, 160, 200));
    bySize.put(DataSize.ofMebibytes(64), probe(100, 400, 1600, 2000));

    List<AssumptionCheck.Matched> checks =
        AssumptionCheck.atNearestObjectSize(scenario, bySize, null);

    assertThat(checks).hasSize(1);
    AssumptionCheck.Matched matched = checks.get(0);
    assertThat(matched.optionObjectSize()).isEqualTo(DataSize.ofMebibytes(256));
    assertThat(matched.probedObjectSize()).isEqualTo(DataSize.ofMebibytes(64));
    assertThat(matched.check().measuredPerHost().megabytesPerSecond())
        .isCloseTo(1600, within(1e-9));
    assertThat(matched.hostsAssumed()).isEqualTo(matched.check().assumedEngine().hosts());
  }

  @Test
  void aScenarioWithoutADataCopyHasNothingToCheck() {
    Scenario scenario =
        Fixtures.scenario(Fixtures.dataset(10, 0.3, 0.005), List.of(Fixtures.namespace(100)));

    assertThat(
            AssumptionCheck.atNearestObjectSize(
                scenario, Map.of(DataSize.ofMebibytes(64), probe(100, 400, 1600, 2000)), null))
        .isEmpty();
  }
}
