package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.scenario.InputOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the bundled scenarios, read with the built-in catalog and its uncertain figures and
 * placeholders, the sampling path finds every note the full evaluation finds (docs/model.md §8):
 * the pairs' {@code verdict-rests-on} notes and the reasons that rest on them equal, and the
 * recommendation's reasons equal but for where {@code recommendation-rests-on} locates each change,
 * which the path's horizon costs (within {@code SamplingEvaluator.RELATIVE_TOLERANCE}) may move by
 * less than the search's tolerance.
 */
class UncertainVerdictsOnScenarioFilesTest {

  private static Path scenario(String name) {
    Path path = Path.of("scenarios", name);
    return Files.exists(path) ? path : Path.of("..").resolve(path);
  }

  @ParameterizedTest
  @CsvSource({"walmart.yaml, 1", "pilot.yaml, 0", "growth-path.yaml, 0"})
  void theSamplingPathFindsTheNotesTheFullEvaluationFinds(String name, int leastPairNotes) {
    UncertainScenario uncertain =
        new ScenarioLoader(CatalogReader.builtIn()).loadUncertain(scenario(name));
    assertThat(uncertain.base().origins()).anyMatch(InputOrigin::placeholder);
    assertSameNotes(uncertain, leastPairNotes);
  }

  /**
   * walmart.yaml with one appliance in flight (the catalog's placeholder count) and an 8-day RTO:
   * within the count's range the recommendation changes, and the search between whole numbers reads
   * each value at the whole number it rounds to, by the path as in full.
   */
  @Test
  void aCountThatChangesTheRecommendationIsSearchedOnWholeNumbers() {
    UncertainScenario shipped =
        new ScenarioLoader(CatalogReader.builtIn()).loadUncertain(scenario("walmart.yaml"));
    String inFlight = "options.gcs-archive-appliance-seed.appliance.in_flight";
    UncertainScenario uncertain =
        new UncertainScenario(
            ScenarioKeys.with(
                ScenarioKeys.with(shipped.base(), inFlight, 1), "objectives.rto", 8 * 86_400),
            shipped.inputs());

    Evaluation annotated = assertSameNotes(uncertain, 1);

    List<Reason> why = annotated.recommendation().why();
    List<RecommendationFlip> byCount =
        flips(why.get(why.size() - 1)).stream().filter(f -> f.key().equals(inFlight)).toList();
    assertThat(byCount).isNotEmpty();
    for (RecommendationFlip flip : byCount) {
      assertThat(flip.flip()).isEqualTo(Math.rint(flip.flip()));
    }
  }

  /** The annotation by the sampling path and in full, compared; the one in full. */
  private static Evaluation assertSameNotes(UncertainScenario uncertain, int leastPairNotes) {
    Evaluation evaluation = Evaluator.evaluateWithBacklog(uncertain.base());
    assertThat(evaluation.replay()).isNull();

    Evaluation bySamplingPath = UncertainVerdicts.annotate(uncertain, evaluation, true);
    Evaluation byFullEvaluation = UncertainVerdicts.annotate(uncertain, evaluation, false);

    int pairNotes = 0;
    for (int p = 0; p < byFullEvaluation.results().size(); p++) {
      OptionResult full = byFullEvaluation.results().get(p);
      OptionResult fast = bySamplingPath.results().get(p);
      assertThat(fast.notes()).as(full.option()).isEqualTo(full.notes());
      assertThat(fast.reasons()).as(full.option()).isEqualTo(full.reasons());
      pairNotes +=
          (int) full.notes().stream().filter(UncertainVerdictsOnScenarioFilesTest::restsOn).count();
    }
    assertThat(pairNotes).isGreaterThanOrEqualTo(leastPairNotes);
    List<Reason> fastWhy = bySamplingPath.recommendation().why();
    List<Reason> fullWhy = byFullEvaluation.recommendation().why();
    assertThat(fastWhy).hasSameSizeAs(fullWhy);
    for (int i = 0; i < fullWhy.size(); i++) {
      if (fullWhy.get(i).code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
        assertSameFlips(flips(fastWhy.get(i)), flips(fullWhy.get(i)));
      } else {
        assertThat(fastWhy.get(i)).isEqualTo(fullWhy.get(i));
      }
    }
    return byFullEvaluation;
  }

  @ParameterizedTest
  @ValueSource(strings = {"walmart.yaml", "pilot.yaml", "growth-path.yaml"})
  void theSamplingPathTakesEveryUncertainCatalogFigure(String name) {
    UncertainScenario uncertain =
        new ScenarioLoader(CatalogReader.builtIn()).loadUncertain(scenario(name));
    SamplingPath path = SamplingPath.of(uncertain);
    int figures = 0;
    for (InputOrigin origin : uncertain.base().origins()) {
      if (origin.uncertain()) {
        ScenarioKey key = ScenarioKeys.key(uncertain.base(), origin.key());
        double value = key.get(uncertain.base());
        assertThat(path.slotsOf(key, value / 2, value * 2)).as(origin.key()).isNotNull();
        figures++;
      }
    }
    assertThat(figures).isGreaterThanOrEqualTo(9);
  }

  private static boolean restsOn(Reason note) {
    return note.code() == ReasonCode.VERDICT_RESTS_ON;
  }

  @SuppressWarnings("unchecked")
  private static List<RecommendationFlip> flips(Reason restsOn) {
    assertThat(restsOn.code()).isEqualTo(ReasonCode.RECOMMENDATION_RESTS_ON);
    return (List<RecommendationFlip>) restsOn.figures().get("flips");
  }

  private static void assertSameFlips(
      List<RecommendationFlip> fast, List<RecommendationFlip> full) {
    assertThat(fast).hasSameSizeAs(full);
    for (RecommendationFlip expected : full) {
      // Matched by key and side: two changes as near as each other may swap places in the list.
      RecommendationFlip found =
          fast.stream()
              .filter(f -> f.key().equals(expected.key()))
              .filter(f -> f.flip() > f.value() == expected.flip() > expected.value())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no change along " + expected.key()));
      double accuracy = 2 * (expected.upper() - expected.lower()) * DecisionAnalysis.FLIP_TOLERANCE;
      assertThat(found.flip()).as(expected.key()).isCloseTo(expected.flip(), within(accuracy));
      assertThat(found).as(expected.key()).isEqualTo(withFlip(expected, found.flip()));
    }
  }

  private static RecommendationFlip withFlip(RecommendationFlip flip, double at) {
    return new RecommendationFlip(
        flip.input(),
        flip.key(),
        flip.source(),
        flip.entry(),
        flip.kind(),
        flip.value(),
        flip.lower(),
        flip.upper(),
        at,
        flip.becomes());
  }
}
