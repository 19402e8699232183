package dev.drplan.model;

import dev.drplan.units.DataRate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Aggregate write throughput of one host measured at several stream counts (what {@code drplan
 * probe} records), and the throughput it implies at any other count.
 */
public final class MeasuredThroughput {

  /** One measured step: {@code streams} concurrent streams moved {@code aggregate} together. */
  public record Point(int streams, DataRate aggregate) {
    public Point {
      Objects.requireNonNull(aggregate, "aggregate");
      if (streams < 1) {
        throw new IllegalArgumentException("streams must be at least 1, was " + streams);
      }
    }
  }

  /** The throughput at a stream count, and whether it lies outside the measured range. */
  public record Estimate(DataRate aggregate, boolean extrapolated) {}

  private final List<Point> points;

  public MeasuredThroughput(List<Point> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs at least one step");
    }
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingInt(Point::streams));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).streams() == sorted.get(i - 1).streams()) {
        throw new IllegalArgumentException(
            "two steps measured " + sorted.get(i).streams() + " streams; merge them first");
      }
    }
    this.points = List.copyOf(sorted);
  }

  public List<Point> points() {
    return points;
  }

  /**
   * The aggregate at {@code streams}: the measured figure when that count was measured; linear
   * between two measured counts; below the smallest, the smallest step's per-stream rate times the
   * streams; above the largest, the largest step's aggregate (no extrapolated growth, which would
   * flatter the plan).
   */
  public Estimate at(int streams) {
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    if (streams <= first.streams()) {
      return new Estimate(
          first.aggregate().times((double) streams / first.streams()), streams < first.streams());
    }
    if (streams >= last.streams()) {
      return new Estimate(last.aggregate(), streams > last.streams());
    }
    for (int i = 1; i < points.size(); i++) {
      Point upper = points.get(i);
      if (streams <= upper.streams()) {
        Point lower = points.get(i - 1);
        double share = (double) (streams - lower.streams()) / (upper.streams() - lower.streams());
        double rate =
            lower.aggregate().bytesPerSecond()
                + share * (upper.aggregate().bytesPerSecond() - lower.aggregate().bytesPerSecond());
        return new Estimate(DataRate.ofBytesPerSecond(rate), false);
      }
    }
    throw new IllegalStateException("unreachable: " + streams);
  }
}
