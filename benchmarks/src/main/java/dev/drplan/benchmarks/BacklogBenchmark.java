package dev.drplan.benchmarks;

import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.BacklogSimulation;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ComplianceSearch;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.model.backlog.GrowthScaling;
import dev.drplan.model.backlog.SnapshotDeltas;
import dev.drplan.model.backlog.SyntheticPattern;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long does the backlog simulation of a year of one-minute samples (525,600 points) take across
 * walmart.yaml's five options, each cut into its snapshot deltas, simulated at its replication rate
 * and searched for the smallest rate (and circuits) meeting the RPO objective 99% of the time?
 * Target (issue 11): under 1 s after start-up. The profile is the synthetic pattern of walmart's
 * dataset, scaled to the last year of its horizon; the rates are those of the phase-one
 * configuration.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BacklogBenchmark
 * </pre>
 *
 * <p>Once, cold, from JVM start (scenario loaded, profile generated, five options run): {@code java
 * -cp benchmarks/target/benchmarks.jar dev.drplan.benchmarks.BacklogBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BacklogBenchmark {

  static final int MINUTES_PER_YEAR = 525_600;

  private Walmart walmart;

  @Setup
  public void prepare() {
    walmart = new Walmart(BuiltInScenarios.load("walmart"));
  }

  /** The five options, every result sunk. */
  @Benchmark
  public void fiveOptions(Blackhole sink) {
    for (Option option : walmart.options) {
      sink.consume(walmart.run(option));
    }
  }

  /** walmart.yaml's profile, objective and options, prepared outside the measured method. */
  static final class Walmart {
    final Scenario scenario;
    final ChangeProfile profile;
    final GrowthScaling scaling;
    final List<Option> options = new ArrayList<>();

    Walmart(Scenario scenario) {
      this.scenario = scenario;
      this.profile =
          SyntheticPattern.forDataset(scenario.dataset(), scenario.dataset().logicalSize())
              .generate(
                  Instant.parse("2025-01-01T00:00:00Z"),
                  TimeSpan.ofMinutes(1),
                  TimeSpan.ofMinutes(MINUTES_PER_YEAR));
      // Measured on day one, replayed in the horizon's last year: the largest data of the plan.
      this.scaling =
          GrowthScaling.of(
              scenario.dataset(),
              scenario.dataset().logicalSize(),
              TimeSpan.ofSeconds(
                  Math.max(0, scenario.horizon().seconds() - TimeSpan.ONE_YEAR.seconds())));
      for (OptionResult result : Evaluator.evaluate(scenario).results()) {
        if (result.configuration().equals("phase-one")) {
          options.add(
              new Option(
                  result.option(),
                  interval(scenario, result.option()),
                  result.replication().rate()));
        }
      }
    }

    Outcome run(Option option) {
      TimeSpan objective = scenario.objectives().rpo();
      SnapshotDeltas deltas = SnapshotDeltas.of(profile, scaling, option.interval);
      BacklogResult simulated = BacklogSimulation.run(deltas, option.rate, objective);
      ComplianceSearch search =
          new ComplianceSearch(deltas, objective, ComplianceSearch.DEFAULT_TARGET);
      return new Outcome(option, simulated, search.smallestRate(), search.circuits(network()));
    }

    Network network() {
      return scenario.network();
    }

    private static TimeSpan interval(Scenario scenario, String name) {
      for (DrOption option : scenario.options()) {
        if (option.name().equals(name)) {
          return option instanceof DataCopy
              ? ((DataCopy) option).replicationInterval()
              : ((NamespaceInCloud) option).replicationInterval();
        }
      }
      throw new IllegalArgumentException("no option " + name);
    }
  }

  /** One option's interval and replication rate. */
  record Option(String name, TimeSpan interval, DataRate rate) {}

  /** What one option's run gives. */
  record Outcome(Option option, BacklogResult simulated, CompliantRate needed, Long circuits) {}

  /** Once, from JVM start: prints the wall times and each option's figures. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Scenario scenario = BuiltInScenarios.load("walmart");
    long loaded = System.nanoTime();
    Walmart walmart = new Walmart(scenario);
    long prepared = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>();
    for (Option option : walmart.options) {
      outcomes.add(walmart.run(option));
    }
    long done = System.nanoTime();
    double sinceJvmStart =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    System.out.printf(
        Locale.ROOT,
        "%d points x %d options: %.3f s to load walmart.yaml, %.3f s to generate the profile"
            + " and evaluate the rates, %.3f s to run the options, %.3f s since JVM start%n",
        walmart.profile.size(),
        outcomes.size(),
        (loaded - start) / 1e9,
        (prepared - loaded) / 1e9,
        (done - prepared) / 1e9,
        sinceJvmStart);
    for (Outcome outcome : outcomes) {
      BacklogResult r = outcome.simulated;
      System.out.printf(
          Locale.ROOT,
          "  %-30s R %7.1f GB/s: RPO P99 %6.2f h, max %6.2f h, within %6.2f%%, largest backlog"
              + " %6.1f TB; 99%% needs %s, %s circuits%n",
          outcome.option.name(),
          outcome.option.rate().gigabytesPerSecond(),
          r.rpoP99().hours(),
          r.rpoMax().hours(),
          r.withinObjective().percent(),
          r.largestBacklog().terabytes(),
          outcome.needed.reachable()
              ? String.format(Locale.ROOT, "%.1f GB/s", outcome.needed.rate().gigabytesPerSecond())
              : "unreachable",
          outcome.circuits);
    }
  }
}
