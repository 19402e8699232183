package dev.drplan.analysis;

import dev.drplan.benchmarks.BuiltInScenarios;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Where a Monte Carlo sample's worker CPU goes: drawing the inputs ({@link Draws}), evaluating them
 * on the sampling path ({@link SamplingPath#evaluate}), and recording and counting the figures (the
 * rest of {@link MonteCarlo#run}), each timed with the calling thread's CPU clock, in rounds that
 * alternate the three so that the machine's load falls on all of them alike. In the analysis
 * package because the parts are package-private; a benchmark, not part of the product.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.drplan.analysis.SampleParts [SAMPLES] [ROUNDS]
 * </pre>
 */
public final class SampleParts {
  private SampleParts() {}

  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 100 * MonteCarlo.BLOCK;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    UncertainScenario uncertain = BuiltInScenarios.loadUncertain("walmart");
    SamplingPath path = SamplingPath.of(uncertain);
    if (path == null) {
      throw new IllegalStateException("walmart.yaml does not take the sampling path");
    }
    double[] state = path.newState();
    var sample = path.evaluator.newSample();
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    int blocks = samples / MonteCarlo.BLOCK;
    int n = blocks * MonteCarlo.BLOCK;
    double bestDraws = Double.MAX_VALUE;
    double bestEvaluated = Double.MAX_VALUE;
    double bestWhole = Double.MAX_VALUE;
    double checksum = 0;
    for (int round = 0; round < rounds; round++) {
      Draws draws = new Draws(uncertain, 2026 + round);
      long start = clock.getCurrentThreadCpuTime();
      for (int block = 0; block < blocks; block++) {
        checksum += draws.block(block, MonteCarlo.BLOCK)[0][0];
      }
      long drawn = clock.getCurrentThreadCpuTime();
      double[] values = new double[uncertain.inputs().size()];
      for (int block = 0; block < blocks; block++) {
        double[][] drawnBlock = draws.block(block, MonteCarlo.BLOCK);
        for (int i = 0; i < MonteCarlo.BLOCK; i++) {
          for (int j = 0; j < values.length; j++) {
            values[j] = drawnBlock[j][i];
          }
          path.evaluate(values, state, sample);
          checksum += sample.figures[0];
        }
      }
      long evaluated = clock.getCurrentThreadCpuTime();
      MonteCarlo.run(uncertain, n, 2026 + round, 1);
      long whole = clock.getCurrentThreadCpuTime();
      bestDraws = Math.min(bestDraws, (drawn - start) / 1e3 / n);
      bestEvaluated = Math.min(bestEvaluated, (evaluated - drawn) / 1e3 / n);
      bestWhole = Math.min(bestWhole, (whole - evaluated) / 1e3 / n);
    }
    System.out.printf(
        Locale.ROOT,
        "worker CPU per sample, best of %d rounds of %d samples on 1 thread (us): drawing %.2f,"
            + " evaluating %.2f, recording and counting %.2f; the whole sample %.2f (checksum %s)%n",
        rounds,
        n,
        bestDraws,
        bestEvaluated - bestDraws,
        bestWhole - bestEvaluated,
        bestWhole,
        Double.isFinite(checksum) ? "finite" : "not finite");
  }
}
