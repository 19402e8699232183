package dev.drplan.benchmarks;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.MonteCarlo;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.scenario.StorageClass;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many Monte Carlo samples per second does a walmart-sized scenario (2 configurations × 5
 * options × 60 months, six uncertain inputs) run at, on 1 and 2 threads?
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar MonteCarloBenchmark}. The score is samples per second.
 *
 * <p>The 1,000,000-samples-in-2-s target counts JVM start, so it is checked end to end by {@link
 * #main}, outside JMH: {@code time java -cp benchmarks/target/benchmarks.jar
 * dev.drplan.benchmarks.MonteCarloBenchmark 1000000 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

  static final int SAMPLES = 20_000;

  @Param({"1", "2"})
  public int threads;

  private final UncertainScenario scenario = walmartUncertain();

  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public MonteCarloResult samples() {
    return MonteCarlo.run(scenario, SAMPLES, 2026, threads);
  }

  /** End to end: {@code <samples> <threads>}; prints the wall time of the run and of the JVM. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MonteCarloResult result = MonteCarlo.run(walmartUncertain(), samples, 2026, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    double sinceJvmStart = (System.currentTimeMillis()
        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    System.out.printf(Locale.ROOT,
        "%d samples on %d threads: %.2f s in MonteCarlo.run, %.2f s since JVM start,"
            + " %.0f samples/s; P50 horizon cost of %s/%s: %.4g USD%n",
        samples, threads, seconds, sinceJvmStart, samples / seconds,
        result.pairs().get(1).configuration(), result.pairs().get(1).option(),
        result.pairs().get(1).metrics().get(6).p50());
  }

  /** scenarios/walmart.yaml built in code, with six of its assumptions uncertain. */
  static UncertainScenario walmartUncertain() {
    double pb = 1e15;
    return new UncertainScenario(walmart(), List.of(
        new UncertainInput("dataset.logical_size",
            new Distribution.Triangular(40 * pb, 80 * pb, 160 * pb)),
        new UncertainInput("dataset.annual_growth", new Distribution.Pert(0.2, 0.45, 0.8)),
        new UncertainInput("dataset.daily_change", new Distribution.Pert(0.002, 0.005, 0.02)),
        new UncertainInput("network.efficiency", new Distribution.Normal(0.8, 0.08, 0.4, 0.95)),
        new UncertainInput("network.circuits", new Distribution.Uniform(3.5, 8.5)),
        new UncertainInput("options.vast-on-z3.machine.hourly",
            new Distribution.LogNormal(13.0, 16.0))));
  }

  static Scenario walmart() {
    Dataset dataset = new Dataset(
        DataSize.ofPetabytes(80), Fraction.of(0.45), Fraction.of(0.005), 1.5, Fraction.of(0.2),
        DataSize.ofMebibytes(128), 1.5);
    Primary primary = new Primary(
        new DBoxSpec("ceres-df3060", DataSize.ofTerabytes(22 * 61.44), Fraction.of(0.88)),
        new CBoxSpec("cbox-4node", 4, DataRate.ofGigabytesPerSecond(4)),
        Fraction.of(0.9),
        List.of(new Configuration("minimum", 16, 56, null),
            new Configuration("phase-one", 16, 120, null)));
    Network network = new Network(8, DataRate.ofGigabitsPerSecond(100), Fraction.of(0.8),
        Fraction.ONE, TimeSpan.ofSeconds(0.03), Money.ofUsd(16_994));
    Objectives objectives = new Objectives(
        TimeSpan.ofHours(4), TimeSpan.ofDays(7), Fraction.of(0.1), TimeSpan.ofDays(180));
    NamespaceInCloud vast = new NamespaceInCloud(
        "vast-on-z3",
        new MachineSpec("z3-highmem-88-highlssd", DataSize.ofGibibytes(36_000),
            DataRate.ofGigabitsPerSecond(100), Money.ofUsd(13.0)),
        Fraction.of(0.1), 1.5, 250, Fraction.of(0.9), Fraction.of(0.37), TimeSpan.ofHours(1),
        TimeSpan.ofHours(1));
    GcsPrices archive = new GcsPrices(Money.ofUsd(0.0012), Money.ofUsd(0.05), Money.ofUsd(0.05),
        Money.ofUsd(0.12), TimeSpan.ofDays(365));
    GcsPrices coldline = new GcsPrices(Money.ofUsd(0.004), Money.ofUsd(0.02), Money.ofUsd(0.02),
        Money.ofUsd(0.12), TimeSpan.ofDays(90));
    GcsPrices archiveNam4 = new GcsPrices(Money.ofUsd(0.0024), Money.ofUsd(0.05),
        Money.ofUsd(0.05), Money.ofUsd(0.12), TimeSpan.ofDays(365));
    CopyEngine movers = new CopyEngine(
        32, 16, DataRate.ofMegabytesPerSecond(200), DataRate.ofGigabitsPerSecond(100));
    ApplianceSpec ta300 = new ApplianceSpec(
        "ta300", DataSize.ofTerabytes(300), TimeSpan.ofDays(14), 10, Money.ofUsd(0));
    List<DrOption> options = List.of(
        vast,
        new DataCopy("gcs-archive", StorageClass.ARCHIVE, "us-central1", archive,
            DataSize.ofMebibytes(256), false, TimeSpan.ofDays(30), Seeding.NETWORK, movers,
            TimeSpan.ofHours(1), Recovery.RESTORE_TO_PRIMARY),
        new DataCopy("gcs-coldline", StorageClass.COLDLINE, "us-central1", coldline,
            DataSize.ofMebibytes(256), false, TimeSpan.ofDays(30), Seeding.NETWORK, movers,
            TimeSpan.ofHours(1), Recovery.RESTORE_TO_PRIMARY),
        new DataCopy("gcs-archive-nam4-run-in-cloud", StorageClass.ARCHIVE, "nam4", archiveNam4,
            DataSize.ofMebibytes(128), true, TimeSpan.ofDays(30), Seeding.NETWORK, movers,
            TimeSpan.ofHours(1), Recovery.runInCloud(TimeSpan.ofDays(2))),
        new DataCopy("gcs-archive-appliance-seed", StorageClass.ARCHIVE, "us-central1", archive,
            DataSize.ofMebibytes(256), false, TimeSpan.ofDays(30), Seeding.byAppliance(ta300),
            movers, TimeSpan.ofHours(1), Recovery.RESTORE_TO_PRIMARY));
    return new Scenario("walmart-big-data-dr", "", TimeSpan.ofYears(5), "bench", "2026-01-01",
        dataset, primary, network, objectives, options);
  }
}
