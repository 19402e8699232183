package dev.drplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Ctrl-C on a running probe: {@code drplan probe} runs as a separate JVM ({@link Main} on the test
 * classpath), gets SIGINT once its objects exist, and must still remove them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeInterruptIT {

  private static final String BUCKET = "interrupt-it";

  @Test
  void sigintRemovesTheObjectsOfTheRunAndNothingElse() throws Exception {
    try (FakeGcs gcs = FakeGcs.start();
        Storage storage = gcs.storage()) {
      gcs.createBucket(BUCKET);
      Blob sentinel =
          storage.create(
              BlobInfo.newBuilder(BUCKET, "other/keep.txt").build(), "keep".getBytes(UTF_8));
      Path log = Files.createTempFile("probe-interrupt-", ".log");
      Process probe =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "probe",
                  "gs://" + BUCKET + "/interrupted",
                  "--endpoint",
                  gcs.url(),
                  "--streams",
                  "2",
                  "--object-size",
                  "1MiB",
                  "--duration",
                  "60s",
                  "--operations",
                  "write",
                  "--upload-method",
                  "simple")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (list(storage, "interrupted/").size() < 3 && System.nanoTime() < until) {
          assertThat(probe.isAlive()).as(Files.readString(log)).isTrue();
          Thread.sleep(100);
        }
        assertThat(list(storage, "interrupted/"))
            .as("objects written before SIGINT")
            .hasSizeGreaterThanOrEqualTo(3);

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(probe.pid())).start();
        assertThat(kill.waitFor()).isZero();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("probe exited after SIGINT").isTrue();
      } finally {
        probe.destroyForcibly();
      }

      String output = Files.readString(log);
      assertThat(probe.exitValue()).as(output).isEqualTo(130);
      assertThat(output).contains("removing the run's objects");
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
