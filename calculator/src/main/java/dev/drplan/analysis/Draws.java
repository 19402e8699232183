package dev.drplan.analysis;

import dev.drplan.analysis.decision.ImanConover;
import dev.drplan.analysis.decision.RankCorrelation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The sampled values of the uncertain inputs, one block of {@value MonteCarlo#BLOCK} samples at a
 * time, as every Monte Carlo of drplan draws them (docs/model.md, "Monte Carlo").
 *
 * <p>Block b draws from its own {@link Well19937c} seeded with {seed's high 32 bits, seed's low 32
 * bits, b}: sample by sample, and within a sample input by input in list order. When the scenario
 * states rank correlations, the correlated inputs' values of the block are then re-paired by {@link
 * ImanConover} (each input keeps the values it drew; only which values share a sample changes),
 * seeded with the next long of the block's generator. Either way a block's values depend on the
 * seed and the block alone, never on the thread that draws it. A block of fewer samples than the
 * correlated inputs plus two (only a run of a handful of samples has one) cannot be re-paired and
 * keeps its independent draws.
 */
final class Draws {
  private final List<UncertainInput> inputs;
  private final long seed;

  /** The correlated inputs (indices into {@link #inputs}) and their correlation; none: empty. */
  private final int[] correlated;

  private final RankCorrelation correlation;

  Draws(UncertainScenario uncertain, long seed) {
    this.inputs = uncertain.inputs();
    this.seed = seed;
    RankCorrelation all = uncertain.correlation();
    if (all == null) {
      this.correlated = new int[0];
      this.correlation = null;
      return;
    }
    List<String> names = uncertain.names();
    boolean[] involved = new boolean[names.size()];
    for (RankCorrelation.Pair pair : uncertain.correlations()) {
      involved[names.indexOf(pair.first())] = true;
      involved[names.indexOf(pair.second())] = true;
    }
    List<String> subset = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (int j = 0; j < involved.length; j++) {
      if (involved[j]) {
        subset.add(names.get(j));
        indices.add(j);
      }
    }
    this.correlated = indices.stream().mapToInt(Integer::intValue).toArray();
    this.correlation = RankCorrelation.ofPairs(subset, uncertain.correlations());
  }

  /**
   * The values of block {@code block}'s first {@code size} samples: {@code values[j][i]} is input
   * j's value in the block's sample i, canonical.
   */
  double[][] block(int block, int size) {
    RandomGenerator random = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, block});
    DoubleSupplier[] samplers = new DoubleSupplier[inputs.size()];
    for (int j = 0; j < samplers.length; j++) {
      samplers[j] = inputs.get(j).distribution().sampler(random);
    }
    double[][] values = new double[samplers.length][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < samplers.length; j++) {
        values[j][i] = samplers[j].getAsDouble();
      }
    }
    if (correlation != null && size >= correlated.length + 2) {
      double[][] rows = new double[correlated.length][];
      for (int k = 0; k < correlated.length; k++) {
        rows[k] = values[correlated[k]];
      }
      double[][] paired = ImanConover.correlate(rows, correlation, random.nextLong());
      for (int k = 0; k < correlated.length; k++) {
        values[correlated[k]] = paired[k];
      }
    }
    return values;
  }
}
