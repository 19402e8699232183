package dev.drplan.load.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.scenario.PrometheusValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code .csv} and {@code .json} file under {@code src/test/resources/profiles/bad/} is a
 * change profile its reader must refuse. Its sibling {@code NAME.expected} holds the line ({@code
 * line: 7}, 0 for the whole file), optionally the column ({@code column: 22}), and one or more
 * {@code contains: ...} fragments of the message; a case without its expectation fails, and so does
 * an expectation without its case. JSON files are read as bytes per step.
 */
class BadProfileTest {

  private static final Path DIR = Path.of("src/test/resources/profiles/bad");
  private static final String EXPECTED = ".expected";

  @TestFactory
  Stream<DynamicTest> everyBadProfileIsRefusedWithItsMessage() throws IOException {
    TreeSet<String> inputs = new TreeSet<>();
    TreeSet<String> expectations = new TreeSet<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.forEach(
          file -> {
            String name = file.getFileName().toString();
            if (name.endsWith(EXPECTED)) {
              expectations.add(name.substring(0, name.length() - EXPECTED.length()));
            } else {
              inputs.add(name);
            }
          });
    }
    assertThat(inputs).as("bad profiles").hasSizeGreaterThan(30);
    List<DynamicTest> tests = new ArrayList<>();
    for (String input : inputs) {
      String stem = input.substring(0, input.lastIndexOf('.'));
      tests.add(DynamicTest.dynamicTest(input, () -> check(input, stem)));
      expectations.remove(stem);
    }
    for (String orphan : expectations) {
      tests.add(
          DynamicTest.dynamicTest(
              orphan + EXPECTED,
              () -> fail("%s%s has no bad profile beside it", orphan, EXPECTED)));
    }
    return tests.stream();
  }

  private static void check(String input, String stem) throws IOException {
    Path expectedFile = DIR.resolve(stem + EXPECTED);
    if (!Files.exists(expectedFile)) {
      fail("%s has no %s%s: add one with \"line: N\" and \"contains: ...\" lines", input, stem);
    }
    Long line = null;
    Long column = null;
    PrometheusValues values = PrometheusValues.BYTES_PER_STEP;
    List<String> fragments = new ArrayList<>();
    for (String text : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
      if (text.startsWith("line: ")) {
        line = Long.parseLong(text.substring("line: ".length()).strip());
      } else if (text.startsWith("column: ")) {
        column = Long.parseLong(text.substring("column: ".length()).strip());
      } else if (text.startsWith("values: ")) {
        values = PrometheusValues.valueOf(text.substring("values: ".length()).strip());
      } else if (text.startsWith("contains: ")) {
        fragments.add(text.substring("contains: ".length()));
      } else if (!text.isBlank()) {
        fail("%s%s: unreadable line %s", stem, EXPECTED, text);
      }
    }
    assertThat(line).as(stem + EXPECTED + " gives the line").isNotNull();
    assertThat(fragments).as(stem + EXPECTED + " gives message fragments").isNotEmpty();

    Path file = DIR.resolve(input);
    PrometheusValues kind = values;
    ProfileFormatException e =
        catchThrowableOfType(ProfileFormatException.class, () -> read(file, kind));
    assertThat(e).as(input + " is refused").isNotNull();
    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.file()).isEqualTo(file.toString());
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    if (column != null) {
      assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    }
    assertThat(e.getMessage())
        .startsWith(file + (line > 0 ? ":" + line : "") + (column != null ? ":" + column : ""))
        .contains(": error: change profile: expected ");
    for (String fragment : fragments) {
      assertThat(e.getMessage()).contains(fragment);
    }
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static ChangeProfile read(Path file, PrometheusValues values) {
    return file.toString().endsWith(".json")
        ? PrometheusProfileReader.read(file, values, GapPolicy.REJECT)
        : CsvProfileReader.read(file, GapPolicy.REJECT);
  }
}
