package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A write to standard output that fails is never a silent success: a full disk is exit 1 with one
 * line on standard error; a pipe whose reader has gone ends quietly with exit 141. In process (a
 * stream that fails as the kernel does) and as the shell runs it ({@code > /dev/full}, {@code |
 * head -1}) in a forked JVM.
 */
class StandardOutputTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  /** A stream that takes {@code limit} bytes, then fails with {@code message} (errno's words). */
  private static OutputStream failingAfter(long limit, String message) {
    return new OutputStream() {
      private long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (written + length > limit) {
          throw new IOException(message);
        }
        written += length;
      }
    };
  }

  private int run(OutputStream stdout, String... args) {
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()), args);
    commandLine.setOut(StandardOutput.of(stdout));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare s.yaml",
        "compare s.yaml --format json",
        "catalog",
        "schema",
        "--help",
        "compare --help",
        "completion bash"
      })
  void aFullDiskIsExitOneWithOneLine(String command) {
    int exit = run(failingAfter(100, "No space left on device"), command.split(" "));
    assertThat(exit).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo("drplan: error: cannot write to standard output: No space left on device\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare s.yaml", "catalog", "--help"})
  void aClosedPipeEndsQuietly(String command) {
    int exit = run(failingAfter(100, "Broken pipe"), command.split(" "));
    assertThat(exit).isEqualTo(ExitCodes.CLOSED_PIPE).isEqualTo(141);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aReportThatFitsIsWrittenWhole() {
    StringWriter text = new StringWriter();
    OutputStream stream =
        new OutputStream() {
          @Override
          public void write(int b) {
            text.write(b);
          }
        };
    assertThat(run(stream, "compare", "s.yaml")).isEqualTo(ExitCodes.OK);
    assertThat(text.toString()).startsWith("drplan compare: test-big-data-dr");
    assertThat(err.toString()).isEmpty();
  }

  // ---- as the shell runs it -----------------------------------------------------------------

  @Test
  void toDevFullItIsExitOneWithOneLine() throws Exception {
    Path stderr = dir.resolve("stderr.txt");
    Process process =
        TestTools.drplan("compare", "../scenarios/walmart.yaml")
            .redirectOutput(new java.io.File("/dev/full"))
            .redirectError(stderr.toFile())
            .start();
    assertThat(process.waitFor()).isEqualTo(1);
    assertThat(Files.readString(stderr, StandardCharsets.UTF_8))
        .isEqualTo("drplan: error: cannot write to standard output: No space left on device\n");
  }

  @Test
  void intoAPipeClosedAfterOneLineItEndsQuietly() throws Exception {
    Path stderr = dir.resolve("stderr.txt");
    // Far more than a pipe holds (64 KiB), so drplan is still writing when the reader goes.
    Process process =
        TestTools.drplan(
                "sweep",
                "../scenarios/pilot.yaml",
                "--vary",
                "dataset.logical_size=1PB..10PB:3000",
                "--format",
                "csv")
            .redirectError(stderr.toFile())
            .start();
    String first;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      first = reader.readLine();
    }
    assertThat(first).startsWith("dataset.logical_size_bytes,");
    assertThat(process.waitFor()).isEqualTo(ExitCodes.CLOSED_PIPE);
    assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
  }
}
