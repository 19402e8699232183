package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

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
 * Every file under {@code src/test/resources/bad-input/} is a scenario the loader must refuse. Its
 * sibling {@code NAME.expected} holds the exit code ({@code exit: 2}) and one or more {@code
 * contains: ...} fragments of the message; a case without its expectation fails, and so does an
 * expectation without its case. Add a case by adding the two files.
 */
class BadInputTest {

  private static final Path DIR = Path.of("src/test/resources/bad-input");
  private static final String EXPECTED = ".expected";

  @TestFactory
  Stream<DynamicTest> everyBadInputIsRefusedWithItsMessage() throws IOException {
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
    assertThat(inputs).as("bad-input cases").hasSizeGreaterThan(40);
    List<DynamicTest> tests = new ArrayList<>();
    for (String input : inputs) {
      String stem = input.contains(".") ? input.substring(0, input.lastIndexOf('.')) : input;
      tests.add(DynamicTest.dynamicTest(input, () -> check(input, stem)));
      expectations.remove(stem);
    }
    for (String orphan : expectations) {
      tests.add(
          DynamicTest.dynamicTest(
              orphan + EXPECTED,
              () -> fail("%s%s has no bad-input file beside it", orphan, EXPECTED)));
    }
    return tests.stream();
  }

  private static void check(String input, String stem) throws IOException {
    Path expectedFile = DIR.resolve(stem + EXPECTED);
    if (!Files.exists(expectedFile)) {
      fail(
          "%s has no %s%s: add one with \"exit: 2\" and \"contains: ...\" lines",
          input, stem, EXPECTED);
    }
    Integer exit = null;
    List<String> fragments = new ArrayList<>();
    for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
      if (line.startsWith("exit: ")) {
        exit = Integer.parseInt(line.substring("exit: ".length()).strip());
      } else if (line.startsWith("contains: ")) {
        fragments.add(line.substring("contains: ".length()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        fail("%s%s: unreadable line %s", stem, EXPECTED, line);
      }
    }
    assertThat(exit).as(stem + EXPECTED + " gives the exit code").isNotNull();
    assertThat(fragments).as(stem + EXPECTED + " gives message fragments").isNotEmpty();

    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> TestCatalogs.loader().load(DIR.resolve(input)));
    assertThat(error).as(input + " must be refused").isNotNull();
    assertThat(error.exitCode()).isEqualTo(exit);
    String message = error.getMessage();
    for (String fragment : fragments) {
      assertThat(message).contains(fragment);
    }
    String[] lines = message.split("\n", -1);
    assertThat(lines.length)
        .as("one paragraph and at most a hint: " + message)
        .isLessThanOrEqualTo(2);
    if (lines.length == 2) {
      assertThat(lines[1]).startsWith("did you mean \"");
    }
  }
}
