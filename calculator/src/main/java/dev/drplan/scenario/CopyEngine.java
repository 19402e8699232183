package dev.drplan.scenario;

import dev.drplan.units.DataRate;
import java.util.Objects;

/**
 * The data movers of a data-copy option: the assumption {@code drplan probe} checks.
 *
 * @param hosts mover hosts
 * @param streamsPerHost concurrent streams per host
 * @param perStream throughput of one stream
 * @param hostNic network rate of one host
 */
public record CopyEngine(int hosts, int streamsPerHost, DataRate perStream, DataRate hostNic) {
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
  }

  /** A copy with another host count, per-stream rate or both (for {@code drplan validate}). */
  public CopyEngine with(int newHosts, DataRate newPerStream) {
    return new CopyEngine(newHosts, streamsPerHost, newPerStream, hostNic);
  }

  /** A copy with another hostNic. */
  public CopyEngine withHostNic(DataRate newHostNic) {
    return new CopyEngine(hosts, streamsPerHost, perStream, newHostNic);
  }

  /** A copy with another hosts. */
  public CopyEngine withHosts(int newHosts) {
    return new CopyEngine(newHosts, streamsPerHost, perStream, hostNic);
  }

  /** A copy with another perStream. */
  public CopyEngine withPerStream(DataRate newPerStream) {
    return new CopyEngine(hosts, streamsPerHost, newPerStream, hostNic);
  }

  /** A copy with another streamsPerHost. */
  public CopyEngine withStreamsPerHost(int newStreamsPerHost) {
    return new CopyEngine(hosts, newStreamsPerHost, perStream, hostNic);
  }
}
