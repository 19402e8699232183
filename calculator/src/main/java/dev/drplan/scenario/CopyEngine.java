package dev.drplan.scenario;

import dev.drplan.units.DataRate;
import dev.drplan.units.Money;
import java.util.Objects;

/**
 * The data movers of a data-copy option: the throughput assumption {@code drplan probe} checks, and
 * what the movers cost (docs/model.md §3, §7).
 *
 * @param hosts mover hosts
 * @param streamsPerHost concurrent streams per host
 * @param perStream throughput of one stream
 * @param hostNic network rate of one host
 * @param tool the tool the movers run; {@code null} when the scenario does not name it
 * @param transferFeePerGib the tool's fee per GiB moved; {@code null} when not known (a tool not
 *     named, or one that charges but was given no price)
 * @param hostMonthlyCost what one mover host costs a month, as the scenario gives it; {@code null}
 *     when not given
 * @param hostMachine the cloud VM each mover host is, priced by the hour; {@code null} when not
 *     given (at most one of it and {@code hostMonthlyCost} is given)
 */
public record CopyEngine(
    int hosts,
    int streamsPerHost,
    DataRate perStream,
    DataRate hostNic,
    TransferTool tool,
    Money transferFeePerGib,
    Money hostMonthlyCost,
    HostMachine hostMachine) {
  public CopyEngine {
    Objects.requireNonNull(perStream, "perStream");
    Objects.requireNonNull(hostNic, "hostNic");
    if (hosts < 1) {
      throw new IllegalArgumentException("hosts must be at least 1, was " + hosts);
    }
    if (streamsPerHost < 1) {
      throw new IllegalArgumentException(
          "streamsPerHost must be at least 1, was " + streamsPerHost);
    }
    if (hostMonthlyCost != null && hostMachine != null) {
      throw new IllegalArgumentException("give hostMonthlyCost or hostMachine, not both");
    }
  }

  /** Movers whose hosts are priced by a monthly cost, or not priced. */
  public CopyEngine(
      int hosts,
      int streamsPerHost,
      DataRate perStream,
      DataRate hostNic,
      TransferTool tool,
      Money transferFeePerGib,
      Money hostMonthlyCost) {
    this(hosts, streamsPerHost, perStream, hostNic, tool, transferFeePerGib, hostMonthlyCost, null);
  }

  /** Movers whose tool and cost the scenario does not state. */
  public CopyEngine(int hosts, int streamsPerHost, DataRate perStream, DataRate hostNic) {
    this(hosts, streamsPerHost, perStream, hostNic, null, null, null, null);
  }

  /** A copy with another host count, per-stream rate or both (for {@code drplan validate}). */
  public CopyEngine with(int newHosts, DataRate newPerStream) {
    return new CopyEngine(
        newHosts,
        streamsPerHost,
        newPerStream,
        hostNic,
        tool,
        transferFeePerGib,
        hostMonthlyCost,
        hostMachine);
  }

  /** A copy with another hostNic. */
  public CopyEngine withHostNic(DataRate newHostNic) {
    return new CopyEngine(
        hosts,
        streamsPerHost,
        perStream,
        newHostNic,
        tool,
        transferFeePerGib,
        hostMonthlyCost,
        hostMachine);
  }

  /** A copy with another hosts. */
  public CopyEngine withHosts(int newHosts) {
    return with(newHosts, perStream);
  }

  /** A copy with another perStream. */
  public CopyEngine withPerStream(DataRate newPerStream) {
    return with(hosts, newPerStream);
  }

  /** A copy with another streamsPerHost. */
  public CopyEngine withStreamsPerHost(int newStreamsPerHost) {
    return new CopyEngine(
        hosts,
        newStreamsPerHost,
        perStream,
        hostNic,
        tool,
        transferFeePerGib,
        hostMonthlyCost,
        hostMachine);
  }

  /** A copy with another transferFeePerGib. */
  public CopyEngine withTransferFeePerGib(Money newFee) {
    return new CopyEngine(
        hosts, streamsPerHost, perStream, hostNic, tool, newFee, hostMonthlyCost, hostMachine);
  }

  /** A copy with another hostMonthlyCost. */
  public CopyEngine withHostMonthlyCost(Money newCost) {
    return new CopyEngine(
        hosts, streamsPerHost, perStream, hostNic, tool, transferFeePerGib, newCost, hostMachine);
  }

  /** A copy with another hostMachine. */
  public CopyEngine withHostMachine(HostMachine newMachine) {
    return new CopyEngine(
        hosts,
        streamsPerHost,
        perStream,
        hostNic,
        tool,
        transferFeePerGib,
        hostMonthlyCost,
        newMachine);
  }
}
