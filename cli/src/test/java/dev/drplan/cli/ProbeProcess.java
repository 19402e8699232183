package dev.drplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code drplan} as a process of its own ({@link Main} on the test classpath), for what only a real
 * process shows: signals, exit codes, the time until it exits. Output and errors go to a log file.
 *
 * <p>Started through {@code env --default-signal=INT} (GNU coreutils 8.31 or later): a job put in
 * the background by a non-interactive shell starts with SIGINT ignored, the JVM then leaves it
 * ignored, and so would every process the tests start, so a test runner launched that way (a CI
 * script, {@code ./mvnw verify &}) would send SIGINT to a probe that cannot hear it. The wrapper
 * restores SIGINT's default disposition before the JVM starts.
 */
final class ProbeProcess {

  private ProbeProcess() {}

  /** {@code drplan ARGS...} started now, writing to {@code log}. */
  static Process start(Path log, List<String> args) throws IOException {
    return start(log, args, Map.of());
  }

  /** The same, with {@code environment} added to the process's environment. */
  static Process start(Path log, List<String> args, Map<String, String> environment)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add("env");
    command.add("--default-signal=INT");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().remove("STORAGE_EMULATOR_HOST");
    builder.environment().putAll(environment);
    return builder.start();
  }

  /**
   * Seconds this machine takes, now, to start {@code drplan --version} and see it exit: what any
   * measured process lifetime includes besides the work. Timing assertions add it rather than guess
   * it, so a loaded machine does not fail them.
   */
  static double startupSeconds() throws IOException, InterruptedException {
    Path log = Files.createTempFile("drplan-version-", ".log");
    try {
      long start = System.nanoTime();
      Process version = start(log, List.of("--version"));
      if (!version.waitFor(60, TimeUnit.SECONDS)) {
        version.destroyForcibly();
        throw new IllegalStateException("drplan --version did not exit in 60 s");
      }
      if (version.exitValue() != 0) {
        throw new IllegalStateException(
            "drplan --version exited with " + version.exitValue() + ": " + Files.readString(log));
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Sends {@code signal} ("INT", "TERM") to {@code process}. */
  static void signal(Process process, String signal) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException(
          "kill -" + signal + " failed: " + new String(kill.getInputStream().readAllBytes()));
    }
  }
}
