package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A {@link ScenarioReader} that starts reading the scenario the arguments name on a thread of its
 * own, before the command line is parsed, so that the JVM's first reading of the YAML, the catalog
 * and the distributions runs on the second core while the main thread builds and parses the command
 * line (benchmarks/README.md, "Issue 12, sixth round"). The command still asks for its FILE as
 * before: when it is the file read ahead and that reading succeeded, it gets that result; otherwise
 * (another file, or a reading that failed) the file is read then, on the command's own thread, so
 * that every error is found, worded and traced exactly as without the read-ahead.
 *
 * <p>Only a regular file is read ahead (never a pipe or a terminal, which a second reading would
 * find empty), and only for the commands whose first parameter is a scenario.
 */
final class PrefetchingScenarioReader implements ScenarioReader {

  /** The commands whose FILE is a scenario ({@link ScenarioFile}); a test keeps the list whole. */
  static final Set<String> READING_A_SCENARIO =
      Set.of(
          "compare",
          "explain",
          "report",
          "simulate",
          "decide",
          "sensitivity",
          "sweep",
          "solve",
          "validate");

  private final ScenarioReader reader;
  private final Path file;
  private final FutureTask<UncertainScenario> reading;

  private PrefetchingScenarioReader(ScenarioReader reader, Path file) {
    this.reader = reader;
    this.file = file;
    this.reading = new FutureTask<>(() -> reader.readUncertain(file));
  }

  /**
   * {@code reader}, reading ahead the scenario {@code args} name when they name one ({@link
   * #scenarioIn}); {@code reader} itself when they do not.
   */
  static ScenarioReader of(ScenarioReader reader, String[] args) {
    Objects.requireNonNull(reader, "reader");
    Path file = scenarioIn(args);
    if (file == null) {
      return reader;
    }
    PrefetchingScenarioReader ahead = new PrefetchingScenarioReader(reader, file);
    Thread thread = new Thread(ahead.reading, "drplan-read-ahead");
    // It never keeps the JVM alive: a command that does not ask for the file ends without it.
    thread.setDaemon(true);
    thread.start();
    return ahead;
  }

  /**
   * The scenario file {@code args} most likely name, or {@code null}: after a command of {@link
   * #READING_A_SCENARIO}, the first argument that is not an option and is a regular file. A guess
   * only: the command line's parser decides what FILE is, and the result is used only for that.
   */
  static Path scenarioIn(String[] args) {
    int first = DrplanCommand.firstWordAt(args);
    if (first < 0 || !READING_A_SCENARIO.contains(args[first])) {
      return null;
    }
    for (int i = first + 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("-")) {
        continue;
      }
      try {
        Path candidate = Path.of(arg);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      } catch (RuntimeException notAPath) {
        // Not a file name on this system (e.g. a NUL character): not the scenario, then.
      }
    }
    return null;
  }

  @Override
  public Scenario read(Path file) {
    return readUncertain(file).base();
  }

  @Override
  public UncertainScenario readUncertain(Path file) {
    if (file.equals(this.file)) {
      UncertainScenario readAhead = readAhead();
      if (readAhead != null) {
        return readAhead;
      }
    }
    return reader.readUncertain(file);
  }

  /** The read-ahead's scenario, or {@code null} when that reading failed. */
  private UncertainScenario readAhead() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return reading.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException failed) {
          return null;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
