package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.drplan.model.MeasuredStep;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a fleet of workers measured together: the workers' reports merged by {@link FleetMerge}
 * ({@code drplan probe merge}), written as JSON of schema {@value #SCHEMA} (keys and rules in
 * gcs-adapter/README.md and docs/fleet-probe.md). {@code drplan validate} reads it to hold a plan
 * to the aggregate a fleet reached, not to one host's throughput times the host count.
 *
 * @param workersReported how many of the {@code fleetSize} workers sent a report
 * @param scalability the Universal Scalability Law fitted to each operation's and object size's
 *     common-window aggregate against the fleet's total streams (workers × streams)
 * @param leftovers what the merge found and removed in the run folder; {@code null} when it did not
 *     look ({@code --offline})
 */
public record FleetReport(
    String schema,
    String fleetRunId,
    int fleetSize,
    int workersReported,
    String startAt,
    String endpoint,
    boolean emulator,
    String bucket,
    String prefix,
    String runFolder,
    String uploadMethod,
    ProbeReport.Plan plan,
    Double stepDurationSeconds,
    Double stepBytes,
    List<Worker> workers,
    ClockSummary clock,
    List<Step> steps,
    List<ProbeReport.Scalability> scalability,
    Leftovers leftovers,
    List<String> warnings)
    implements Measurement {

  public static final String SCHEMA = "drplan-fleet-probe/1";

  public FleetReport {
    workers = List.copyOf(workers);
    steps = List.copyOf(steps);
    scalability = List.copyOf(scalability);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /**
   * One worker as the merge saw it.
   *
   * @param source where its report came from (an object name or a file)
   * @param clockStart its clock against the server's before its first step, {@code null} when
   *     unknown
   * @param clockEnd the same after its last step
   */
  public record Worker(
      int index,
      String source,
      Outcome outcome,
      String outcomeMessage,
      int stepsCompleted,
      ClockSkew.Estimate clockStart,
      ClockSkew.Estimate clockEnd) {}

  /**
   * The workers' clocks against the server's.
   *
   * @param spreadSeconds the largest difference between two workers' offsets at the start: how far
   *     apart their clocks were, as the server saw them
   * @param largestUncertaintySeconds the widest ± of any estimate the alignment used
   * @param workersWithoutEstimate workers whose reports carry no estimate (their times are used as
   *     they are)
   */
  public record ClockSummary(
      double spreadSeconds, double largestUncertaintySeconds, int workersWithoutEstimate) {}

  /**
   * A stretch of a step's time on the server's clock and the bytes all workers moved in it.
   *
   * @param throughputBytesPerSecond {@code bytes / seconds}; {@code null} when {@code seconds} is 0
   */
  public record Interval(
      double startEpochSeconds,
      double endEpochSeconds,
      double seconds,
      double bytes,
      Double throughputBytesPerSecond) {}

  /**
   * One worker in one step.
   *
   * @param throughputBytesPerSecond the worker's own {@code aggregate_throughput_bytes_per_second}
   *     (its bytes over its step time)
   * @param windowThroughputBytesPerSecond its bytes in the common window over the window's length;
   *     {@code null} without a window
   * @param startEpochSeconds when its step began, on the server's clock
   * @param endEpochSeconds when its last operation ended, on the server's clock
   * @param straggler why it is a straggler ({@link FleetMerge#SLOW_SHARE}, {@link
   *     FleetMerge#LATE_SHARE}), or {@code null} when it is not
   */
  public record WorkerStep(
      int index,
      double throughputBytesPerSecond,
      Double windowThroughputBytesPerSecond,
      double startEpochSeconds,
      double endEpochSeconds,
      String straggler) {}

  /** The workers' own throughputs: smallest, median, largest, and (largest − smallest) / median. */
  public record Spread(
      double minBytesPerSecond,
      double medianBytesPerSecond,
      double maxBytesPerSecond,
      double relativeSpread) {}

  /**
   * One step as the fleet ran it.
   *
   * @param workers indexes of the workers that completed the step
   * @param totalStreams {@code workers × streams}
   * @param activeStreams streams of all those workers that completed at least one operation
   * @param window the common window: from the last worker's start to the first worker's end, when
   *     every worker that completed the step was running; {@code null} when there is none (a worker
   *     ended before another began)
   * @param outside the rest of the span: the ramp up and down, when fewer workers ran; {@code null}
   *     without a window
   * @param span from the first worker's start to the last worker's end
   * @param sumOfWorkerThroughputBytesPerSecond the sum of the workers' own throughputs: the figure
   *     "one host's measurement times the hosts" would give
   * @param latency percentiles over every operation of every worker, read from the merged
   *     histograms ({@link LatencyHistogram}: at most 2.2% above the nearest-rank latency)
   */
  public record Step(
      Operation operation,
      double objectSizeBytes,
      int streams,
      List<Integer> workers,
      int totalStreams,
      int activeStreams,
      Interval window,
      Interval outside,
      Interval span,
      double sumOfWorkerThroughputBytesPerSecond,
      Spread spread,
      List<WorkerStep> perWorker,
      long objects,
      long failedOperations,
      Map<String, Long> errors,
      Map<String, Long> retries,
      String latencyKind,
      Percentiles.Summary latency,
      List<String> warnings) {

    public Step {
      workers = List.copyOf(workers);
      perWorker = List.copyOf(perWorker);
      errors = errors == null ? Map.of() : Map.copyOf(errors);
      retries = retries == null ? Map.of() : Map.copyOf(retries);
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
  }

  /**
   * What the merge found in the run folder and removed.
   *
   * @param deletedObjects objects of the workers' folders the merge deleted (a worker that died
   *     leaves its objects there)
   * @param leftBehind objects of the workers' folders still there after the merge's cleanup
   * @param listedEmpty true when a listing after cleanup found every worker folder empty
   * @param notTheRuns objects in the run folder that no worker of this run writes (neither in a
   *     worker's folder nor a worker's report): left alone, named
   */
  public record Leftovers(
      long deletedObjects, List<String> leftBehind, boolean listedEmpty, List<String> notTheRuns) {
    public Leftovers {
      leftBehind = List.copyOf(leftBehind);
      notTheRuns = List.copyOf(notTheRuns);
    }
  }

  /**
   * Every step as the engine reads a measurement of one host: the common-window aggregate divided
   * by the workers that ran it (what each host reached while all of them ran together). Steps that
   * are no measurement of the fleet together are left out ({@link #leftOutOfPerHost} says which and
   * why): those without a common window, and those fewer workers completed than {@link
   * #hostsMeasured} (after a worker died): a host that runs alone meets none of the others'
   * contention, so its figure taken for the fleet's would be optimistic.
   */
  @JsonIgnore
  @Override
  public List<MeasuredStep> measuredPerHost() {
    List<MeasuredStep> measured = new ArrayList<>();
    for (Step step : steps) {
      if (leftOutBecause(step) != null) {
        continue;
      }
      int idle = step.totalStreams() - step.activeStreams();
      measured.add(
          new MeasuredStep(
              step.operation() == Operation.WRITE
                  ? MeasuredStep.Operation.WRITE
                  : MeasuredStep.Operation.READ,
              DataSize.ofBytes(step.objectSizeBytes()),
              step.streams(),
              step.objects(),
              Math.max(0, step.streams() - idle),
              DataRate.ofBytesPerSecond(
                  step.window().throughputBytesPerSecond() / step.workers().size())));
    }
    return measured;
  }

  /**
   * The write steps {@link #measuredPerHost} leaves out, each in a sentence saying why, for {@code
   * drplan validate} to print.
   */
  @JsonIgnore
  public List<String> leftOutOfPerHost() {
    List<String> leftOut = new ArrayList<>();
    for (Step step : steps) {
      String why = leftOutBecause(step);
      if (why != null && step.operation() == Operation.WRITE) {
        leftOut.add(
            "the fleet's step write "
                + Figures.size(step.objectSizeBytes())
                + " x "
                + step.streams()
                + " streams is not used: "
                + why);
      }
    }
    return leftOut;
  }

  /** Why {@code step} is no measurement of the fleet together, or {@code null}. */
  private String leftOutBecause(Step step) {
    if (step.window() == null || step.window().throughputBytesPerSecond() == null) {
      return "its workers never ran it together (no common window)";
    }
    int together = hostsMeasured();
    if (step.workers().size() < together) {
      return "only "
          + step.workers().size()
          + " of the "
          + together
          + " workers that ran the other steps completed it, so it did not measure them together"
          + " (fewer hosts meet less contention: their figure would flatter the fleet's)";
    }
    return null;
  }

  /** The most workers that ran a step together (the fleet's size when every worker reported). */
  @JsonIgnore
  @Override
  public int hostsMeasured() {
    int most = 0;
    for (Step step : steps) {
      most = Math.max(most, step.workers().size());
    }
    return most == 0 ? workersReported : most;
  }

  /** "completed" when every worker reported and completed; otherwise what happened. */
  @JsonIgnore
  @Override
  public String outcomeLabel() {
    long completed = workers.stream().filter(w -> w.outcome() == Outcome.COMPLETED).count();
    if (workersReported == fleetSize && completed == fleetSize) {
      return Outcome.COMPLETED.label();
    }
    return workersReported + " of " + fleetSize + " workers reported, " + completed + " completed";
  }

  /** This report with what the run folder's cleanup found. */
  public FleetReport withLeftovers(Leftovers found) {
    return new FleetReport(
        schema,
        fleetRunId,
        fleetSize,
        workersReported,
        startAt,
        endpoint,
        emulator,
        bucket,
        prefix,
        runFolder,
        uploadMethod,
        plan,
        stepDurationSeconds,
        stepBytes,
        workers,
        clock,
        steps,
        scalability,
        found,
        warnings);
  }

  /** The report as JSON text. */
  public String toJson() {
    try {
      return ProbeReport.JSON.writeValueAsString(this) + System.lineSeparator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
