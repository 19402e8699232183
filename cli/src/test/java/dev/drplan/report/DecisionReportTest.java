package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.DecisionResult.Information;
import dev.drplan.analysis.DecisionResult.Question;
import dev.drplan.analysis.decision.EvppiEstimator;
import dev.drplan.analysis.decision.FeasibilityDriver;
import dev.drplan.analysis.decision.VoiEstimate;
import dev.drplan.catalog.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of decide's "what to ask first" from a hand-made ranking. */
class DecisionReportTest {

  private static Question question(
      String input, double usd, double standardError, FeasibilityDriver driver) {
    return new Question(
        input,
        "What is " + input + "?",
        ValueKind.FRACTION,
        false,
        0.1,
        0.9,
        0.5,
        new VoiEstimate(usd, standardError, 20),
        driver);
  }

  private static Information information(Question... questions) {
    return new Information(
        "a on minimum",
        EvppiEstimator.REGRESSION,
        new VoiEstimate(50_000, 1_000, 20),
        "a on minimum",
        List.of(questions),
        0.25);
  }

  /** A range is shown in the unit family of the value the scenario wrote, as compare shows it. */
  @Test
  void aRangeKeepsTheUnitFamilyOfTheWrittenValue() {
    double mib = 1024 * 1024;
    assertThat(DecisionReport.range(ValueKind.SIZE, 10 * mib, 2 * 1024 * mib, 128 * mib))
        .isEqualTo("10.0 MiB to 2.00 GiB");
    assertThat(DecisionReport.range(ValueKind.SIZE, 10e6, 2e9, 128e6))
        .isEqualTo("10.0 MB to 2.00 GB");
  }

  /**
   * $11,700 ± $25,700 is within twice its standard error of $0, so it is not asked; $30,000 ±
   * $5,000 is, and comes first even though the noisy one ranks above it.
   */
  @Test
  void aValueWithinTwiceItsStandardErrorIsNotAsked() {
    Information information =
        information(
            question("noisy", 11_700, 25_700, null),
            question("clear", 30_000 * 0.5, 5_000 * 0.5, null),
            question("zero", 0, 0, null));
    List<String> lines = DecisionReport.questions(information);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("1. What is clear? (clear, our assumed range ");
    assertThat(DecisionReport.afterQuestions(information))
        .startsWith("The other 2 inputs are worth less or no more than twice the standard error");
  }

  @Test
  void withNothingAboveNoiseTheInputsThatDecideFeasibilityAreNamed() {
    Information information =
        information(
            question("dataset.daily_change", 0, 0, new FeasibilityDriver(0.915, 0.11, 0.337)),
            question("dataset.reduction_ratio", 0, 0, new FeasibilityDriver(0.51, 0.50, 0.0)));
    assertThat(DecisionReport.questions(information)).isEmpty();
    assertThat(DecisionReport.afterQuestions(information))
        .isEqualTo(
            "No single input is worth knowing before choosing: none changes the choice alone by"
                + " more than twice the standard error of its value. What decides most whether a"
                + " on minimum works, and so what to ask the customer before committing to it:"
                + " 1. What is dataset.daily_change? (dataset.daily_change, our assumed range"
                + " 10.0% to 90.0%: feasible in 91.5% of the futures in the lowest fifth of its range,"
                + " 11.0% in the highest; 33.7% of the variation explained). The answers on the"
                + " other input can wait: it is not worth knowing before choosing, and it decides"
                + " less than 5.00% of whether a on minimum works (table above).");
  }

  /** A quarter of the futures with nothing feasible is said beside the EVPI; none, nothing said. */
  @Test
  void theFuturesWhereNothingWorksAreSaidBesideTheEvpi() {
    Information information = information(question("x", 0, 0, null));
    assertThat(DecisionReport.evpi(information, DecisionReport.DECIDE_SAMPLES))
        .endsWith(
            " In 25.0% of the futures no alternative is feasible: there knowing the inputs cannot"
                + " pick one plan over another, only show that the plan must change; the inputs"
                + " that decide whether it works are named above.");
    Information allWork =
        new Information(
            information.reference(),
            information.estimator(),
            information.evpi(),
            information.focus(),
            information.questions(),
            0);
    assertThat(DecisionReport.evpi(allWork, DecisionReport.DECIDE_SAMPLES))
        .endsWith("which shrinks as the samples grow.");
  }

  /**
   * The ± is said to cover sampling noise only, beside the sample count; below decide's default
   * count, the text says where a less biased figure comes from (review: a report at 10,000 samples
   * said growth was worth $207.5 k ± $30.5 k, decide at 100,000 $36.4 k ± $16.2 k).
   */
  @Test
  void thePlusOrMinusSaysWhatItCoversAndTheSampleCountIsSaid() {
    Information information = information(question("x", 0, 0, null));
    String atDecide = DecisionReport.evpi(information, 100_000);
    assertThat(atDecide)
        .contains("from 100,000 samples")
        .contains("covers sampling noise only, not the estimate's upward bias")
        .doesNotContain("drplan decide");
    assertThat(DecisionReport.evpi(information, 10_000))
        .contains("from 10,000 samples")
        .contains("drplan decide draws 100,000 by default");
    DecisionReport.Words customer =
        new DecisionReport.Words() {
          @Override
          public boolean customer() {
            return true;
          }
        };
    assertThat(DecisionReport.evpi(information, 10_000, customer))
        .contains("an analysis at 100,000 samples can rank the questions differently")
        .doesNotContain("drplan");
  }
}
