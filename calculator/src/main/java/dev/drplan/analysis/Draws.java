package dev.drplan.analysis;

import dev.drplan.analysis.decision.ImanConover;
import dev.drplan.analysis.decision.RankCorrelation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
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
 *
 * <p>Each value is drawn as {@link Distribution#sampler} draws it, by one switch on the input's
 * kind in one loop rather than by a call through each input's own sampler: a triangular input by
 * its {@link TriangularDraw}, a PERT by commons-math3's Beta sampler, a log-normal by its
 * log-normal sampler, any other by its {@link Distribution#sampler}. {@code DrawsTest} holds the
 * values equal to the bit to those of every input's sampler called in the same order.
 */
final class Draws {
  private static final int TRIANGULAR = 0;
  private static final int PERT = 1;
  private static final int LOGNORMAL = 2;
  private static final int OTHER = 3;

  private final List<UncertainInput> inputs;
  private final long seed;

  /**
   * Each input's kind of draw: {@link #TRIANGULAR}, {@link #PERT}, {@link #LOGNORMAL}, {@link
   * #OTHER}.
   */
  private final int[] kinds;

  /** Each triangular input's draw; null for the others. */
  private final TriangularDraw[] triangular;

  /** The correlated inputs (indices into {@link #inputs}) and their correlation; none: empty. */
  private final int[] correlated;

  private final RankCorrelation correlation;

  Draws(UncertainScenario uncertain, long seed) {
    this.inputs = uncertain.inputs();
    this.seed = seed;
    this.kinds = new int[inputs.size()];
    this.triangular = new TriangularDraw[inputs.size()];
    for (int j = 0; j < kinds.length; j++) {
      Distribution distribution = inputs.get(j).distribution();
      if (distribution instanceof Distribution.Triangular) {
        Distribution.Triangular t = (Distribution.Triangular) distribution;
        kinds[j] = TRIANGULAR;
        triangular[j] = new TriangularDraw(t.min(), t.mode(), t.max());
      } else if (distribution instanceof Distribution.Pert) {
        kinds[j] = PERT;
      } else if (distribution instanceof Distribution.LogNormal) {
        kinds[j] = LOGNORMAL;
      } else {
        kinds[j] = OTHER;
      }
    }
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
    Block drawing = new Block(block);
    double[][] values = new double[kinds.length][size];
    for (int i = 0; i < size; i++) {
      drawing.draw(values, i);
    }
    if (correlation != null && size >= correlated.length + 2) {
      double[][] rows = new double[correlated.length][];
      for (int k = 0; k < correlated.length; k++) {
        rows[k] = values[correlated[k]];
      }
      double[][] paired = ImanConover.correlate(rows, correlation, drawing.random.nextLong());
      for (int k = 0; k < correlated.length; k++) {
        values[correlated[k]] = paired[k];
      }
    }
    return values;
  }

  /**
   * One block's generator and the samplers that hold it, drawing sample after sample: every input
   * in list order by one switch on its kind.
   */
  private final class Block {
    final Well19937c random;

    /** For a PERT: the distribution, and its Beta. */
    private final Distribution.Pert[] perts;

    private final BetaDistribution[] betas;

    /** For a log-normal: the distribution, and commons-math3's uncut one. */
    private final Distribution.LogNormal[] cuts;

    private final LogNormalDistribution[] logNormals;

    /** For any other kind: its {@link Distribution#sampler}. */
    private final DoubleSupplier[] others;

    Block(int block) {
      random = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, block});
      int n = kinds.length;
      perts = new Distribution.Pert[n];
      betas = new BetaDistribution[n];
      cuts = new Distribution.LogNormal[n];
      logNormals = new LogNormalDistribution[n];
      others = new DoubleSupplier[n];
      for (int j = 0; j < n; j++) {
        Distribution distribution = inputs.get(j).distribution();
        if (kinds[j] == PERT) {
          Distribution.Pert pert = (Distribution.Pert) distribution;
          perts[j] = pert;
          betas[j] = new BetaDistribution(random, pert.alpha(), pert.beta());
        } else if (kinds[j] == LOGNORMAL) {
          Distribution.LogNormal logNormal = (Distribution.LogNormal) distribution;
          cuts[j] = logNormal;
          logNormals[j] = new LogNormalDistribution(random, logNormal.mu(), logNormal.sigma());
        } else if (kinds[j] == OTHER) {
          others[j] = distribution.sampler(random);
        }
      }
    }

    /** Draws the next sample, i: input j's value into {@code values[j][i]}, in list order. */
    void draw(double[][] values, int i) {
      int[] kinds = Draws.this.kinds;
      for (int j = 0; j < kinds.length; j++) {
        double value;
        switch (kinds[j]) {
          case TRIANGULAR:
            value = triangular[j].at(random.nextDouble());
            break;
          case PERT:
            value = perts[j].scaled(betas[j].sample());
            break;
          case LOGNORMAL:
            value = cuts[j].cut(logNormals[j].sample());
            break;
          default:
            value = others[j].getAsDouble();
            break;
        }
        values[j][i] = value;
      }
    }
  }
}
