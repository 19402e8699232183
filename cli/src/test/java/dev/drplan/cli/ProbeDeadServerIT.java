package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that dies during a run, and one that was never there, with the retries, backoff and
 * timeouts the probe ships with ({@link FakeGcs#optionsAsShipped}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeDeadServerIT {

  private static final String BUCKET = "dead-it";

  @TempDir Path dir;

  /**
   * The emulator is killed once the run has written a few objects. The probe sees the server stop
   * answering, asks once whether it still answers, and ends the run: "cannot reach", well under a
   * minute after the kill, naming the objects it could not delete. The proxy in front of the
   * emulator counts every request that found nothing behind it: at most the documented 6 attempts
   * of each stream's upload, then one reachability check, one listing and one delete per object
   * left (each of these three a GET or DELETE, which the JDK's HTTP client repeats once on a
   * connection closed before any answer).
   */
  @Test
  void aServerKilledMidRunEndsTheRunWellUnderAMinuteNamingWhatIsLeft() throws Exception {
    int proxyPort = TestTools.freePort();
    String proxyUrl = "http://127.0.0.1:" + proxyPort;
    Path out = dir.resolve("probe.json");
    int streams = 2;
    try (FakeGcs gcs = FakeGcs.start(TestTools.freePort(), proxyUrl);
        Toxiproxy toxiproxy = Toxiproxy.start();
        Storage direct = gcs.storage()) {
      gcs.createBucket(BUCKET);
      toxiproxy.createProxy("gcs", proxyPort, gcs.port());
      // About two 512 KiB objects a second per stream: a few exist when the emulator dies.
      toxiproxy.addToxic("gcs", "slow", "bandwidth", "upstream", 1.0, Map.of("rate", 1_000L));

      CompletableFuture<ProbeRun> probe =
          CompletableFuture.supplyAsync(
              () ->
                  ProbeRun.run(
                      FakeGcs::optionsAsShipped,
                      proxyUrl,
                      "gs://" + BUCKET + "/dead",
                      "--streams",
                      Integer.toString(streams),
                      "--object-size",
                      "512KiB",
                      "--duration",
                      "60s",
                      "--operations",
                      "write",
                      "--deadline",
                      "100s",
                      "--out",
                      out.toString(),
                      "--format",
                      "json"));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (count(direct, "dead/") < 3 && System.nanoTime() < until && !probe.isDone()) {
        Thread.sleep(50);
      }
      assertThat(count(direct, "dead/")).as("objects written before the kill").isGreaterThan(2);
      gcs.kill();
      long killed = System.nanoTime();

      ProbeRun run = probe.get(90, TimeUnit.SECONDS);
      double secondsAfterKill = (System.nanoTime() - killed) / 1e9;

      System.out.printf(
          "dead server: run ended %.1f s after the kill; the proxy saw %d requests it could not"
              + " forward%n%s",
          secondsAfterKill, toxiproxy.refusedUpstream("gcs"), run.err());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(secondsAfterKill).as("seconds from the kill to the end of the run").isLessThan(45);
      assertThat(run.err()).contains("cannot reach " + proxyUrl);
      ProbeReport report = ProbeReport.read(out);
      assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(report.outcomeMessage()).startsWith("cannot reach " + proxyUrl);
      assertThat(report.cleanup().listedEmpty()).isFalse();
      assertThat(report.cleanup().leftBehind())
          .isNotEmpty()
          .allMatch(name -> name.startsWith(report.runFolder()));
      assertThat(report.outcomeMessage())
          .contains(report.cleanup().leftBehind().size() + " objects");
      assertThat(run.err())
          .contains("their names are in " + out + " (cleanup.left_behind)")
          .doesNotContain("removed the run's")
          .doesNotContain("interrupted");
      long left = report.cleanup().leftBehind().size();
      assertThat(toxiproxy.refusedUpstream("gcs"))
          .as("requests sent to the dead server")
          .isLessThanOrEqualTo(streams * 6 + 2 * (2 + left));
    }
  }

  /**
   * The server goes silent mid-run (the proxy in front holds every byte from then on, on open
   * connections too): each stream's request fails after the 20 s read timeout, the one check gets
   * no answer within 10 s, and cleanup's own check none either, so cleanup sends nothing and names
   * every object. The run ends with "cannot reach" well under a minute after the silence, not at
   * its deadline (seven minutes here; before, it ran to it).
   */
  @Test
  void aServerThatFallsSilentMidRunEndsTheRunWellUnderAMinuteNamingWhatIsLeft() throws Exception {
    int proxyPort = TestTools.freePort();
    String proxyUrl = "http://127.0.0.1:" + proxyPort;
    Path out = dir.resolve("probe.json");
    try (FakeGcs gcs = FakeGcs.start(TestTools.freePort(), proxyUrl);
        Toxiproxy toxiproxy = Toxiproxy.start();
        Storage direct = gcs.storage()) {
      gcs.createBucket(BUCKET);
      toxiproxy.createProxy("gcs", proxyPort, gcs.port());
      toxiproxy.addToxic("gcs", "slow", "bandwidth", "upstream", 1.0, Map.of("rate", 1_000L));

      CompletableFuture<ProbeRun> probe =
          CompletableFuture.supplyAsync(
              () ->
                  ProbeRun.run(
                      FakeGcs::optionsAsShipped,
                      proxyUrl,
                      "gs://" + BUCKET + "/silent-mid-run",
                      "--streams",
                      "2",
                      "--object-size",
                      "512KiB",
                      "--duration",
                      "60s",
                      "--operations",
                      "write",
                      "--out",
                      out.toString(),
                      "--format",
                      "json"));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (count(direct, "silent-mid-run/") < 3 && System.nanoTime() < until && !probe.isDone()) {
        Thread.sleep(50);
      }
      assertThat(count(direct, "silent-mid-run/"))
          .as("objects before the silence")
          .isGreaterThan(2);
      toxiproxy.addToxic("gcs", "silent", "timeout", "upstream", 1.0, Map.of("timeout", 0L));
      long silent = System.nanoTime();

      ProbeRun run = probe.get(100, TimeUnit.SECONDS);
      double secondsAfterSilence = (System.nanoTime() - silent) / 1e9;

      System.out.printf(
          "silent server: run ended %.1f s after the silence began%n%s",
          secondsAfterSilence, run.err());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(secondsAfterSilence).as("seconds from the silence to the end").isLessThan(50);
      assertThat(run.err())
          .contains("cannot reach " + proxyUrl + " (no answer within 10 s)")
          .contains("their names are in " + out + " (cleanup.left_behind)")
          .doesNotContain("interrupted")
          .doesNotContain("deadline");
      ProbeReport report = ProbeReport.read(out);
      assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(report.cleanup().listedEmpty()).isFalse();
      assertThat(report.cleanup().leftBehind())
          .isNotEmpty()
          .allMatch(name -> name.startsWith(report.runFolder()));
      assertThat(report.cleanup().leftBehind())
          .as("every object that exists is named")
          .containsAll(names(direct, report.runFolder()));
    }
  }

  private static java.util.List<String> names(Storage storage, String prefix) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (var blob : storage.list(BUCKET, BlobListOption.prefix(prefix)).iterateAll()) {
      names.add(blob.getName());
    }
    return names;
  }

  /** Nothing listens at the endpoint: the probe says so at once, with nothing written. */
  @Test
  void anEndpointWhereNothingListensIsReportedWithinTheConnectTimeout() throws Exception {
    String nowhere = "http://127.0.0.1:" + TestTools.freePort();
    Path out = dir.resolve("probe.json");

    ProbeRun run =
        ProbeRun.run(
            FakeGcs::optionsAsShipped,
            nowhere,
            "gs://" + BUCKET + "/nowhere",
            "--streams",
            "1",
            "--object-size",
            "1MiB",
            "--duration",
            "5s",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("cannot reach " + nowhere + " (connection refused")
        .contains("nothing was written")
        .doesNotContain("Exception");
    assertThat(run.seconds()).isLessThan(ProbeStorageOptions.CONNECT_TIMEOUT.toSeconds());
    assertThat(Files.exists(out)).isFalse();
  }

  /**
   * A server that accepts connections and never answers (a proxy that holds every byte): the first
   * request waits no longer than the check's read timeout, then the probe says it cannot reach the
   * endpoint, with nothing written. Before, the client's retries, each waiting out the 60 s read
   * timeout, held such a run for over five minutes.
   */
  @Test
  void aServerThatNeverAnswersIsReportedWithinTheCheckTimeout() throws Exception {
    int proxyPort = TestTools.freePort();
    String proxyUrl = "http://127.0.0.1:" + proxyPort;
    Path out = dir.resolve("probe.json");
    try (FakeGcs gcs = FakeGcs.start(TestTools.freePort(), proxyUrl);
        Toxiproxy toxiproxy = Toxiproxy.start()) {
      gcs.createBucket(BUCKET);
      toxiproxy.createProxy("gcs", proxyPort, gcs.port());
      toxiproxy.addToxic("gcs", "silent", "timeout", "upstream", 1.0, Map.of("timeout", 0L));

      ProbeRun run =
          ProbeRun.run(
              FakeGcs::optionsAsShipped,
              proxyUrl,
              "gs://" + BUCKET + "/silent",
              "--streams",
              "1",
              "--object-size",
              "1MiB",
              "--bytes",
              "1MiB",
              "--out",
              out.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.err())
          .contains("cannot reach " + proxyUrl + " (no answer within 10 s); nothing was written")
          .doesNotContain("Exception");
      assertThat(run.seconds()).isLessThan(ProbeStorageOptions.CHECK_READ_TIMEOUT.toSeconds() + 10);
      assertThat(Files.exists(out)).isFalse();
    }
  }

  private static long count(Storage storage, String prefix) {
    long n = 0;
    for (var ignored : storage.list(BUCKET, BlobListOption.prefix(prefix)).iterateAll()) {
      n++;
    }
    return n;
  }
}
