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

  /** The probe's 64 MiB steps; {@code activeAt16} of the 16-stream step's streams ran. */
  private static Map<DataSize, MeasuredThroughput> at64MiB(
      int activeAt16, MeasuredThroughput.Point... more) {
    List<MeasuredThroughput.Point> points =
        new java.util.ArrayList<>(
            List.of(
                new MeasuredThroughput.Point(1, DataRate.ofMegabytesPerSecond(100)),
                new MeasuredThroughput.Point(4, DataRate.ofMegabytesPerSecond(400)),
                new MeasuredThroughput.Point(16, DataRate.ofMegabytesPerSecond(9000), activeAt16)));
    points.addAll(List.of(more));
    return Map.of(DataSize.ofMebibytes(64), new MeasuredThroughput(points));
  }

  /**
   * The copy runs 16 streams per host; the probe's 16-stream step had 4 objects, so only 4 of its
   * streams ran and its aggregate is no measure of 16: no verdict, and the reason names the step.
   */
  @Test
  void noVerdictRestsOnAStepWhoseStreamsDidNotAllRun() {
    List<AssumptionCheck.Matched> checks =
        AssumptionCheck.atNearestObjectSize(oneArchiveCopy(), at64MiB(4), null);

    AssumptionCheck.Matched matched = checks.get(0);
    assertThat(matched.hasVerdict()).isFalse();
    assertThat(matched.check()).isNull();
    assertThat(matched.noVerdict())
        .isEqualTo(new AssumptionCheck.NoVerdict(DataSize.ofMebibytes(64), 16, 4));
    assertThat(matched.option()).isEqualTo("copy");
    assertThat(matched.hostsAssumed()).isEqualTo(matched.assumedEngine().hosts());
  }

  @Test
  void aStepWithIdleStreamsTheEstimateDoesNotUseLeavesTheVerdictStanding() {
    MeasuredThroughput.Point idleAt64 =
        new MeasuredThroughput.Point(64, DataRate.ofMegabytesPerSecond(9000), 4);

    AssumptionCheck.Matched matched =
        AssumptionCheck.atNearestObjectSize(oneArchiveCopy(), at64MiB(16, idleAt64), null).get(0);

    assertThat(matched.hasVerdict()).isTrue();
    assertThat(matched.noVerdict()).isNull();
    assertThat(matched.check().measuredPerHost().megabytesPerSecond())
        .isCloseTo(9000, within(1e-9));
  }
}
