package dev.drplan.scenario;

import dev.drplan.units.DataRate;
import java.util.Objects;

/**
 * A C-box (compute chassis) model.
 *
 * @param name catalog name, or "inline"
 * @param nodes C-nodes per box
 * @param perNodeReplication replication egress one C-node sustains
 */
public record CBoxSpec(String name, int nodes, DataRate perNodeReplication) {
  public CBoxSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(perNodeReplication, "perNodeReplication");
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
    }
  }

  public CBoxSpec withPerNodeReplication(DataRate newPerNodeReplication) {
    return new CBoxSpec(name, nodes, newPerNodeReplication);
  }
}
