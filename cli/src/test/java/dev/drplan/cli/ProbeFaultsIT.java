package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The probe through toxiproxy: the emulator's external URL is the proxy's, so resumable uploads
 * also come back through it. Each test adds its toxic and removes it after.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeFaultsIT {

  private static final String BUCKET = "faults-it";
  private static final String PROXY = "gcs";
  private static FakeGcs gcs;
  private static Toxiproxy toxiproxy;
  private static String proxyUrl;
  private String toxic;

  @BeforeAll
  static void start() throws Exception {
    int proxyPort = TestTools.freePort();
    int emulatorPort = TestTools.freePort();
    proxyUrl = "http://127.0.0.1:" + proxyPort;
    gcs = FakeGcs.start(emulatorPort, proxyUrl);
    gcs.createBucket(BUCKET);
    toxiproxy = Toxiproxy.start();
    toxiproxy.createProxy(PROXY, proxyPort, emulatorPort);
  }

  @AfterAll
  static void stop() {
    if (toxiproxy != null) {
      toxiproxy.close();
    }
    if (gcs != null) {
      gcs.close();
    }
  }

  @AfterEach
  void removeToxic() throws Exception {
    if (toxic != null) {
      toxiproxy.removeToxic(PROXY, toxic);
      toxic = null;
    }
  }

  private void add(
      String name, String type, String stream, double toxicity, Map<String, Long> attributes)
      throws Exception {
    toxiproxy.addToxic(PROXY, name, type, stream, toxicity, attributes);
    toxic = name;
  }

  private static boolean nothingUnder(String prefix) throws Exception {
    try (Storage direct = gcs.storage()) {
      return !direct.list(BUCKET, BlobListOption.prefix(prefix)).iterateAll().iterator().hasNext();
    }
  }

  /**
   * B = 1,000 KB/s per connection (toxiproxy's KB is 1,000 bytes), far below what the emulator
   * takes even on a loaded 2-core machine, so the proxy is the bottleneck: one stream moves about
   * B, four about 4 B. The limit is a ceiling, so the ceilings are held tight (+15%); how far below
   * it a loaded machine stays is not the probe's doing, so the floors are loose, but still fail a
   * probe that misses the limit: each stream at least half of B, and four streams more than 2.5 B
   * together, which a limit on the whole link (not per connection) or a probe that counted one
   * stream only could not reach. (At 2,000 KB/s and ±15% both ways, a run under load 12 once fell
   * short of the floor.)
   */
  @Test
  void perConnectionBandwidthLimitShowsInPerStreamAndAggregateThroughput() throws Exception {
    double bandwidth = 1_000 * 1_000;
    add("bandwidth", "bandwidth", "upstream", 1.0, Map.of("rate", 1_000L));

    ProbeRun run =
        ProbeRun.run(
            proxyUrl,
            "gs://" + BUCKET + "/bandwidth",
            "--streams",
            "1,4",
            "--object-size",
            "512KiB",
            "--duration",
            "4s",
            "--operations",
            "write",
            "--upload-method",
            "simple",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    StepResult one = run.report().steps().get(0);
    StepResult four = run.report().steps().get(1);
    System.out.printf(
        "bandwidth B=%.0f: 1 stream %.0f B/s; 4 streams %.0f B/s per stream, %.0f aggregate%n",
        bandwidth,
        one.perStreamThroughputBytesPerSecond(),
        four.perStreamThroughputBytesPerSecond(),
        four.aggregateThroughputBytesPerSecond());
    assertThat(one.perStreamThroughputBytesPerSecond())
        .isBetween(0.5 * bandwidth, 1.15 * bandwidth);
    assertThat(four.perStreamThroughputBytesPerSecond())
        .isBetween(0.5 * bandwidth, 1.15 * bandwidth);
    assertThat(four.perStreamMaxThroughputBytesPerSecond()).isLessThanOrEqualTo(1.15 * bandwidth);
    assertThat(four.aggregateThroughputBytesPerSecond())
        .isBetween(2.5 * bandwidth, 1.15 * 4 * bandwidth);
    assertThat(nothingUnder("bandwidth/")).isTrue();
  }

  /**
   * Added latency L on the way back shows in write request latency and read time to first byte. The
   * toxic adds L to every answer, so the rise of the median cannot fall much below L (floor 0.8 L:
   * a probe that missed the added wait fails); a loaded machine adds delays of its own to one run
   * and not the other, so the ceiling is loose, 1.75 L, but still below the 2 L of a wait counted
   * twice.
   */
  @Test
  void addedLatencyRaisesRequestLatencyByIt() throws Exception {
    String[] args = {
      "gs://" + BUCKET + "/latency",
      "--streams",
      "1",
      "--object-size",
      "64KiB",
      "--duration",
      "2s",
      "--upload-method",
      "simple",
      "--format",
      "json"
    };
    ProbeRun before = ProbeRun.run(proxyUrl, args);
    double latency = 0.2;
    add("latency", "latency", "downstream", 1.0, Map.of("latency", 200L, "jitter", 0L));
    ProbeRun after = ProbeRun.run(proxyUrl, args);

    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(after.exitCode()).as(after.err()).isZero();
    for (int i = 0; i < 2; i++) {
      StepResult without = before.report().steps().get(i);
      StepResult with = after.report().steps().get(i);
      double rise = with.latency().p50Seconds() - without.latency().p50Seconds();
      System.out.printf(
          "latency %s (%s): p50 %.4f s -> %.4f s, rise %.4f s%n",
          with.operation().label(),
          with.latencyKind(),
          without.latency().p50Seconds(),
          with.latency().p50Seconds(),
          rise);
      assertThat(rise).as(with.operation().label()).isBetween(0.8 * latency, 1.75 * latency);
    }
    assertThat(nothingUnder("latency/")).isTrue();
  }

  /**
   * Streams keep their connections. 32 streams write and read 16 KiB objects for 3 s each through
   * 20 ms of latency, some thousands of objects and more requests, and cleanup deletes what they
   * wrote on its 64 deleters: a probe whose connections are kept opens about one a stream or
   * deleter (64 measured), at most twice that (192) should a loaded machine keep some idle for the
   * JDK's 5 s and the next phase open them again. The same run with the JDK's default of 5 idle
   * connections a server (the user's own {@code -Dhttp.maxConnections=5}, which the probe leaves as
   * it is) opened 341–435 in three runs, one for each request that ended while 5 others stood idle,
   * and says so in its warnings. Processes of their own: the JDK reads the limit once, when the
   * first connection ends.
   */
  @Test
  void streamsKeepTheirConnections(@TempDir Path dir) throws Exception {
    add("lag", "latency", "downstream", 1.0, Map.of("latency", 20L, "jitter", 0L));

    Connections kept = connectionsOpened(dir.resolve("kept"), Map.of());
    Connections five =
        connectionsOpened(
            dir.resolve("five"), Map.of("JAVA_TOOL_OPTIONS", "-Dhttp.maxConnections=5"));

    System.out.printf(
        "connections: %d opened for %d objects when kept, %d for %d objects with 5 kept%n",
        kept.opened(), kept.objects(), five.opened(), five.objects());
    assertThat(kept.objects()).isGreaterThan(200);
    assertThat(kept.opened()).isBetween(1L, 2 * (32L + 64L));
    assertThat(kept.report().warnings()).isEmpty();
    assertThat(five.opened()).isGreaterThan(2 * kept.opened());
    assertThat(five.report().warnings())
        .contains(
            "http.maxConnections=5 keeps fewer idle connections than the 32 streams: requests"
                + " beyond that open a connection each, which lowers what the steps with more"
                + " streams measure");
  }

  private record Connections(long opened, long objects, ProbeReport report) {}

  private Connections connectionsOpened(Path dir, Map<String, String> environment)
      throws Exception {
    Files.createDirectories(dir);
    Path out = dir.resolve("probe.json");
    Path log = dir.resolve("probe.log");
    long before = toxiproxy.accepted(PROXY);
    Process probe =
        ProbeProcess.start(
            log,
            List.of(
                "probe",
                "gs://" + BUCKET + "/connections-" + dir.getFileName(),
                "--endpoint",
                proxyUrl,
                "--streams",
                "32",
                "--object-size",
                "16KiB",
                "--duration",
                "3s",
                "--operations",
                "write,read",
                "--out",
                out.toString()),
            environment);
    boolean exited = probe.waitFor(90, TimeUnit.SECONDS);
    probe.destroyForcibly();
    long opened = toxiproxy.accepted(PROXY) - before;
    String output = Files.readString(log);
    assertThat(exited).as(output).isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    ProbeReport report = ProbeReport.read(out);
    assertThat(report.cleanup().listedEmpty()).as(output).isTrue();
    long objects = report.steps().stream().mapToLong(StepResult::objects).sum();
    return new Connections(opened, objects, report);
  }

  /**
   * A quarter of connections reset on their first bytes, and every request opens a connection of
   * its own: the client retries, the probe counts each failed attempt and retry by kind, ends well
   * before its deadline and leaves nothing.
   */
  @Test
  void connectionResetsAreCountedAndTheRunEndsCleanlyBeforeItsDeadline() throws Exception {
    add("reset", "reset_peer", "upstream", 0.25, Map.of("timeout", 0L));

    ProbeRun run =
        ProbeRun.run(
            FakeGcs::optionsClosingConnections,
            proxyUrl,
            "gs://" + BUCKET + "/resets",
            "--streams",
            "2",
            "--object-size",
            "256KiB",
            "--duration",
            "3s",
            "--upload-method",
            "resumable",
            "--deadline",
            "45s",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(run.seconds()).isLessThan(45);
    ProbeReport report = run.report();
    assertThat(report.outcome()).isIn(Outcome.COMPLETED, Outcome.FAILED);
    long errors = report.steps().stream().mapToLong(StepResult::errorCount).sum();
    long retries = report.steps().stream().mapToLong(StepResult::retryCount).sum();
    System.out.printf(
        "resets: outcome %s, errors %s, retries %s%n",
        report.outcome(),
        report.steps().stream().map(StepResult::errors).toList(),
        report.steps().stream().map(StepResult::retries).toList());
    assertThat(errors).isPositive();
    assertThat(retries).isPositive();
    assertThat(report.steps().get(0).errors()).containsKey("connection_reset");
    assertThat(report.steps().get(1).errors()).containsKey("connection_reset");
    assertThat(report.cleanup().leftBehind()).isEmpty();
    assertThat(nothingUnder("resets/")).isTrue();
  }

  /**
   * The README's budget: at most 6 attempts per request. Every request longer than 64 KiB is cut by
   * the proxy (limit_data), every shorter one passes, so each 1 MiB simple upload fails on every
   * attempt. The emulator's request log shows how often each was attempted, and the report counts
   * the same attempts: 6 errors and 5 retries per object.
   */
  @Test
  void aSimpleUploadThatKeepsFailingIsAttemptedAsOftenAsDocumented() throws Exception {
    add("cut", "limit_data", "upstream", 1.0, Map.of("bytes", 64L * 1024));
    int logBefore = gcs.requestLog().length();

    ProbeRun run = failingUploads(proxyUrl, "simple");

    String seen = gcs.requestLog().substring(logBefore);
    long attempts =
        seen.lines()
            .filter(line -> line.contains("POST /upload/storage/v1/b/" + BUCKET + "/o?"))
            .filter(line -> line.contains("uploadType=multipart"))
            .count();
    assertBudgetKept(run, attempts, seen);
  }

  /**
   * The same budget when the server answers 503 to one kind of upload request: a simple upload's
   * request, a resumable session's start (the client retries it, and the probe used to start the
   * object over around that: 6 x 6 = 36 attempts), or every request of an open session (the chunk,
   * then the client's status queries). A front between the probe and the emulator answers those
   * requests and counts them.
   */
  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
    "simple, POST, uploadType=multipart",
    "resumable, POST, uploadType=resumable",
    "resumable, PUT, upload_id="
  })
  void anUploadRequestAnswered503IsAttemptedAsOftenAsDocumented(
      String method, String httpMethod, String query) throws Exception {
    try (FaultyFront front =
        FaultyFront.start(
            gcs.url(),
            request -> request.startsWith(httpMethod + " /upload/") && request.contains(query),
            503)) {

      ProbeRun run = failingUploads(front.url(), method);

      assertBudgetKept(run, front.failed(), run.err());
      assertThat(run.report().steps().get(0).errors()).containsOnlyKeys("http_503");
    }
  }

  /**
   * The run's first request, the bucket, answered 503 every time: asked once without retries (the
   * endpoint answers), then with the budget of 6 attempts, so the front sees it 1 + 6 = 7 times, as
   * gcs-adapter/README.md and the probe's --help say; then the run ends with exit 1.
   */
  @Test
  void theFirstRequestAnswered503IsAttemptedOncePlusTheBudget() throws Exception {
    try (FaultyFront front =
        FaultyFront.start(
            gcs.url(),
            request -> request.matches("GET /storage/v1/b/" + BUCKET + "(\\?.*)?"),
            503)) {

      ProbeRun run = failingUploads(front.url(), "simple");

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(front.failed()).as(run.err()).isEqualTo(1 + 6);
    }
  }

  /** Two 1 MiB objects on one stream, with the retry settings the probe ships with but quicker. */
  private static ProbeRun failingUploads(String url, String method) {
    return ProbeRun.run(
        FakeGcs::optionsWithDocumentedAttempts,
        url,
        "gs://" + BUCKET + "/budget-" + method,
        "--streams",
        "1",
        "--object-size",
        "1MiB",
        "--bytes",
        "2MiB",
        "--operations",
        "write",
        "--upload-method",
        method,
        "--deadline",
        "60s",
        "--format",
        "json");
  }

  private static void assertBudgetKept(ProbeRun run, long attemptsSeen, String log)
      throws Exception {
    StepResult write = run.report().steps().get(0);
    System.out.printf(
        "budget %s: the server side saw %d attempts; report: %d failed, errors %s, retries %s%n",
        write.uploadMethod(),
        attemptsSeen,
        write.failedOperations(),
        write.errors(),
        write.retries());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("every operation failed");
    assertThat(write.failedOperations()).isEqualTo(2);
    assertThat(write.activeStreams()).isZero();
    assertThat(write.warnings())
        .contains(
            "only 0 of 1 streams completed an operation: the step measured fewer streams than it"
                + " names");
    assertThat(attemptsSeen).as(log).isEqualTo(2 * 6);
    assertThat(write.errorCount()).isEqualTo(2 * 6);
    assertThat(write.retryCount()).isEqualTo(2 * 5);
    assertThat(run.report().cleanup().listedEmpty()).isTrue();
    assertThat(nothingUnder("budget-" + write.uploadMethod() + "/")).isTrue();
  }

  /**
   * A deadline too short for the link: every answer comes 1.5 s late, so the checks before the
   * first write (the first contact, the bucket, the prefix) take 4.5 s, and the listing of the new
   * run folder cannot end before 6 s, past the 5 s of measuring time a deadline of 7 s leaves. The
   * probe refuses at 5 s, before writing anything (the watchdog, 3 s later, leaves a loaded machine
   * room), and says why: not "could not list" alone, which reads like a permission problem.
   */
  @Test
  void aDeadlineTooShortForTheLinkIsRefusedWithItsReason() throws Exception {
    add("slow", "latency", "downstream", 1.0, Map.of("latency", 1_500L, "jitter", 0L));

    ProbeRun run =
        ProbeRun.run(
            proxyUrl,
            "gs://" + BUCKET + "/short",
            "--streams",
            "1",
            "--object-size",
            "64KiB",
            "--duration",
            "1s",
            "--operations",
            "write",
            "--deadline",
            "7s",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("to check that it is empty (no answer within measuring time, the first 5 s of")
        .contains("the deadline of 7 s, the rest being cleanup's: give a longer --deadline);")
        .contains("nothing was written");
    removeToxic();
    assertThat(nothingUnder("short/")).isTrue();
  }

  /**
   * The deadline holds, cleanup included, on a link too slow for the run: every answer comes 1.5 s
   * late, so each object takes two answers (3 s), and cleanup, with a dozen objects to delete,
   * needs more than the 2.4 s a deadline of 12 s leaves it. The probe runs as its own process, with
   * the options it ships with, and must have exited within the deadline plus 3 s, plus what
   * starting a JVM takes on this machine (measured just before, so that a loaded machine does not
   * fail the test while a probe that overruns still does). Its report says the deadline ended the
   * run, holds no step cut short, and names every object still there after it exited.
   */
  @Test
  void theDeadlineHoldsCleanupIncludedOnASlowLink(@TempDir Path dir) throws Exception {
    double startup = ProbeProcess.startupSeconds();
    add("slow", "latency", "downstream", 1.0, Map.of("latency", 1_500L, "jitter", 0L));
    Path out = dir.resolve("probe.json");
    Path log = dir.resolve("probe.log");
    double deadline = 12;

    long start = System.nanoTime();
    Process probe =
        ProbeProcess.start(
            log,
            List.of(
                "probe",
                "gs://" + BUCKET + "/deadline",
                "--endpoint",
                proxyUrl,
                "--streams",
                "4",
                "--object-size",
                "64KiB",
                "--duration",
                "30s",
                "--operations",
                "write",
                "--deadline",
                "12s",
                "--out",
                out.toString()));
    boolean exited = probe.waitFor(60, TimeUnit.SECONDS);
    double lifetime = (System.nanoTime() - start) / 1e9;
    probe.destroyForcibly();

    String output = Files.readString(log);
    System.out.printf(
        "deadline %.0f s: the process lived %.1f s (starting a JVM: %.1f s)%n%s",
        deadline, lifetime, startup, output);
    assertThat(exited).as(output).isTrue();
    assertThat(lifetime).as(output).isLessThan(deadline + 3 + startup);
    assertThat(probe.exitValue()).as(output).isEqualTo(1);
    ProbeReport report = ProbeReport.read(out);
    assertThat(report.outcome()).as(output).isEqualTo(Outcome.DEADLINE_EXCEEDED);
    assertThat(report.wallSeconds()).as(output).isLessThan(deadline + 1);
    assertThat(report.steps()).as(output).isEmpty();
    assertThat(report.outcomeMessage())
        .contains("the deadline of 12 s ended the run after 0 of 1 steps")
        .contains("step 1/1 (write 64 KiB x 4 streams) was cut short");
    assertThat(report.cleanup().listedEmpty()).isFalse();
    assertThat(output)
        .contains(report.outcomeMessage() + "; their names are in " + out)
        .doesNotContain("interrupted")
        .doesNotContain("shows none left");
    removeToxic();
    try (Storage direct = gcs.storage()) {
      List<String> remaining = new ArrayList<>();
      direct
          .list(BUCKET, BlobListOption.prefix("deadline/"))
          .iterateAll()
          .forEach(blob -> remaining.add(blob.getName()));
      assertThat(report.cleanup().leftBehind()).containsAll(remaining);
      remaining.forEach(name -> direct.delete(BUCKET, name));
    }
  }
}
