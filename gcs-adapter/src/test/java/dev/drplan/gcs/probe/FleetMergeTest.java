package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The merge of hand-made worker reports whose sums and windows are worked out by hand below, with
 * clocks estimated from hand-made Date headers.
 */
class FleetMergeTest {

  /** 2026-11-25T12:00:00Z in seconds since the epoch: the fleet's start. */
  private static final long T = 1_795_608_000L;

  private static final double MB = 1e6;
  private static final double SIZE = 64 * DataSize.MIB;
  private static final Offset<Double> CLOSE = within(1e-3);

  private static final ProbeReport.Plan PLAN =
      new ProbeReport.Plan(List.of(2), List.of(SIZE), List.of(Operation.WRITE));

  // Clocks from Date headers (ClockSkew's rule: offset in [D − answered, D + 1 − sent]).
  // Worker 0: (T+0.99, T+0.99, D=T) gives [−0.99, 0.01]; (T+1.01, T+1.01, D=T+1) gives
  // [−0.01, 0.99]: together [−0.01, 0.01], offset 0 ± 0.01.
  private static final ClockSkew.Estimate CLOCK_0 =
      ClockSkew.estimate(
          List.of(
              new ClockSkew.Observation(T + 0.99, T + 0.99, T),
              new ClockSkew.Observation(T + 1.01, T + 1.01, T + 1)));

  // Worker 1, 0.5 s behind the server: (T+0.49, T+0.51, D=T+1) gives [0.49, 1.51];
  // (T+0.49, T+0.50, D=T) gives [−0.50, 0.51]: together [0.49, 0.51], offset +0.5 ± 0.01.
  private static final ClockSkew.Estimate CLOCK_1 =
      ClockSkew.estimate(
          List.of(
              new ClockSkew.Observation(T + 0.49, T + 0.51, T + 1),
              new ClockSkew.Observation(T + 0.49, T + 0.50, T)));

  // Worker 2, 0.25 s ahead: (T+1.25, T+1.26, D=T+1) gives [−0.26, 0.75];
  // (T+2.24, T+2.25, D=T+1) gives [−1.25, −0.24]: together [−0.26, −0.24], offset −0.25 ± 0.01.
  private static final ClockSkew.Estimate CLOCK_2 =
      ClockSkew.estimate(
          List.of(
              new ClockSkew.Observation(T + 1.25, T + 1.26, T + 1),
              new ClockSkew.Observation(T + 2.24, T + 2.25, T + 1)));

  static StepResult step(
      Operation operation,
      int streams,
      double startLocal,
      double wall,
      double ownThroughput,
      double[][] seconds,
      LatencyHistogram latencies,
      double maxLatency) {
    List<StepResult.Second> series = new ArrayList<>();
    double bytes = 0;
    for (int i = 0; i < seconds.length; i++) {
      series.add(
          new StepResult.Second(
              i + 1,
              seconds[i][0],
              seconds[i][1],
              seconds[i][2],
              seconds[i][2] / seconds[i][1],
              1));
      bytes += seconds[i][2];
    }
    return new StepResult(
        operation,
        SIZE,
        streams,
        operation == Operation.WRITE ? "resumable" : null,
        bytes,
        seconds.length,
        0,
        streams,
        startLocal,
        wall,
        ownThroughput,
        ownThroughput / streams,
        ownThroughput / streams,
        ownThroughput / streams,
        StepResult.LATENCY_REQUEST,
        new Percentiles.Summary(latencies.count(), 0, 0, 0, maxLatency),
        latencies.buckets(),
        Map.of("http_503", 1L),
        Map.of("http_503", 1L),
        1,
        seconds.length,
        0,
        series,
        List.of());
  }

  static ProbeReport worker(
      int index,
      int size,
      ClockSkew.Estimate clock,
      ProbeReport.Plan plan,
      List<StepResult> steps) {
    return new ProbeReport(
        ProbeReport.SCHEMA,
        "fleet-a-worker-" + index,
        "2026-11-25T11:59:30Z",
        new FleetWorker("fleet-a", index, size, "2026-11-25T12:00:00Z"),
        "https://storage.googleapis.com",
        false,
        "bucket",
        "dr/",
        "dr/drplan-fleet-fleet-a/worker-" + index + "/",
        "resumable",
        1,
        plan,
        3.0,
        null,
        600,
        40,
        Outcome.COMPLETED,
        null,
        List.of(),
        new ProbeReport.Clock(clock, clock),
        steps,
        List.of(),
        new ProbeReport.Cleanup(false, 3, List.of(), true, 0));
  }

  private static LatencyHistogram latencies(int count, double seconds) {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 0; i < count; i++) {
      histogram.add(seconds);
    }
    return histogram;
  }

  /**
   * Three workers, one write step (local times; each worker's offset moves them onto the server's
   * clock):
   *
   * <pre>
   * worker 0, offset 0:     starts T,       3.0 s; seconds [T, T+1) 100 MB, [T+1, T+2) 100 MB,
   *                         [T+2, T+3) 160 MB; own throughput 360 MB / 3 s = 120 MB/s
   * worker 1, offset +0.5:  starts T+0.5,   3.0 s; [T+0.5, T+1.5) 200, [T+1.5, T+2.5) 200,
   *                         [T+2.5, T+3.5) 200; own 200 MB/s
   * worker 2, offset −0.25: starts T+1.0,   2.5 s; [T+1, T+2) 50, [T+2, T+3) 50, [T+3, T+3.5) 25;
   *                         own 125 MB / 2.5 s = 50 MB/s
   * </pre>
   */
  static List<FleetMerge.Input> threeWorkers() {
    return List.of(
        new FleetMerge.Input(
            "results/worker-0.json",
            worker(
                0,
                3,
                CLOCK_0,
                PLAN,
                List.of(
                    step(
                        Operation.WRITE,
                        2,
                        T,
                        3.0,
                        360 * MB / 3,
                        new double[][] {
                          {T, 1, 100 * MB}, {T + 1, 1, 100 * MB}, {T + 2, 1, 160 * MB}
                        },
                        latencies(90, 0.010),
                        0.010)))),
        new FleetMerge.Input(
            "results/worker-1.json",
            worker(
                1,
                3,
                CLOCK_1,
                PLAN,
                List.of(
                    step(
                        Operation.WRITE,
                        2,
                        T, // server time T + 0.5
                        3.0,
                        200 * MB,
                        new double[][] {
                          {T, 1, 200 * MB}, {T + 1, 1, 200 * MB}, {T + 2, 1, 200 * MB}
                        },
                        latencies(10, 1.0),
                        1.0)))),
        new FleetMerge.Input(
            "results/worker-2.json",
            worker(
                2,
                3,
                CLOCK_2,
                PLAN,
                List.of(
                    step(
                        Operation.WRITE,
                        2,
                        T + 1.25, // server time T + 1.0
                        2.5,
                        125 * MB / 2.5,
                        new double[][] {
                          {T + 1.25, 1, 50 * MB}, {T + 2.25, 1, 50 * MB}, {T + 3.25, 0.5, 25 * MB}
                        },
                        new LatencyHistogram(),
                        0)))));
  }

  @Test
  void theCommonWindowRunsFromTheLastStartToTheFirstEndOnTheServersClock() throws Exception {
    FleetReport merged = FleetMerge.merge(threeWorkers(), null);
    FleetReport.Step step = merged.steps().get(0);

    // Starts T, T+0.5, T+1.0; ends T+3.0, T+3.5, T+3.5: the window is [T+1, T+3], 2 s.
    assertThat(step.window().startEpochSeconds()).isCloseTo(T + 1.0, CLOSE);
    assertThat(step.window().endEpochSeconds()).isCloseTo(T + 3.0, CLOSE);
    assertThat(step.window().seconds()).isCloseTo(2.0, CLOSE);
    // In it: worker 0: 100 + 160; worker 1: half of [T+0.5, T+1.5) (100), all of [T+1.5, T+2.5)
    // (200), half of [T+2.5, T+3.5) (100); worker 2: [T+1, T+2) and [T+2, T+3), 50 + 50.
    double inWindow = (100 + 160) * MB + (100 + 200 + 100) * MB + (50 + 50) * MB;
    assertThat(step.window().bytes()).isCloseTo(inWindow, within(1.0));
    assertThat(step.window().throughputBytesPerSecond()).isCloseTo(inWindow / 2.0, within(1.0));
    // The span [T, T+3.5] holds every byte; the rest of it (1.5 s) is the ramp.
    double total = (100 + 100 + 160) * MB + 3 * 200 * MB + (50 + 50 + 25) * MB;
    assertThat(step.span().seconds()).isCloseTo(3.5, CLOSE);
    assertThat(step.span().bytes()).isCloseTo(total, within(1.0));
    assertThat(step.span().throughputBytesPerSecond()).isCloseTo(total / 3.5, within(1.0));
    assertThat(step.outside().seconds()).isCloseTo(3.5 - 2.0, CLOSE);
    assertThat(step.outside().bytes()).isCloseTo(total - inWindow, within(1.0));
    assertThat(step.outside().throughputBytesPerSecond())
        .isCloseTo((total - inWindow) / (3.5 - 2.0), within(1.0));
    // What one host's figure times the hosts would say: the sum of the workers' own throughputs.
    assertThat(step.sumOfWorkerThroughputBytesPerSecond())
        .isCloseTo(120 * MB + 200 * MB + 50 * MB, within(1.0));
    assertThat(step.totalStreams()).isEqualTo(3 * 2);
    assertThat(step.workers()).containsExactly(0, 1, 2);
    assertThat(step.perWorker().get(1).windowThroughputBytesPerSecond())
        .isCloseTo((100 + 200 + 100) * MB / 2.0, within(1.0));
  }

  @Test
  void aWorkerBelowThreeQuartersOfTheMedianIsAStraggler() throws Exception {
    FleetReport.Step step = FleetMerge.merge(threeWorkers(), null).steps().get(0);

    // Own throughputs 120, 200 and 50 MB/s: median 120; 0.75 × 120 = 90 > 50.
    assertThat(step.spread().minBytesPerSecond()).isCloseTo(50 * MB, within(1.0));
    assertThat(step.spread().medianBytesPerSecond()).isCloseTo(120 * MB, within(1.0));
    assertThat(step.spread().maxBytesPerSecond()).isCloseTo(200 * MB, within(1.0));
    assertThat(step.spread().relativeSpread()).isCloseTo((200.0 - 50) / 120, within(1e-9));
    assertThat(step.perWorker().get(0).straggler()).isNull();
    assertThat(step.perWorker().get(1).straggler()).isNull();
    assertThat(step.perWorker().get(2).straggler())
        .startsWith("slow: 50.0 MB/s, below 75% of the median 120.0 MB/s");
  }

  @Test
  void latencyPercentilesComeFromAllOperationsAndClockSkewIsReported() throws Exception {
    FleetReport merged = FleetMerge.merge(threeWorkers(), null);
    FleetReport.Step step = merged.steps().get(0);

    // 90 operations of 10 ms (worker 0) and 10 of 1 s (worker 1): p90 the 90th, p99 the 99th.
    assertThat(step.latency().count()).isEqualTo(90 + 10);
    assertThat(step.latency().p50Seconds())
        .isEqualTo(LatencyHistogram.upperSeconds(LatencyHistogram.bucketOf(0.010)));
    assertThat(step.latency().p90Seconds())
        .isEqualTo(LatencyHistogram.upperSeconds(LatencyHistogram.bucketOf(0.010)));
    assertThat(step.latency().p99Seconds()).isEqualTo(1.0);
    assertThat(step.latency().maxSeconds()).isEqualTo(1.0);
    assertThat(step.errors()).containsEntry("http_503", 3L);
    // Offsets 0, +0.5 and −0.25 s: 0.75 s apart; each known to ± 0.01 s.
    assertThat(merged.clock().spreadSeconds()).isCloseTo(0.5 - -0.25, within(1e-6));
    assertThat(merged.clock().largestUncertaintySeconds()).isCloseTo(0.01, within(1e-6));
    assertThat(merged.workers()).extracting(FleetReport.Worker::index).containsExactly(0, 1, 2);
    assertThat(merged.workersReported()).isEqualTo(3);
    assertThat(merged.warnings()).isEmpty();
  }

  @Test
  void withoutTheClockCorrectionTheWindowWouldBeWrong() throws Exception {
    // The same reports with no clock estimates: worker 1 starts at T and ends at T+3, worker 2
    // starts at T+1.25 and ends T+3.75: the window would be [T+1.25, T+3], 1.75 s.
    List<FleetMerge.Input> unaligned = new ArrayList<>();
    for (FleetMerge.Input input : threeWorkers()) {
      ProbeReport r = input.report();
      unaligned.add(
          new FleetMerge.Input(
              input.source(), worker(r.fleet().index(), 3, null, PLAN, r.steps())));
    }

    FleetReport merged = FleetMerge.merge(unaligned, null);

    assertThat(merged.steps().get(0).window().seconds()).isCloseTo(3.0 - 1.25, CLOSE);
    assertThat(merged.clock().workersWithoutEstimate()).isEqualTo(3);
  }

  @Test
  void aMissingWorkerIsNamedAndTheStepsMergeOverTheOthers() throws Exception {
    FleetReport merged = FleetMerge.merge(threeWorkers().subList(0, 2), null);

    assertThat(merged.workersReported()).isEqualTo(2);
    assertThat(merged.steps().get(0).workers()).containsExactly(0, 1);
    assertThat(merged.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("worker 2 of 3 sent no report"));
    assertThat(merged.outcomeLabel()).isEqualTo("2 of 3 workers reported, 2 completed");
  }

  @Test
  void workersThatNeverRanTogetherHaveNoWindow() throws Exception {
    List<FleetMerge.Input> apart =
        List.of(
            threeWorkers().get(0),
            new FleetMerge.Input(
                "late.json",
                worker(
                    1,
                    2,
                    null,
                    PLAN,
                    List.of(
                        step(
                            Operation.WRITE,
                            2,
                            T + 10,
                            1,
                            100 * MB,
                            new double[][] {{T + 10, 1, 100 * MB}},
                            new LatencyHistogram(),
                            0)))));
    List<FleetMerge.Input> sized = new ArrayList<>();
    for (FleetMerge.Input input : apart) {
      ProbeReport r = input.report();
      sized.add(
          new FleetMerge.Input(
              input.source(), worker(r.fleet().index(), 2, r.clock().start(), PLAN, r.steps())));
    }

    FleetReport.Step step = FleetMerge.merge(sized, null).steps().get(0);

    assertThat(step.window()).isNull();
    assertThat(step.outside()).isNull();
    assertThat(step.warnings()).anySatisfy(w -> assertThat(w).startsWith("no common window"));
    assertThat(FleetMerge.merge(sized, null).measuredPerHost()).isEmpty();
  }

  @Test
  void aWorkerWithAnotherStepListIsRefusedByName() {
    List<FleetMerge.Input> inputs = new ArrayList<>(threeWorkers());
    ProbeReport.Plan other =
        new ProbeReport.Plan(List.of(2, 4), List.of(SIZE), List.of(Operation.WRITE));
    inputs.set(
        2,
        new FleetMerge.Input(
            "results/worker-2.json", worker(2, 3, CLOCK_2, other, inputs.get(2).report().steps())));

    assertThatThrownBy(() -> FleetMerge.merge(inputs, null))
        .isInstanceOf(FleetMerge.RefusedException.class)
        .hasMessageStartingWith(
            "results/worker-2.json: worker 2 has another step list (plan): streams [2, 4]")
        .hasMessageContaining("where results/worker-0.json (worker 0) has streams [2]");
  }

  @Test
  void reportsOfAnotherRunTwiceTheSameWorkerOrNoFleetAreRefused() {
    List<FleetMerge.Input> inputs = new ArrayList<>(threeWorkers());
    ProbeReport one = inputs.get(1).report();
    inputs.add(new FleetMerge.Input("copy.json", one));
    assertThatThrownBy(() -> FleetMerge.merge(inputs, null))
        .hasMessage(
            "copy.json and results/worker-1.json are both worker 1 of fleet run fleet-a: a worker"
                + " reports once");

    ProbeReport single = ProbeReportTest.report(List.of());
    assertThatThrownBy(
            () ->
                FleetMerge.merge(
                    List.of(threeWorkers().get(0), new FleetMerge.Input("probe.json", single)),
                    null))
        .hasMessageStartingWith("probe.json: not a fleet worker's report");
  }

  @Test
  void theSameIndexFromAnotherRunIsRefusedAsAnotherRun() {
    ProbeReport zero = threeWorkers().get(0).report();
    FleetWorker fleet = zero.fleet();
    ProbeReport otherRun =
        new ProbeReport(
            zero.schema(),
            zero.runId(),
            zero.startedAt(),
            new FleetWorker("fleet-b", fleet.index(), fleet.size(), fleet.startAt()),
            zero.endpoint(),
            zero.emulator(),
            zero.bucket(),
            zero.prefix(),
            zero.runFolder(),
            zero.uploadMethod(),
            zero.seed(),
            zero.plan(),
            zero.stepDurationSeconds(),
            zero.stepBytes(),
            zero.deadlineSeconds(),
            zero.wallSeconds(),
            zero.outcome(),
            zero.outcomeMessage(),
            zero.warnings(),
            zero.clock(),
            zero.steps(),
            zero.scalability(),
            zero.cleanup());
    List<FleetMerge.Input> inputs =
        List.of(threeWorkers().get(0), new FleetMerge.Input("b/worker-0.json", otherRun));

    // Not "both worker 0 of fleet run fleet-b: a worker reports once": two runs.
    assertThatThrownBy(() -> FleetMerge.merge(inputs, null))
        .isInstanceOf(FleetMerge.RefusedException.class)
        .hasMessageStartingWith("b/worker-0.json: worker 0 belongs to fleet run fleet-b, ")
        .hasMessageContaining("(worker 0) to fleet run fleet-a");
  }

  @Test
  void perHostFiguresForValidateAreTheWindowAggregateOverTheWorkers() throws Exception {
    FleetReport merged = FleetMerge.merge(threeWorkers(), null);

    double inWindow = (100 + 160) * MB + (100 + 200 + 100) * MB + (50 + 50) * MB;
    assertThat(merged.measuredPerHost()).hasSize(1);
    assertThat(merged.measuredPerHost().get(0).aggregate().bytesPerSecond())
        .isCloseTo(inWindow / 2.0 / 3, within(1.0));
    assertThat(merged.measuredPerHost().get(0).activeStreams()).isEqualTo(2);
    assertThat(merged.hostsMeasured()).isEqualTo(3);
  }

  /**
   * Two workers, write steps of 1, 2, 4 and 8 streams each, both on the server's clock (offset 0),
   * step k from T + 10k for 2 s. Each second every worker moves half of what the Universal
   * Scalability Law with λ = 100 MB/s, σ = 0.05, κ = 0.001 gives at the fleet's total streams N = 2
   * × streams: X(N) = λN / (1 + σ(N − 1) + κN(N − 1)). The merge fits the window aggregates against
   * N, so it finds λ, σ and κ again; fitted against a worker's own streams it would not (λ would
   * come out near 200 MB/s).
   */
  @Test
  void theScalabilityFitIsOverTheFleetsTotalStreams() throws Exception {
    double lambda = 100 * MB;
    double sigma = 0.05;
    double kappa = 0.001;
    List<Integer> streams = List.of(1, 2, 4, 8);
    ProbeReport.Plan plan = new ProbeReport.Plan(streams, List.of(SIZE), List.of(Operation.WRITE));
    List<FleetMerge.Input> inputs = new ArrayList<>();
    for (int index = 0; index < 2; index++) {
      List<StepResult> steps = new ArrayList<>();
      for (int k = 0; k < streams.size(); k++) {
        int total = 2 * streams.get(k);
        double perWorker =
            lambda * total / (1 + sigma * (total - 1) + kappa * total * (total - 1)) / 2;
        double start = T + 10.0 * k;
        steps.add(
            step(
                Operation.WRITE,
                streams.get(k),
                start,
                2.0,
                perWorker,
                new double[][] {{start, 1, perWorker}, {start + 1, 1, perWorker}},
                latencies(4, 0.1),
                0.1));
      }
      inputs.add(
          new FleetMerge.Input(
              "results/worker-" + index + ".json", worker(index, 2, CLOCK_0, plan, steps)));
    }

    FleetReport merged = FleetMerge.merge(inputs, null);

    assertThat(merged.steps())
        .extracting(FleetReport.Step::totalStreams)
        .containsExactly(2, 4, 8, 16);
    // Step 4: N = 16, X = 100 MB/s × 16 / (1 + 0.05 × 15 + 0.001 × 16 × 15) = 1,600 / 1.99 MB/s.
    assertThat(merged.steps().get(3).window().throughputBytesPerSecond())
        .isCloseTo(1600 * MB / (1 + 0.05 * 15 + 0.001 * 16 * 15), within(1.0));
    assertThat(merged.scalability()).hasSize(1);
    ProbeReport.Scalability fit = merged.scalability().get(0);
    assertThat(fit.status()).as(fit.message()).isEqualTo(UslFit.Status.FITTED);
    assertThat(fit.lambdaBytesPerSecond()).isCloseTo(lambda, within(lambda * 1e-3));
    assertThat(fit.sigma()).isCloseTo(sigma, within(1e-3));
    assertThat(fit.kappa()).isCloseTo(kappa, within(1e-5));
    // The peak of the law in total streams: √((1 − σ) / κ) = √950 ≈ 30.8, so 31 streams.
    assertThat(fit.peakStreams()).isEqualTo(31);
  }

  /**
   * Two workers, write steps of 2 and 4 streams; worker 1 stopped after the first. Step 1: each
   * worker 100 MB in each of [T, T+1) and [T+1, T+2): the window aggregate 400 MB / 2 s, 100 MB/s
   * per host. Step 2, worker 0 alone: 300 MB/s. The per-host figures for validate hold step 1 only:
   * one host alone is no measurement of two together.
   */
  @Test
  void aStepFewerWorkersCompletedIsNotTakenForTheFleetsPerHostFigure() throws Exception {
    ProbeReport.Plan plan =
        new ProbeReport.Plan(List.of(2, 4), List.of(SIZE), List.of(Operation.WRITE));
    StepResult together =
        step(
            Operation.WRITE,
            2,
            T,
            2.0,
            100 * MB,
            new double[][] {{T, 1, 100 * MB}, {T + 1, 1, 100 * MB}},
            latencies(4, 0.1),
            0.1);
    StepResult alone =
        step(
            Operation.WRITE,
            4,
            T + 10,
            1.0,
            300 * MB,
            new double[][] {{T + 10, 1, 300 * MB}},
            latencies(4, 0.1),
            0.1);
    FleetReport merged =
        FleetMerge.merge(
            List.of(
                new FleetMerge.Input(
                    "results/worker-0.json", worker(0, 2, CLOCK_0, plan, List.of(together, alone))),
                new FleetMerge.Input(
                    "results/worker-1.json", worker(1, 2, CLOCK_0, plan, List.of(together)))),
            null);

    assertThat(merged.steps().get(1).workers()).containsExactly(0);
    assertThat(merged.hostsMeasured()).isEqualTo(2);
    assertThat(merged.measuredPerHost()).hasSize(1);
    assertThat(merged.measuredPerHost().get(0).streams()).isEqualTo(2);
    assertThat(merged.measuredPerHost().get(0).aggregate().bytesPerSecond())
        .isCloseTo(4 * 100 * MB / 2.0 / 2, within(1.0));
    assertThat(merged.leftOutOfPerHost())
        .containsExactly(
            "the fleet's step write 64 MiB x 4 streams is not used: only 1 of the 2 workers that"
                + " ran the other steps completed it, so it did not measure them together (fewer"
                + " hosts meet less contention: their figure would flatter the fleet's)");
  }

  /**
   * Four workers on the server's clock, each 10 s at 100 MB/s (none slow), starting at T, T, T + 3
   * and T + 1.5: ends T + 10, T + 10, T + 13, T + 11.5, the median end T + (10 + 11.5) / 2 = T +
   * 10.75. Late means more than max(2 s, 10% of the median 10 s) = 2 s after it: worker 2 (2.25 s)
   * is, worker 3 (0.75 s) is not.
   */
  @Test
  void aWorkerEndingMoreThanTwoSecondsAfterTheMedianEndIsAStraggler() throws Exception {
    double[] starts = {T, T, T + 3, T + 1.5};
    List<FleetMerge.Input> inputs = new ArrayList<>();
    for (int index = 0; index < starts.length; index++) {
      double[][] seconds = new double[10][];
      for (int i = 0; i < 10; i++) {
        seconds[i] = new double[] {starts[index] + i, 1, 100 * MB};
      }
      inputs.add(
          new FleetMerge.Input(
              "results/worker-" + index + ".json",
              worker(
                  index,
                  starts.length,
                  CLOCK_0,
                  PLAN,
                  List.of(
                      step(
                          Operation.WRITE,
                          2,
                          starts[index],
                          10.0,
                          100 * MB,
                          seconds,
                          latencies(4, 0.1),
                          0.1)))));
    }

    FleetReport.Step step = FleetMerge.merge(inputs, null).steps().get(0);

    assertThat(step.perWorker().get(0).straggler()).isNull();
    assertThat(step.perWorker().get(1).straggler()).isNull();
    assertThat(step.perWorker().get(2).straggler())
        .isEqualTo("late: ended 2.25 s after the median end (more than 2 s)");
    assertThat(step.perWorker().get(3).straggler()).isNull();
    // The window: from the last start, T + 3, to the first end, T + 10.
    assertThat(step.window().seconds()).isCloseTo(10 - 3, CLOSE);
    assertThat(step.window().throughputBytesPerSecond()).isCloseTo(4 * 100 * MB, within(1.0));
  }
}
