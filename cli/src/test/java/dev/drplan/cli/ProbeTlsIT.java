package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe over HTTPS, as GCS always is: fake-gcs-server with {@code -scheme https}, its
 * self-signed certificate trusted by the probe's JVM through {@code JAVA_TOOL_OPTIONS}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ProbeTlsIT {

  /**
   * A probe over TLS writes, reads and cleans up, and, run with C1 only (as {@link ProbeProcess}
   * starts it), says in its warnings that its figures may be its CPU's: TLS without C2 runs at some
   * tens of MB/s a core (gcs-adapter/README.md).
   */
  @Test
  void aProbeOverTlsRunsAndSaysWhenItsJvmLacksTheOptimisingCompiler(@TempDir Path dir)
      throws Exception {
    try (TlsFakeGcs gcs = TlsFakeGcs.start()) {
      gcs.createBucket("tls-it");
      Path trust = gcs.writeTrustStore(dir.resolve("trust.p12"));
      Path out = dir.resolve("probe.json");
      Path log = dir.resolve("probe.log");

      Process probe =
          ProbeProcess.start(
              log,
              List.of(
                  "probe",
                  "gs://tls-it/run",
                  "--endpoint",
                  gcs.url(),
                  "--streams",
                  "2",
                  "--object-size",
                  "1MiB",
                  "--duration",
                  "2s",
                  "--out",
                  out.toString()),
              Map.of(
                  "JAVA_TOOL_OPTIONS",
                  "-Djavax.net.ssl.trustStore="
                      + trust
                      + " -Djavax.net.ssl.trustStorePassword="
                      + TlsFakeGcs.TRUST_STORE_PASSWORD));
      boolean exited = probe.waitFor(60, TimeUnit.SECONDS);
      probe.destroyForcibly();

      String output = Files.readString(log);
      assertThat(exited).as(output).isTrue();
      assertThat(probe.exitValue()).as(output).isZero();
      ProbeReport report = ProbeReport.read(out);
      assertThat(report.steps()).as(output).hasSize(2);
      assertThat(report.steps()).allSatisfy(step -> assertThat(step.objects()).isPositive());
      assertThat(report.steps().stream().mapToLong(StepResult::errorCount).sum()).isZero();
      assertThat(report.warnings())
          .contains(
              "this JVM runs without its optimising compiler (-XX:TieredStopAtLevel=1), so TLS"
                  + " encrypts and decrypts at some tens of MB/s a core: the steps may measure the"
                  + " probe's CPU rather than the link (./drplan probe runs it with the compiler)");
      assertThat(report.cleanup().listedEmpty()).isTrue();
      assertThat(gcs.objectsUnder("tls-it", "run/")).isZero();
    }
  }
}
