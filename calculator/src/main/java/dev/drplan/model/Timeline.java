package dev.drplan.model;

import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;

/**
 * The figures of a scenario that every pair shares, computed once per evaluation: the logical size
 * at the start of every month of the horizon (§1, §7), the change rates (§1) and the network's rate
 * (§3). Month m is billed at the size at its start, m · (1 y / 12).
 */
public final class Timeline {
  final Scenario scenario;
  final int months;
  final double[] logicalBytesAtMonthStart;
  final DataSize logicalStart;
  final DataSize logicalEnd;
  final DataRate changeRateStart;
  final DataRate peakChangeRateWorst;
  final DataRate network;

  public Timeline(Scenario scenario) {
    this.scenario = scenario;
    this.months = CloudCost.months(scenario.horizon());
    this.logicalBytesAtMonthStart = new double[months];
    for (int m = 0; m < months; m++) {
      logicalBytesAtMonthStart[m] =
          DataGrowth.logicalAt(scenario.dataset(), TimeSpan.ofMonths(m)).bytes();
    }
    this.logicalStart = scenario.dataset().logicalSize();
    this.logicalEnd = DataGrowth.logicalAt(scenario.dataset(), scenario.horizon());
    this.changeRateStart = DataGrowth.averageChangeRate(scenario.dataset(), logicalStart);
    this.peakChangeRateWorst =
        DataGrowth.peakChangeRate(
            scenario.dataset(), DataGrowth.largestOver(scenario.dataset(), scenario.horizon()));
    this.network = ReplicationRate.network(scenario.network());
  }

  public int months() {
    return months;
  }

  /** L at the start of month {@code m} (0-based). */
  public DataSize logicalAtMonth(int m) {
    return DataSize.ofBytes(logicalBytesAtMonthStart[m]);
  }

  public DataSize logicalStart() {
    return logicalStart;
  }

  public DataSize logicalEnd() {
    return logicalEnd;
  }

  public TimeSpan horizon() {
    return scenario.horizon();
  }
}
