package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every upload method really reaches the emulator the way it claims: the emulator's request log
 * shows the requests each method is made of. Objects of 20 MiB with 4 streams need two 16 MiB
 * resumable chunks, and two composite parts plus a compose.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeUploadMethodsIT {

  private static final String BUCKET = "methods-it";
  private static FakeGcs gcs;

  @BeforeAll
  static void startEmulator() throws Exception {
    gcs = FakeGcs.start();
    gcs.createBucket(BUCKET);
  }

  @AfterAll
  static void stopEmulator() {
    if (gcs != null) {
      gcs.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "simple, uploadType=multipart",
    "resumable, uploadType=resumable",
    "parallel-composite, /compose?ifGenerationMatch=0"
  })
  void uploadsVerifiesReadsAndRemoves(String method, String requestSeen) throws Exception {
    String prefix = "m-" + method;
    ProbeRun run =
        ProbeRun.run(
            gcs.url(),
            "gs://" + BUCKET + "/" + prefix,
            "--streams",
            "4",
            "--object-size",
            "20MiB",
            "--bytes",
            "80MiB",
            "--upload-method",
            method,
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    ProbeReport report = run.report();
    assertThat(report.uploadMethod()).isEqualTo(method);
    StepResult write = report.steps().get(0);
    assertThat(write.operation()).isEqualTo(Operation.WRITE);
    assertThat(write.uploadMethod()).isEqualTo(method);
    assertThat(write.objects()).isEqualTo(4);
    assertThat(write.verifiedObjects()).isEqualTo(4);
    StepResult read = report.steps().get(1);
    assertThat(read.objects()).isEqualTo(4);
    assertThat(read.verifiedObjects()).isEqualTo(4);
    assertThat(gcs.requestLog()).contains(requestSeen);
    try (Storage storage = gcs.storage()) {
      assertThat(storage.list(BUCKET, BlobListOption.prefix(prefix + "/")).iterateAll()).isEmpty();
    }
  }
}
