package dev.drplan.model;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregate write throughput of one host measured at several stream counts (what {@code drplan
 * probe} records), and the throughput it implies at any other count.
 */
public final class MeasuredThroughput {

  /**
   * One measured step: {@code streams} concurrent streams moved {@code aggregate} together, of
   * which {@code activeStreams} completed at least one operation.
   */
  public record Point(int streams, DataRate aggregate, int activeStreams) {
    public Point {
      Objects.requireNonNull(aggregate, "aggregate");
      if (streams < 1) {
        throw new IllegalArgumentException("streams must be at least 1, was " + streams);
      }
      if (activeStreams < 0 || activeStreams > streams) {
        throw new IllegalArgumentException(
            "activeStreams must be from 0 to streams (" + streams + "), was " + activeStreams);
      }
    }

    /** A step in which every stream ran. */
    public Point(int streams, DataRate aggregate) {
      this(streams, aggregate, streams);
    }

    /** True when every stream completed at least one operation: the step measured its count. */
    public boolean everyStreamRan() {
      return activeStreams == streams;
    }
  }

  /**
   * The throughput at a stream count, whether it lies outside the measured range, and the measured
   * steps it rests on (one, or the two it lies between).
   */
  public record Estimate(DataRate aggregate, boolean extrapolated, List<Point> basis) {
    public Estimate {
      basis = List.copyOf(basis);
    }

    /**
     * The first step the estimate rests on in which not every stream ran, or {@code null}: an
     * estimate resting on such a step measures fewer streams than it claims, and no verdict may
     * come from it.
     */
    public Point idleBasis() {
      for (Point point : basis) {
        if (!point.everyStreamRan()) {
          return point;
        }
      }
      return null;
    }
  }

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
   * The write steps that completed something, grouped by object size (in the order each size first
   * appears), each group's aggregate throughput by stream count: what a plan's copy engine is held
   * against. Read steps and steps in which no object completed say nothing about it. A step in
   * which some streams completed nothing is kept, marked ({@link Point#everyStreamRan()}), so that
   * no verdict rests on it unseen. Empty when no such step exists.
   */
  public static Map<DataSize, MeasuredThroughput> writesByObjectSize(List<MeasuredStep> steps) {
    Map<DataSize, List<Point>> points = new LinkedHashMap<>();
    for (MeasuredStep step : steps) {
      if (step.operation() != MeasuredStep.Operation.WRITE || step.objects() == 0) {
        continue;
      }
      points
          .computeIfAbsent(step.objectSize(), size -> new ArrayList<>())
          .add(new Point(step.streams(), step.aggregate(), step.activeStreams()));
    }
    Map<DataSize, MeasuredThroughput> bySize = new LinkedHashMap<>();
    points.forEach((size, list) -> bySize.put(size, new MeasuredThroughput(list)));
    return bySize;
  }

  /**
   * The measured object size closest to {@code wanted} on a log scale (64 MiB is nearer 128 MiB
   * than 8 MiB); of two equally close, the first.
   *
   * @throws IllegalArgumentException when {@code measured} is empty
   */
  public static DataSize nearestObjectSize(Iterable<DataSize> measured, DataSize wanted) {
    DataSize best = null;
    for (DataSize size : measured) {
      if (best == null || distance(size, wanted) < distance(best, wanted)) {
        best = size;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no measured object size to choose from");
    }
    return best;
  }

  private static double distance(DataSize a, DataSize b) {
    return Math.abs(Math.log(a.bytes() / b.bytes()));
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
          first.aggregate().times((double) streams / first.streams()),
          streams < first.streams(),
          List.of(first));
    }
    if (streams >= last.streams()) {
      return new Estimate(last.aggregate(), streams > last.streams(), List.of(last));
    }
    for (int i = 1; i < points.size(); i++) {
      Point upper = points.get(i);
      if (streams == upper.streams()) {
        return new Estimate(upper.aggregate(), false, List.of(upper));
      }
      if (streams < upper.streams()) {
        Point lower = points.get(i - 1);
        double share = (double) (streams - lower.streams()) / (upper.streams() - lower.streams());
        double rate =
            lower.aggregate().bytesPerSecond()
                + share * (upper.aggregate().bytesPerSecond() - lower.aggregate().bytesPerSecond());
        return new Estimate(DataRate.ofBytesPerSecond(rate), false, List.of(lower, upper));
      }
    }
    throw new IllegalStateException("unreachable: " + streams);
  }
}
