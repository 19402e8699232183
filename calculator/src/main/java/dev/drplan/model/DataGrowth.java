package dev.drplan.model;

import dev.drplan.scenario.Dataset;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;

/** Data over time (docs/model.md §1). */
public final class DataGrowth {
  private DataGrowth() {}

  /**
   * The logical size at time {@code t}: compound growth from day one, L(t) = L0 · (1 + g)^(t / 1 y)
   * (§1).
   */
  public static DataSize logicalAt(Dataset dataset, TimeSpan t) {
    return dataset.logicalSize().times(growthFactor(dataset, t));
  }

  /** (1 + g)^(t / 1 y), the factor by which the data has grown after {@code t} (§1). */
  public static double growthFactor(Dataset dataset, TimeSpan t) {
    return StrictMath.pow(1 + dataset.annualGrowth().value(), t.years());
  }

  /**
   * The data written or rewritten per day at logical size {@code logical}: D = daily_change · L
   * (§1).
   */
  public static DataSize dailyChange(Dataset dataset, DataSize logical) {
    return logical.times(dataset.dailyChange().value());
  }

  /** The average change rate at logical size {@code logical}: d = D / 86,400 s (§1). */
  public static DataRate averageChangeRate(Dataset dataset, DataSize logical) {
    return DataRate.of(dailyChange(dataset, logical), TimeSpan.ONE_DAY);
  }

  /** The peak-hour change rate: d_peak = peak_factor · d (§1). */
  public static DataRate peakChangeRate(Dataset dataset, DataSize logical) {
    return averageChangeRate(dataset, logical).times(dataset.peakFactor());
  }

  /**
   * The largest logical size over the horizon: L(H) when the data grows, L0 when it shrinks. The
   * RPO must hold at the worst point of the plan, not only on day one.
   */
  public static DataSize largestOver(Dataset dataset, TimeSpan horizon) {
    DataSize end = logicalAt(dataset, horizon);
    return end.compareTo(dataset.logicalSize()) >= 0 ? end : dataset.logicalSize();
  }
}
