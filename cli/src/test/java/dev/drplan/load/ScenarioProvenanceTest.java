package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code provenance:} (docs/scenario-format.md, "provenance"): which inputs the customer stated and
 * which are assumptions, read once the scenario's key paths are known. Refusals are bad-input cases
 * (cli/src/test/resources/bad-input/provenance-*.yaml).
 */
class ScenarioProvenanceTest {

  private static Scenario load(String provenance) {
    try {
      String full =
          Files.readString(
              Path.of("src/test/resources/scenarios/full.yaml"), StandardCharsets.UTF_8);
      return TestCatalogs.loader().load("full.yaml", full + "\n" + provenance);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aScenarioWithoutProvenanceMarksNothing() {
    Scenario scenario = load("");
    assertThat(scenario.provenance()).isEmpty();
    assertThat(scenario.provenance("dataset.logical_size")).isNull();
  }

  @Test
  void eachEntryMarksItsKeyStatedOrAssumedWithItsWords() {
    Scenario scenario =
        load(
            "provenance:\n"
                + "  objectives.rto: {stated: \"back within three days\"}\n"
                + "  dataset.logical_size:\n"
                + "    assumed: >-\n"
                + "      no size was given;\n"
                + "      500 PB is the opportunity\n");
    assertThat(scenario.provenance("objectives.rto"))
        .isEqualTo(new Provenance("objectives.rto", true, "back within three days"));
    assertThat(scenario.provenance("dataset.logical_size"))
        .isEqualTo(
            new Provenance(
                "dataset.logical_size", false, "no size was given; 500 PB is the opportunity"));
    assertThat(scenario.provenance("objectives.rpo")).isNull();
  }

  @Test
  void aGroupMarksTheKeysUnderItAndAKeysOwnMarkWins() {
    Scenario scenario =
        load(
            "provenance:\n"
                + "  primary.configurations: {assumed: \"box counts were not given\"}\n"
                + "  primary.configurations.phase-one.dboxes: {stated: \"sixty D-boxes\"}\n"
                + "  options.gcs-archive: {assumed: \"as the movers we sell\"}\n");
    assertThat(scenario.provenance("primary.configurations.minimum.dboxes").note())
        .isEqualTo("box counts were not given");
    assertThat(scenario.provenance("primary.configurations.phase-one.cboxes").note())
        .isEqualTo("box counts were not given");
    assertThat(scenario.provenance("primary.configurations.phase-one.dboxes").stated()).isTrue();
    assertThat(scenario.provenance("options.gcs-archive.copy_engine.hosts").note())
        .isEqualTo("as the movers we sell");
    // A group is cut at a dot: gcs-archive's mark is not gcs-archive-per-file's.
    assertThat(scenario.provenance("options.gcs-archive-per-file.copy_engine.hosts")).isNull();
  }
}
