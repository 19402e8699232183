package dev.drplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.ClockSkew;
import dev.drplan.gcs.probe.FleetReport;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of three workers, each {@code drplan probe} as a process of its own on this machine,
 * against one emulator on a loopback port, with one start time a few seconds ahead; then {@code
 * drplan probe merge} of the run folder. Steps of 1 s in slots of 6 s keep it short.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeFleetIT {

  private static final String BUCKET = "fleet-it";
  private static final int WORKERS = 3;

  /**
   * Time for three JVMs to start and check the bucket before the common start. On a loaded 2-core
   * machine three workers started together once took more than 12 s to be ready, and a worker late
   * for the 1 s first step leaves it without a common window.
   */
  private static final long LEAD_SECONDS = 20;

  private static FakeGcs gcs;
  private static Storage storage;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() throws Exception {
    gcs = FakeGcs.start();
    gcs.createBucket(BUCKET);
    storage = gcs.storage();
  }

  @AfterAll
  static void stopEmulator() throws Exception {
    if (storage != null) {
      storage.close();
    }
    if (gcs != null) {
      gcs.close();
    }
  }

  private List<Process> startWorkers(String prefix, String runId, Instant startAt)
      throws Exception {
    List<Process> workers = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      workers.add(
          ProbeProcess.start(
              dir.resolve("worker-" + i + ".log"),
              List.of(
                  "probe",
                  "gs://" + BUCKET + "/" + prefix,
                  "--endpoint",
                  gcs.url(),
                  "--fleet-run",
                  runId,
                  "--fleet-index",
                  Integer.toString(i),
                  "--fleet-size",
                  Integer.toString(WORKERS),
                  "--start-at",
                  startAt.toString(),
                  "--streams",
                  "1,2",
                  "--object-size",
                  "256KiB",
                  "--duration",
                  "1s",
                  "--operations",
                  "write",
                  "--upload-method",
                  "simple",
                  "--out",
                  dir.resolve("worker-" + i + ".json").toString())));
    }
    return workers;
  }

  private FleetReport merge(String runFolder) throws Exception {
    Path out = dir.resolve("merged-" + runFolder.hashCode() + ".json");
    ProbeRun merge =
        ProbeRun.run(
            gcs.url(),
            "merge",
            "gs://" + BUCKET + "/" + runFolder,
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(merge.exitCode()).as(merge.err()).isZero();
    return (FleetReport) ProbeReportReader.readMeasurement(out);
  }

  private static List<String> names(String prefix) {
    List<String> names = new ArrayList<>();
    storage
        .list(BUCKET, BlobListOption.prefix(prefix))
        .iterateAll()
        .forEach(b -> names.add(b.getName()));
    return names;
  }

  private static String log(Path file) {
    try {
      return Files.readString(file);
    } catch (Exception unreadable) {
      return "(no log)";
    }
  }

  @Test
  void threeWorkersStartTogetherAndTheMergeAddsUpWhatTheyMovedWhileAllRan() throws Exception {
    Blob sentinel =
        storage.create(
            BlobInfo.newBuilder(BUCKET, "elsewhere/keep.txt").build(), "keep".getBytes(UTF_8));
    Instant startAt = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(ChronoUnit.SECONDS);
    List<Process> workers = startWorkers("fleet", "it1", startAt);
    try {
      for (int i = 0; i < WORKERS; i++) {
        Process worker = workers.get(i);
        assertThat(worker.waitFor(90, TimeUnit.SECONDS)).as("worker %d ended", i).isTrue();
        assertThat(worker.exitValue()).as(log(dir.resolve("worker-" + i + ".log"))).isZero();
      }
    } finally {
      workers.forEach(Process::destroyForcibly);
    }
    for (int i = 0; i < WORKERS; i++) {
      ProbeReport local = ProbeReport.read(dir.resolve("worker-" + i + ".json"));
      assertThat(local.fleet().index()).isEqualTo(i);
      assertThat(local.outcome()).isEqualTo(Outcome.COMPLETED);
      assertThat(local.runFolder()).isEqualTo("fleet/drplan-fleet-it1/worker-" + i + "/");
      assertThat(log(dir.resolve("worker-" + i + ".log")))
          .contains(
              "report written to gs://"
                  + BUCKET
                  + "/fleet/drplan-fleet-it1/results/worker-"
                  + i
                  + ".json");
    }

    FleetReport merged = merge("fleet/drplan-fleet-it1");

    assertThat(merged.workersReported()).isEqualTo(WORKERS);
    assertThat(merged.outcomeLabel()).isEqualTo("completed");
    assertThat(merged.steps()).hasSize(2);
    for (FleetReport.Step step : merged.steps()) {
      assertThat(step.workers()).containsExactly(0, 1, 2);
      assertThat(step.totalStreams()).isEqualTo(WORKERS * step.streams());
      assertThat(step.window()).as("a common window").isNotNull();
      assertThat(step.window().seconds()).isPositive();
      assertThat(step.window().throughputBytesPerSecond()).isPositive();
      assertThat(step.span().bytes()).isGreaterThanOrEqualTo(step.window().bytes());
      assertThat(step.latency().count()).isEqualTo(step.objects());
      System.out.printf(
          Locale.ROOT,
          "ProbeFleetIT: write 256 KiB x %d streams x %d workers: window %.2f s of span %.2f s;"
              + " aggregate in window %.1f MB/s, sum of workers' own %.1f MB/s, workers %.1f /"
              + " %.1f / %.1f MB/s; p50 %.1f ms, p99 %.1f ms over %d operations%n",
          step.streams(),
          step.workers().size(),
          step.window().seconds(),
          step.span().seconds(),
          step.window().throughputBytesPerSecond() / 1e6,
          step.sumOfWorkerThroughputBytesPerSecond() / 1e6,
          step.spread().minBytesPerSecond() / 1e6,
          step.spread().medianBytesPerSecond() / 1e6,
          step.spread().maxBytesPerSecond() / 1e6,
          step.latency().p50Seconds() * 1e3,
          step.latency().p99Seconds() * 1e3,
          step.latency().count());
    }
    // One machine, one clock: every worker's estimated offset from the emulator's clock must hold
    // the true offset, 0, within its uncertainty (plus rounding).
    assertThat(merged.clock().workersWithoutEstimate()).isZero();
    for (FleetReport.Worker worker : merged.workers()) {
      for (ClockSkew.Estimate estimate :
          new ClockSkew.Estimate[] {worker.clockStart(), worker.clockEnd()}) {
        assertThat(estimate).isNotNull();
        assertThat(Math.abs(estimate.offsetSeconds()))
            .as("worker %d: %s", worker.index(), estimate)
            .isLessThanOrEqualTo(estimate.uncertaintySeconds() + 0.002);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ProbeFleetIT: clocks: offsets spread %.3f s, largest uncertainty %.3f s%n",
        merged.clock().spreadSeconds(),
        merged.clock().largestUncertaintySeconds());
    assertThat(merged.leftovers().listedEmpty()).isTrue();
    assertThat(merged.leftovers().deletedObjects()).isZero();
    assertThat(merged.leftovers().notTheRuns()).isEmpty();
    assertThat(names("fleet/"))
        .containsExactlyInAnyOrder(
            "fleet/drplan-fleet-it1/results/worker-0.json",
            "fleet/drplan-fleet-it1/results/worker-1.json",
            "fleet/drplan-fleet-it1/results/worker-2.json");
    assertThat(storage.get(sentinel.getBlobId()).getGeneration())
        .isEqualTo(sentinel.getGeneration());

    // Merged again with --remove-reports: the merged report is kept in its file, then the
    // workers' reports go, and nothing of the run is left in the bucket.
    Path kept = dir.resolve("merged-final.json");
    ProbeRun last =
        ProbeRun.run(
            gcs.url(),
            "merge",
            "gs://" + BUCKET + "/fleet/drplan-fleet-it1",
            "--format",
            "json",
            "--out",
            kept.toString(),
            "--remove-reports");
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(last.err())
        .contains(
            "removed the 3 workers' reports from gs://"
                + BUCKET
                + "/fleet/drplan-fleet-it1/results/");
    assertThat(((FleetReport) ProbeReportReader.readMeasurement(kept)).workersReported())
        .isEqualTo(WORKERS);
    assertThat(names("fleet/")).isEmpty();
    assertThat(storage.get(sentinel.getBlobId()).getGeneration())
        .isEqualTo(sentinel.getGeneration());
    storage.delete(sentinel.getBlobId());
  }

  @Test
  void aWorkerKilledMidRunLeavesObjectsThatTheMergeFindsAndRemoves() throws Exception {
    Instant startAt = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(ChronoUnit.SECONDS);
    List<Process> workers = startWorkers("fleet-killed", "it2", startAt);
    Path victimLog = dir.resolve("worker-2.log");
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!log(victimLog).contains("step 2/2") && System.nanoTime() < until) {
        assertThat(workers.get(2).isAlive()).as(log(victimLog)).isTrue();
        Thread.sleep(20);
      }
      assertThat(log(victimLog)).as("worker 2 began its second step").contains("step 2/2");
      // The step's line comes before its first upload lands; a loaded machine may take seconds.
      long writing = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (names("fleet-killed/drplan-fleet-it2/worker-2/").isEmpty()
          && System.nanoTime() < writing
          && workers.get(2).isAlive()) {
        Thread.sleep(20);
      }
      workers.get(2).destroyForcibly(); // SIGKILL: no cleanup, no report
      assertThat(workers.get(2).waitFor(10, TimeUnit.SECONDS)).isTrue();
      List<String> left = names("fleet-killed/drplan-fleet-it2/worker-2/");
      assertThat(left).as("objects the killed worker left").isNotEmpty();
      for (int i = 0; i < 2; i++) {
        assertThat(workers.get(i).waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(workers.get(i).exitValue())
            .as(log(dir.resolve("worker-" + i + ".log")))
            .isZero();
      }
    } finally {
      workers.forEach(Process::destroyForcibly);
    }

    // Objects that are not the run's: beside the run folder, in it but in no worker's folder, in
    // a worker folder beyond the fleet's size, and a file in results/ that is no worker's report.
    List<String> notTheRuns =
        List.of(
            "fleet-killed/drplan-fleet-it2/notes.txt",
            "fleet-killed/drplan-fleet-it2/worker-3/w-0",
            "fleet-killed/drplan-fleet-it2/results/summary.txt");
    List<Blob> foreign = new ArrayList<>();
    for (String name : notTheRuns) {
      foreign.add(storage.create(BlobInfo.newBuilder(BUCKET, name).build(), name.getBytes(UTF_8)));
    }
    Blob beside =
        storage.create(
            BlobInfo.newBuilder(BUCKET, "fleet-killed/other.txt").build(), "keep".getBytes(UTF_8));

    FleetReport merged = merge("fleet-killed/drplan-fleet-it2");

    assertThat(merged.leftovers().notTheRuns()).containsExactlyInAnyOrderElementsOf(notTheRuns);
    for (Blob blob : foreign) {
      assertThat(storage.get(blob.getBlobId()).getGeneration()).isEqualTo(blob.getGeneration());
      storage.delete(blob.getBlobId());
    }
    assertThat(storage.get(beside.getBlobId()).getGeneration()).isEqualTo(beside.getGeneration());
    storage.delete(beside.getBlobId());
    assertThat(merged.workersReported()).isEqualTo(2);
    assertThat(merged.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("worker 2 of 3 sent no report"));
    assertThat(merged.steps()).allSatisfy(step -> assertThat(step.workers()).containsExactly(0, 1));
    assertThat(merged.leftovers().deletedObjects()).isPositive();
    assertThat(merged.leftovers().listedEmpty()).isTrue();
    System.out.printf(
        Locale.ROOT,
        "ProbeFleetIT: the merge deleted %d objects the killed worker left%n",
        merged.leftovers().deletedObjects());
    assertThat(names("fleet-killed/"))
        .containsExactlyInAnyOrder(
            "fleet-killed/drplan-fleet-it2/results/worker-0.json",
            "fleet-killed/drplan-fleet-it2/results/worker-1.json");
  }
}
