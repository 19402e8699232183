package dev.drplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code drplan} entry point: runs the command tree and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The scenario is read on a second thread while this one builds and parses the command line.
    ScenarioReader scenarios = PrefetchingScenarioReader.of(Wiring.scenarioReader(), args);
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand(scenarios), args);
    // Reports hold "§", "·" and "—": write UTF-8 whatever the platform's default charset.
    // Standard output keeps its write errors, so that a full disk is not a silent success.
    commandLine.setOut(StandardOutput.of(new FileOutputStream(FileDescriptor.out)));
    commandLine.setErr(utf8(FileDescriptor.err));
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Every option and key has a range sized to what a machine holds; this is the last guard.
      commandLine
          .getErr()
          .println(
              Errors.PREFIX
                  + "out of memory (java -Xmx "
                  + (Runtime.getRuntime().maxMemory() >> 20)
                  + " MiB); give java more memory, or ask for fewer samples or points");
      commandLine.getErr().flush();
      code = ExitCodes.FAILURE;
    }
    if (shutdownInProgress()) {
      // A signal (SIGINT, SIGTERM) began the JVM's shutdown, and the command ended because of it
      // (the probe's hook stops the run and waits for its report). The signal's status, 128 + its
      // number, is the exit code; System.exit here would race it, and once the hooks have run the
      // JDK halts at once with a nonzero status given then (this command's 1 for "interrupted").
      waitForTheHalt();
    }
    System.exit(code);
  }

  /** Whether the JVM is shutting down: it then refuses new shutdown hooks. */
  private static boolean shutdownInProgress() {
    Thread probe = new Thread(() -> {}, "drplan-shutdown-check");
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException shuttingDown) {
      return true;
    }
  }

  /** Blocks until the shutdown under way halts the JVM. */
  private static void waitForTheHalt() {
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException ignored) {
        // Nothing to do but wait: the shutdown decides when and with which code the JVM ends.
      }
    }
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
