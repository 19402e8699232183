package dev.drplan.benchmarks;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.scenario.Scenario;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many full evaluations of walmart.yaml (every configuration × every option, month by month
 * over the horizon, and the verdict) one core does per second. Target: at least 100,000.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EvaluateBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EvaluateBenchmark {

  private Scenario walmart;

  @Setup
  public void loadScenario() {
    walmart = BuiltInScenarios.load("walmart");
  }

  /** One full evaluation; the result is returned so JMH sinks it. */
  @Benchmark
  public Evaluation evaluateWalmart() {
    return Evaluator.evaluate(walmart);
  }
}
