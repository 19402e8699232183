package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated JSON Schema, read by an independent validator (networknt, draft 2020-12), accepts
 * every scenario the repository ships and refuses the bad-input cases whose fault a schema can see
 * (an unknown or missing key, a bare number where a unit is needed, a word not in the list, a
 * reference given both ways): an editor that reads the schema flags what the loader refuses.
 */
class ScenarioSchemaValidationTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ScenarioJsonSchema.text(), InputFormat.JSON);

  private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

  /** Bad-input cases whose fault is one of form, which the schema states. */
  private static final List<String> SCHEMA_DETECTABLE =
      List.of(
          "appliance-capacity-without-unit",
          "appliance-with-network-seed",
          "bad-scenario-name",
          "bare-number-size",
          "distribution-on-a-word",
          "distribution-unknown-field",
          "distribution-unknown-kind",
          "distribution-without-dist",
          "distribution-missing-field",
          "distribution-on-a-key-that-cannot-vary",
          "distribution-on-link-size",
          "fraction-above-one",
          "fractional-count",
          "key-of-the-other-option-kind",
          "list-where-a-value-is-meant",
          "missing-required-key",
          "neither-reference-nor-inline",
          "no-options",
          "peak-factor-below-one",
          "reduction-below-one",
          "reference-and-inline",
          "root-is-a-list",
          "run-in-cloud-without-start-time",
          "scalar-where-a-mapping-is-meant",
          "size-where-a-rate-is-meant",
          "start-time-with-restore",
          "unknown-dataset-key",
          "unknown-option-kind",
          "unknown-recovery",
          "unknown-seed",
          "unknown-storage-class",
          "unknown-top-level-key",
          "value-missing",
          "zero-dboxes");

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioIsValid() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("../scenarios"), Path.of("src/test/resources/scenarios"))) {
      try (Stream<Path> listed = Files.list(dir)) {
        listed.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(), () -> assertThat(errors(file)).as(file.toString()).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> badInputWithAFaultOfFormIsRefused() {
    return SCHEMA_DETECTABLE.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertThat(errors(BAD_INPUT.resolve(name + ".yaml")))
                            .as(name + " must break the schema")
                            .isNotEmpty()));
  }

  private static List<String> errors(Path file) throws IOException {
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    List<String> messages = new ArrayList<>();
    for (Error error : SCHEMA.validate(yaml, InputFormat.YAML)) {
      messages.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return messages;
  }
}
