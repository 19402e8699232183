package dev.drplan.model;

import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;

/** The recovery point of incremental copies every interval I (docs/model.md §5). */
public final class RecoveryPoint {
  private RecoveryPoint() {}

  /**
   * RPO = I + d_peak · I / R: the interval plus the time to send what changed in it at peak. {@code
   * null} when d_peak ≥ R, since the backlog then grows without bound at that rate held (§5).
   */
  public static TimeSpan rpo(TimeSpan interval, DataRate peakChange, DataRate replication) {
    if (peakChange.compareTo(replication) >= 0) {
      return null;
    }
    double sendShare = peakChange.bytesPerSecond() / replication.bytesPerSecond();
    return interval.times(1 + sendShare);
  }

  /**
   * The longest interval whose RPO still meets the objective: I = objective / (1 + d_peak / R),
   * since the RPO grows with I; every shorter interval meets it too. {@code null} when none does
   * (§5).
   */
  public static TimeSpan longestIntervalMeeting(
      TimeSpan objective, DataRate peakChange, DataRate replication) {
    if (peakChange.compareTo(replication) >= 0 || objective.seconds() == 0) {
      return null;
    }
    double sendShare = peakChange.bytesPerSecond() / replication.bytesPerSecond();
    return objective.times(1 / (1 + sendShare));
  }
}
