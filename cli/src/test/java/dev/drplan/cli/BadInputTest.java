package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.drplan.load.ScenarioException;
import dev.drplan.load.TestCatalogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every file under {@code src/test/resources/bad-input/} is a scenario drplan must refuse. Its
 * sibling {@code NAME.expected} holds the exit code ({@code exit: 2}) and one or more {@code
 * contains: ...} fragments of the message; a case without its expectation fails, and so does an
 * expectation without its case. Add a case by adding the two files.
 *
 * <p>Each case runs twice: through the loader (one {@link ScenarioException}, one paragraph: an
 * unknown key or name with its "did you mean" on the first line and what is allowed on the second,
 * any other error on one line, at most with a "did you mean" line) and through the real command
 * line, {@code drplan compare FILE}, whose exit code, standard error and standard output are what a
 * user sees: the exit code of the file, the message on standard error, nothing on standard output,
 * no stack trace.
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
      tests.add(DynamicTest.dynamicTest(input + " (loader)", () -> loader(input, stem)));
      tests.add(DynamicTest.dynamicTest(input + " (drplan compare)", () -> command(input, stem)));
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

  /** What NAME.expected says: the exit code and the message fragments. */
  private record Expected(int exit, List<String> fragments) {}

  private static Expected expected(String input, String stem) throws IOException {
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
    return new Expected(exit, fragments);
  }

  private static void loader(String input, String stem) throws IOException {
    Expected expected = expected(input, stem);
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> TestCatalogs.loader().load(DIR.resolve(input)));
    assertThat(error).as(input + " must be refused").isNotNull();
    String message = error.getMessage();
    for (String fragment : expected.fragments()) {
      assertThat(message).contains(fragment);
    }
    String[] lines = message.split("\n", -1);
    assertThat(lines.length)
        .as("one paragraph and at most a hint: " + message)
        .isLessThanOrEqualTo(2);
    if (error.allowed() != null && error.suggestion() != null) {
      // An unknown key or name: the closest one leads, then what is allowed, as the command
      // line's unknown names (UnknownNames).
      assertThat(lines[0]).endsWith("; did you mean \"" + error.suggestion() + "\"?");
      assertThat(lines[1]).isEqualTo(error.allowed());
    } else if (lines.length == 2) {
      assertThat(lines[1]).startsWith("did you mean \"");
    }
  }

  private static void command(String input, String stem) throws IOException {
    Expected expected = expected(input, stem);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"compare", DIR.resolve(input).toString()};
    CommandLine commandLine =
        DrplanCommand.commandLine(
            new DrplanCommand(Wiring.scenarioReader(TestCatalogs.source())), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);

    String stderr = err.toString();
    assertThat(exit).as(stderr).isEqualTo(expected.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    for (String fragment : expected.fragments()) {
      assertThat(stderr).contains(fragment);
    }
    assertThat(stderr)
        .as("no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
    assertThat(stderr.split("\n").length).as(stderr).isLessThanOrEqualTo(2);
    assertThat(out.toString()).as("nothing on standard output").isEmpty();
  }
}
