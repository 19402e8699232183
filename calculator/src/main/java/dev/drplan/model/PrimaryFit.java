package dev.drplan.model;

import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Primary;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/** Primary configurations: capacity, time to full, expansion and egress (docs/model.md §2). */
public final class PrimaryFit {
  private PrimaryFit() {}

  /** The configuration's usable share: its own override, else the D-box model's default (§2). */
  public static Fraction usableEfficiency(Primary primary, Configuration configuration) {
    return configuration.usableEfficiency() != null
        ? configuration.usableEfficiency()
        : primary.dbox().usableEfficiency();
  }

  /** raw = dboxes · dbox_raw (§2). */
  public static DataSize raw(Primary primary, long dboxes) {
    return primary.dbox().rawSize().times(dboxes);
  }

  /** logical capacity = raw · usable_efficiency · reduction_ratio (§2). */
  public static DataSize logicalCapacity(DataSize raw, Fraction usableEfficiency, Dataset dataset) {
    return raw.times(usableEfficiency.value()).times(dataset.reductionRatio());
  }

  /**
   * Time to full: the t at which L(t) = fill_limit · logical capacity, ln(fill · capacity / L0) /
   * ln(1 + g) years (§2). Zero if day one is already past it; {@code null} if the data never gets
   * there (growth at or below zero).
   */
  public static TimeSpan timeToFull(Dataset dataset, DataSize fillThreshold) {
    double l0 = dataset.logicalSize().bytes();
    if (l0 > fillThreshold.bytes()) {
      return TimeSpan.ZERO;
    }
    double g = dataset.annualGrowth().value();
    if (g <= 0 || l0 == 0) {
      return null;
    }
    return TimeSpan.ofYears(StrictMath.log(fillThreshold.bytes() / l0) / StrictMath.log1p(g));
  }

  /** replication egress = cboxes · nodes per C-box · per-node replication rate (§2). */
  public static DataRate replicationEgress(Primary primary, int cboxes) {
    return primary.cbox().perNodeReplication().times((double) cboxes * primary.cbox().nodes());
  }

  /**
   * The expansion plan: at the end of each year of the horizon, the D-boxes that keep L under the
   * fill limit, ceil(L(year) / (fill · dbox_raw · efficiency · reduction)), never fewer than
   * already bought, and how many to add that year (§2). Each addition costs dboxes · dbox_price and
   * must be ordered lead_time before the boxes already owned fill: at {@link #fillsAt} of them.
   */
  public static List<ExpansionStep> expansion(
      Dataset dataset, Primary primary, Fraction efficiency, int dboxes, TimeSpan horizon) {
    return expansion(dataset, primary, efficiency, dboxes, logicalAtYearEnds(dataset, horizon));
  }

  /**
   * L at the end of each year of the horizon (the last one at H itself), L0 · (1 + g)^y: the same
   * for every configuration, so an evaluation computes it once. A whole year's factor is carried by
   * multiplication (within y roundings of its power), a partial last year's is {@link
   * DataGrowth#logicalAt}'s; Monte Carlo's sampling path computes them alike.
   */
  static DataSize[] logicalAtYearEnds(Dataset dataset, TimeSpan horizon) {
    int years = (int) Counts.ceil(horizon.years());
    DataSize[] logical = new DataSize[years];
    double base = 1 + dataset.annualGrowth().value();
    double factor = 1;
    for (int year = 1; year <= years; year++) {
      factor *= base;
      logical[year - 1] =
          year <= horizon.years()
              ? dataset.logicalSize().times(factor)
              : DataGrowth.logicalAt(dataset, horizon);
    }
    return logical;
  }

  private static List<ExpansionStep> expansion(
      Dataset dataset,
      Primary primary,
      Fraction efficiency,
      int dboxes,
      DataSize[] logicalAtYearEnds) {
    double perBox = perDbox(dataset, primary, efficiency);
    double lnGrowth = StrictMath.log1p(dataset.annualGrowth().value());
    int years = logicalAtYearEnds.length;
    List<ExpansionStep> steps = new ArrayList<>(years);
    long owned = dboxes;
    for (int year = 1; year <= years; year++) {
      DataSize logical = logicalAtYearEnds[year - 1];
      long needed = Math.max(owned, Counts.ceil(logical.bytes() / perBox));
      long added = needed - owned;
      Money spend = primary.dboxPrice() == null ? null : primary.dboxPrice().times(added);
      TimeSpan fills = added == 0 ? null : fillsAt(dataset, perBox * owned, lnGrowth);
      steps.add(new ExpansionStep(year, logical, needed, added, spend, fills, primary.leadTime()));
      owned = needed;
    }
    return steps;
  }

  /** What one D-box holds of L under the fill limit: fill · dbox_raw · efficiency · reduction. */
  static double perDbox(Dataset dataset, Primary primary, Fraction efficiency) {
    return primary.fillLimit().value()
        * primary.dbox().rawSize().bytes()
        * efficiency.value()
        * dataset.reductionRatio();
  }

  /**
   * When L(t) reaches {@code thresholdBytes}: ln(threshold / L0) / ln(1 + g) years, the time to
   * full of §2 for that threshold; 0 when day one is already past it. An addition is only planned
   * when the data grows past the boxes owned, so g > 0 here.
   */
  static TimeSpan fillsAt(Dataset dataset, double thresholdBytes, double lnGrowth) {
    double l0 = dataset.logicalSize().bytes();
    if (l0 >= thresholdBytes || lnGrowth <= 0) {
      return TimeSpan.ZERO;
    }
    return TimeSpan.ofYears(StrictMath.log(thresholdBytes / l0) / lnGrowth);
  }

  /**
   * What the configuration costs to buy: dboxes · dbox_price + cboxes · cbox_price; {@code null}
   * unless both prices are given (§2).
   */
  public static Money purchase(Primary primary, Configuration configuration) {
    if (!primary.priced()) {
      return null;
    }
    return primary
        .dboxPrice()
        .times(configuration.dboxes())
        .plus(primary.cboxPrice().times(configuration.cboxes()));
  }

  /** The purchase plus every expansion of the horizon; {@code null} unless priced (§2). */
  public static Money onPremSpend(Money purchase, List<ExpansionStep> expansion) {
    if (purchase == null) {
      return null;
    }
    Money total = purchase;
    for (ExpansionStep step : expansion) {
      total = total.plus(step.spend());
    }
    return total;
  }

  /** Sizes one configuration (§2); {@link ConfigurationFigure} says how each figure is derived. */
  public static ConfigurationResult size(
      Dataset dataset, Primary primary, Configuration configuration, TimeSpan horizon) {
    return size(dataset, primary, configuration, horizon, logicalAtYearEnds(dataset, horizon));
  }

  /** {@link #size}, with L at each year end already computed ({@link #logicalAtYearEnds}). */
  static ConfigurationResult size(
      Dataset dataset,
      Primary primary,
      Configuration configuration,
      TimeSpan horizon,
      DataSize[] logicalAtYearEnds) {
    Fraction efficiency = usableEfficiency(primary, configuration);
    DataSize raw = raw(primary, configuration.dboxes());
    DataSize usable = raw.times(efficiency.value());
    DataSize capacity = logicalCapacity(raw, efficiency, dataset);
    DataSize threshold = capacity.times(primary.fillLimit().value());
    TimeSpan timeToFull = timeToFull(dataset, threshold);
    boolean fitsNow = dataset.logicalSize().compareTo(threshold) <= 0;
    boolean fitsHorizon = fitsNow && (timeToFull == null || timeToFull.compareTo(horizon) >= 0);
    DataRate egress = replicationEgress(primary, configuration.cboxes());
    List<ExpansionStep> expansion =
        expansion(dataset, primary, efficiency, configuration.dboxes(), logicalAtYearEnds);
    Money purchase = purchase(primary, configuration);
    return new ConfigurationResult(
        configuration.name(),
        configuration.cboxes(),
        configuration.dboxes(),
        efficiency,
        raw,
        usable,
        capacity,
        threshold,
        timeToFull,
        fitsNow,
        fitsHorizon,
        egress,
        expansion,
        purchase,
        onPremSpend(purchase, expansion));
  }
}
