package dev.drplan.model;

import dev.drplan.scenario.GcsPrices;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/** Recovery time and the cost of one recovery event (docs/model.md §6). */
public final class RecoveryTime {
  private RecoveryTime() {}

  /** The data a recovery must bring back: recovery_scope · L(H) (§6). */
  public static DataSize recoveredBytes(Fraction scope, DataSize logicalAtHorizon) {
    return logicalAtHorizon.times(scope.value());
  }

  /**
   * Restore to primary: RTO = recovery_scope · L(H) / R_restore; {@code null} when nothing can flow
   * back (§6).
   */
  public static TimeSpan restoreToPrimary(DataSize recovered, DataRate restore) {
    if (restore.isZero()) {
      return recovered.isZero() ? TimeSpan.ZERO : null;
    }
    return recovered.at(restore);
  }

  /**
   * A recovery event's line billed per GiB brought back: GiB(recovery_scope · L(H)) · price; the
   * retrieval line at the class's retrieval fee, the egress line at the egress price (§6).
   */
  public static Money perGib(DataSize recovered, Money pricePerGib) {
    return Money.ofUsd(recovered.gibibytes() * pricePerGib.usd());
  }

  /**
   * The cost of one recovery event: GiB read back · (retrieval fee + egress fee). A copy restored
   * to the primary leaves Google at once; one run in the cloud leaves on failback, so both pay
   * egress (§6). GCS bills per GiB (2^30 bytes).
   */
  public static Money eventCost(DataSize recovered, GcsPrices prices) {
    double perGib = prices.retrievalPerGib().usd() + prices.egressPerGib().usd();
    return Money.ofUsd(recovered.gibibytes() * perGib);
  }
}
