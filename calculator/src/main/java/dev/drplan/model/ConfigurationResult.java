package dev.drplan.model;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * One primary configuration sized against the data (docs/model.md §2).
 *
 * @param timeToFull when L(t) reaches fill_limit · logical capacity; {@code null} when the data
 *     never reaches it (no growth); zero when day one is already past it
 * @param fitsNow whether day one fits under the fill limit
 * @param fitsHorizon whether the configuration holds the data to the end of the horizon
 * @param purchase what the configuration costs to buy; {@code null} unless D-box and C-box prices
 *     are given
 * @param onPremSpend the purchase plus every expansion of the horizon; {@code null} unless priced
 */
public record ConfigurationResult(
    String configuration,
    int cboxes,
    int dboxes,
    Fraction usableEfficiency,
    DataSize raw,
    DataSize usable,
    DataSize logicalCapacity,
    DataSize fillThreshold,
    TimeSpan timeToFull,
    boolean fitsNow,
    boolean fitsHorizon,
    DataRate replicationEgress,
    List<ExpansionStep> expansion,
    Money purchase,
    Money onPremSpend) {
  public ConfigurationResult {
    expansion = List.copyOf(expansion);
  }

  /** A configuration whose boxes are not priced. */
  public ConfigurationResult(
      String configuration,
      int cboxes,
      int dboxes,
      Fraction usableEfficiency,
      DataSize raw,
      DataSize usable,
      DataSize logicalCapacity,
      DataSize fillThreshold,
      TimeSpan timeToFull,
      boolean fitsNow,
      boolean fitsHorizon,
      DataRate replicationEgress,
      List<ExpansionStep> expansion) {
    this(
        configuration,
        cboxes,
        dboxes,
        usableEfficiency,
        raw,
        usable,
        logicalCapacity,
        fillThreshold,
        timeToFull,
        fitsNow,
        fitsHorizon,
        replicationEgress,
        expansion,
        null,
        null);
  }
}
