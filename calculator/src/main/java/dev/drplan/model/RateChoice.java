package dev.drplan.model;

import dev.drplan.units.DataRate;

/**
 * A transfer rate with the candidate that bound it (docs/model.md §3).
 *
 * @param rate the smallest of the candidates
 * @param bottleneck which candidate that was
 * @param network the network's rate
 * @param primary the primary cluster's rate
 * @param target what the cloud side can take (copy engine or cloud nodes)
 */
public record RateChoice(
    DataRate rate, Bottleneck bottleneck, DataRate network, DataRate primary, DataRate target) {

  /** The smallest of the three; ties go to the network, then the primary. */
  static RateChoice min(
      DataRate network, DataRate primary, DataRate target, Bottleneck targetKind) {
    if (network.compareTo(primary) <= 0 && network.compareTo(target) <= 0) {
      return new RateChoice(network, Bottleneck.NETWORK, network, primary, target);
    }
    if (primary.compareTo(target) <= 0) {
      return new RateChoice(primary, Bottleneck.PRIMARY, network, primary, target);
    }
    return new RateChoice(target, targetKind, network, primary, target);
  }
}
