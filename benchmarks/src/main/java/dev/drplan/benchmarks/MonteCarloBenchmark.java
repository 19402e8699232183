package dev.drplan.benchmarks;

import dev.drplan.analysis.MonteCarlo;
import dev.drplan.analysis.MonteCarloResult;
import dev.drplan.analysis.UncertainScenario;
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
 * How many Monte Carlo samples per second does scenarios/walmart.yaml (2 configurations × 5 options
 * × 60 months, with the distributions it gives its unconfirmed inputs) run at, on 1 and 2 threads?
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar MonteCarloBenchmark}. The score is samples per second.
 *
 * <p>The 1,000,000-samples-in-2-s target counts JVM start, so it is checked end to end by {@link
 * #main}, outside JMH: {@code time java -cp benchmarks/target/benchmarks.jar
 * dev.drplan.benchmarks.MonteCarloBenchmark 1000000 2}. The CPU-per-sample target is read by {@code
 * ... MonteCarloBenchmark cpu [SAMPLES] [ROUNDS]}: the CPU time of the thread that runs the samples
 * (one thread, so the compiler's threads and the collector's are not counted), per sample, in each
 * of ROUNDS runs of SAMPLES (default 7 of 50,000), the best one last.
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
    if (args.length > 0 && args[0].equals("cpu")) {
      workerCpu(
          args.length > 1 ? Integer.parseInt(args[1]) : 50_000,
          args.length > 2 ? Integer.parseInt(args[2]) : 7);
      return;
    }
    long start = System.nanoTime();
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MonteCarloResult result = MonteCarlo.run(walmartUncertain(), samples, 2026, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    double sinceJvmStart =
        (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())
            / 1e3;
    System.out.printf(
        Locale.ROOT,
        "%d samples on %d threads: %.2f s in MonteCarlo.run, %.2f s since JVM start,"
            + " %.0f samples/s; P50 horizon cost of %s/%s: %.4g USD%n",
        samples,
        threads,
        seconds,
        sinceJvmStart,
        samples / seconds,
        result.pairs().get(1).configuration(),
        result.pairs().get(1).option(),
        result.pairs().get(1).metrics().get(6).p50());
  }

  /** Prints the worker CPU per sample of each round, on the calling thread, and the best. */
  private static void workerCpu(int samples, int rounds) {
    UncertainScenario scenario = walmartUncertain();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    StringBuilder each = new StringBuilder();
    for (int round = 0; round < rounds; round++) {
      long before = threads.getCurrentThreadCpuTime();
      MonteCarlo.run(scenario, samples, 2026 + round, 1);
      double micros = (threads.getCurrentThreadCpuTime() - before) / 1e3 / samples;
      each.append(String.format(Locale.ROOT, " %.2f", micros));
      best = Math.min(best, micros);
    }
    System.out.printf(
        Locale.ROOT,
        "worker CPU per sample, %d rounds of %d samples on 1 thread (us):%s; best %.2f us%n",
        rounds,
        samples,
        each,
        best);
  }

  /** scenarios/walmart.yaml with the distributions it gives its unconfirmed inputs. */
  static UncertainScenario walmartUncertain() {
    return BuiltInScenarios.loadUncertain("walmart");
  }
}
