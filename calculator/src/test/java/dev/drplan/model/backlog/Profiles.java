package dev.drplan.model.backlog;

import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Arrays;

/** Hand-made change profiles for the backlog tests; every figure is written where it is used. */
final class Profiles {
  private Profiles() {}

  /** A Monday at midnight UTC. */
  static final Instant MONDAY = Instant.parse("2025-01-06T00:00:00Z");

  static final TimeSpan MINUTE = TimeSpan.ofMinutes(1);
  static final TimeSpan HOUR = TimeSpan.ofHours(1);

  /** {@code intervals} intervals of {@code step} at the constant rate {@code rate}. */
  static ChangeProfile constant(TimeSpan step, int intervals, DataRate rate) {
    double[] bytes = new double[intervals];
    Arrays.fill(bytes, rate.bytesPerSecond() * step.seconds());
    return ChangeProfile.of(MONDAY, step, bytes);
  }

  /** Hourly intervals at the rates given, in bytes per second. */
  static ChangeProfile hourly(double... bytesPerSecond) {
    double[] bytes = new double[bytesPerSecond.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytesPerSecond[i] * 3600;
    }
    return ChangeProfile.of(MONDAY, HOUR, bytes);
  }
}
