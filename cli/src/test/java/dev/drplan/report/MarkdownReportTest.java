package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.scenario.Scenario;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static String markdown() throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.MARKDOWN.writer().write(Comparison.of(TestScenarios.walmartLike()), out);
    return out.toString();
  }

  /** Each pipe table as its lines. */
  private static List<List<String>> tables(String markdown) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  private static int cells(String row) {
    return row.replace("\\|", "").split("\\|", -1).length - 2;
  }

  @Test
  void everyTableIsAWellFormedPipeTable() throws Exception {
    List<List<String>> tables = tables(markdown());
    // configurations, expansion, replication and recovery, cost, cost lines
    assertThat(tables).hasSize(5);
    for (List<String> table : tables) {
      int columns = cells(table.get(0));
      assertThat(table.get(1)).matches("\\|( -+:? \\|)+");
      for (String row : table) {
        assertThat(row).startsWith("| ").endsWith(" |");
        assertThat(cells(row)).isEqualTo(columns);
      }
    }
    // configurations, expansion, then one row per pair in each results table
    assertThat(tables.get(0)).hasSize(2 + 2);
    assertThat(tables.get(2)).hasSize(2 + 8);
    assertThat(tables.get(3)).hasSize(2 + 8);
  }

  @Test
  void aPipeOrALineBreakInACellStaysInsideTheCell() {
    Table table = new Table().left("name").right("figure");
    table.row(List.of("a|b", "1"));
    table.row(List.of("two\nlines\r\nthree", "2"));
    List<String> lines = List.of(table.toMarkdown().split("\n"));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).startsWith("| a\\|b ").endsWith(" |      1 |");
    assertThat(lines.get(3)).isEqualTo("| two<br>lines<br>three |      2 |");
    for (String line : lines) {
      assertThat(cells(line)).isEqualTo(2);
    }
  }

  @Test
  void aBackslashBeforeAPipeAndRawHtmlStayEscapedText() {
    Table table = new Table().left("name").right("figure");
    table.row(List.of("x\\|y", "1"));
    table.row(List.of("<img src=x onerror=alert(1)>", "2"));
    List<String> lines = List.of(table.toMarkdown().split("\n"));
    // GitHub reads \\ as one backslash and \| as a pipe: the cell stays whole.
    assertThat(lines.get(2)).startsWith("| x\\\\\\|y ").endsWith(" |      1 |");
    assertThat(lines.get(3)).startsWith("| &lt;img src=x onerror=alert(1)&gt; ");
    assertThat(String.join("\n", lines)).doesNotContain("<img");
  }

  @Test
  void figuresRightAlignAndCannotExistPrintsAsWords() throws Exception {
    String markdown = markdown();
    assertThat(markdown).contains("| ------------- | ------: |");
    assertThat(markdown).containsPattern("\\| gcs-trickle +\\| data-copy .*\\| +never \\| +— \\|");
  }

  @Test
  void sectionsComeInOrderWithTheAssumptionsLast() throws Exception {
    String markdown = markdown();
    assertThat(markdown).startsWith("# DR comparison: test-big-data-dr\n");
    assertThat(markdown)
        .containsSubsequence(
            "## Primary configurations",
            "## Expansion plan",
            "## DR options: replication and recovery",
            "## DR options: cost",
            "## Reasons and notes",
            "## Recommendation",
            "## Assumptions");
    assertThat(markdown).contains("**gcs-archive on phase-one**. The lowest horizon cost");
    assertThat(markdown).doesNotContain("\n\n\n");
  }

  @Test
  void theAssumptionsNameTheCatalogAndTheUnitConventions() throws Exception {
    String assumptions = markdown().split("## Assumptions\n", 2)[1];
    assertThat(assumptions).contains("`gcp-test`, as of 2026-09-20");
    assertThat(assumptions)
        .contains(
            "1 TB = 10^12 bytes",
            "per GiB (2^30 bytes",
            "1 Gbps = 10^9 bit/s",
            "30.4375 d",
            "730.5 h");
  }

  @Test
  void reasonTextIsEscapedForMarkdown() throws Exception {
    // A key is named by its meaning, its name as code: nothing left to escape (MarkdownNamesTest).
    assertThat(markdown())
        .contains(
            "more than the largest node count of one cluster, 1,000 (the option's `max_nodes`)");
  }

  /**
   * The inputs walmart's verdicts and recommendation rest on (catalog placeholders): named as the
   * proposal names them, with the key path beside as code where the user sets the key, and the
   * catalog entry in words; never by a bare key path or entry path.
   */
  @Test
  void anInputAFindingRestsOnIsNamedAsTheProposalNamesItWithItsKeyPathAsCode() throws Exception {
    Comparison comparison = Comparison.of(ProposalFixtures.walmart());
    Scenario scenario = comparison.scenario();
    StringWriter out = new StringWriter();
    ReportFormat.MARKDOWN.writer().write(comparison, out);
    String markdown = out.toString();
    String html = HtmlReport.render(ProposalFixtures.certainProposal());

    Set<Reason> restsOn = new LinkedHashSet<>();
    for (OptionResult result : comparison.evaluation().results()) {
      for (Reason note : result.notes()) {
        if (note.code() == ReasonCode.VERDICT_RESTS_ON) {
          restsOn.add(note);
        }
      }
    }
    for (Reason reason : comparison.evaluation().recommendation().why()) {
      if (reason.code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
        restsOn.add(reason);
      }
    }
    assertThat(restsOn).extracting(Reason::code).contains(ReasonCode.RECOMMENDATION_RESTS_ON);
    for (Reason reason : restsOn) {
      String entry;
      String path;
      if (reason.code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
        // The flips' catalog figure (walmart's class-A price placeholder).
        RecommendationFlip flip =
            ((List<?>) reason.figures().get("flips"))
                .stream()
                    .map(RecommendationFlip.class::cast)
                    .filter(f -> f.entry() != null)
                    .findFirst()
                    .orElseThrow();
        path = flip.key();
        entry = flip.entry();
        assertThat(markdown)
            .contains(
                ScenarioKeys.key(scenario, path).meaning()
                    + " (`"
                    + path
                    + "`) (a catalog placeholder: "
                    + Wording.catalogEntry(entry)
                    + ") is ");
      } else {
        path = (String) reason.figures().get("key");
        entry = (String) reason.figures().get("entry");
        assertThat(markdown)
            .contains(ScenarioKeys.key(scenario, path).meaning() + " (`" + path + "`) = ")
            .contains("a catalog placeholder (" + Wording.catalogEntry(entry) + ")");
      }
      String meaning = ScenarioKeys.key(scenario, path).meaning();
      assertThat(html).contains(Html.escape(meaning));
      // Every mention of the key path is the code span: none bare, none escaped.
      assertThat(markdown.split(Pattern.quote(path), -1).length - 1)
          .as(path)
          .isEqualTo(markdown.split(Pattern.quote("`" + path + "`"), -1).length - 1);
      assertThat(markdown).doesNotContain(path.replace("_", "\\_"));
      assertThat(markdown).doesNotContain(entry.replace("_", "\\_"));
    }
  }
}
