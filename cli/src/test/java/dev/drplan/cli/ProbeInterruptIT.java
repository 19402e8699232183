package dev.drplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGINT and SIGTERM on a running probe, {@code drplan probe} running as its own process ({@link
 * ProbeProcess}, which restores SIGINT for a test runner started in the background). Once the
 * second of three steps has begun, the signal arrives; the probe must remove its objects and
 * nothing else, write its report with outcome {@code interrupted} and the steps that finished, end
 * with one line saying so, and exit with 128 + the signal's number.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeInterruptIT {

  private static final String BUCKET = "interrupt-it";

  @TempDir Path dir;

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"INT, 130", "TERM, 143"})
  void aSignalCleansUpWritesTheReportOfTheStepsThatFinishedAndExitsWithItsCode(
      String signal, int exitCode) throws Exception {
    try (FakeGcs gcs = FakeGcs.start();
        Storage storage = gcs.storage()) {
      gcs.createBucket(BUCKET);
      Blob sentinel =
          storage.create(
              BlobInfo.newBuilder(BUCKET, "other/keep.txt").build(), "keep".getBytes(UTF_8));
      Path log = dir.resolve("probe.log");
      Path out = dir.resolve("probe.json");
      Process probe =
          ProbeProcess.start(
              log,
              List.of(
                  "probe",
                  "gs://" + BUCKET + "/interrupted",
                  "--endpoint",
                  gcs.url(),
                  "--streams",
                  "1,2,4",
                  "--object-size",
                  "256KiB",
                  "--duration",
                  "3s",
                  "--operations",
                  "write",
                  "--upload-method",
                  "simple",
                  "--out",
                  out.toString()));
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("step 2/3") && System.nanoTime() < until) {
          assertThat(probe.isAlive()).as(Files.readString(log)).isTrue();
          Thread.sleep(50);
        }
        assertThat(Files.readString(log)).as("the second step began").contains("step 2/3");
        // The step's line is printed before its first upload lands: wait for an object (a loaded
        // 2-core machine may take a while) so that the signal really interrupts a running step.
        while (list(storage, "interrupted/").isEmpty() && System.nanoTime() < until) {
          assertThat(probe.isAlive()).as(Files.readString(log)).isTrue();
          Thread.sleep(20);
        }
        assertThat(list(storage, "interrupted/")).as("objects of the running step").isNotEmpty();

        ProbeProcess.signal(probe, signal);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("exited after the signal").isTrue();
      } finally {
        probe.destroyForcibly();
      }

      String output = Files.readString(log);
      assertThat(probe.exitValue()).as(output).isEqualTo(exitCode);
      ProbeReport report = ProbeReport.read(out);
      assertThat(report.outcome()).isEqualTo(Outcome.INTERRUPTED);
      int finished = report.steps().size();
      assertThat(finished).as(output).isBetween(1, 2);
      for (StepResult step : report.steps()) {
        assertThat(output)
            .contains("write 256 KiB x " + step.streams() + " streams: done, " + step.objects());
      }
      assertThat(report.outcomeMessage())
          .startsWith("interrupted by a signal after " + finished + " of 3 steps");
      assertThat(report.cleanup().listedEmpty()).isTrue();
      List<String> lines = output.lines().toList();
      assertThat(lines.get(lines.size() - 1)).isEqualTo("drplan probe: " + report.outcomeMessage());
      assertThat(output)
          .containsOnlyOnce("drplan probe: interrupted by a signal")
          .contains("a listing of gs://" + BUCKET + "/" + report.runFolder() + " shows none left");
      assertThat(list(storage, "interrupted/")).as(output).isEmpty();
      assertThat(list(storage, "")).extracting(Blob::getName).containsExactly("other/keep.txt");
      assertThat(storage.get(sentinel.getBlobId()).getGeneration())
          .isEqualTo(sentinel.getGeneration());
    }
  }

  private static List<Blob> list(Storage storage, String prefix) {
    List<Blob> blobs = new ArrayList<>();
    storage.list(BUCKET, BlobListOption.prefix(prefix)).iterateAll().forEach(blobs::add);
    return blobs;
  }
}
