package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.InputOrigin;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verdict that rests on an uncertain catalog figure says so (docs/model.md §8). */
class UncertainVerdictsTest {

  private static final String IN_FLIGHT = "options.gcs-archive-appliance-seed.appliance.in_flight";

  /** walmart's shape with one appliance in flight, taken from a catalog placeholder. */
  private static Scenario oneInFlight(boolean fromTheCatalog, boolean uncertain) {
    Scenario scenario = ScenarioKeys.with(Scenarios.walmart(), IN_FLIGHT, 1);
    return fromTheCatalog
        ? scenario.withOrigins(
            List.of(new InputOrigin(IN_FLIGHT, "appliances.ta300.in_flight", uncertain, uncertain)))
        : scenario;
  }

  private static List<Reason> notes(Evaluation evaluation, String option, ReasonCode code) {
    List<Reason> found = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      if (result.option().equals(option) && result.configuration().equals("phase-one")) {
        for (Reason note : result.notes()) {
          if (note.code() == code) {
            found.add(note);
          }
        }
      }
    }
    return found;
  }

  @Test
  void aSeedTooLongOnOneApplianceInFlightNamesTheCountItWouldNeed() {
    Scenario scenario = oneInFlight(true, true);
    Evaluation annotated = UncertainVerdicts.annotate(scenario, Evaluator.evaluate(scenario));
    List<Reason> notes =
        notes(annotated, "gcs-archive-appliance-seed", ReasonCode.VERDICT_RESTS_ON);
    assertThat(notes).hasSize(1);
    Reason note = notes.get(0);
    // 267 loads of 300 TB; 180 d allow 12 round trips of 14 d plus the catch-up at
    // d(0) / (R − d(0)) = 4.63 / 75.37 of the shipping: ceil(267 / 12) = 23 in flight.
    assertThat(note.figures().get("key")).isEqualTo(IN_FLIGHT);
    assertThat(note.figures().get("value")).isEqualTo(1L);
    assertThat(note.figures().get("flip")).isEqualTo(23L);
    double d0 = 80e15 * 0.005 / 86_400;
    double shipping = 12 * 14 * 86_400.0;
    assertThat(((TimeSpan) note.figures().get("figure_value")).seconds())
        .isCloseTo(shipping + d0 * shipping / (80e9 - d0), within(1e-3));
    assertThat(note.figures().get("change")).isEqualTo("no longer hold");
    // The blocking reason itself carries the note, so that its words name the placeholder.
    for (OptionResult result : annotated.results()) {
      if (result.option().equals("gcs-archive-appliance-seed")) {
        for (Reason reason : result.reasons()) {
          Object restsOn = reason.figures().get("rests_on");
          if (reason.code() == ReasonCode.SEED_TOO_LONG) {
            assertThat(restsOn).isEqualTo(List.of(note));
          } else {
            assertThat(restsOn).isNull();
          }
        }
      }
    }
  }

  /**
   * With a change profile the edges are evaluated as the base was, replay included: the annotated
   * evaluation keeps the replay and every pair's backlog, and the only verdict the count of
   * appliances in flight moves is the seed's, not an RPO verdict of the closed form against one of
   * the replay.
   */
  @Test
  void withAChangeProfileTheEdgesAreReplayedToo() {
    Scenario scenario =
        oneInFlight(true, true)
            .withChangeProfile(ChangeProfileSpec.synthetic(SyntheticShape.defaults(1.5)));
    Evaluation evaluation = Evaluator.evaluateWithBacklog(scenario);
    Evaluation annotated = UncertainVerdicts.annotate(scenario, evaluation);
    assertThat(annotated.replay()).isSameAs(evaluation.replay()).isNotNull();
    for (int i = 0; i < evaluation.results().size(); i++) {
      assertThat(annotated.results().get(i).backlog())
          .isSameAs(evaluation.results().get(i).backlog())
          .isNotNull();
      for (Reason note : annotated.results().get(i).notes()) {
        if (note.code() == ReasonCode.VERDICT_RESTS_ON) {
          assertThat(note.figures().get("failure")).isEqualTo(ReasonCode.SEED_TOO_LONG);
          assertThat(note.figures().get("key")).isEqualTo(IN_FLIGHT);
        }
      }
    }
    assertThat(notes(annotated, "gcs-archive-appliance-seed", ReasonCode.VERDICT_RESTS_ON))
        .hasSize(1);
  }

  @Test
  void aFigureTheScenarioGaveItselfOrACertainOneIsNotChecked() {
    for (Scenario scenario : List.of(oneInFlight(false, true), oneInFlight(true, false))) {
      Evaluation evaluation = Evaluator.evaluate(scenario);
      assertThat(UncertainVerdicts.annotate(scenario, evaluation)).isSameAs(evaluation);
    }
  }

  /** The archive price key whose uncertainty the recommendation tests below search. */
  private static final String PRICE = "options.gcs-archive.prices.storage_per_gib_month";

  /**
   * With an 8-day RTO the archive copy restored to the primary is the cheapest feasible pair; its
   * storage price at about twice its value would make the nam4 copy (priced here at $0.0013)
   * cheaper.
   */
  private static Scenario archiveCheapest() {
    return ScenarioKeys.with(
        ScenarioKeys.with(Scenarios.walmart(), "objectives.rto", 8 * 86_400),
        "options.gcs-archive-nam4-run-in-cloud.prices.storage_per_gib_month",
        0.0013);
  }

  /**
   * Where the archive price makes the nam4 copy the cheaper: horizon cost is linear in that price,
   * so the flip lies at p* = (other − fixed) / slope, from three evaluations.
   */
  private static double priceFlip(Scenario base) {
    double other = cost(base, "gcs-archive-nam4-run-in-cloud");
    double fixed = cost(ScenarioKeys.with(base, PRICE, 0), "gcs-archive");
    double slope = cost(ScenarioKeys.with(base, PRICE, 1), "gcs-archive") - fixed;
    return (other - fixed) / slope;
  }

  @SuppressWarnings("unchecked")
  private static List<RecommendationFlip> flips(Evaluation annotated) {
    List<Reason> why = annotated.recommendation().why();
    Reason rests = why.get(why.size() - 1);
    assertThat(rests.code()).isEqualTo(ReasonCode.RECOMMENDATION_RESTS_ON);
    return (List<RecommendationFlip>) rests.figures().get("flips");
  }

  @Test
  void aRecommendationThatAnUncertainPriceCouldFlipSaysWhere() {
    Scenario base =
        archiveCheapest()
            .withOrigins(
                List.of(
                    new InputOrigin(
                        PRICE, "gcs.archive.us-central1.storage_per_gib_month", true, false)));
    Evaluation evaluation = Evaluator.evaluate(base);
    assertThat(evaluation.recommendation().option()).isEqualTo("gcs-archive");
    double expected = priceFlip(base);
    List<RecommendationFlip> flips = flips(UncertainVerdicts.annotate(base, evaluation));
    assertThat(flips).hasSize(1);
    RecommendationFlip flip = flips.get(0);
    assertThat(flip.input()).isEqualTo(PRICE);
    assertThat(flip.source()).isEqualTo(RecommendationFlip.Source.UNCERTAIN_CATALOG_FIGURE);
    assertThat(flip.entry()).isEqualTo("gcs.archive.us-central1.storage_per_gib_month");
    assertThat(flip.flip()).isCloseTo(expected, within(expected * 2e-4));
    assertThat(flip.becomes())
        .isEqualTo(
            "gcs-archive-nam4-run-in-cloud on " + evaluation.recommendation().configuration());
  }

  @Test
  void theRecommendationNamesTheFlipsOfTheScenariosOwnDistributionsNearestFirst() {
    // The archive price, now a distribution of the scenario from half to three times its value,
    // flips the recommendation at p* as the catalog figure did; the growth, a distribution from
    // 30% to 60% around walmart's 45%, flips it too. An uncertain catalog figure beside them (the
    // nam4 storage price, a factor of two either way) flips it where the nam4 copy becomes the
    // cheaper. Each is named, nearest to its base value first, with what the recommendation
    // becomes.
    Scenario scenario = archiveCheapest();
    double price = ScenarioKeys.key(scenario, PRICE).get(scenario);
    UncertainScenario uncertain =
        new UncertainScenario(
            scenario.withOrigins(
                List.of(
                    new InputOrigin(
                        "options.gcs-archive-nam4-run-in-cloud.prices.storage_per_gib_month",
                        "gcs.archive.nam4.storage_per_gib_month",
                        true,
                        false))),
            List.of(
                new UncertainInput(PRICE, new Distribution.Triangular(price / 2, price, 3 * price)),
                new UncertainInput(
                    "dataset.annual_growth", new Distribution.Triangular(0.30, 0.45, 0.60))));
    Evaluation evaluation = Evaluator.evaluate(uncertain.base());
    List<RecommendationFlip> flips = flips(UncertainVerdicts.annotate(uncertain, evaluation));

    RecommendationFlip byPrice = null;
    for (RecommendationFlip flip : flips) {
      if (flip.input().equals(PRICE)) {
        byPrice = flip;
      }
    }
    assertThat(byPrice).isNotNull();
    assertThat(byPrice.source()).isEqualTo(RecommendationFlip.Source.DISTRIBUTION);
    assertThat(byPrice.entry()).isNull();
    assertThat(byPrice.lower()).isEqualTo(price / 2);
    assertThat(byPrice.upper()).isEqualTo(3 * price);
    double expected = priceFlip(uncertain.base());
    assertThat(byPrice.flip()).isCloseTo(expected, within(expected * 2e-4));
    assertThat(byPrice.becomes()).startsWith("gcs-archive-nam4-run-in-cloud on ");
    assertThat(flips)
        .extracting(RecommendationFlip::input)
        .contains(
            "dataset.annual_growth",
            "options.gcs-archive-nam4-run-in-cloud.prices.storage_per_gib_month");
    assertThat(flips).isSortedAccordingTo(Comparator.comparingDouble(RecommendationFlip::distance));
    for (RecommendationFlip flip : flips) {
      assertThat(flip.flip()).isBetween(flip.lower(), flip.upper());
      assertThat(flip.becomes()).isNotEqualTo(label(evaluation));
    }
  }

  /**
   * The distributions' searches by Monte Carlo's sampling path find the changes the full evaluation
   * finds: the same inputs, in the same order, to the same pairs (or to none), each at the same
   * value within the searches' accuracy (twice a millionth of the range: each search stops within
   * one of its own change).
   */
  @Test
  void theSamplingPathFindsTheChangesTheFullEvaluationFinds() {
    UncertainScenario uncertain =
        new UncertainScenario(
            Scenarios.walmart(),
            List.of(
                new UncertainInput(
                    "dataset.logical_size", new Distribution.Triangular(50e15, 80e15, 120e15)),
                new UncertainInput(
                    "dataset.annual_growth", new Distribution.Triangular(0.25, 0.45, 0.60)),
                new UncertainInput(
                    "dataset.daily_change", new Distribution.Triangular(0.0025, 0.005, 0.015)),
                new UncertainInput(
                    "network.efficiency", new Distribution.Triangular(0.6, 0.8, 0.9)),
                new UncertainInput("network.circuits", new Distribution.Triangular(1, 4, 8))));
    Evaluation evaluation = Evaluator.evaluate(uncertain.base());
    List<RecommendationFlip> bySamplingPath =
        flips(UncertainVerdicts.annotate(uncertain, evaluation, true));
    List<RecommendationFlip> byFullEvaluation =
        flips(UncertainVerdicts.annotate(uncertain, evaluation, false));

    assertThat(bySamplingPath).hasSizeGreaterThanOrEqualTo(3);
    assertThat(bySamplingPath).hasSameSizeAs(byFullEvaluation);
    for (int i = 0; i < bySamplingPath.size(); i++) {
      RecommendationFlip fast = bySamplingPath.get(i);
      RecommendationFlip full = byFullEvaluation.get(i);
      assertThat(fast.input()).isEqualTo(full.input());
      assertThat(fast.becomes()).as(fast.input()).isEqualTo(full.becomes());
      double accuracy = 2 * (full.upper() - full.lower()) * DecisionAnalysis.FLIP_TOLERANCE;
      assertThat(fast.flip()).as(fast.input()).isCloseTo(full.flip(), within(accuracy));
    }
  }

  /**
   * Searched by the sampling path, uncertain catalog figures find the notes the full evaluation
   * finds: a count of appliances in flight and an appliance's round trip (placeholders) that each
   * move a pair's feasibility within their ranges, and the archive's storage price (a sourced
   * figure), which moves the recommendation: the pairs' notes and reasons equal, the
   * recommendation's but for where it changes, which the path's horizon costs (within {@link
   * dev.drplan.model.SamplingEvaluator#RELATIVE_TOLERANCE}) may move within the search's tolerance.
   */
  @Test
  void theSamplingPathFindsTheCatalogFiguresNotesTheFullEvaluationFinds() {
    String roundTrip = "options.gcs-archive-appliance-seed.appliance.round_trip";
    Scenario scenario =
        ScenarioKeys.with(archiveCheapest(), IN_FLIGHT, 1)
            .withOrigins(
                List.of(
                    new InputOrigin(IN_FLIGHT, "appliances.ta300.in_flight", true, true),
                    new InputOrigin(roundTrip, "appliances.ta300.round_trip", true, true),
                    new InputOrigin(PRICE, "gcs.archive.storage_per_gib_month", true, false)));
    Evaluation evaluation = Evaluator.evaluate(scenario);
    UncertainScenario certain = UncertainScenario.certain(scenario);

    Evaluation bySamplingPath = UncertainVerdicts.annotate(certain, evaluation, true);
    Evaluation byFullEvaluation = UncertainVerdicts.annotate(certain, evaluation, false);

    List<String> keys = new ArrayList<>();
    for (int p = 0; p < evaluation.results().size(); p++) {
      OptionResult full = byFullEvaluation.results().get(p);
      assertThat(bySamplingPath.results().get(p).notes()).isEqualTo(full.notes());
      assertThat(bySamplingPath.results().get(p).reasons()).isEqualTo(full.reasons());
      for (Reason note : full.notes()) {
        if (note.code() == ReasonCode.VERDICT_RESTS_ON) {
          keys.add((String) note.figures().get("key"));
        }
      }
    }
    assertThat(keys).contains(IN_FLIGHT, roundTrip);
    List<Reason> fastWhy = bySamplingPath.recommendation().why();
    List<Reason> fullWhy = byFullEvaluation.recommendation().why();
    assertThat(fastWhy.subList(0, fastWhy.size() - 1))
        .isEqualTo(fullWhy.subList(0, fullWhy.size() - 1));
    List<RecommendationFlip> fast = flips(bySamplingPath);
    List<RecommendationFlip> full = flips(byFullEvaluation);
    assertThat(full).extracting(RecommendationFlip::key).containsExactly(PRICE);
    assertThat(fast).hasSameSizeAs(full);
    for (int i = 0; i < full.size(); i++) {
      RecommendationFlip expected = full.get(i);
      double accuracy = 2 * (expected.upper() - expected.lower()) * DecisionAnalysis.FLIP_TOLERANCE;
      assertThat(fast.get(i).flip()).isCloseTo(expected.flip(), within(accuracy));
      assertThat(fast.get(i)).usingRecursiveComparison().ignoringFields("flip").isEqualTo(expected);
    }
  }

  private static String label(Evaluation evaluation) {
    return evaluation.recommendation().option()
        + " on "
        + evaluation.recommendation().configuration();
  }

  private static double cost(Scenario scenario, String option) {
    for (OptionResult result : Evaluator.evaluate(scenario).results()) {
      if (result.option().equals(option)) {
        return result.horizonCost().usd();
      }
    }
    throw new AssertionError(option);
  }
}
