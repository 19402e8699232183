package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.model.CostLine;
import dev.drplan.model.OptionResult;
import dev.drplan.units.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assumptions name every cost line a figure holds: scenarios/walmart.yaml has a copy seeded
 * from an existing copy in another cloud, whose egress into the bucket is a one-time line.
 */
class AssumptionsTest {

  private static final Comparison WALMART = Comparison.of(ProposalFixtures.walmart());

  /** The assumption that starts with {@code opening}. */
  private static String assumption(String opening) {
    List<String> assumptions = Assumptions.of(WALMART);
    for (String assumption : assumptions) {
      if (assumption.startsWith(opening)) {
        return assumption;
      }
    }
    throw new AssertionError("no assumption starts with " + opening + ": " + assumptions);
  }

  /** The text between {@code opening} and the next closing parenthesis of {@code text}. */
  private static String listAfter(String text, String opening) {
    int start = text.indexOf(opening);
    assertThat(start).as("%s in %s", opening, text).isNotNegative();
    start += opening.length();
    return text.substring(start, text.indexOf(')', start));
  }

  @Test
  void theOneTimeSentenceNamesEveryLineThatAOneTimeCostHolds() {
    String listed = listAfter(assumption("Each month bills the integral"), "One-time costs (");
    int checked = 0;
    for (OptionResult result : WALMART.evaluation().results()) {
      for (CostLine line : CostLine.values()) {
        Money oneTime = result.costLines().oneTime(line);
        if (oneTime != null && oneTime.usd() > 0) {
          assertThat(line.oneTimeLabel()).as("%s carries a one-time cost", line).isNotNull();
          assertThat(List.of(listed.split(", ")))
              .as("%s of %s", line, result.option())
              .contains(line.oneTimeLabel());
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
    // The existing copy's egress into the bucket (gcs-archive-existing-copy), by the name explain
    // and the cost-line table give it.
    assertThat(listed).contains(CostLine.EXISTING_COPY_EGRESS.label());
  }

  @Test
  void theMoneyAssumptionNamesEveryLineAHorizonCostHolds() {
    String listed = listAfter(assumption("Money: "), "a sum of named lines (");
    for (OptionResult result : WALMART.evaluation().results()) {
      for (CostLine line : CostLine.values()) {
        Money horizon = result.costLines().horizon(line);
        if (line.inHorizonCost() && horizon != null && horizon.usd() > 0) {
          assertThat(List.of(listed.split(", ")))
              .as("%s of %s", line, result.option())
              .contains(line.label());
        }
      }
    }
    assertThat(listed).doesNotContain(CostLine.RETRIEVAL.label());
  }
}
