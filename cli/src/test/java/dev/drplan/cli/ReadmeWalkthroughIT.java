package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's emulator walkthrough, run as written: the fenced block after the marker {@code <!--
 * drplan:emulator-walkthrough ... -->} in README.md, with bash, from the repository's root, on a
 * free loopback port given through {@code DRPLAN_EMULATOR_PORT} (the block's own variable; 4443
 * when unset). It must succeed and leave no emulator behind; and when the bucket cannot be made, it
 * must say so and stop before probing.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class ReadmeWalkthroughIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String MARKER = "<!-- drplan:emulator-walkthrough";

  @TempDir Path dir;

  /** The fenced block after the marker, as written. */
  static String walkthrough() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(MARKER)) {
        assertThat(marker).as("one walkthrough marker in README.md").isEqualTo(-1);
        marker = i;
      }
    }
    assertThat(marker).as("README.md has the marker " + MARKER).isNotNegative();
    assertThat(lines.get(marker + 1))
        .as("a fenced sh block right after the marker")
        .isEqualTo("```sh");
    StringBuilder block = new StringBuilder();
    for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
      block.append(lines.get(i)).append('\n');
    }
    return block.toString();
  }

  /** Runs the block with bash from the repository's root; returns its exit code and output. */
  private record Run(int exitCode, String output) {}

  private Run run(int port) throws IOException, InterruptedException {
    Path script = Files.writeString(dir.resolve("walkthrough.sh"), walkthrough());
    Path log = dir.resolve("walkthrough.log");
    ProcessBuilder bash =
        new ProcessBuilder("bash", script.toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    bash.environment().put("DRPLAN_EMULATOR_PORT", Integer.toString(port));
    bash.environment().remove("STORAGE_EMULATOR_HOST");
    Process process = bash.start();
    try {
      assertThat(process.waitFor(200, TimeUnit.SECONDS))
          .as("the walkthrough ended: " + Files.readString(log))
          .isTrue();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    return new Run(process.exitValue(), Files.readString(log));
  }

  @Test
  void theWalkthroughRunsAsWrittenAndLeavesNoProcessBehind() throws Exception {
    int port = TestTools.freePort();

    Run run = run(port);

    System.out.println(run.output());
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .containsPattern("drplan probe \\S+: completed")
        .contains("shows none left")
        .contains("drplan validate: walmart-big-data-dr")
        .doesNotContain("no verdict")
        .as("every stream of every step ran")
        .doesNotContain("streams completed an operation")
        .contains("the probe's report: ");
    assertThat(emulatorsOn(port)).as("emulators left on port " + port).isEmpty();
    assertThat(listening(port)).as("something still listens on port " + port).isFalse();
  }

  /**
   * Something else already answers on the port, and refuses the bucket: the walkthrough waits for
   * an answer, fails to make the bucket, says so, and never probes.
   */
  @Test
  void aBucketThatCannotBeMadeStopsTheWalkthroughLoudly() throws Exception {
    HttpServer impostor =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    impostor.createContext(
        "/",
        exchange -> {
          try (exchange) {
            int status =
                exchange.getRequestURI().getPath().equals("/_internal/healthcheck") ? 200 : 409;
            exchange.sendResponseHeaders(status, -1);
          }
        });
    impostor.start();
    int port = impostor.getAddress().getPort();
    try {
      Run run = run(port);

      assertThat(run.exitCode()).as(run.output()).isNotZero();
      assertThat(run.output())
          .contains("could not create the bucket dr-bucket at http://127.0.0.1:" + port)
          .doesNotContain("drplan probe");
      assertThat(emulatorsOn(port)).isEmpty();
    } finally {
      impostor.stop(0);
    }
  }

  /** fake-gcs-server processes started for {@code port} that are still alive. */
  private static List<ProcessHandle> emulatorsOn(int port) {
    List<ProcessHandle> alive = new ArrayList<>();
    ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .forEach(
            process -> {
              String command = process.info().commandLine().orElse("");
              if (command.contains("fake-gcs-server") && command.contains("-port " + port)) {
                alive.add(process);
              }
            });
    return alive;
  }

  private static boolean listening(int port) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }
}
