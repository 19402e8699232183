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

  /** picocli's built-in converters drplan never uses: regular expressions of type names. */
  static final String UNUSED_BUILT_IN_CONVERTERS = "java\\.sql\\..*,java\\.time\\..*";

  public static void main(String[] args) {
    // picocli's default factory looks up Groovy's Closure class when it first initialises, so the
    // class loader reads the whole jar's directory (36,000 entries) to find it absent; drplan never
    // uses Groovy (benchmarks/README.md, "Issue 12, eighth round"). Set before any CommandLine.
    System.setProperty("picocli.disable.closures", "true");
    // picocli registers a converter for each java.sql and java.time type it finds, by reflection,
    // in every CommandLine it builds: a few milliseconds of every start for types no drplan option
    // has without a converter of its own (MainTest holds that true).
    System.setProperty("picocli.converters.excludes", UNUSED_BUILT_IN_CONVERTERS);
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
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.out.flush();
    System.err.flush();
    boolean shuttingDown = shutdownInProgress();
    if (shuttingDown) {
      // A signal (SIGINT, SIGTERM) began the JVM's shutdown, and the command ended because of it
      // (the probe's hook stops the run and waits for its report). The signal's status, 128 + its
      // number, is the exit code; System.exit here would race it, and once the hooks have run the
      // JDK halts at once with a nonzero status given then (this command's 1 for "interrupted").
      waitForTheHalt();
    }
    if (!returnsInsteadOfExiting(code, shuttingDown, otherThreadKeepsTheJvmAlive())) {
      System.exit(code);
    }
  }

  /**
   * Whether {@code main} ends by returning rather than by {@link System#exit}: only after a
   * successful command (code 0), with no shutdown under way and no other thread that would keep the
   * JVM running. The JVM then ends as {@code System.exit(0)} would, its shutdown hooks run, but
   * without {@code Runtime.exit}'s logger lookup, which since JDK 21 searches every jar of the
   * class path for a logging service and so reads the 36,000-entry directory of drplan's jar at the
   * end of every command (benchmarks/README.md, "Issue 12, eighth round"). Any other code, and any
   * run that left a non-daemon thread behind, exits as before.
   */
  static boolean returnsInsteadOfExiting(
      int code, boolean shutdownInProgress, boolean otherThreadKeepsTheJvmAlive) {
    return code == ExitCodes.OK && !shutdownInProgress && !otherThreadKeepsTheJvmAlive;
  }

  /** Whether a live thread other than this one is not a daemon: the JVM would wait for it. */
  static boolean otherThreadKeepsTheJvmAlive() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    if (count == threads.length) {
      return true; // more threads than counted a moment ago: exit, as before, rather than guess
    }
    for (int i = 0; i < count; i++) {
      Thread thread = threads[i];
      if (thread != Thread.currentThread() && thread.isAlive() && !thread.isDaemon()) {
        return true;
      }
    }
    return false;
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
