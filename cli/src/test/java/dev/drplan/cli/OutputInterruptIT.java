package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGINT and SIGTERM during a long {@code --out} write ({@link AtomicFile}), drplan running as its
 * own process ({@link ProbeProcess}, which restores SIGINT for a test runner started in the
 * background): once the temporary file exists, the signal arrives; the process exits with 128 + the
 * signal's number and leaves neither the temporary file nor a partial {@code --out} behind.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class OutputInterruptIT {

  @TempDir Path dir;

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"INT, 130", "TERM, 143"})
  void aSignalDuringTheWriteLeavesNoTemporaryFile(String signal, int exitCode) throws Exception {
    Path out = dir.resolve("s.csv");
    Process sweep =
        ProbeProcess.start(
            dir.resolve("sweep.log"),
            List.of(
                "sweep",
                Path.of("../scenarios/pilot.yaml").toAbsolutePath().toString(),
                "--vary",
                "dataset.annual_growth=0.1..0.2:1000000",
                "--out",
                out.toString()));
    try {
      while (temporaryFiles().isEmpty()) {
        assertThat(sweep.isAlive())
            .as("sweep still running before its temporary file appeared")
            .isTrue();
        Thread.sleep(50);
      }
      ProbeProcess.signal(sweep, signal);
      assertThat(sweep.waitFor(60, TimeUnit.SECONDS)).as("exited after the signal").isTrue();
    } finally {
      sweep.destroyForcibly();
    }
    assertThat(sweep.exitValue()).isEqualTo(exitCode);
    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(AtomicFile.TEMPORARY_SUFFIX))
          .toList();
    }
  }
}
