package dev.drplan.analysis;

import dev.drplan.analysis.DecisionResult.Alternative;
import dev.drplan.analysis.DecisionResult.Blocking;
import dev.drplan.analysis.DecisionResult.Choice;
import dev.drplan.analysis.DecisionResult.Information;
import dev.drplan.analysis.DecisionResult.InputFlips;
import dev.drplan.analysis.DecisionResult.LeverReach;
import dev.drplan.analysis.DecisionResult.Question;
import dev.drplan.analysis.decision.CandidateRule;
import dev.drplan.analysis.decision.DecisionProblem;
import dev.drplan.analysis.decision.DecisionSamples;
import dev.drplan.analysis.decision.EvppiEstimator;
import dev.drplan.analysis.decision.FeasibilityDriver;
import dev.drplan.analysis.decision.FlipPoint;
import dev.drplan.analysis.decision.FlipPointFinder;
import dev.drplan.analysis.decision.FlipPoints;
import dev.drplan.analysis.decision.InputRanking;
import dev.drplan.analysis.decision.InputSamples;
import dev.drplan.analysis.decision.Parallel;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.Recommendation;
import dev.drplan.model.SamplingEvaluator;
import dev.drplan.model.Verdict;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Fraction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code drplan decide} (docs/model.md, "Deciding under uncertainty"): one Monte Carlo run over the
 * scenario's uncertain inputs, drawn as {@link MonteCarlo} draws them (the same seed gives the same
 * futures), and from it:
 *
 * <ol>
 *   <li>for each (configuration, option) pair, the share of futures in which it is feasible and in
 *       which it meets each objective, and its horizon cost's mean and P10, P50, P90;
 *   <li>remedies under uncertainty: for each pair feasible in fewer futures than {@code
 *       objectives.confidence}, each of its levers ({@link Levers}) at its bound and, where that
 *       reaches the confidence, the fewest steps that do, estimated on the first {@value
 *       #SEARCH_SAMPLES} samples; a priced remedy that keeps the objectives and could beat the best
 *       alternative so far is then evaluated on every sample as an alternative of its own;
 *   <li>the recommendation: the alternative feasible in at least the confidence's share of futures
 *       with the lowest mean horizon cost (ties as {@code compare} breaks them); when none reaches
 *       it, the one feasible most often;
 *   <li>flip points: along each uncertain input's range, every other input at its base, where
 *       {@code compare}'s recommendation changes, by {@link FlipPointFinder};
 *   <li>the value of information: each input's EVPPI by {@link
 *       dev.drplan.analysis.decision.RegressionEvppi}, and the EVPI, on the values of the
 *       alternatives in each future, a plan that proves infeasible being paid for and replaced by
 *       the cheapest plan feasible there.
 * </ol>
 *
 * <p>Every figure depends on the seed and the sample count only: blocks of samples are drawn and
 * evaluated independently of the thread that runs them, sums are taken in sample order, and the
 * estimators are deterministic.
 */
public final class DecisionAnalysis {
  private DecisionAnalysis() {}

  /** Samples the remedy search estimates shares on: the first block. */
  public static final int SEARCH_SAMPLES = MonteCarlo.BLOCK;

  /**
   * How many steps past the search's estimate a remedy is tried when every sample shows it short.
   */
  static final int EXTRA_STEPS = 2;

  /** Label of the recommendation when nothing is feasible. */
  public static final String NOTHING_FEASIBLE = "no feasible pair";

  /** Range of an input without bounds: these quantiles of its distribution. */
  static final double LOW_QUANTILE = 0.01;

  static final double HIGH_QUANTILE = 0.99;

  /** Flip points are located to this share of the input's range. */
  static final double FLIP_TOLERANCE = 1e-6;

  private static final ReasonCode[] CODES = ReasonCode.values();

  /**
   * The memory a run of {@code samples} over {@code pairs} pairs and {@code inputs} uncertain
   * inputs holds, which grows with the samples: every sample is kept, each input's draw, and for
   * every pair and every remedied pair (counted as one per pair) its cost, its verdict and its
   * utility twice over.
   */
  public static long heldBytes(long samples, int pairs, int inputs) {
    long alternatives = 2L * pairs;
    return samples * (Double.BYTES * (inputs + 4 * alternatives) + alternatives);
  }

  /**
   * The most samples whose utilities fit the one array that holds them for every alternative (pairs
   * and remedied pairs, counted as {@link #heldBytes} counts them).
   */
  public static long mostSamplesInOneArray(int pairs) {
    return Integer.MAX_VALUE / (2L * pairs);
  }

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException if samples or threads is below 1, or a sample cannot be
   *     evaluated
   */
  public static DecisionResult run(
      UncertainScenario uncertain, int samples, long seed, int threads) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Run run = new Run(uncertain, samples, seed, threads);
    run.sample();
    List<Alternative> alternatives = new ArrayList<>();
    for (int p = 0; p < run.pairs; p++) {
      alternatives.add(
          run.alternative(p, null, Double.NaN, 0, run.cost[p], run.feasible[p], run.counts[p]));
    }
    List<LeverReach> reaches = new ArrayList<>();
    run.remedies(alternatives, reaches);
    Choice choice = run.choose(alternatives);
    List<InputFlips> flips = run.flips();
    Information information = run.information(alternatives, choice);
    return new DecisionResult(
        samples,
        seed,
        run.confidence,
        alternatives,
        choice,
        Math.min(samples, SEARCH_SAMPLES),
        reaches,
        flips,
        information);
  }

  /**
   * The range of input j: its distribution's bounds, or where it has none (a log-normal, a normal
   * not cut), its 1st and 99th percentiles; within the key's domain. {@code compare} searches its
   * recommendation's changes over the same range ({@link UncertainVerdicts}).
   */
  static double[] range(UncertainScenario uncertain, int j) {
    return range(uncertain.inputs().get(j).distribution(), uncertain.keys().get(j));
  }

  /**
   * The range of an input with {@code distribution} whose first key is {@code key}, as {@link
   * #range(UncertainScenario, int)} gives it; the loader checks a change profile's replay over it.
   */
  public static double[] range(Distribution distribution, ScenarioKey key) {
    boolean open = distribution instanceof Distribution.LogNormal;
    double lower =
        !open && Double.isFinite(distribution.lower())
            ? distribution.lower()
            : distribution.quantile(LOW_QUANTILE);
    double upper =
        !open && Double.isFinite(distribution.upper())
            ? distribution.upper()
            : distribution.quantile(HIGH_QUANTILE);
    return new double[] {Math.max(lower, key.min()), Math.min(upper, key.max())};
  }

  /** The counts of one alternative over the samples: meets max_seed, RPO, RTO, and each reason. */
  private static final class Counts {
    long meetsSeed;
    long meetsRpo;
    long meetsRto;
    final long[] blocking = new long[CODES.length];

    void add(Counts other) {
      meetsSeed += other.meetsSeed;
      meetsRpo += other.meetsRpo;
      meetsRto += other.meetsRto;
      for (int c = 0; c < blocking.length; c++) {
        blocking[c] += other.blocking[c];
      }
    }

    /** {@link #record(OptionResult, Scenario)} from the sampling path's flags and reason bits. */
    void record(int flags, long reasons) {
      meetsSeed += (flags & SamplingEvaluator.MEETS_SEED) != 0 ? 1 : 0;
      meetsRpo += (flags & SamplingEvaluator.MEETS_RPO) != 0 ? 1 : 0;
      meetsRto += (flags & SamplingEvaluator.MEETS_RTO) != 0 ? 1 : 0;
      for (long rest = reasons; rest != 0; rest &= rest - 1) {
        blocking[Long.numberOfTrailingZeros(rest)]++;
      }
    }

    void record(OptionResult result, Scenario scenario) {
      double maxSeed = scenario.objectives().maxSeed().seconds();
      if (result.seed().time() != null && result.seed().time().seconds() <= maxSeed) {
        meetsSeed++;
      }
      if (result.rpo() != null && result.rpo().seconds() <= scenario.objectives().rpo().seconds()) {
        meetsRpo++;
      }
      if (result.rto() != null && result.rto().seconds() <= scenario.objectives().rto().seconds()) {
        meetsRto++;
      }
      for (Reason reason : result.reasons()) {
        blocking[reason.code().ordinal()]++;
      }
    }
  }

  /** The state of one analysis. */
  private static final class Run {
    final UncertainScenario uncertain;
    final Scenario base;
    final Evaluation reference;
    final List<OptionResult> layout;
    final int pairs;
    final int samples;
    final long seed;
    final int threads;
    final int blocks;
    final Fraction confidence;
    final Draws draws;
    final List<List<ScenarioKey>> setters;

    /** values[j][i]: input j in sample i, as the keys take it (counts whole). */
    final double[][] values;

    final double[][] cost;
    final boolean[][] feasible;
    final Counts[] counts;

    /** Monte Carlo's sampling path for the pass over every sample, or null (MonteCarlo's rule). */
    final SamplingPath fast;

    Run(UncertainScenario uncertain, int samples, long seed, int threads) {
      this.uncertain = uncertain;
      this.base = uncertain.base();
      this.reference = Evaluator.evaluate(base);
      this.layout = reference.results();
      this.pairs = layout.size();
      this.samples = samples;
      this.seed = seed;
      this.threads = threads;
      this.blocks = (samples + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
      this.confidence = base.objectives().confidence();
      this.draws = new Draws(uncertain, seed);
      this.setters = uncertain.setters();
      this.values = new double[uncertain.inputs().size()][samples];
      this.cost = new double[pairs][samples];
      this.feasible = new boolean[pairs][samples];
      this.counts = new Counts[pairs];
      this.fast = SamplingPath.of(uncertain);
    }

    int blockEnd(int block) {
      return Math.min(samples, (block + 1) * MonteCarlo.BLOCK);
    }

    /** The scenario of sample {@code i}. */
    Scenario scenario(int i) {
      double[] drawn = new double[values.length];
      for (int j = 0; j < drawn.length; j++) {
        drawn[j] = values[j][i];
      }
      return uncertain.at(setters, drawn);
    }

    /** Draws every block and evaluates every pair in every sample. */
    void sample() {
      List<ScenarioKey> keys = uncertain.keys();
      Counts[][] perBlock = new Counts[blocks][];
      Parallel.run(
          blocks,
          threads,
          "drplan-decide",
          block -> {
            int first = block * MonteCarlo.BLOCK;
            int end = blockEnd(block);
            double[][] drawn = draws.block(block, end - first);
            Counts[] mine = new Counts[pairs];
            for (int p = 0; p < pairs; p++) {
              mine[p] = new Counts();
            }
            double[] sampleValues = new double[values.length];
            double[] state = fast == null ? null : fast.newState();
            SamplingEvaluator.Sample out = fast == null ? null : fast.evaluator().newSample();
            if (out != null) {
              out.withReasons = true;
            }
            for (int i = first; i < end; i++) {
              for (int j = 0; j < values.length; j++) {
                values[j][i] = keys.get(j).coerce(drawn[j][i - first]);
                sampleValues[j] = values[j][i];
              }
              if (fast != null && fast.evaluate(sampleValues, state, out)) {
                for (int p = 0; p < pairs; p++) {
                  cost[p][i] =
                      out.figures[p * SamplingEvaluator.FIGURES + SamplingEvaluator.HORIZON];
                  feasible[p][i] = (out.flags[p] & SamplingEvaluator.FEASIBLE) != 0;
                  mine[p].record(out.flags[p], out.reasons[p]);
                }
                continue;
              }
              Scenario scenario = scenario(i);
              List<OptionResult> results;
              try {
                results = Evaluator.evaluate(scenario).results();
              } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                    "decide: sample " + i + ": " + e.getMessage(), e);
              }
              for (int p = 0; p < pairs; p++) {
                OptionResult result = results.get(p);
                cost[p][i] = result.horizonCost().usd();
                feasible[p][i] = result.feasible();
                mine[p].record(result, scenario);
              }
            }
            perBlock[block] = mine;
          });
      for (int p = 0; p < pairs; p++) {
        counts[p] = new Counts();
        for (Counts[] block : perBlock) {
          counts[p].add(block[p]);
        }
      }
    }

    Alternative alternative(
        int pair,
        ResolvedLever lever,
        double leverValue,
        int steps,
        double[] costs,
        boolean[] feasibleIn,
        Counts count) {
      OptionResult at = layout.get(pair);
      double n = samples;
      long feasibleCount = 0;
      double sum = 0;
      for (int i = 0; i < samples; i++) {
        feasibleCount += feasibleIn[i] ? 1 : 0;
        sum += costs[i];
      }
      double[] sorted = costs.clone();
      Arrays.sort(sorted);
      List<Blocking> blocking = new ArrayList<>();
      for (ReasonCode code : CODES) {
        long times = count.blocking[code.ordinal()];
        if (times > 0) {
          blocking.add(new Blocking(code, times / n));
        }
      }
      // Stable: equal shares keep the order of the reason codes.
      blocking.sort(Comparator.comparingDouble((Blocking b) -> b.share()).reversed());
      return new Alternative(
          at.configuration(),
          at.option(),
          lever,
          leverValue,
          steps,
          feasibleCount / n,
          count.meetsSeed / n,
          count.meetsRpo / n,
          count.meetsRto / n,
          sum / n,
          nearestRank(sorted, 0.1),
          nearestRank(sorted, 0.5),
          nearestRank(sorted, 0.9),
          blocking);
    }

    // ---- remedies under uncertainty ----------------------------------------------------

    /**
     * For each pair below the confidence (a pair identical in every sample to an earlier one of the
     * same option is not searched again), each lever at its bound on the search samples; where that
     * reaches the confidence, the fewest steps that do. Then the priced remedies that keep the
     * objectives, cheapest pair first, each evaluated on every sample while it could still beat the
     * best alternative that reaches the confidence.
     */
    void remedies(List<Alternative> alternatives, List<LeverReach> reaches) {
      double c = confidence.value();
      int search = Math.min(samples, SEARCH_SAMPLES);
      List<ResolvedLever> levers = Levers.of(base);
      List<int[]> tasks = new ArrayList<>(); // {pair, lever index, up ? 1 : 0}
      List<List<ResolvedLever>> pairLevers = new ArrayList<>();
      for (int p = 0; p < pairs; p++) {
        OptionResult at = layout.get(p);
        pairLevers.add(Levers.of(levers, at.configuration(), at.option()));
        if (alternatives.get(p).feasible() >= c || twin(p) >= 0) {
          continue;
        }
        for (int l = 0; l < pairLevers.get(p).size(); l++) {
          ResolvedLever lever = pairLevers.get(p).get(l);
          for (int up = 1; up >= 0; up--) {
            if (lever.stepsToBound(up == 1) > 0) {
              tasks.add(new int[] {p, l, up});
            }
          }
        }
      }
      LeverReach[] found = new LeverReach[tasks.size()];
      Parallel.run(
          tasks.size(),
          threads,
          "drplan-decide-remedies",
          t -> {
            int[] task = tasks.get(t);
            found[t] = reach(task[0], pairLevers.get(task[0]).get(task[1]), task[2] == 1, search);
          });
      List<LeverReach> all = new ArrayList<>(Arrays.asList(found));
      // The twins' reaches are their first's.
      for (int p = 0; p < pairs; p++) {
        int first = twin(p);
        if (first < 0 || alternatives.get(p).feasible() >= c) {
          continue;
        }
        OptionResult at = layout.get(p);
        for (LeverReach reach : found) {
          OptionResult of = layout.get(pairIndex(reach.configuration(), reach.option()));
          if (of == layout.get(first)) {
            ResolvedLever same =
                sameKey(pairLevers.get(p), reach.lever(), at.configuration(), of.configuration());
            if (same != null) {
              all.add(
                  new LeverReach(
                      at.configuration(),
                      at.option(),
                      same,
                      reach.up(),
                      reach.shareNow(),
                      reach.shareAtBound(),
                      reach.stepsForConfidence(),
                      reach.stepsForConfidence() == 0
                          ? Double.NaN
                          : same.valueAt((reach.up() ? 1 : -1) * reach.stepsForConfidence())));
            }
          }
        }
      }
      all.sort(Comparator.comparingInt((LeverReach r) -> pairIndex(r.configuration(), r.option())));
      reaches.addAll(all);

      // The remedied pairs that could be recommended, cheapest pair first.
      List<LeverReach> candidates = new ArrayList<>();
      for (LeverReach reach : all) {
        if (reach.stepsForConfidence() != 0
            && reach.lever().priced()
            && !reach.lever().objective()) {
          candidates.add(reach);
        }
      }
      candidates.sort(
          Comparator.comparingDouble(
              (LeverReach r) ->
                  alternatives.get(pairIndex(r.configuration(), r.option())).meanCostUsd()));
      double best = Double.POSITIVE_INFINITY;
      for (Alternative alternative : alternatives) {
        if (alternative.feasible() >= c) {
          best = Math.min(best, alternative.meanCostUsd());
        }
      }
      for (LeverReach reach : candidates) {
        int p = pairIndex(reach.configuration(), reach.option());
        if (alternatives.get(p).meanCostUsd() >= best) {
          break; // a lever adds cost: this pair and every dearer one cannot win
        }
        int sign = reach.up() ? 1 : -1;
        int reachable = reach.lever().stepsToBound(reach.up());
        int steps = reach.stepsForConfidence();
        for (int extra = 0; extra <= EXTRA_STEPS && steps <= reachable; extra++, steps++) {
          Remedied remedied = everySample(p, reach.lever(), sign * steps);
          if (remedied.alternative.feasible() >= c) {
            alternatives.add(remedied.alternative);
            remediedCosts.add(remedied.costs);
            remediedFeasible.add(remedied.feasible);
            best = Math.min(best, remedied.alternative.meanCostUsd());
            break;
          }
        }
      }
    }

    /**
     * The index of an earlier pair of the same option that stands for pair p: a configuration with
     * the same replication egress (the only figure of a configuration a pair's DR figures read,
     * §3), neither with an uncertain key, and the same cost and verdict in every sample. Its levers
     * then act alike on both. −1 when there is none.
     */
    int twin(int p) {
      OptionResult at = layout.get(p);
      for (int q = 0; q < p; q++) {
        OptionResult other = layout.get(q);
        if (other.option().equals(at.option())
            && certain(at.configuration())
            && certain(other.configuration())
            && configurationResult(at.configuration())
                .replicationEgress()
                .equals(configurationResult(other.configuration()).replicationEgress())
            && Arrays.equals(feasible[q], feasible[p])
            && Arrays.equals(cost[q], cost[p])) {
          return twin(q) >= 0 ? twin(q) : q;
        }
      }
      return -1;
    }

    /** Whether no uncertain input sets a key of configuration {@code name}. */
    boolean certain(String name) {
      for (UncertainInput input : uncertain.inputs()) {
        for (String path : input.sets()) {
          if (path.startsWith("primary.configurations." + name + ".")) {
            return false;
          }
        }
      }
      return true;
    }

    ConfigurationResult configurationResult(String name) {
      for (ConfigurationResult configuration : reference.configurations()) {
        if (configuration.configuration().equals(name)) {
          return configuration;
        }
      }
      throw new IllegalStateException("no configuration " + name);
    }

    int pairIndex(String configuration, String option) {
      for (int p = 0; p < pairs; p++) {
        if (layout.get(p).configuration().equals(configuration)
            && layout.get(p).option().equals(option)) {
          return p;
        }
      }
      throw new IllegalStateException("no pair " + configuration + "/" + option);
    }

    /** Pair p's lever standing for {@code lever} of its twin (the same key but its own). */
    ResolvedLever sameKey(
        List<ResolvedLever> mine, ResolvedLever lever, String configuration, String twin) {
      String path =
          lever
              .path()
              .replace(
                  "primary.configurations." + twin + ".",
                  "primary.configurations." + configuration + ".");
      for (ResolvedLever candidate : mine) {
        if (candidate.path().equals(path)) {
          return candidate;
        }
      }
      return null;
    }

    /**
     * Pair p with {@code lever} moved one way, on the first {@code search} samples: the share
     * feasible at the bound and, when that reaches the confidence, the fewest steps that do (each
     * sample's own fewest steps by bisection, feasibility assumed not to come and go as the lever
     * moves).
     */
    LeverReach reach(int p, ResolvedLever lever, boolean up, int search) {
      OptionResult at = layout.get(p);
      int sign = up ? 1 : -1;
      int bound = lever.stepsToBound(up);
      int[] needed = new int[search]; // 0: feasible as it is; bound + 1: not within the bound
      int now = 0;
      int atBound = 0;
      for (int i = 0; i < search; i++) {
        if (feasible[p][i]) {
          now++;
          atBound++;
          continue;
        }
        PairAt pair = new PairAt(scenario(i), at, lever);
        if (!pair.feasible(sign * bound)) {
          needed[i] = bound + 1;
          continue;
        }
        atBound++;
        int low = 0;
        int high = bound;
        while (high - low > 1) {
          int middle = low + (high - low) / 2;
          if (pair.feasible(sign * middle)) {
            high = middle;
          } else {
            low = middle;
          }
        }
        needed[i] = high;
      }
      double share = atBound / (double) search;
      int steps = 0;
      if (share >= confidence.value()) {
        int[] sorted = needed.clone();
        Arrays.sort(sorted);
        // The fewest steps with which at least the confidence's share of samples is feasible.
        int rank = (int) Math.ceil(confidence.value() * search - 1e-9);
        steps = Math.max(1, sorted[Math.max(0, rank - 1)]);
      }
      return new LeverReach(
          at.configuration(),
          at.option(),
          lever,
          up,
          now / (double) search,
          share,
          steps,
          steps == 0 ? Double.NaN : lever.valueAt(sign * steps));
    }

    /** A remedied pair evaluated on every sample: its summary, and its cost and verdict in each. */
    private final class Remedied {
      final Alternative alternative;
      final double[] costs;
      final boolean[] feasible;

      Remedied(Alternative alternative, double[] costs, boolean[] feasible) {
        this.alternative = alternative;
        this.costs = costs;
        this.feasible = feasible;
      }
    }

    /** Pair p with {@code lever} moved by {@code steps}, evaluated on every sample. */
    Remedied everySample(int p, ResolvedLever lever, int steps) {
      OptionResult at = layout.get(p);
      double[] costs = new double[samples];
      boolean[] feasibleIn = new boolean[samples];
      Counts[] perBlock = new Counts[blocks];
      double perStep =
          lever.monthlyCost().usd() * at.monthlyCosts().months() + lever.oneTimeCost().usd();
      double leverCost = Math.abs(steps) * perStep;
      Parallel.run(
          blocks,
          threads,
          "drplan-decide-remedied",
          block -> {
            Counts mine = new Counts();
            for (int i = block * MonteCarlo.BLOCK; i < blockEnd(block); i++) {
              Scenario scenario = scenario(i);
              PairAt pair = new PairAt(scenario, at, lever);
              Evaluation changed = pair.evaluation(steps);
              OptionResult result = changed.results().get(0);
              costs[i] =
                  result.horizonCost().usd()
                      + leverCost
                      + Remedies.onPremSpendDeltaUsd(pair.pair, changed);
              feasibleIn[i] = result.feasible();
              mine.record(result, scenario);
            }
            perBlock[block] = mine;
          });
      Counts total = new Counts();
      for (Counts block : perBlock) {
        total.add(block);
      }
      return new Remedied(
          alternative(p, lever, lever.valueAt(steps), steps, costs, feasibleIn, total),
          costs,
          feasibleIn);
    }

    /** Per sample, the cost and verdict of each remedied alternative, in the order added. */
    final List<double[]> remediedCosts = new ArrayList<>();

    final List<boolean[]> remediedFeasible = new ArrayList<>();

    // ---- the choice --------------------------------------------------------------------

    /**
     * The alternative feasible in at least the confidence's share of futures with the lowest mean
     * horizon cost; on a tie (within a relative 10^-9) the configurations in the verdict's order
     * ({@link Verdict#configurationOrder}: the least on-prem spend when priced, then the one that
     * holds the data, the one that lasts longest, fewer D-boxes), then the first. When none reaches
     * it: the one feasible most often, then the cheaper, then as before.
     */
    Choice choose(List<Alternative> alternatives) {
      Comparator<Alternative> byConfiguration = byConfiguration();
      Comparator<Alternative> byCost =
          (a, b) -> Verdict.compareCosts(a.meanCostUsd(), b.meanCostUsd());
      Alternative best = null;
      for (Alternative candidate : alternatives) {
        if (candidate.feasible() >= confidence.value()
            && (best == null
                || byCost.thenComparing(byConfiguration).compare(candidate, best) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return new Choice(best, null);
      }
      Comparator<Alternative> closer =
          Comparator.comparingDouble((Alternative a) -> -a.feasible())
              .thenComparing(byCost)
              .thenComparing(byConfiguration);
      Alternative closest = alternatives.get(0);
      for (Alternative candidate : alternatives) {
        if (closer.compare(candidate, closest) < 0) {
          closest = candidate;
        }
      }
      return new Choice(null, closest);
    }

    /** The member of {@code kept} that stands for the twins of pair {@code first}. */
    int representative(List<Integer> kept, int first) {
      for (int a : kept) {
        if (a == first || (a < pairs && twin(a) == first)) {
          return a;
        }
      }
      throw new IllegalStateException("no representative of pair " + first);
    }

    /** Between pairs that cost the same, their configurations in §8's order ({@link Verdict}). */
    Comparator<Alternative> byConfiguration() {
      return Comparator.comparing(this::configuration, Verdict.configurationOrder());
    }

    ConfigurationResult configuration(Alternative alternative) {
      return configurationResult(alternative.configuration());
    }

    // ---- flip points -------------------------------------------------------------------

    /** For each input, where {@code compare}'s recommendation changes along its range. */
    List<InputFlips> flips() {
      List<InputFlips> all = new ArrayList<>();
      List<ScenarioKey> keys = uncertain.keys();
      for (int j = 0; j < keys.size(); j++) {
        int input = j;
        ScenarioKey key = keys.get(j);
        double[] range = range(j);
        FlipPoints points =
            FlipPointFinder.find(
                x -> label(Evaluator.evaluate(uncertain.withInput(base, input, x))),
                (from, to) -> gap(input, from, to),
                range[0],
                range[1],
                FlipPointFinder.DEFAULT_GRID_POINTS,
                key.whole() ? 0.5 : (range[1] - range[0]) * FLIP_TOLERANCE);
        all.add(
            new InputFlips(
                uncertain.inputs().get(j).key(),
                key.kind(),
                key.whole(),
                range[0],
                range[1],
                baseValue(j),
                points.recommendationAtLower(),
                points.points(),
                nothingFeasibleBecause(input, points.points()),
                uncertain.question(j)));
      }
      return all;
    }

    /**
     * What blocks, where a flip point of input j leads to no feasible pair, the pair recommended on
     * the other side of it: its blocking reasons evaluated at the point's end where none is
     * feasible, each code once.
     */
    List<ReasonCode> nothingFeasibleBecause(int input, List<FlipPoint> points) {
      Set<ReasonCode> codes = new LinkedHashSet<>();
      for (FlipPoint point : points) {
        boolean noneAbove = point.to().equals(NOTHING_FEASIBLE);
        boolean noneBelow = point.from().equals(NOTHING_FEASIBLE);
        if (noneAbove == noneBelow) {
          continue;
        }
        String pair = noneAbove ? point.from() : point.to();
        double x = noneAbove ? point.high() : point.low();
        for (OptionResult result :
            Evaluator.evaluate(uncertain.withInput(base, input, x)).results()) {
          if (label(result).equals(pair)) {
            for (Reason reason : result.reasons()) {
              if (reason.blocking()) {
                codes.add(reason.code());
              }
            }
          }
        }
      }
      return new ArrayList<>(codes);
    }

    double[] range(int j) {
      return DecisionAnalysis.range(uncertain, j);
    }

    /** Input j's base value, the one the scenario gave (the mode or the median). */
    double baseValue(int j) {
      return uncertain.keys().get(j).coerce(uncertain.inputs().get(j).distribution().base());
    }

    /** cost(to) − cost(from) at x along input j, or null when either is no pair. */
    DoubleUnaryOperator gap(int input, String from, String to) {
      int a = labelIndex(from);
      int b = labelIndex(to);
      if (a < 0 || b < 0) {
        return null;
      }
      return x -> {
        List<OptionResult> results =
            Evaluator.evaluate(uncertain.withInput(base, input, x)).results();
        return results.get(b).horizonCost().usd() - results.get(a).horizonCost().usd();
      };
    }

    int labelIndex(String label) {
      for (int p = 0; p < pairs; p++) {
        if (label(layout.get(p)).equals(label)) {
          return p;
        }
      }
      return -1;
    }

    static String label(OptionResult pair) {
      return pair.option() + " on " + pair.configuration();
    }

    static String label(Evaluation evaluation) {
      Recommendation recommendation = evaluation.recommendation();
      return recommendation.found()
          ? recommendation.option() + " on " + recommendation.configuration()
          : NOTHING_FEASIBLE;
    }

    // ---- value of information ----------------------------------------------------------

    /**
     * EVPI and each input's EVPPI on the values of the alternatives in each future: minus the
     * horizon cost, and where the alternative is infeasible, minus also the cost of the cheapest
     * alternative feasible there (the plan that replaces it). In a future where none is feasible
     * every alternative has the same value, minus twice the dearest cost there: every plan fails,
     * so knowing that future cannot pick one plan over another (charging each its own cost would
     * reward the cheapest plan that never works).
     */
    Information information(List<Alternative> alternatives, Choice choice) {
      if (samples < DecisionProblem.MIN_SAMPLES || values.length == 0) {
        return null;
      }
      // Of pairs identical in every sample (one option under configurations that do not change
      // it), only the one compare would choose: a twin adds nothing to decide between.
      List<Integer> kept = new ArrayList<>();
      for (int a = 0; a < alternatives.size(); a++) {
        int first = a < pairs ? twin(a) : -1;
        if (first < 0) {
          kept.add(a);
        } else if (byConfiguration().compare(alternatives.get(a), alternatives.get(first)) < 0) {
          kept.set(kept.indexOf(representative(kept, first)), a);
        }
      }
      int count = kept.size();
      double[][] costs = new double[count][];
      boolean[][] feasibleIn = new boolean[count][];
      List<String> names = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        int a = kept.get(k);
        costs[k] = a < pairs ? cost[a] : remediedCosts.get(a - pairs);
        feasibleIn[k] = a < pairs ? feasible[a] : remediedFeasible.get(a - pairs);
        names.add(alternatives.get(a).label());
      }
      double[][] utility = new double[count][samples];
      int nothingFeasible = 0;
      for (int i = 0; i < samples; i++) {
        double fallback = Double.POSITIVE_INFINITY;
        double dearest = 0;
        for (int a = 0; a < count; a++) {
          dearest = Math.max(dearest, costs[a][i]);
          if (feasibleIn[a][i]) {
            fallback = Math.min(fallback, costs[a][i]);
          }
        }
        if (fallback == Double.POSITIVE_INFINITY) {
          nothingFeasible++;
        }
        for (int a = 0; a < count; a++) {
          utility[a][i] =
              fallback == Double.POSITIVE_INFINITY
                  ? -2 * dearest
                  : -costs[a][i] - (feasibleIn[a][i] ? 0 : fallback);
        }
      }
      DecisionProblem problem =
          DecisionProblem.of(
              DecisionSamples.ofValues(names, utility, feasibleIn), CandidateRule.IGNORE);
      List<InputSamples> inputs = new ArrayList<>();
      for (int j = 0; j < values.length; j++) {
        inputs.add(new InputSamples(uncertain.inputs().get(j).key(), values[j]));
      }
      EvppiEstimator estimator = EvppiEstimator.REGRESSION;
      InputRanking.Ranking ranking = InputRanking.rank(problem, inputs, estimator, threads);
      // What each input decides of the feasibility of the alternative the report leads with.
      Alternative focus = choice.recommended() != null ? choice.recommended() : choice.closest();
      int f = alternatives.indexOf(focus);
      boolean[] focusFeasible = f < pairs ? feasible[f] : remediedFeasible.get(f - pairs);
      List<ScenarioKey> keys = uncertain.keys();
      List<Question> questions = new ArrayList<>();
      for (InputRanking.RankedInput ranked : ranking.inputs()) {
        int j = uncertain.names().indexOf(ranked.input());
        double[] range = range(j);
        questions.add(
            new Question(
                ranked.input(),
                uncertain.question(j),
                keys.get(j).kind(),
                keys.get(j).whole(),
                range[0],
                range[1],
                baseValue(j),
                ranked.evppi(),
                FeasibilityDriver.of(focusFeasible, values[j])));
      }
      // Stable: inputs worth the same (most often $0) are asked in the order of how much of the
      // focus's feasibility they decide, then as given.
      questions.sort(
          Comparator.comparingDouble((Question q) -> -q.evppi().usd())
              .thenComparingDouble(q -> -q.feasibilityExplained()));
      return new Information(
          problem.priorChoice(),
          estimator,
          ranking.evpi(),
          focus.label(),
          questions,
          (double) nothingFeasible / samples);
    }
  }

  /** One pair of one sampled future, with one lever moved by a number of steps. */
  private static final class PairAt {
    private final Scenario pair;
    private final ScenarioKey key;
    private final ResolvedLever lever;

    PairAt(Scenario scenario, OptionResult at, ResolvedLever lever) {
      this.pair = Remedies.pairOnly(scenario, at.configuration(), at.option());
      // The lever's key finds its record by name, so it works on the one pair's scenario too.
      this.key = lever.key();
      this.lever = lever;
    }

    Evaluation evaluation(int steps) {
      return Evaluator.evaluate(key.with(pair, lever.valueAt(steps)));
    }

    OptionResult result(int steps) {
      return evaluation(steps).results().get(0);
    }

    boolean feasible(int steps) {
      return result(steps).feasible();
    }
  }

  /** P_q by nearest rank: the sample of rank ceil(q · n) among n sorted samples. */
  static double nearestRank(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length - 1e-9);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
