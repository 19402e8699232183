package dev.drplan.analysis;

import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Recommendation;
import dev.drplan.model.SamplingEvaluator;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Monte Carlo over the uncertain inputs of a scenario: each sample draws every input, evaluates the
 * scenario with {@link Evaluator#evaluate} and records each pair's figures.
 *
 * <p><b>Reproducibility.</b> Samples are cut into fixed blocks of {@value #BLOCK} (sample i is in
 * block i / {@value #BLOCK}), each drawn by {@link Draws} from its own generator seeded with the
 * seed and the block's number (re-paired to the scenario's rank correlations, when it states any).
 * Which thread runs a block does not change its draws. Percentiles, probabilities, minima and
 * maxima come from integer counts, which add up the same in any order; means are summed per block
 * and the block sums are added in block order. So the same seed gives bit-identical results with 1,
 * 2 or 64 threads.
 *
 * <p><b>Percentiles.</b> Nearest rank (P_q is the sample of rank ceil(q·n)), with a figure that
 * cannot exist counted as +∞ and a percentile falling on it reported as {@code null}. Samples are
 * counted in logarithmic bins (a binade split in 4096), not stored, so memory does not grow with
 * the sample count; the reported value is within a relative {@value #PERCENTILE_RELATIVE_ERROR} of
 * the exact sample percentile, and exact when the samples in its bin are all equal.
 *
 * <p><b>Threads.</b> The caller gives the thread count; a fixed pool of that many threads is made
 * for the run and shut down before returning (1 runs on the calling thread). No common pool, clock
 * or unseeded randomness.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /** Samples per block, the unit of seeding and of summation order. */
  public static final int BLOCK = 2048;

  /** Largest relative error of a reported percentile against the exact sample percentile. */
  public static final double PERCENTILE_RELATIVE_ERROR = 0x1p-13;

  private static final Metric[] METRICS = Metric.values();

  private static final int FIGURES = SamplingEvaluator.FIGURES;

  /** Samples whose figures are counted together, a part of a block (see Accumulator.figures). */
  private static final int PART = 256;

  private static final int RTO = SamplingEvaluator.RTO;

  /**
   * The memory a run of {@code samples} over {@code pairs} pairs holds for its means, which grows
   * with the samples: one sum per block of {@value #BLOCK}, pair and figure (the histograms do not
   * grow with the samples).
   */
  public static long heldBytes(long samples, int pairs) {
    long blocks = (samples + BLOCK - 1) / BLOCK;
    return blocks * pairs * METRICS.length * Double.BYTES;
  }

  /**
   * Runs {@code samples} samples of {@code uncertain} from {@code seed} on {@code threads} threads.
   *
   * @throws IllegalArgumentException if samples or threads is below 1, or a sample cannot be
   *     evaluated (the message names the sample and its drawn values)
   */
  public static MonteCarloResult run(
      UncertainScenario uncertain, int samples, long seed, int threads) {
    return run(uncertain, samples, seed, threads, Progress.NONE);
  }

  /**
   * {@link #run(UncertainScenario, int, long, int)}, telling {@code progress} the samples done
   * after each block; the result does not depend on it.
   */
  public static MonteCarloResult run(
      UncertainScenario uncertain, int samples, long seed, int threads, Progress progress) {
    return run(uncertain, samples, seed, threads, progress, true);
  }

  /**
   * {@link #run(UncertainScenario, int, long, int, Progress)}; with {@code sampling} false every
   * sample goes through {@link Evaluator}, even when the sampling path could take the run (for
   * tests and benchmarks that compare the two).
   */
  static MonteCarloResult run(
      UncertainScenario uncertain,
      int samples,
      long seed,
      int threads,
      Progress progress,
      boolean sampling) {
    Objects.requireNonNull(progress, "progress");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Evaluation reference = Evaluator.evaluate(uncertain.base());
    Plan plan = new Plan(uncertain, reference, samples, seed, progress, sampling);
    int workers = Math.min(threads, plan.blocks);
    List<Accumulator> accumulators = new ArrayList<>();
    AtomicInteger nextBlock = new AtomicInteger();
    if (workers == 1) {
      Accumulator accumulator = new Accumulator(plan);
      accumulator.work(nextBlock);
      accumulators.add(accumulator);
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              workers,
              runnable -> {
                Thread thread = new Thread(runnable, "drplan-monte-carlo");
                thread.setDaemon(true);
                return thread;
              });
      try {
        List<Future<Accumulator>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          futures.add(
              pool.submit(
                  () -> {
                    Accumulator accumulator = new Accumulator(plan);
                    accumulator.work(nextBlock);
                    return accumulator;
                  }));
        }
        for (Future<Accumulator> future : futures) {
          accumulators.add(future.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Monte Carlo interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    Accumulator total = accumulators.get(0);
    for (int i = 1; i < accumulators.size(); i++) {
      total.merge(accumulators.get(i));
    }
    return plan.summarise(total);
  }

  /** What every worker shares: inputs, pair layout, and the per-block sums for the means. */
  private static final class Plan {
    final UncertainScenario uncertain;
    final List<List<ScenarioKey>> setters;
    final List<UncertainInput> inputs;
    final Draws draws;
    final int samples;
    final long seed;
    final int blocks;
    final int pairs;

    /** Options per configuration: pair p is option p % options of configuration p / options. */
    final int options;

    final List<OptionResult> layout;
    final List<ConfigurationResult> configurations;

    /** sums[(block · pairs + pair) · metrics + metric], written once per block by one worker. */
    final double[] blockSums;

    final Progress progress;
    final AtomicLong done = new AtomicLong();

    /** The sampling path, or {@code null} when samples go through the reference evaluator. */
    final SamplingPath fast;

    Plan(
        UncertainScenario uncertain,
        Evaluation reference,
        int samples,
        long seed,
        Progress progress,
        boolean sampling) {
      this.progress = progress;
      this.uncertain = uncertain;
      this.setters = uncertain.setters();
      this.inputs = uncertain.inputs();
      this.draws = new Draws(uncertain, seed);
      this.samples = samples;
      this.seed = seed;
      this.blocks = (int) ((samples + (long) BLOCK - 1) / BLOCK);
      this.layout = reference.results();
      this.configurations = reference.configurations();
      this.pairs = layout.size();
      this.options = pairs / configurations.size();
      this.blockSums = new double[Math.toIntExact((long) blocks * pairs * METRICS.length)];
      this.fast = sampling ? SamplingPath.of(uncertain) : null;
    }

    MonteCarloResult summarise(Accumulator total) {
      double n = samples;
      List<PairSummary> summaries = new ArrayList<>();
      for (int p = 0; p < pairs; p++) {
        List<MetricSummary> metrics = new ArrayList<>();
        for (int m = 0; m < METRICS.length; m++) {
          Histogram histogram = total.histograms[p][m];
          Double mean = null;
          if (histogram.never() == 0) {
            double sum = 0;
            for (int b = 0; b < blocks; b++) {
              sum += blockSums[(b * pairs + p) * METRICS.length + m];
            }
            mean = sum / n;
          }
          metrics.add(
              new MetricSummary(
                  METRICS[m],
                  histogram.percentile(0.1),
                  histogram.percentile(0.5),
                  histogram.percentile(0.9),
                  mean,
                  histogram.min(),
                  histogram.max(),
                  histogram.never() / n));
        }
        OptionResult pair = layout.get(p);
        summaries.add(
            new PairSummary(
                pair.configuration(),
                pair.option(),
                pair.kind(),
                metrics,
                total.feasible[p] / n,
                total.meetsSeed[p] / n,
                total.meetsRpo[p] / n,
                total.meetsRto[p] / n,
                total.recommended[p] / n,
                pair.costLines().notPriced()));
      }
      List<ConfigurationSummary> fits = new ArrayList<>();
      for (int c = 0; c < configurations.size(); c++) {
        fits.add(
            new ConfigurationSummary(
                configurations.get(c).configuration(), total.fitsHorizon[c] / n));
      }
      return new MonteCarloResult(
          samples,
          seed,
          inputs,
          summaries,
          fits,
          total.nothingFeasible / n,
          new SampleHistograms(total.histograms));
    }
  }

  /** One worker's counts; merged by integer addition, so the merge order does not matter. */
  private static final class Accumulator {
    final Plan plan;
    final Histogram[][] histograms;

    /**
     * The figures of the last {@value #PART} samples, [(pair · metrics + metric) · PART + sample],
     * counted one histogram at a time: counting each sample into 112 histograms in turn missed the
     * cache at almost every count, and a whole block's figures (1.8 MB on walmart) missed it at
     * almost every store. The counts, and each mean's sum in sample order, are the same.
     */
    final double[] figures;

    final long[] feasible;
    final long[] meetsSeed;
    final long[] meetsRpo;
    final long[] meetsRto;
    final long[] recommended;
    final long[] fitsHorizon;
    long nothingFeasible;

    /** The sampling path's state and output, reused from sample to sample; null without it. */
    final double[] state;

    final SamplingEvaluator.Sample sample;

    /**
     * twinOf[p][m]: the pair whose histogram of figure m stands for pair p's, because every figure
     * m of the two so far has been the same (p itself when p counts its own). Pairs start as one
     * class per figure, represented by pair 0, and a class splits at the first part whose values
     * differ; classes never merge. On walmart a configuration changes no cost and the data copies
     * share their rates and several costs, so 35 of the 112 figures are counted, not 112. A
     * represented histogram is copied from its representative when it splits off and when the
     * worker ends: the same counts, minimum and maximum as counting it.
     */
    final int[][] twinOf;

    /** twinOf as it was before the part being split, so that a split is judged on one class. */
    private final int[] classBefore;

    Accumulator(Plan plan) {
      this.plan = plan;
      this.histograms = new Histogram[plan.pairs][METRICS.length];
      for (Histogram[] row : histograms) {
        for (int m = 0; m < row.length; m++) {
          row[m] = new Histogram();
        }
      }
      this.feasible = new long[plan.pairs];
      this.meetsSeed = new long[plan.pairs];
      this.meetsRpo = new long[plan.pairs];
      this.meetsRto = new long[plan.pairs];
      this.recommended = new long[plan.pairs];
      this.fitsHorizon = new long[plan.configurations.size()];
      this.figures = new double[plan.pairs * METRICS.length * PART];
      this.state = plan.fast == null ? null : plan.fast.newState();
      this.sample = plan.fast == null ? null : plan.fast.evaluator.newSample();
      this.twinOf = new int[plan.pairs][METRICS.length];
      this.classBefore = new int[plan.pairs];
    }

    void work(AtomicInteger nextBlock) {
      for (int block = nextBlock.getAndIncrement();
          block < plan.blocks;
          block = nextBlock.getAndIncrement()) {
        runBlock(block);
        int size = Math.min(plan.samples, (block + 1) * BLOCK) - block * BLOCK;
        plan.progress.update(plan.done.addAndGet(size), plan.samples);
      }
      for (int p = 1; p < plan.pairs; p++) {
        for (int m = 0; m < METRICS.length; m++) {
          if (twinOf[p][m] != p) {
            histograms[p][m] = copyOf(histograms[twinOf[p][m]][m]);
            twinOf[p][m] = p;
          }
        }
      }
    }

    private static Histogram copyOf(Histogram histogram) {
      Histogram copy = new Histogram();
      copy.merge(histogram);
      return copy;
    }

    /**
     * Splits figure m's classes of pairs by the part's first {@code size} values, before the part
     * is counted: a pair that differs from its representative joins an earlier pair of the same
     * class that split off in this part with the same values, or takes a copy of the
     * representative's histogram, which holds exactly its values so far.
     */
    private void split(int m, int size) {
      int[] before = classBefore;
      for (int p = 0; p < plan.pairs; p++) {
        before[p] = twinOf[p][m];
      }
      for (int p = 1; p < plan.pairs; p++) {
        int q = before[p];
        if (q == p || sameColumn(p, q, m, size)) {
          continue;
        }
        int joined = p;
        for (int r = q + 1; r < p; r++) {
          if (before[r] == q && twinOf[r][m] == r && sameColumn(p, r, m, size)) {
            joined = r;
            break;
          }
        }
        if (joined == p) {
          histograms[p][m] = copyOf(histograms[q][m]);
        }
        twinOf[p][m] = joined;
      }
    }

    private void runBlock(int block) {
      int sums = block * plan.pairs * METRICS.length;
      int first = block * BLOCK;
      int end = Math.min(plan.samples, first + BLOCK);
      double[][] drawn = plan.draws.block(block, end - first);
      double[] values = new double[drawn.length];
      for (int i = first; i < end; i++) {
        for (int j = 0; j < values.length; j++) {
          values[j] = drawn[j][i - first];
        }
        int part = (i - first) % PART;
        evaluate(values, i, part);
        if (part == PART - 1 || i == end - 1) {
          count(part + 1, sums);
        }
      }
    }

    /** Evaluates sample i, whose values are {@code values}, and records it at {@code part}. */
    private void evaluate(double[] values, int i, int part) {
      if (plan.fast != null && sampled(values, part)) {
        return;
      }
      Scenario scenario;
      Evaluation evaluation;
      try {
        scenario = plan.uncertain.at(plan.setters, values);
        evaluation = Evaluator.evaluate(scenario);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "Monte Carlo sample " + i + " " + describe(values) + ": " + e.getMessage(), e);
      }
      record(scenario, evaluation, part);
    }

    /**
     * Records sample {@code sample} of the part by the sampling path; false when the path cannot
     * represent it (a figure outside a double, a count beyond a long), which the reference then
     * evaluates: it fails on such a sample with its own message naming the input that broke it.
     */
    private boolean sampled(double[] values, int sample) {
      SamplingPath fast = plan.fast;
      SamplingEvaluator.Sample out = this.sample;
      if (!fast.evaluate(values, state, out)) {
        return false;
      }
      double[] pairFigures = out.figures;
      int[] metricIndex = fast.metricIndex;
      int[] flags = out.flags;
      boolean anyFeasible = false;
      for (int p = 0; p < plan.pairs; p++) {
        int at = p * METRICS.length * PART + sample;
        int from = p * FIGURES;
        for (int m = 0; m < METRICS.length; m++) {
          figures[at + m * PART] = pairFigures[from + metricIndex[m]];
        }
        int flag = flags[p];
        if ((flag & SamplingEvaluator.FEASIBLE) != 0) {
          feasible[p]++;
          anyFeasible = true;
        }
        if ((flag & SamplingEvaluator.MEETS_SEED) != 0) {
          meetsSeed[p]++;
        }
        if ((flag & SamplingEvaluator.MEETS_RPO) != 0) {
          meetsRpo[p]++;
        }
        if ((flag & SamplingEvaluator.MEETS_RTO) != 0) {
          meetsRto[p]++;
        }
      }
      if (!anyFeasible) {
        nothingFeasible++;
      }
      if (out.recommended >= 0) {
        recommended[out.recommended]++;
      }
      for (int c = 0; c < fitsHorizon.length; c++) {
        if (out.fitsHorizon[c]) {
          fitsHorizon[c]++;
        }
      }
      return true;
    }

    /**
     * Counts the part's {@code size} samples of every figure, and adds them to the block's sums for
     * the means, in sample order.
     */
    private void count(int size, int sums) {
      double[] blockSums = plan.blockSums;
      // Before any counting: the classes whose values differ in this part split.
      for (int m = 0; m < METRICS.length; m++) {
        split(m, size);
      }
      for (int p = 0; p < plan.pairs; p++) {
        for (int m = 0; m < METRICS.length; m++) {
          int twin = twinOf[p][m];
          if (twin != p) {
            // The same values in the same order: the same sum (the twin, an earlier pair, is
            // counted already).
            blockSums[sums + p * METRICS.length + m] = blockSums[sums + twin * METRICS.length + m];
            continue;
          }
          Histogram histogram = histograms[p][m];
          int from = (p * METRICS.length + m) * PART;
          double sum = blockSums[sums + p * METRICS.length + m];
          for (int i = from; i < from + size; i++) {
            double value = figures[i];
            if (Double.isNaN(value)) {
              histogram.addNever();
            } else {
              histogram.add(value);
              sum += value;
            }
          }
          blockSums[sums + p * METRICS.length + m] = sum;
        }
      }
    }

    /** Whether figure m of pairs p and q are the same in the block's first {@code size} samples. */
    private boolean sameColumn(int p, int q, int m, int size) {
      int a = (p * METRICS.length + m) * PART;
      int b = (q * METRICS.length + m) * PART;
      for (int i = 0; i < size; i++) {
        if (Double.doubleToLongBits(figures[a + i]) != Double.doubleToLongBits(figures[b + i])) {
          return false;
        }
      }
      return true;
    }

    private void record(Scenario scenario, Evaluation evaluation, int sample) {
      double maxSeed = scenario.objectives().maxSeed().seconds();
      double rpo = scenario.objectives().rpo().seconds();
      double rto = scenario.objectives().rto().seconds();
      List<OptionResult> results = evaluation.results();
      boolean anyFeasible = false;
      for (int p = 0; p < plan.pairs; p++) {
        OptionResult result = results.get(p);
        int at = p * METRICS.length * PART + sample;
        for (int m = 0; m < METRICS.length; m++) {
          figures[at + m * PART] = METRICS[m].valueOrNaN(result);
        }
        if (result.feasible()) {
          feasible[p]++;
          anyFeasible = true;
        }
        if (result.seed().time() != null && result.seed().time().seconds() <= maxSeed) {
          meetsSeed[p]++;
        }
        if (result.rpo() != null && result.rpo().seconds() <= rpo) {
          meetsRpo[p]++;
        }
        if (result.rto() != null && result.rto().seconds() <= rto) {
          meetsRto[p]++;
        }
      }
      if (!anyFeasible) {
        nothingFeasible++;
      }
      Recommendation recommendation = evaluation.recommendation();
      if (recommendation.option() != null) {
        for (int p = 0; p < plan.pairs; p++) {
          OptionResult result = results.get(p);
          if (result.option().equals(recommendation.option())
              && result.configuration().equals(recommendation.configuration())) {
            recommended[p]++;
          }
        }
      }
      List<ConfigurationResult> configurations = evaluation.configurations();
      for (int c = 0; c < fitsHorizon.length; c++) {
        if (configurations.get(c).fitsHorizon()) {
          fitsHorizon[c]++;
        }
      }
    }

    private String describe(double[] values) {
      StringBuilder text = new StringBuilder("(");
      for (int j = 0; j < values.length; j++) {
        text.append(j == 0 ? "" : ", ")
            .append(plan.inputs.get(j).key())
            .append(" = ")
            .append(values[j]);
      }
      return text.append(')').toString();
    }

    void merge(Accumulator other) {
      for (int p = 0; p < plan.pairs; p++) {
        for (int m = 0; m < METRICS.length; m++) {
          histograms[p][m].merge(other.histograms[p][m]);
        }
        feasible[p] += other.feasible[p];
        meetsSeed[p] += other.meetsSeed[p];
        meetsRpo[p] += other.meetsRpo[p];
        meetsRto[p] += other.meetsRto[p];
        recommended[p] += other.recommended[p];
      }
      for (int c = 0; c < fitsHorizon.length; c++) {
        fitsHorizon[c] += other.fitsHorizon[c];
      }
      nothingFeasible += other.nothingFeasible;
    }
  }
}
