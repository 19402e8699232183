package dev.drplan.model;

import dev.drplan.units.DataSize;

/**
 * What a pair occupies in the cloud (docs/model.md §7): stored bytes for a data copy, VMs for a
 * namespace; the figures of the other kind are {@code null}.
 *
 * @param storedEnd what a data copy stores at the end of the horizon
 * @param nodesStart VMs of a namespace on day one
 * @param nodesEnd VMs of a namespace at the end of the horizon
 * @param clustersEnd clusters the most VMs of any month need under max_nodes
 */
public record Footprint(DataSize storedEnd, Long nodesStart, Long nodesEnd, Long clustersEnd) {

  /** The footprint of a data copy. */
  static Footprint stored(DataSize storedEnd) {
    return new Footprint(storedEnd, null, null, null);
  }

  /** The footprint of a namespace. */
  static Footprint nodes(long nodesStart, long nodesEnd, long clustersEnd) {
    return new Footprint(null, nodesStart, nodesEnd, clustersEnd);
  }
}
