package dev.drplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.Outcome;
import dev.drplan.gcs.probe.Payload;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/** The probe against the real emulator, directly: round trip, safety of other objects, refusals. */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeRoundTripIT {

  private static final String BUCKET = "probe-it";
  private static FakeGcs gcs;
  private static Storage storage;

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

  private static List<Blob> list(String prefix) {
    List<Blob> blobs = new ArrayList<>();
    storage.list(BUCKET, BlobListOption.prefix(prefix)).iterateAll().forEach(blobs::add);
    return blobs;
  }

  private static long crc32cOf(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue();
  }

  private static long serverCrc32c(Blob blob) {
    byte[] raw = Base64.getDecoder().decode(blob.getCrc32c());
    return ((raw[0] & 0xffL) << 24)
        | ((raw[1] & 0xffL) << 16)
        | ((raw[2] & 0xffL) << 8)
        | (raw[3] & 0xffL);
  }

  @Test
  void writesAndReadsWithMatchingChecksumsThenRemovesEverythingAndLeavesOtherObjectsAlone()
      throws Exception {
    Blob sentinel =
        storage.create(
            BlobInfo.newBuilder(BUCKET, "outside/sentinel.txt").build(), "mine".getBytes(UTF_8));

    ProbeRun run =
        ProbeRun.run(
            gcs.url(),
            "gs://" + BUCKET + "/round-trip",
            "--streams",
            "1,2,4",
            "--object-size",
            "256KiB,1MiB",
            "--duration",
            "1s",
            "--upload-method",
            "simple",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    ProbeReport report = run.report();
    assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(report.steps()).hasSize(2 * 2 * 3);
    for (StepResult step : report.steps()) {
      assertThat(step.objects()).as(step.operation() + " " + step.streams()).isPositive();
      assertThat(step.activeStreams()).isEqualTo(step.streams());
      assertThat(step.verifiedObjects()).isEqualTo(step.objects());
      assertThat(step.checksumMismatches()).isZero();
      assertThat(step.failedOperations()).isZero();
      assertThat(step.bytes()).isEqualTo(step.objects() * step.objectSizeBytes());
      assertThat(step.aggregateThroughputBytesPerSecond()).isPositive();
      assertThat(step.latency().p50Seconds()).isPositive();
      assertThat(step.timeSeries()).isNotEmpty();
    }
    assertThat(report.scalability()).hasSize(4);
    assertThat(report.cleanup().leftBehind()).isEmpty();
    assertThat(report.cleanup().deletedObjects()).isPositive();
    assertThat(report.cleanup().listedEmpty()).isTrue();
    assertThat(run.err())
        .contains(
            "removed the run's "
                + report.cleanup().deletedObjects()
                + " objects; a listing of gs://"
                + BUCKET
                + "/"
                + report.runFolder()
                + " shows none left")
        .doesNotContain("interrupted");
    assertThat(list("round-trip/")).isEmpty();
    Blob after = storage.get(sentinel.getBlobId());
    assertThat(after.getGeneration()).isEqualTo(sentinel.getGeneration());
    assertThat(storage.readAllBytes(after.getBlobId())).isEqualTo("mine".getBytes(UTF_8));
    assertThat(list("")).extracting(Blob::getName).containsExactly("outside/sentinel.txt");
    storage.delete(sentinel.getBlobId());
  }

  @Test
  void keptObjectsHoldTheSeededPayloadAndTheServerAgreesOnTheirChecksums() throws Exception {
    ProbeRun run =
        ProbeRun.run(
            gcs.url(),
            "gs://" + BUCKET + "/kept",
            "--streams",
            "2",
            "--object-size",
            "3MiB",
            "--bytes",
            "12MiB",
            "--operations",
            "write",
            "--seed",
            "7",
            "--keep",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.report().cleanup().kept()).isTrue();
    List<Blob> kept = list("kept/");
    assertThat(kept).hasSize(4);
    Payload payload = new Payload(7, Payload.DEFAULT_BUFFER_BYTES);
    for (Blob blob : kept) {
      assertThat(blob.getName()).startsWith(run.report().runFolder());
      byte[] content = storage.readAllBytes(blob.getBlobId());
      int offset = Integer.parseInt(blob.getMetadata().get("drplan-probe-payload-offset"));
      assertThat(content).hasSize(3 * 1024 * 1024);
      assertThat(crc32cOf(content)).isEqualTo(serverCrc32c(blob));
      assertThat(crc32cOf(content)).isEqualTo(payload.crc32c(offset, content.length));
      storage.delete(blob.getBlobId());
    }
  }

  @Test
  void aPrefixThatHoldsObjectsIsRefusedWithExitTwoAndNothingIsWritten() throws Exception {
    Blob existing =
        storage.create(BlobInfo.newBuilder(BUCKET, "busy/data.bin").build(), new byte[] {1, 2, 3});

    ProbeRun run =
        ProbeRun.run(gcs.url(), "gs://" + BUCKET + "/busy", "--streams", "1", "--duration", "1s");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("gs://" + BUCKET + "/busy/ already holds objects")
        .contains("--allow-nonempty")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(list("busy/")).extracting(Blob::getName).containsExactly("busy/data.bin");

    ProbeRun allowed =
        ProbeRun.run(
            gcs.url(),
            "gs://" + BUCKET + "/busy",
            "--streams",
            "1",
            "--object-size",
            "64KiB",
            "--duration",
            "500ms",
            "--operations",
            "write",
            "--allow-nonempty");

    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(list("busy/")).extracting(Blob::getName).containsExactly("busy/data.bin");
    assertThat(storage.get(existing.getBlobId()).getGeneration())
        .isEqualTo(existing.getGeneration());
    storage.delete(existing.getBlobId());
  }

  @Test
  void aMissingBucketIsRefusedWithExitTwo() {
    ProbeRun run = ProbeRun.run(gcs.url(), "gs://no-such-bucket/p", "--duration", "1s");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("The bucket no-such-bucket does not exist")
        .doesNotContain("\tat ");
  }

  /**
   * The --out file is checked at the start and then again at the write: one that appeared while the
   * probe ran is not replaced, and the measurement is not lost either: the report's JSON goes to
   * standard output, with one line saying why (exit 1).
   */
  @Test
  void aReportThatCannotBeKeptInItsFileGoesToStandardOutputInstead(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("probe.json");
    CompletableFuture<ProbeRun> probe =
        CompletableFuture.supplyAsync(
            () ->
                ProbeRun.run(
                    gcs.url(),
                    "gs://" + BUCKET + "/kept",
                    "--streams",
                    "1",
                    "--object-size",
                    "64KiB",
                    "--duration",
                    "2s",
                    "--operations",
                    "write",
                    "--out",
                    out.toString()));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (list("kept/").isEmpty() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    Files.writeString(out, "mine");

    ProbeRun run = probe.get(60, TimeUnit.SECONDS);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("mine");
    assertThat(run.report().outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(run.report().steps()).hasSize(1);
    assertThat(run.err())
        .contains(
            "--out "
                + out
                + " exists; not overwriting it (add --force to overwrite); the report's JSON is"
                + " on standard output instead");
    assertThat(list("kept/")).isEmpty();
  }
}
