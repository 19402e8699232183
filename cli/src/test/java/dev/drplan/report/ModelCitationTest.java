package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The model's citations: the titles they quote are docs/model.md's own headings. */
class ModelCitationTest {

  @Test
  void theTitlesAreTheNumberedHeadingsOfTheModel() throws IOException {
    String model =
        Files.readString(
            ProposalFixtures.root().resolve(ModelCitation.DOCUMENT), StandardCharsets.UTF_8);
    List<String> headings = new ArrayList<>();
    Matcher heading = Pattern.compile("(?m)^## ([0-9]+)\\. (.+)$").matcher(model);
    while (heading.find()) {
      assertThat(Integer.parseInt(heading.group(1))).isEqualTo(headings.size() + 1);
      headings.add(heading.group(2));
    }
    assertThat(ModelCitation.titles()).isEqualTo(headings);
    assertThat(model).contains("\n### The backlog\n");
  }

  @Test
  void bothWaysCiteTheSameSections() {
    assertThat(ModelCitation.SECTION_SIGNS.of(2, 7)).isEqualTo("§2, §7");
    assertThat(ModelCitation.SECTION_SIGNS.of("The backlog", 5)).isEqualTo("§5, the backlog");
    assertThat(ModelCitation.TITLES.of(6)).isEqualTo("docs/model.md, Recovery time (RTO)");
    assertThat(ModelCitation.TITLES.of(1, 7, 8))
        .isEqualTo("docs/model.md, Data over time, Cloud footprint and cost, Verdict");
  }
}
