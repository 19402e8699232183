package dev.drplan.analysis;

import dev.drplan.analysis.decision.EvppiEstimator;
import dev.drplan.analysis.decision.FeasibilityDriver;
import dev.drplan.analysis.decision.FlipPoint;
import dev.drplan.analysis.decision.VoiEstimate;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.ReasonCode;
import dev.drplan.units.Fraction;
import java.util.List;
import java.util.Objects;

/**
 * What {@code drplan decide} found (docs/model.md, "Deciding under uncertainty"): how likely each
 * alternative is to be feasible and what it costs over the sampled futures, the recommendation at
 * the stated confidence (or the alternative that comes closest), where along each uncertain input
 * the recommendation of {@code compare} changes, and which inputs are worth learning first.
 *
 * <p>Shares are of the samples, in [0, 1]; costs in USD; input values canonical.
 *
 * @param samples the number of sampled futures
 * @param seed the seed they were drawn from
 * @param confidence the share of futures in which a recommended alternative must be feasible
 * @param alternatives every (configuration, option) pair in the order of {@code compare}'s results,
 *     then the remedied pairs evaluated on every sample
 * @param choice the recommendation at the confidence, or the alternative that comes closest
 * @param searchSamples the samples the remedy search estimated shares on (the first ones)
 * @param reaches for each pair below the confidence and each of its levers, how feasible the pair
 *     becomes with the lever at its bound, and the fewest steps that reach the confidence
 * @param flips for each uncertain input, where along its range {@code compare}'s recommendation
 *     changes
 * @param information the value of information and the questions to ask first; {@code null} with
 *     fewer than 100 samples
 */
public record DecisionResult(
    int samples,
    long seed,
    Fraction confidence,
    List<Alternative> alternatives,
    Choice choice,
    int searchSamples,
    List<LeverReach> reaches,
    List<InputFlips> flips,
    Information information) {

  public DecisionResult {
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(choice, "choice");
    alternatives = List.copyOf(alternatives);
    reaches = List.copyOf(reaches);
    flips = List.copyOf(flips);
  }

  /**
   * A pair, or a pair with one lever moved, over the sampled futures.
   *
   * @param lever the lever moved, or {@code null} for the pair as the scenario has it
   * @param leverValue the lever's value (canonical); NaN without a lever
   * @param steps the lever's steps from the scenario's value; 0 without a lever
   * @param feasible the share of futures in which it is feasible
   * @param meetsMaxSeed the share in which the first copy finishes within max_seed
   * @param meetsRpo the share in which the RPO meets the objective
   * @param meetsRto the share in which the RTO meets the objective
   * @param meanCostUsd its mean horizon cost, lever costs included
   * @param p10CostUsd the 10th percentile of its horizon cost (nearest rank)
   * @param p50CostUsd the median
   * @param p90CostUsd the 90th percentile
   * @param blocking each reason that makes it infeasible in some futures, with the share of futures
   *     in which it does, most frequent first
   */
  public record Alternative(
      String configuration,
      String option,
      ResolvedLever lever,
      double leverValue,
      int steps,
      double feasible,
      double meetsMaxSeed,
      double meetsRpo,
      double meetsRto,
      double meanCostUsd,
      double p10CostUsd,
      double p50CostUsd,
      double p90CostUsd,
      List<Blocking> blocking) {

    public Alternative {
      blocking = List.copyOf(blocking);
    }

    /** Whether this is a pair with a lever moved. */
    public boolean remedied() {
      return lever != null;
    }

    /** "gcs-archive on phase-one", or with its lever: "... with network.circuits = 11". */
    public String label() {
      String pair = option + " on " + configuration;
      return lever == null
          ? pair
          : pair + " with " + lever.path() + " = " + ScenarioKey.plain(leverValue);
    }
  }

  /** A reason that blocks an alternative in {@code share} of the futures. */
  public record Blocking(ReasonCode code, double share) {}

  /**
   * The recommendation at the stated confidence: the alternative feasible in at least that share of
   * futures with the lowest mean horizon cost; or, when none reaches it, {@code null} and the
   * alternative feasible most often.
   */
  public record Choice(Alternative recommended, Alternative closest) {
    public Choice {
      if ((recommended == null) == (closest == null)) {
        throw new IllegalArgumentException("a choice is a recommendation or the closest, not both");
      }
    }
  }

  /**
   * One lever of one pair below the confidence, estimated on the search samples: the share of them
   * in which the pair is feasible as it is and with the lever at its bound, and the fewest steps
   * (and the value) with which it is feasible in at least the confidence's share; {@code
   * stepsForConfidence} is 0 when no step within the bound reaches it.
   */
  public record LeverReach(
      String configuration,
      String option,
      ResolvedLever lever,
      boolean up,
      double shareNow,
      double shareAtBound,
      int stepsForConfidence,
      double valueForConfidence) {}

  /**
   * Where {@code compare}'s recommendation changes as one uncertain input moves over its range,
   * every other input at its base: {@code atLower} is the recommendation at the low end ("none"
   * when nothing is feasible); each point gives the value and what the recommendation becomes above
   * it.
   *
   * @param base the input's base value, the one the scenario gave (the mode or the median): the
   *     report shows the range and the points in the unit family it was written in
   * @param nothingFeasibleBecause where a point leads to no feasible pair, what blocks the pair
   *     recommended on the other side of it there (each code once, in the order found); empty when
   *     some pair is feasible all along
   */
  public record InputFlips(
      String input,
      ValueKind kind,
      boolean whole,
      double lower,
      double upper,
      double base,
      String atLower,
      List<FlipPoint> points,
      List<ReasonCode> nothingFeasibleBecause,
      String question) {
    public InputFlips {
      points = List.copyOf(points);
      nothingFeasibleBecause = List.copyOf(nothingFeasibleBecause);
    }
  }

  /**
   * The value of information against the choice made without more of it.
   *
   * @param reference the alternative chosen without further information: the highest expected value
   *     once a plan that proves infeasible is replaced (docs/model.md, "Value of information")
   * @param estimator how each input's value was estimated
   * @param evpi the value of knowing every input before choosing
   * @param focus the alternative whose feasibility each question's driver describes: the
   *     recommendation, or the alternative that comes closest
   * @param questions the inputs, worth knowing most first; of inputs worth the same, the one that
   *     decides more of the focus's feasibility first
   * @param nothingFeasible the share of futures in which no alternative is feasible: there every
   *     alternative has the same value, so information gains nothing between them
   */
  public record Information(
      String reference,
      EvppiEstimator estimator,
      VoiEstimate evpi,
      String focus,
      List<Question> questions,
      double nothingFeasible) {
    public Information {
      questions = List.copyOf(questions);
    }
  }

  /**
   * One uncertain input as a question for the customer: its words, its range (with its base value,
   * the one the scenario gave, whose unit family the report shows it in), what knowing it before
   * choosing is worth, and how much it decides whether the focus alternative is feasible ({@code
   * null} when the focus is feasible in every future or in none).
   */
  public record Question(
      String input,
      String question,
      ValueKind kind,
      boolean whole,
      double lower,
      double upper,
      double base,
      VoiEstimate evppi,
      FeasibilityDriver feasibility) {

    /** The driver's explained share, 0 without a driver. */
    public double feasibilityExplained() {
      return feasibility == null ? 0 : feasibility.explained();
    }
  }
}
