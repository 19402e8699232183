package dev.drplan.benchmarks;

import dev.drplan.analysis.DecisionAnalysis;
import dev.drplan.analysis.DecisionResult;
import dev.drplan.analysis.UncertainScenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does {@code drplan decide}'s analysis of scenarios/walmart.yaml take with 100,000
 * samples, warm, on 1 and 2 threads: the Monte Carlo pass, the remedy search, the flip points and
 * the value of information together ({@link DecisionAnalysis#run})?
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar DecideBenchmark}. The score is seconds per analysis. The target
 * (under 3 s wall, JVM start included) is checked as users run it by {@code
 * benchmarks/decide-speed.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 4)
@Fork(1)
public class DecideBenchmark {

  static final int SAMPLES = 100_000;

  @Param({"1", "2"})
  public int threads;

  private final UncertainScenario scenario = BuiltInScenarios.loadUncertain("walmart");

  @Benchmark
  public DecisionResult decide() {
    return DecisionAnalysis.run(scenario, SAMPLES, 1, threads);
  }
}
