package dev.drplan.scenario;

import dev.drplan.units.TimeSpan;

/**
 * How a data-copy option recovers.
 *
 * @param cloudStartTime for run-in-cloud, the time until workloads run in the cloud (its RTO);
 *     {@code null} for restore-to-primary
 */
public record Recovery(TimeSpan cloudStartTime) {
  public static final Recovery RESTORE_TO_PRIMARY = new Recovery(null);

  public static Recovery runInCloud(TimeSpan cloudStartTime) {
    return new Recovery(java.util.Objects.requireNonNull(cloudStartTime, "cloudStartTime"));
  }

  public boolean restoresToPrimary() {
    return cloudStartTime == null;
  }

  /** The scenario format's word: {@code restore-to-primary} or {@code run-in-cloud}. */
  public String id() {
    return restoresToPrimary() ? "restore-to-primary" : "run-in-cloud";
  }
}
