package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario.schema.json is the generator's output, byte for byte; regenerate it after a change
 * of the scenario schema with the command the failure prints.
 */
class ScenarioJsonSchemaTest {

  private static final Path COMMITTED = Path.of("../docs/scenario.schema.json");
  private static final String REGENERATE =
      "./mvnw -pl loader -am test -Dtest=ScenarioJsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dschema.update=true (or: ./drplan schema > docs/scenario.schema.json)";

  @Test
  void theCommittedSchemaIsTheGeneratedOne() throws IOException {
    String generated = ScenarioJsonSchema.text();
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED))
        .as("docs/scenario.schema.json is missing; generate it with " + REGENERATE)
        .isTrue();
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(
            "docs/scenario.schema.json differs from the generator; regenerate it with "
                + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void theSchemaIsDraft202012AndClosed() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(ScenarioJsonSchema.text());
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required").toString())
        .isEqualTo(
            "[\"name\",\"horizon\",\"dataset\",\"primary\",\"network\",\"objectives\",\"options\"]");
    JsonNode dataset = schema.at("/properties/dataset");
    assertThat(dataset.get("additionalProperties").asBoolean()).isFalse();
    assertThat(dataset.at("/properties/logical_size/description").asText())
        .startsWith("data to protect on day one (docs/scenario-format.md, dataset)");
    assertThat(dataset.at("/properties/logical_size/anyOf/1/$ref").asText())
        .isEqualTo("#/$defs/size-distribution");
    assertThat(dataset.at("/properties/peak_factor/description").asText()).endsWith("; default 1");
    assertThat(schema.at("/$defs/size/pattern").asText()).contains("TB").contains("MiB");
    assertThat(schema.at("/properties/options/items/oneOf/0/properties/kind/const").asText())
        .isEqualTo("namespace-in-cloud");
    assertThat(schema.at("/properties/options/items/oneOf/1/properties/kind/const").asText())
        .isEqualTo("data-copy");
    assertThat(
            schema.at("/properties/options/items/oneOf/1/properties/storage_class/enum").toString())
        .isEqualTo("[\"standard\",\"nearline\",\"coldline\",\"archive\"]");
    // rtt cannot vary, so it takes one value, not a distribution.
    assertThat(schema.at("/properties/network/properties/rtt/$ref").asText())
        .isEqualTo("#/$defs/duration");
  }

  /** Each description names a section of docs/scenario-format.md, and only ones it has. */
  @Test
  void everyKeyNamesItsSectionOfTheFormat() throws IOException {
    java.util.Set<String> sections =
        java.util.Set.of(
            "Quantities",
            "Top level",
            "dataset",
            "primary",
            "network",
            "objectives",
            "options",
            "kind: namespace-in-cloud",
            "kind: data-copy",
            "overrides",
            "change_profile",
            "Distributions",
            "levers",
            "provenance");
    java.util.regex.Matcher cited =
        java.util.regex.Pattern.compile("\\(docs/scenario-format\\.md, ([^)]+)\\)")
            .matcher(ScenarioJsonSchema.text());
    java.util.Set<String> named = new java.util.TreeSet<>();
    while (cited.find()) {
      named.add(cited.group(1));
    }
    assertThat(named).isNotEmpty().isSubsetOf(sections);
    Path format = Path.of("../docs/scenario-format.md");
    if (Files.exists(format)) {
      String text = Files.readString(format, StandardCharsets.UTF_8);
      for (String section : named) {
        assertThat(text)
            .as("a heading for " + section)
            .containsPattern("(?m)^#+ " + java.util.regex.Pattern.quote(section));
      }
    }
  }
}
