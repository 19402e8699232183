package dev.drplan.analysis.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision ready for value-of-information analysis: the candidate alternatives left by a {@link
 * CandidateRule}, each with its utility (USD) in every sample, and the choice made without further
 * information: the candidate with the highest mean utility (the first listed, on a tie).
 *
 * <p><b>Dominated candidates.</b> A candidate whose utility is at most another candidate's in every
 * sample (and below it in at least one, or equal throughout and listed later) can never be the best
 * choice, whatever is learnt first: no bin, no conditional mean and no single sample prefers it. It
 * stays a candidate with its expected utility, but the value-of-information estimators leave it
 * out. For EVPI and {@link BinnedEvppi} this changes no figure; for {@link RegressionEvppi} it
 * removes fits whose only effect could be noise. Found in one pass over the samples.
 *
 * <p>Utilities are stored sample by sample (all candidates of sample 0, then of sample 1, ...), so
 * an estimator reads one short run of memory per sample.
 */
public final class DecisionProblem {

  /** The fewest samples a value-of-information figure is computed from. */
  public static final int MIN_SAMPLES = 100;

  private final List<String> alternatives;
  private final List<ExcludedAlternative> excluded;
  private final List<String> dominated;
  private final CandidateRule rule;
  private final int samples;
  private final double[] expectedUsd;
  private final int priorChoice;

  /** Undominated candidates: their number, and utilities[i · count + c] (USD). */
  private final int count;

  private final double[] utilities;

  /**
   * An alternative that is not a candidate: feasible in only {@code feasibleShare} of the samples,
   * below the rule's minimum.
   */
  public record ExcludedAlternative(String alternative, double feasibleShare) {}

  private DecisionProblem(DecisionSamples samples, CandidateRule rule) {
    this.rule = rule;
    this.samples = samples.samples();
    List<Integer> kept = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ExcludedAlternative> left = new ArrayList<>();
    for (int a = 0; a < samples.alternatives().size(); a++) {
      double share = samples.feasibleShare(a);
      if (share >= rule.minimumFeasibleShare()) {
        kept.add(a);
        names.add(samples.alternatives().get(a));
      } else {
        left.add(new ExcludedAlternative(samples.alternatives().get(a), share));
      }
    }
    if (kept.isEmpty()) {
      StringBuilder shares = new StringBuilder();
      for (ExcludedAlternative alternative : left) {
        shares.append(shares.length() == 0 ? "" : ", ").append(alternative.alternative());
        shares.append(' ').append(alternative.feasibleShare());
      }
      throw new IllegalArgumentException(
          "no alternative is feasible in at least "
              + rule.minimumFeasibleShare()
              + " of the "
              + this.samples
              + " samples, so there is nothing to choose between; feasible shares: "
              + shares);
    }
    this.alternatives = List.copyOf(names);
    this.excluded = List.copyOf(left);

    int candidates = kept.size();
    double[] all = new double[this.samples * candidates];
    double[] sums = new double[candidates];
    for (int c = 0; c < candidates; c++) {
      int a = kept.get(c);
      for (int i = 0; i < this.samples; i++) {
        double utility = rule.utilityUsd(samples.valueUsd(a, i), samples.feasible(a, i));
        all[i * candidates + c] = utility;
        sums[c] += utility;
      }
    }
    this.expectedUsd = new double[candidates];
    int best = 0;
    for (int c = 0; c < candidates; c++) {
      expectedUsd[c] = sums[c] / this.samples;
      if (expectedUsd[c] > expectedUsd[best]) {
        best = c;
      }
    }
    this.priorChoice = best;

    boolean[] isDominated = dominated(all, candidates, this.samples);
    isDominated[priorChoice] = false; // never leave out the prior choice, even on a rounding tie
    List<String> out = new ArrayList<>();
    int[] undominated = new int[candidates];
    int remaining = 0;
    for (int c = 0; c < candidates; c++) {
      if (isDominated[c]) {
        out.add(names.get(c));
      } else {
        undominated[remaining++] = c;
      }
    }
    this.dominated = List.copyOf(out);
    this.count = remaining;
    if (remaining == candidates) {
      this.utilities = all;
    } else {
      this.utilities = new double[this.samples * remaining];
      for (int i = 0; i < this.samples; i++) {
        for (int u = 0; u < remaining; u++) {
          utilities[i * remaining + u] = all[i * candidates + undominated[u]];
        }
      }
    }
  }

  /**
   * Which candidates are dominated: c is, when some d has utility ≥ c's in every sample and either
   * > in one or d is listed first. One pass over the samples, checking only the pairs not yet
   * refuted (most are refuted within the first few samples).
   */
  private static boolean[] dominated(double[] all, int candidates, int samples) {
    int pairs = candidates * candidates;
    boolean[] possible = new boolean[pairs]; // [d · candidates + c]: d may dominate c
    boolean[] strictly = new boolean[pairs];
    int[] open = new int[pairs];
    int openCount = 0;
    for (int d = 0; d < candidates; d++) {
      for (int c = 0; c < candidates; c++) {
        if (d != c) {
          possible[d * candidates + c] = true;
          open[openCount++] = d * candidates + c;
        }
      }
    }
    for (int i = 0; i < samples && openCount > 0; i++) {
      int row = i * candidates;
      int still = 0;
      for (int k = 0; k < openCount; k++) {
        int pair = open[k];
        double ud = all[row + pair / candidates];
        double uc = all[row + pair % candidates];
        if (ud < uc) {
          possible[pair] = false;
        } else {
          strictly[pair] |= ud > uc;
          open[still++] = pair;
        }
      }
      openCount = still;
    }
    boolean[] result = new boolean[candidates];
    for (int d = 0; d < candidates; d++) {
      for (int c = 0; c < candidates; c++) {
        int pair = d * candidates + c;
        if (possible[pair] && (strictly[pair] || d < c)) {
          result[c] = true;
        }
      }
    }
    return result;
  }

  /**
   * Applies {@code rule} to {@code samples}.
   *
   * @throws IllegalArgumentException for fewer than {@value #MIN_SAMPLES} samples, or when the rule
   *     leaves no candidate (the message gives every alternative's feasible share)
   */
  public static DecisionProblem of(DecisionSamples samples, CandidateRule rule) {
    if (samples.samples() < MIN_SAMPLES) {
      throw new IllegalArgumentException(
          "the value of information needs at least "
              + MIN_SAMPLES
              + " samples, was "
              + samples.samples());
    }
    return new DecisionProblem(samples, rule);
  }

  /** The candidates, in the order given. */
  public List<String> alternatives() {
    return alternatives;
  }

  /** The alternatives the rule left out, with their feasible shares. */
  public List<ExcludedAlternative> excluded() {
    return excluded;
  }

  /**
   * The candidates no better than another in any sample, which no information could make the best
   * choice; the value-of-information estimators leave them out.
   */
  public List<String> dominated() {
    return dominated;
  }

  /** The rule applied. */
  public CandidateRule rule() {
    return rule;
  }

  /** The number of samples. */
  public int samples() {
    return samples;
  }

  /** The candidate chosen without further information: the highest mean utility. */
  public String priorChoice() {
    return alternatives.get(priorChoice);
  }

  /**
   * The mean utility of candidate {@code alternative} over the samples, in USD (its net value with
   * the rule's penalties).
   *
   * @throws IllegalArgumentException if {@code alternative} is not a candidate
   */
  public double expectedUtilityUsd(String alternative) {
    int index = alternatives.indexOf(alternative);
    if (index < 0) {
      throw new IllegalArgumentException(
          alternative + " is not a candidate; candidates: " + alternatives);
    }
    return expectedUsd[index];
  }

  /** The number of undominated candidates, the columns of {@link #utilities()}. */
  int count() {
    return count;
  }

  /**
   * Utilities of the undominated candidates, USD: candidate c in sample i is {@code utilities()[i ·
   * count() + c]}.
   */
  double[] utilities() {
    return utilities;
  }
}
