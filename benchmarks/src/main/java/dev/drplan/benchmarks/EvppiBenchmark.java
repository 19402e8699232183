package dev.drplan.benchmarks;

import dev.drplan.analysis.decision.CandidateRule;
import dev.drplan.analysis.decision.DecisionProblem;
import dev.drplan.analysis.decision.DecisionSamples;
import dev.drplan.analysis.decision.Evpi;
import dev.drplan.analysis.decision.EvppiEstimator;
import dev.drplan.analysis.decision.InputRanking;
import dev.drplan.analysis.decision.InputSamples;
import dev.drplan.analysis.decision.VoiEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does the value-of-information arithmetic of {@code decide} take on 100,000 Monte Carlo
 * samples of 20 alternatives and 10 uncertain inputs: the problem built from the samples (utilities
 * under a penalty rule), the EVPI, and the 10 inputs ranked by EVPPI with each estimator, on 1 and
 * 2 threads? The whole {@code decide} on walmart has a 3 s wall budget for 100,000 samples, JVM
 * start included; this must be a small part of it.
 *
 * <p>The samples are synthetic, made once in {@code @Setup} from a fixed seed: 10 inputs (uniform,
 * log-normal and whole-number), 20 alternatives whose costs (USD, tens of millions) depend on the
 * inputs linearly, through a square and through a threshold, plus noise, several of them close
 * enough in cost that the inputs matter; each alternative infeasible above a threshold of one
 * input.
 *
 * <p>Run from the repository root; scores are milliseconds per operation:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EvppiBenchmark
 * </pre>
 *
 * <p>The first call in a fresh JVM, as {@code decide} would make it, is timed by {@link #main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvppiBenchmark {

  static final int SAMPLES = 100_000;
  static final int INPUTS = 10;
  static final int ALTERNATIVES = 20;

  @Param({"1", "2"})
  public int threads;

  private DecisionSamples samples;
  private DecisionProblem problem;
  private List<InputSamples> inputs;

  @Setup
  public void drawSamples() {
    Well19937c random = new Well19937c(2026);
    double[][] theta = new double[INPUTS][SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      for (int j = 0; j < INPUTS; j++) {
        switch (j % 3) {
          case 0:
            theta[j][i] = random.nextDouble();
            break;
          case 1:
            theta[j][i] = Math.exp(0.4 * random.nextGaussian());
            break;
          default:
            theta[j][i] = 1 + random.nextInt(6);
        }
      }
    }
    double[][] costs = new double[ALTERNATIVES][SAMPLES];
    boolean[][] feasible = new boolean[ALTERNATIVES][SAMPLES];
    for (int a = 0; a < ALTERNATIVES; a++) {
      double base =
          30e6 + 1.5e6 * random.nextDouble() + (a % 4 == 0 ? 0 : 4e6 * random.nextDouble());
      double[] linear = new double[INPUTS];
      for (int j = 0; j < INPUTS; j++) {
        linear[j] = 1e6 * random.nextGaussian() / (1 + j);
      }
      double square = 2e6 * random.nextGaussian();
      int stepInput = a % INPUTS;
      double stepAt = 0.8 + 0.4 * random.nextDouble();
      int feasibilityInput = (a + 3) % INPUTS;
      double feasibleBelow = 0.9 + 4 * random.nextDouble();
      for (int i = 0; i < SAMPLES; i++) {
        double cost = base + square * theta[0][i] * theta[0][i];
        for (int j = 0; j < INPUTS; j++) {
          cost += linear[j] * theta[j][i];
        }
        if (theta[stepInput][i] > stepAt) {
          cost += 2e6;
        }
        costs[a][i] = cost + 2e5 * random.nextGaussian();
        feasible[a][i] = theta[feasibilityInput][i] < feasibleBelow;
      }
    }
    List<String> names = new ArrayList<>();
    for (int a = 0; a < ALTERNATIVES; a++) {
      names.add("option-" + a);
    }
    samples = DecisionSamples.ofCosts(names, costs, feasible);
    problem = DecisionProblem.of(samples, CandidateRule.penalty(5e6));
    inputs = new ArrayList<>();
    for (int j = 0; j < INPUTS; j++) {
      inputs.add(new InputSamples("input-" + j, theta[j]));
    }
  }

  /** Utilities under the rule, from the samples (threads do not apply). */
  @Benchmark
  public DecisionProblem buildProblem() {
    return DecisionProblem.of(samples, CandidateRule.penalty(5e6));
  }

  /** EVPI with its batch-means standard error (threads do not apply). */
  @Benchmark
  public VoiEstimate evpi() {
    return Evpi.of(problem);
  }

  /** The 10 inputs ranked by regression EVPPI, EVPI included. */
  @Benchmark
  public InputRanking.Ranking rankByRegression() {
    return InputRanking.rank(problem, inputs, EvppiEstimator.REGRESSION, threads);
  }

  /** The 10 inputs ranked by binned EVPPI, EVPI included. */
  @Benchmark
  public InputRanking.Ranking rankByBinning() {
    return InputRanking.rank(problem, inputs, EvppiEstimator.BINNED, threads);
  }

  /**
   * Cold, as {@code decide} would run it once in a fresh JVM: {@code [threads]} (default 2). Prints
   * the ranking by each estimator, to check the synthetic problem exercises them, with the wall
   * time of that first call (JIT compilation included): {@code java -cp
   * benchmarks/target/benchmarks.jar dev.drplan.benchmarks.EvppiBenchmark 2}.
   */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    EvppiBenchmark benchmark = new EvppiBenchmark();
    benchmark.drawSamples();
    System.out.println(
        "prior choice "
            + benchmark.problem.priorChoice()
            + "; dominated, left out: "
            + benchmark.problem.dominated());
    for (EvppiEstimator estimator : EvppiEstimator.values()) {
      long start = System.nanoTime();
      InputRanking.Ranking ranking =
          InputRanking.rank(benchmark.problem, benchmark.inputs, estimator, threads);
      System.out.printf(
          Locale.ROOT,
          "%s on %d threads, first call %.0f ms: EVPI %.0f ± %.0f USD%n",
          estimator,
          threads,
          (System.nanoTime() - start) / 1e6,
          ranking.evpi().usd(),
          ranking.evpi().standardErrorUsd());
      for (InputRanking.RankedInput input : ranking.inputs()) {
        System.out.printf(
            Locale.ROOT,
            "  %-8s %12.0f ± %.0f USD%n",
            input.input(),
            input.evppi().usd(),
            input.evppi().standardErrorUsd());
      }
    }
  }
}
