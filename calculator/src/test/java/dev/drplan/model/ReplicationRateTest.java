package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.units.DataRate;
import org.junit.jupiter.api.Test;

class ReplicationRateTest {

  @Test
  void networkIsCircuitsTimesLineRateTimesEfficiencyTimesShareInBytes() {
    assertThat(ReplicationRate.network(Fixtures.network(4, 100)).bytesPerSecond())
        .isEqualTo(4 * 100e9 / 8 * 0.8);
  }

  @Test
  void copyEngineIsHostsTimesTheLesserOfStreamsAndNic() {
    // 16 streams of 200 MB/s = 3.2 GB/s, under a 100 Gbps (12.5 GB/s) NIC.
    assertThat(ReplicationRate.copyEngine(Fixtures.movers(32)).bytesPerSecond())
        .isEqualTo(32 * 16 * 200e6);
  }

  @Test
  void copyEngineIsCappedByTheNic() {
    var engine =
        new dev.drplan.scenario.CopyEngine(
            2, 100, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(10));
    assertThat(ReplicationRate.copyEngine(engine).bytesPerSecond()).isEqualTo(2 * 10e9 / 8);
  }

  @Test
  void theSmallestCandidateBindsAndIsNamed() {
    DataRate small = DataRate.ofGigabytesPerSecond(1);
    DataRate large = DataRate.ofGigabytesPerSecond(9);
    assertThat(ReplicationRate.bottleneck(small, large, large, Bottleneck.COPY_ENGINE).bottleneck())
        .isEqualTo(Bottleneck.NETWORK);
    assertThat(ReplicationRate.bottleneck(large, small, large, Bottleneck.COPY_ENGINE).bottleneck())
        .isEqualTo(Bottleneck.PRIMARY);
    RateChoice target = ReplicationRate.bottleneck(large, large, small, Bottleneck.CLOUD_NODES);
    assertThat(target.bottleneck()).isEqualTo(Bottleneck.CLOUD_NODES);
    assertThat(target.rate()).isEqualTo(small);
  }

  @Test
  void cloudNodesIngestIsNodesTimesNetwork() {
    assertThat(ReplicationRate.cloudNodes(10, Fixtures.z3()).bytesPerSecond())
        .isEqualTo(10 * 62e9 / 8);
  }
}
