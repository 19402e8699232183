package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Whole outputs of {@code drplan compare} for every scenario in {@code scenarios/}, checked against
 * {@code cli/src/test/resources/golden/<name>.table.txt|.md|.csv|.json}. A scenario without its
 * four goldens fails, and so does a golden without a scenario. After a deliberate change,
 * regenerate them and review the diff:
 *
 * <pre>
 * ./mvnw -pl cli -am test -Dgolden.update=true -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * git diff cli/src/test/resources/golden
 * </pre>
 */
class GoldenFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The repository root: the module's parent when tests run in {@code cli/}. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("scenarios")) ? here : here.getParent();
  }

  private static Path goldens() {
    return root().resolve("cli/src/test/resources/golden");
  }

  private static List<Path> scenarios() throws IOException {
    Path scenarios = root().resolve("scenarios");
    assertThat(scenarios).as("the scenarios directory").isDirectory();
    try (Stream<Path> files = Files.list(scenarios)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static String name(Path scenario) {
    String file = scenario.getFileName().toString();
    return file.substring(0, file.length() - ".yaml".length());
  }

  @TestFactory
  List<DynamicTest> everyScenarioMatchesItsGoldens() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path scenario : scenarios()) {
      for (ReportFormat format : FormatOption.TEXT_FORMATS) {
        Path golden = goldens().resolve(name(scenario) + "." + format.extension());
        tests.add(
            DynamicTest.dynamicTest(
                golden.getFileName().toString(), () -> check(scenario, format, golden)));
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyGoldenHasAScenario() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Path scenario : scenarios()) {
      for (ReportFormat format : FormatOption.TEXT_FORMATS) {
        expected.add(name(scenario) + "." + format.extension());
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    if (!Files.isDirectory(goldens())) {
      return tests;
    }
    try (Stream<Path> files = Files.list(goldens())) {
      for (Path golden : files.sorted().toList()) {
        String file = golden.getFileName().toString();
        tests.add(
            DynamicTest.dynamicTest(
                file,
                () ->
                    assertThat(expected)
                        .as(
                            "%s has no scenario in scenarios/ (delete it, or add the scenario)",
                            file)
                        .contains(file)));
      }
    }
    return tests;
  }

  private static void check(Path scenario, ReportFormat format, Path golden) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute("compare", scenario.toString(), "--format", format.id());
    assertThat(err.toString()).as("standard error of compare %s", scenario).isEmpty();
    assertThat(code).as("exit code of compare %s", scenario).isEqualTo(ExitCodes.OK);
    String actual = out.toString();
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden)
        .as("%s is missing; create it with -Dgolden.update=true and review it", golden)
        .exists();
    assertThat(actual)
        .as(
            "compare %s --format %s differs from %s; if the change is intended, regenerate with"
                + " -Dgolden.update=true and review the diff",
            scenario.getFileName(), format.id(), root().relativize(golden))
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
