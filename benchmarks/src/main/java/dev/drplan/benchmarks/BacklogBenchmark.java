package dev.drplan.benchmarks;

import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.SyntheticPattern;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.TimeSpan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long do a year of one-minute change samples (525,600 rows) take through the real path of
 * {@code drplan compare}: walmart.yaml with a {@code change_profile} CSV beside it, loaded by the
 * scenario loader (the CSV read by its reader), and evaluated with the backlog replayed for every
 * pair ({@link Evaluator#evaluateWithBacklog}: 2 configurations × 5 options, each option's deltas
 * cut once, its compliance search run once, each pair simulated)? Target (issue 11): under 1 s
 * after start-up.
 *
 * <p>The CSV is walmart's synthetic pattern (docs/model.md §5, "The backlog") at one-minute steps,
 * in bytes, written once to a temporary directory before anything is measured; the replay scales it
 * to the last year of the horizon.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BacklogBenchmark
 * </pre>
 *
 * <p>Once, cold, from JVM start, the files written by one JVM and read by another:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.drplan.benchmarks.BacklogBenchmark write /tmp/bb
 * java -cp benchmarks/target/benchmarks.jar dev.drplan.benchmarks.BacklogBenchmark run /tmp/bb
 * time ./drplan compare /tmp/bb/walmart-minutes.yaml --format json > /dev/null
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BacklogBenchmark {

  static final int MINUTES_PER_YEAR = 525_600;

  private Path directory;
  private Path scenarioFile;
  private Scenario loaded;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    directory = Files.createTempDirectory("drplan-backlog-benchmark");
    scenarioFile = writeScenario(directory);
    loaded = load(scenarioFile);
  }

  @TearDown(Level.Trial)
  public void cleanUp() throws IOException {
    Files.deleteIfExists(directory.resolve(CSV));
    Files.deleteIfExists(scenarioFile);
    Files.deleteIfExists(directory);
  }

  /** The scenario and its 525,600-row CSV read, as compare reads them. */
  @Benchmark
  public Scenario loadScenarioAndProfile() {
    return load(scenarioFile);
  }

  /** The evaluation of every pair with the year of minutes replayed. */
  @Benchmark
  public Evaluation evaluateWithBacklog() {
    return Evaluator.evaluateWithBacklog(loaded);
  }

  private static final String CSV = "walmart-minutes.csv";

  /**
   * walmart.yaml with a change profile: a year of minutes of its synthetic pattern as a CSV beside
   * it, measured at its day-one size.
   */
  static Path writeScenario(Path directory) throws IOException {
    Scenario walmart = BuiltInScenarios.load("walmart");
    ChangeProfile minutes =
        SyntheticPattern.forDataset(walmart.dataset(), walmart.dataset().logicalSize())
            .generate(
                Instant.parse("2025-01-06T00:00:00Z"),
                TimeSpan.ofMinutes(1),
                TimeSpan.ofMinutes(MINUTES_PER_YEAR));
    try (BufferedWriter out =
        Files.newBufferedWriter(directory.resolve(CSV), StandardCharsets.UTF_8)) {
      out.write("timestamp,bytes_changed\n");
      for (int i = 0; i < minutes.size(); i++) {
        out.write(minutes.startOf(i).toString());
        out.write(',');
        out.write(Long.toString(Math.round(minutes.changedIn(i).bytes())));
        out.write('\n');
      }
    }
    String yaml =
        Files.readString(BuiltInScenarios.file("walmart"), StandardCharsets.UTF_8)
            + "\nchange_profile:\n  file: "
            + CSV
            + "\n  format: csv\n";
    return Files.writeString(directory.resolve("walmart-minutes.yaml"), yaml);
  }

  static Scenario load(Path scenario) {
    return new ScenarioLoader(CatalogReader.builtIn()).load(scenario);
  }

  /**
   * From the command line, each step in its own JVM so that the measured one starts cold: {@code
   * write DIR} writes the scenario and its CSV into DIR; {@code run DIR} then loads and evaluates
   * them and prints the times since its JVM started, and each pair's figures.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("write")) {
      Path directory = Files.createDirectories(Path.of(args[1]));
      System.out.println(writeScenario(directory));
      return;
    }
    if (args.length != 2 || !args[0].equals("run")) {
      System.err.println("usage: BacklogBenchmark write DIR | run DIR");
      System.exit(2);
    }
    Path scenarioFile = Path.of(args[1]).resolve("walmart-minutes.yaml");
    double started = sinceJvmStart();
    long start = System.nanoTime();
    Scenario scenario = load(scenarioFile);
    long loaded = System.nanoTime();
    Evaluation evaluation = Evaluator.evaluateWithBacklog(scenario);
    long evaluated = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d rows, %d pairs: main reached %.3f s after JVM start; %.3f s to load walmart.yaml and"
            + " the CSV, %.3f s to evaluate with the replay; done %.3f s after JVM start%n",
        scenario.changeProfile().measured().size(),
        evaluation.results().size(),
        started,
        (loaded - start) / 1e9,
        (evaluated - loaded) / 1e9,
        sinceJvmStart());
    for (OptionResult result : evaluation.results()) {
      BacklogResult r = result.backlog().simulated();
      System.out.printf(
          Locale.ROOT,
          "  %-10s %-30s R %6.1f GB/s: RPO P99 %5.2f h, max %5.2f h, within %6.2f%%,"
              + " largest backlog %6.1f TB; %s%n",
          result.configuration(),
          result.option(),
          result.replication().rate().gigabytesPerSecond(),
          r.rpoP99().hours(),
          r.rpoMax().hours(),
          r.withinObjective().percent(),
          r.largestBacklog().terabytes(),
          result.backlog().compliance().reachable()
              ? String.format(
                  Locale.ROOT,
                  "99%% needs %.1f GB/s, %d circuits",
                  result.backlog().compliance().rate().gigabytesPerSecond(),
                  result.backlog().circuits())
              : "99% unreachable");
    }
  }

  private static double sinceJvmStart() {
    return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
  }
}
