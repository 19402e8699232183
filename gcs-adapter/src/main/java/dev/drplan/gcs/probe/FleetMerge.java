package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merges the reports of a fleet's workers into one {@link FleetReport}: pure, no I/O.
 *
 * <p>The rules (docs/fleet-probe.md, "Merging"):
 *
 * <ul>
 *   <li><b>One run.</b> Every report is a fleet worker's, of one run id, one size and one start
 *       time, each index once, and with the same settings: bucket, prefix, endpoint, upload method,
 *       seed, step budget and plan of steps. Anything else is refused, naming the report.
 *   <li><b>One clock.</b> A worker's times are moved onto the server's clock by the offset its
 *       report measured ({@link ClockSkew}: linear between the estimate before its steps and the
 *       one after).
 *   <li><b>The common window</b> of a step runs from the latest start to the earliest end among the
 *       workers that completed it: every one of them was running throughout. Each worker's bytes in
 *       it are the bytes of its seconds that fall inside, a second that straddles an edge counted
 *       in proportion to its overlap (bytes taken as even within a second). The window's aggregate
 *       is the sum over workers over the window's length; the rest of the span (first start to last
 *       end) is reported apart, as the ramp when fewer workers ran.
 *   <li><b>Stragglers</b>: a worker whose own throughput is below {@link #SLOW_SHARE} of the
 *       workers' median, or that ended more than {@link #LATE_SHARE} of the median step time (and
 *       at least {@link #LATE_AT_LEAST_SECONDS}) after the median end.
 *   <li><b>Latency</b>: the workers' histograms added bucket by bucket and the percentiles read
 *       from the sum (never an average of percentiles); the maximum is the largest worker's
 *       maximum.
 *   <li><b>Scalability</b>: the USL fitted to the window aggregate against the total streams
 *       (workers × streams) of each operation and object size.
 * </ul>
 */
public final class FleetMerge {

  /** A worker below this share of the median throughput is a straggler. */
  public static final double SLOW_SHARE = 0.75;

  /** A worker ending this share of the median step time after the median end is a straggler. */
  public static final double LATE_SHARE = 0.10;

  /** ... and at least this many seconds after it. */
  public static final double LATE_AT_LEAST_SECONDS = 2;

  private FleetMerge() {}

  /** One worker's report and where it came from (an object name or a file). */
  public record Input(String source, ProbeReport report) {}

  /** Reports that do not belong to one fleet run; the message names the report and the reason. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
      super(message);
    }
  }

  /**
   * Merges {@code inputs}; {@code leftovers} is what the run folder's cleanup found ({@code null}
   * when it was not looked at).
   *
   * @throws RefusedException when the reports are not of one fleet run with one plan
   */
  public static FleetReport merge(List<Input> inputs, FleetReport.Leftovers leftovers)
      throws RefusedException {
    if (inputs.isEmpty()) {
      throw new RefusedException("no worker reports to merge");
    }
    List<Input> workers = new ArrayList<>(inputs);
    checkOneRun(workers);
    workers.sort(Comparator.comparingInt(w -> w.report().fleet().index()));
    ProbeReport first = workers.get(0).report();
    FleetWorker fleet = first.fleet();
    List<String> warnings = new ArrayList<>();

    List<FleetReport.Worker> described = new ArrayList<>();
    List<Integer> reported = new ArrayList<>();
    for (Input input : workers) {
      ProbeReport report = input.report();
      reported.add(report.fleet().index());
      ProbeReport.Clock clock = report.clock();
      described.add(
          new FleetReport.Worker(
              report.fleet().index(),
              input.source(),
              report.outcome(),
              report.outcomeMessage(),
              report.steps().size(),
              clock == null ? null : clock.start(),
              clock == null ? null : clock.end()));
      if (!report.completed()) {
        warnings.add(
            "worker "
                + report.fleet().index()
                + " ended "
                + report.outcome().label()
                + " after "
                + report.steps().size()
                + " of "
                + stepCount(report.plan())
                + " steps"
                + (report.outcomeMessage() == null ? "" : ": " + report.outcomeMessage()));
      }
    }
    for (int index = 0; index < fleet.size(); index++) {
      if (!reported.contains(index)) {
        warnings.add(
            "worker "
                + index
                + " of "
                + fleet.size()
                + " sent no report: it did not finish (killed, or never started); the steps are"
                + " merged over the workers that did, and its objects are looked for in the run"
                + " folder's cleanup");
      }
    }
    if (first.emulator()) {
      warnings.add(
          "the workers measured an emulator at " + first.endpoint() + ", not Cloud Storage");
    }

    FleetReport.ClockSummary clock = clockSummary(workers);
    List<FleetReport.Step> steps = new ArrayList<>();
    for (StepKey key : planned(first.plan())) {
      FleetReport.Step step = step(key, workers);
      if (step == null) {
        warnings.add("no worker completed " + key.describe());
      } else {
        steps.add(step);
      }
    }
    return new FleetReport(
        FleetReport.SCHEMA,
        fleet.runId(),
        fleet.size(),
        workers.size(),
        fleet.startAt(),
        first.endpoint(),
        first.emulator(),
        first.bucket(),
        first.prefix(),
        fleet.runFolder(new GcsLocation(first.bucket(), first.prefix())),
        first.uploadMethod(),
        first.plan(),
        first.stepDurationSeconds(),
        first.stepBytes(),
        described,
        clock,
        steps,
        fits(first.plan(), steps),
        leftovers,
        warnings);
  }

  /** A step of the plan: its operation, object size and streams. */
  private record StepKey(Operation operation, double objectSizeBytes, int streams) {
    boolean matches(StepResult step) {
      return step.operation() == operation
          && step.objectSizeBytes() == objectSizeBytes
          && step.streams() == streams;
    }

    String describe() {
      return operation.label() + " " + Figures.size(objectSizeBytes) + " x " + streams + " streams";
    }
  }

  /** The plan's steps in run order: for each object size, each operation, each stream count. */
  private static List<StepKey> planned(ProbeReport.Plan plan) {
    List<StepKey> keys = new ArrayList<>();
    for (double size : plan.objectSizesBytes()) {
      for (Operation operation : plan.operations()) {
        for (int streams : plan.streams()) {
          keys.add(new StepKey(operation, size, streams));
        }
      }
    }
    return keys;
  }

  private static int stepCount(ProbeReport.Plan plan) {
    return plan.streams().size() * plan.objectSizesBytes().size() * plan.operations().size();
  }

  /** Refuses reports that are not the workers of one fleet run with one plan. */
  private static void checkOneRun(List<Input> inputs) throws RefusedException {
    Input first = null;
    Map<Integer, String> sources = new TreeMap<>();
    for (Input input : inputs) {
      ProbeReport report = input.report();
      if (report.fleet() == null || report.plan() == null) {
        throw new RefusedException(
            input.source()
                + ": not a fleet worker's report (it has no \"fleet\"; drplan probe writes one"
                + " with --fleet-run)");
      }
      // Another run (or other settings) first: two reports of one index from two runs are two
      // runs, not one worker reporting twice.
      String difference = first == null ? null : difference(first, input);
      if (difference != null) {
        throw new RefusedException(
            input.source()
                + ": worker "
                + report.fleet().index()
                + " "
                + difference
                + ": the workers of one fleet run run the same steps with the same settings");
      }
      if (first == null) {
        first = input;
      }
      String other = sources.put(report.fleet().index(), input.source());
      if (other != null) {
        throw new RefusedException(
            input.source()
                + " and "
                + other
                + " are both worker "
                + report.fleet().index()
                + " of fleet run "
                + report.fleet().runId()
                + ": a worker reports once");
      }
    }
    for (Input input : inputs) {
      for (StepResult step : input.report().steps()) {
        boolean planned = false;
        for (StepKey key : planned(input.report().plan())) {
          planned |= key.matches(step);
        }
        if (!planned) {
          throw new RefusedException(
              input.source()
                  + ": worker "
                  + input.report().fleet().index()
                  + " reports a step its plan does not have ("
                  + new StepKey(step.operation(), step.objectSizeBytes(), step.streams()).describe()
                  + ")");
        }
      }
    }
  }

  /**
   * How {@code input}'s report differs from {@code reference}'s, in words ("has another step list
   * (plan): ... where ... has ..."), or {@code null}.
   */
  private static String difference(Input reference, Input input) {
    ProbeReport first = reference.report();
    ProbeReport other = input.report();
    FleetWorker a = first.fleet();
    FleetWorker b = other.fleet();
    String theirs = reference.source() + " (worker " + a.index() + ")";
    if (!a.runId().equals(b.runId())) {
      return "belongs to fleet run " + b.runId() + ", " + theirs + " to fleet run " + a.runId();
    }
    Map<String, Object[]> settings = new LinkedHashMap<>();
    settings.put("fleet size", new Object[] {a.size(), b.size()});
    settings.put("start time", new Object[] {a.startAt(), b.startAt()});
    settings.put("bucket", new Object[] {first.bucket(), other.bucket()});
    settings.put("prefix", new Object[] {first.prefix(), other.prefix()});
    settings.put("endpoint", new Object[] {first.endpoint(), other.endpoint()});
    settings.put("upload method", new Object[] {first.uploadMethod(), other.uploadMethod()});
    settings.put("seed", new Object[] {first.seed(), other.seed()});
    settings.put(
        "step duration", new Object[] {first.stepDurationSeconds(), other.stepDurationSeconds()});
    settings.put("step bytes", new Object[] {first.stepBytes(), other.stepBytes()});
    settings.put("step list (plan)", new Object[] {first.plan(), other.plan()});
    for (Map.Entry<String, Object[]> setting : settings.entrySet()) {
      Object[] pair = setting.getValue();
      if (!Objects.equals(pair[0], pair[1])) {
        return "has another "
            + setting.getKey()
            + ": "
            + shown(pair[1])
            + ", where "
            + theirs
            + " has "
            + shown(pair[0]);
      }
    }
    return null;
  }

  private static String shown(Object value) {
    if (value instanceof ProbeReport.Plan) {
      ProbeReport.Plan plan = (ProbeReport.Plan) value;
      List<String> sizes = new ArrayList<>();
      plan.objectSizesBytes().forEach(size -> sizes.add(Figures.size(size)));
      List<String> operations = new ArrayList<>();
      plan.operations().forEach(operation -> operations.add(operation.label()));
      return "streams " + plan.streams() + ", object sizes " + sizes + ", operations " + operations;
    }
    return String.valueOf(value);
  }

  /**
   * The clock offset that moves {@code report}'s local time {@code epochSeconds} to the server's.
   */
  private static double offset(ProbeReport report, double epochSeconds) {
    ProbeReport.Clock clock = report.clock();
    return clock == null ? 0 : ClockSkew.offsetAt(clock.start(), clock.end(), epochSeconds);
  }

  private static FleetReport.ClockSummary clockSummary(List<Input> workers) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    double widest = 0;
    int without = 0;
    for (Input input : workers) {
      ProbeReport.Clock clock = input.report().clock();
      ClockSkew.Estimate start = clock == null ? null : clock.start();
      ClockSkew.Estimate end = clock == null ? null : clock.end();
      ClockSkew.Estimate any = start != null ? start : end;
      if (any == null) {
        without++;
        continue;
      }
      lowest = Math.min(lowest, any.offsetSeconds());
      highest = Math.max(highest, any.offsetSeconds());
      for (ClockSkew.Estimate estimate : new ClockSkew.Estimate[] {start, end}) {
        if (estimate != null) {
          widest = Math.max(widest, estimate.uncertaintySeconds());
        }
      }
    }
    double spread = highest >= lowest ? highest - lowest : 0;
    return new FleetReport.ClockSummary(round(spread), round(widest), without);
  }

  /** One worker's step on the server's clock: its interval and its seconds. */
  private record Aligned(int index, StepResult step, double start, double end, double[][] points) {

    /** Bytes of its seconds inside [from, to], a straddling second in proportion. */
    double bytesWithin(double from, double to) {
      double bytes = 0;
      for (double[] point : points) {
        double a = point[0];
        double b = point[0] + point[1];
        double overlap = Math.min(b, to) - Math.max(a, from);
        if (overlap <= 0) {
          continue;
        }
        bytes += point[1] > 0 ? point[2] * overlap / point[1] : point[2];
      }
      return bytes;
    }

    double bytes() {
      double bytes = 0;
      for (double[] point : points) {
        bytes += point[2];
      }
      return bytes;
    }
  }

  private static Aligned align(ProbeReport report, StepResult step) {
    double localStart = step.startEpochSeconds() == null ? 0 : step.startEpochSeconds();
    double start = localStart + offset(report, localStart);
    double[][] points = new double[step.timeSeries().size()][];
    for (int i = 0; i < points.length; i++) {
      StepResult.Second second = step.timeSeries().get(i);
      double local = second.startEpochSeconds() == null ? localStart : second.startEpochSeconds();
      double duration = second.durationSeconds() == null ? 1 : second.durationSeconds();
      points[i] = new double[] {local + offset(report, local), duration, second.bytes()};
    }
    return new Aligned(report.fleet().index(), step, start, start + step.wallSeconds(), points);
  }

  /** The merged step, or {@code null} when no worker completed it. */
  private static FleetReport.Step step(StepKey key, List<Input> workers) {
    List<Aligned> ran = new ArrayList<>();
    LatencyHistogram latencies = new LatencyHistogram();
    double latencyMax = 0;
    long objects = 0;
    long failed = 0;
    int active = 0;
    Map<String, Long> errors = new TreeMap<>();
    Map<String, Long> retries = new TreeMap<>();
    String latencyKind = null;
    for (Input input : workers) {
      for (StepResult step : input.report().steps()) {
        if (!key.matches(step)) {
          continue;
        }
        ran.add(align(input.report(), step));
        if (step.latencyHistogram() != null) {
          latencies.addAll(step.latencyHistogram());
        }
        latencyMax = Math.max(latencyMax, step.latency().maxSeconds());
        objects += step.objects();
        failed += step.failedOperations();
        active += step.streamsThatRan();
        step.errors().forEach((kind, n) -> errors.merge(kind, n, Long::sum));
        step.retries().forEach((kind, n) -> retries.merge(kind, n, Long::sum));
        latencyKind = step.latencyKind();
      }
    }
    if (ran.isEmpty()) {
      return null;
    }
    List<String> warnings = new ArrayList<>();
    double windowStart = Double.NEGATIVE_INFINITY;
    double windowEnd = Double.POSITIVE_INFINITY;
    double spanStart = Double.POSITIVE_INFINITY;
    double spanEnd = Double.NEGATIVE_INFINITY;
    double total = 0;
    double sumOfOwn = 0;
    for (Aligned worker : ran) {
      windowStart = Math.max(windowStart, worker.start());
      windowEnd = Math.min(windowEnd, worker.end());
      spanStart = Math.min(spanStart, worker.start());
      spanEnd = Math.max(spanEnd, worker.end());
      total += worker.bytes();
      sumOfOwn += worker.step().aggregateThroughputBytesPerSecond();
    }
    FleetReport.Interval span = interval(spanStart, spanEnd, total);
    FleetReport.Interval window = null;
    FleetReport.Interval outside = null;
    if (windowEnd > windowStart) {
      double inWindow = 0;
      for (Aligned worker : ran) {
        inWindow += worker.bytesWithin(windowStart, windowEnd);
      }
      window = interval(windowStart, windowEnd, inWindow);
      double outsideSeconds = span.seconds() - window.seconds();
      outside =
          new FleetReport.Interval(
              round(spanStart),
              round(spanEnd),
              round(outsideSeconds),
              total - inWindow,
              outsideSeconds > 1e-9 ? (total - inWindow) / outsideSeconds : null);
    } else {
      warnings.add(
          "no common window: a worker ended before another began (the latest start is "
              + Figures.number(windowStart - windowEnd)
              + " s after the earliest end); the fleet's aggregate cannot be measured for this step");
    }
    List<Double> own = new ArrayList<>();
    List<Double> ends = new ArrayList<>();
    List<Double> walls = new ArrayList<>();
    for (Aligned worker : ran) {
      own.add(worker.step().aggregateThroughputBytesPerSecond());
      ends.add(worker.end());
      walls.add(worker.step().wallSeconds());
    }
    double medianOwn = median(own);
    double medianEnd = median(ends);
    double lateAfter = Math.max(LATE_AT_LEAST_SECONDS, LATE_SHARE * median(walls));
    List<FleetReport.WorkerStep> perWorker = new ArrayList<>();
    for (Aligned worker : ran) {
      double throughput = worker.step().aggregateThroughputBytesPerSecond();
      String straggler = null;
      if (ran.size() > 1 && throughput < SLOW_SHARE * medianOwn) {
        straggler =
            "slow: "
                + Figures.rate(throughput)
                + ", below "
                + Math.round(SLOW_SHARE * 100)
                + "% of the median "
                + Figures.rate(medianOwn);
      } else if (ran.size() > 1 && worker.end() - medianEnd > lateAfter) {
        straggler =
            "late: ended "
                + Figures.number(worker.end() - medianEnd)
                + " s after the median end (more than "
                + Figures.number(lateAfter)
                + " s)";
      }
      perWorker.add(
          new FleetReport.WorkerStep(
              worker.index(),
              throughput,
              window == null ? null : worker.bytesWithin(windowStart, windowEnd) / window.seconds(),
              round(worker.start()),
              round(worker.end()),
              straggler));
    }
    if (ran.size() < workers.size()) {
      warnings.add(
          "completed by "
              + ran.size()
              + " of the "
              + workers.size()
              + " workers that reported: the window holds only those");
    }
    FleetReport.Spread spread =
        new FleetReport.Spread(
            Collections.min(own),
            medianOwn,
            Collections.max(own),
            medianOwn > 0 ? (Collections.max(own) - Collections.min(own)) / medianOwn : 0);
    long count = latencies.count();
    Percentiles.Summary latency =
        count == 0
            ? Percentiles.Summary.EMPTY
            : new Percentiles.Summary(
                count,
                latencies.percentile(50, latencyMax),
                latencies.percentile(90, latencyMax),
                latencies.percentile(99, latencyMax),
                latencyMax);
    List<Integer> indexes = new ArrayList<>();
    ran.forEach(worker -> indexes.add(worker.index()));
    return new FleetReport.Step(
        key.operation(),
        key.objectSizeBytes(),
        key.streams(),
        indexes,
        ran.size() * key.streams(),
        active,
        window,
        outside,
        span,
        sumOfOwn,
        spread,
        perWorker,
        objects,
        failed,
        errors,
        retries,
        latencyKind,
        latency,
        warnings);
  }

  private static FleetReport.Interval interval(double start, double end, double bytes) {
    double seconds = end - start;
    return new FleetReport.Interval(
        round(start), round(end), round(seconds), bytes, seconds > 1e-9 ? bytes / seconds : null);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The USL fit of the window aggregates against total streams, per operation and size. */
  private static List<ProbeReport.Scalability> fits(
      ProbeReport.Plan plan, List<FleetReport.Step> steps) {
    List<ProbeReport.Scalability> fits = new ArrayList<>();
    for (Operation operation : plan.operations()) {
      for (double size : plan.objectSizesBytes()) {
        List<UslFit.Point> points = new ArrayList<>();
        for (FleetReport.Step step : steps) {
          if (step.operation() == operation
              && step.objectSizeBytes() == size
              && step.window() != null
              && step.window().throughputBytesPerSecond() != null) {
            points.add(
                new UslFit.Point(step.totalStreams(), step.window().throughputBytesPerSecond()));
          }
        }
        fits.add(ProbeReport.Scalability.of(operation, size, UslFit.fit(points)));
      }
    }
    return fits;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1e6) / 1e6;
  }
}
