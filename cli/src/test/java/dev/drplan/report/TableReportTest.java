package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TableReportTest {

  private static String table(Comparison comparison) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.TABLE.writer().write(comparison, out);
    return out.toString();
  }

  @Test
  void theTablesComeInOrderWithHumanUnits() throws Exception {
    String table = table(Comparison.of(TestScenarios.walmartLike()));
    assertThat(table).startsWith("drplan compare: test-big-data-dr\n");
    assertThat(table)
        .containsSubsequence(
            "Primary configurations",
            "Expansion plan",
            "DR options: replication and recovery",
            "DR options: cost",
            "Reasons and notes",
            "Recommendation: gcs-archive on phase-one.");
    // 10 PB growing 30% a year for 5 years: 10 x 1.3^5 = 37.13 PB
    assertThat(table).contains("10.0 PB on day one, 37.1 PB at the end of the 5.00 y horizon");
    assertThat(table).contains("40.0 GB/s (320 Gbps)");
    // minimum: 10 D-boxes; year 1 needs ceil(13 PB / (22 x 61.44 TB x 0.88 x 0.9)) = 13
    assertThat(table).containsPattern("minimum +13 \\(\\+3\\)");
  }

  /**
   * walmart's appliance seed takes longer than max_seed, which rests on two catalog placeholders:
   * the reason says so once, each input with the value that would change it and the figure then,
   * and what the pair would be once; no note repeats it (finding 11 of the review).
   */
  @Test
  void whatAVerdictRestsOnIsSaidOnce() throws Exception {
    String table = table(Comparison.of(ProposalFixtures.walmart())).replaceAll("\\s+", " ");
    assertThat(table)
        .containsOnlyOnce("at 15.2 h it would no longer hold: first copy 179.9 d)")
        .containsOnlyOnce("at 23 it would no longer hold: first copy 178.3 d)")
        .contains(
            "; with any one of them changed so, the pair would stay infeasible for another"
                + " reason")
        .doesNotContain(
            "rests on options.gcs-archive-appliance-seed.appliance.round_trip = 14.0 d,"
                + " a catalog placeholder (appliances.ta300.round_trip):")
        .doesNotContain("still infeasible");
  }

  @Test
  void figuresThatCannotExistPrintAsWords() throws Exception {
    String table = table(Comparison.of(TestScenarios.walmartLike()));
    assertThat(table).containsPattern("gcs-trickle +data-copy .* copy-engine +never +— ");
    assertThat(table).doesNotContain("NaN", "Infinity", "E+", "{");
  }

  @Test
  void reasonsAreNumberedOnceAndProseIsWrapped() throws Exception {
    String table = table(Comparison.of(TestScenarios.walmartLike()));
    String notes = table.split("Reasons and notes\n", 2)[1].split("\nRecommendation", 2)[0];
    assertThat(notes).containsOnlyOnce("the first copy never converges");
    assertThat(notes).contains("  1. not feasible: 1,186 VMs are needed");
    for (String line : notes.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(TableReport.WIDTH);
    }
  }

  @Test
  void withNothingFeasibleTheRecommendationSaysSo() throws Exception {
    String table = table(Comparison.of(TestScenarios.nothingFeasible()));
    assertThat(table).contains("Recommendation: none. No (configuration, option) pair is feasible");
  }

  @Test
  void wrapKeepsAFigureWithItsUnit() {
    String text = "x".repeat(90) + " lasts 5.00 y and costs $58.0 M";
    assertThat(TableReport.wrap(text, "", "  "))
        .isEqualTo("x".repeat(90) + " lasts\n  5.00 y and costs $58.0 M\n");
  }

  @Test
  void wrapKeepsWordsWholeAndIndentsFollowingLines() {
    String text = "word ".repeat(40).strip();
    String wrapped = TableReport.wrap(text, "  1. ", "     ");
    for (String line : wrapped.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(TableReport.WIDTH);
      assertThat(line).matches("(  1\\. |     )word( word)*");
    }
  }
}
