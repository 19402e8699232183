package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How far a worker's clock is from the server's, from the {@code Date} header of the server's
 * answers.
 *
 * <p>The rule: a {@code Date} of D (whole seconds, as HTTP dates are) was written when the server's
 * clock read between D and D + 1, at some moment between the local times the request left (s) and
 * its answer came (a). The offset server − local therefore lies between D − a and D + 1 − s. Every
 * answer gives such bounds; the offset lies in all of them at once, so the estimate is the middle
 * of their intersection and its uncertainty half the intersection's width. Answers at different
 * fractions of a second narrow it well below the header's one-second resolution.
 *
 * <p>Should the bounds not intersect (a clock stepped between answers), the estimate is the median
 * of the answers' own midpoints and the uncertainty the half-width of the widest single answer's
 * bounds plus half the spread of the midpoints: a wide, honest figure instead of a false one.
 */
public final class ClockSkew {

  private ClockSkew() {}

  /**
   * One answer: when its request left and when its answer came, in seconds since the epoch on the
   * local clock, and the server's {@code Date} in whole seconds since the epoch.
   */
  public record Observation(
      double sentEpochSeconds, double answeredEpochSeconds, long serverDateEpochSeconds) {
    public Observation {
      if (!(answeredEpochSeconds >= sentEpochSeconds)) {
        throw new IllegalArgumentException("an answer cannot come before its request left");
      }
    }

    double lowest() {
      return serverDateEpochSeconds - answeredEpochSeconds;
    }

    double highest() {
      return serverDateEpochSeconds + 1 - sentEpochSeconds;
    }
  }

  /**
   * The offset server − local at one time.
   *
   * @param offsetSeconds server time − local time: add it to a local time to get the server's
   * @param uncertaintySeconds the offset lies within ± this
   * @param samples answers it rests on
   * @param atEpochSeconds the mean local time of those answers, where the estimate holds
   */
  public record Estimate(
      double offsetSeconds, double uncertaintySeconds, int samples, double atEpochSeconds) {}

  /** The estimate from {@code observations}, or {@code null} when there are none. */
  public static Estimate estimate(List<Observation> observations) {
    if (observations.isEmpty()) {
      return null;
    }
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    double at = 0;
    for (Observation o : observations) {
      low = Math.max(low, o.lowest());
      high = Math.min(high, o.highest());
      at += (o.sentEpochSeconds() + o.answeredEpochSeconds()) / 2 / observations.size();
    }
    if (low <= high) {
      return new Estimate(
          round((low + high) / 2), round((high - low) / 2), observations.size(), at);
    }
    List<Double> middles = new ArrayList<>();
    double widest = 0;
    for (Observation o : observations) {
      middles.add((o.lowest() + o.highest()) / 2);
      widest = Math.max(widest, (o.highest() - o.lowest()) / 2);
    }
    Collections.sort(middles);
    double median =
        middles.size() % 2 == 1
            ? middles.get(middles.size() / 2)
            : (middles.get(middles.size() / 2 - 1) + middles.get(middles.size() / 2)) / 2;
    double spread = middles.get(middles.size() - 1) - middles.get(0);
    return new Estimate(round(median), round(widest + spread / 2), observations.size(), at);
  }

  /**
   * The offset at local time {@code epochSeconds}: linear between the estimates at the start and
   * the end of a run (a clock that drifts), the one there is when only one is, 0 when neither is.
   */
  public static double offsetAt(Estimate start, Estimate end, double epochSeconds) {
    if (start == null && end == null) {
      return 0;
    }
    if (start == null || end == null || end.atEpochSeconds() <= start.atEpochSeconds()) {
      return start != null ? start.offsetSeconds() : end.offsetSeconds();
    }
    double share =
        (epochSeconds - start.atEpochSeconds()) / (end.atEpochSeconds() - start.atEpochSeconds());
    share = Math.max(0, Math.min(1, share));
    return start.offsetSeconds() + share * (end.offsetSeconds() - start.offsetSeconds());
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1e6) / 1e6;
  }
}
