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
 * of ROUNDS runs of SAMPLES (default 7 of 50,000), the best one last. {@code ...
 * MonteCarloBenchmark ramp [SAMPLES] [THREADS]} prints how many samples were done after each tenth
 * of a second of the run (default 1,000,000 on 2 threads): the first second, while the JIT compiles
 * the sampling path, against the steady rate after it.
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
    if (args.length > 0 && args[0].equals("ramp")) {
      ramp(
          args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000,
          args.length > 2 ? Integer.parseInt(args[2]) : 2);
      return;
    }
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

  /**
   * Prints the samples done after each 0.1 s of one run, and the run's rate after its first second.
   */
  private static void ramp(int samples, int threads) {
    UncertainScenario scenario = walmartUncertain();
    long[] doneAt = new long[(samples + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK + 1];
    long start = System.nanoTime();
    MonteCarlo.run(
        scenario,
        samples,
        2026,
        threads,
        (done, total) -> {
          int blocks = (int) ((done + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK);
          doneAt[blocks] = System.nanoTime();
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder line = new StringBuilder();
    long afterOneSecond = 0;
    for (int tenth = 1; tenth <= Math.ceil(seconds * 10); tenth++) {
      long limit = start + tenth * 100_000_000L;
      long done = 0;
      for (int blocks = 1; blocks < doneAt.length; blocks++) {
        if (doneAt[blocks] != 0 && doneAt[blocks] <= limit) {
          done = Math.min((long) blocks * MonteCarlo.BLOCK, samples);
        }
      }
      line.append(String.format(Locale.ROOT, " %dk", done / 1000));
      if (tenth == 10) {
        afterOneSecond = done;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d samples on %d threads in %.2f s; samples done after each 0.1 s:%s%n"
            + "in the first second: %d samples; after it: %.0f samples/s%n",
        samples,
        threads,
        seconds,
        line,
        afterOneSecond,
        seconds > 1 ? (samples - afterOneSecond) / (seconds - 1) : Double.NaN);
  }

  /** scenarios/walmart.yaml with the distributions it gives its unconfirmed inputs. */
  static UncertainScenario walmartUncertain() {
    return BuiltInScenarios.loadUncertain("walmart");
  }
}
