package dev.drplan.gcs.probe;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the server's {@code Date} headers against this machine's clock, before the steps begin
 * and after they end, for the two estimates of {@link ClockSkew} a probe report carries ({@code
 * clock.start} and {@code clock.end}). Answers while the steps run are not collected: a large
 * upload's answer comes seconds after its request left, and its bounds would say little.
 */
final class ServerClock {

  private enum Phase {
    BEFORE_STEPS,
    STEPS,
    AFTER_STEPS
  }

  private volatile WallClock clock;
  private volatile Phase phase = Phase.BEFORE_STEPS;
  private final List<ClockSkew.Observation> before = new ArrayList<>();
  private final List<ClockSkew.Observation> after = new ArrayList<>();

  /** Local times are read on {@code clock} from now on. */
  void start(WallClock clock) {
    this.clock = clock;
  }

  void stepsBegin() {
    phase = Phase.STEPS;
  }

  void stepsEnded() {
    phase = Phase.AFTER_STEPS;
  }

  /** True when an answer would be collected now (so the caller need not read its headers). */
  boolean listening() {
    return clock != null && phase != Phase.STEPS;
  }

  /**
   * An answer came at {@code answeredNanos} to a request that left at {@code sentNanos}, with
   * {@code date} as its {@code Date} header ({@code null} or unreadable: ignored).
   */
  void answered(long sentNanos, long answeredNanos, String date) {
    WallClock local = clock;
    Phase now = phase;
    if (local == null || now == Phase.STEPS || date == null) {
      return;
    }
    long serverSeconds;
    try {
      serverSeconds =
          ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
    } catch (DateTimeParseException unreadable) {
      return;
    }
    ClockSkew.Observation observation =
        new ClockSkew.Observation(
            local.epochSeconds(sentNanos), local.epochSeconds(answeredNanos), serverSeconds);
    List<ClockSkew.Observation> list = now == Phase.BEFORE_STEPS ? before : after;
    synchronized (list) {
      list.add(observation);
    }
  }

  /** The estimate from the answers before the steps, or {@code null} without any. */
  ClockSkew.Estimate beforeSteps() {
    synchronized (before) {
      return ClockSkew.estimate(new ArrayList<>(before));
    }
  }

  /** The estimate from the answers after the steps, or {@code null} without any. */
  ClockSkew.Estimate afterSteps() {
    synchronized (after) {
      return ClockSkew.estimate(new ArrayList<>(after));
    }
  }
}
