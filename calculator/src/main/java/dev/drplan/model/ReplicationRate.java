package dev.drplan.model;

import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.Network;
import dev.drplan.units.DataRate;

/** The replication rate and its bottleneck (docs/model.md §3). */
public final class ReplicationRate {
  private ReplicationRate() {}

  /**
   * The network's rate for bulk copy: circuits · line rate · efficiency · dr_share, in bytes/s (the
   * division by 8 happens once, where the line rate was parsed) (§3).
   */
  public static DataRate network(Network network) {
    return network
        .lineRate()
        .times(network.circuits() * network.efficiency().value() * network.drShare().value());
  }

  /** What the data movers can write: hosts · min(streams_per_host · per_stream, host_nic) (§3). */
  public static DataRate copyEngine(CopyEngine engine) {
    DataRate perHost =
        DataRate.min(engine.perStream().times(engine.streamsPerHost()), engine.hostNic());
    return perHost.times(engine.hosts());
  }

  /** What a namespace-in-cloud cluster can take in: nodes · node network rate (§3). */
  public static DataRate cloudNodes(long nodes, MachineSpec machine) {
    return machine.network().times(nodes);
  }

  /**
   * R = min(network rate, primary rate, target rate), naming the one that binds (§3). The same
   * rule, read in the other direction, gives the restore rate (§6).
   */
  public static RateChoice bottleneck(
      DataRate network, DataRate primary, DataRate target, Bottleneck targetKind) {
    return RateChoice.min(network, primary, target, targetKind);
  }
}
