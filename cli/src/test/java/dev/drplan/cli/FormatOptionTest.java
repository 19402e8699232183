package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code --format} through the command line of every command that has one: the same option, the
 * same error (exit 2, one line, no stack trace) listing the command's own formats, and help that
 * lists them too.
 */
class FormatOptionTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs drplan with scenarios from the test reader (whatever file is named). */
  private int run(String... args) {
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** {@code command} with the arguments it needs to get as far as its format, then {@code more}. */
  private static String[] args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "compare s.yaml | one of table, markdown, csv, json",
        "simulate s.yaml | one of table, markdown, csv, json",
        "sensitivity s.yaml | one of table, markdown, csv, json",
        "sweep s.yaml --vary network.circuits=1..4:4 | one of table, markdown, csv, json",
        "solve s.yaml --find network.circuits --minimize --subject-to rpo<=objective"
            + " | one of table, markdown, csv, json",
        "validate s.yaml --probe p.json | one of table, markdown, json",
        "report s.yaml | html or xlsx",
        "probe gs://b/p | table or json"
      })
  void anUnknownFormatIsTheSameUsageErrorEverywhere(String command, String expected) {
    int exit = run(args(command, "--format", "xml"));

    String name = command.split(" ")[0];
    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "drplan: error: --format: expected "
                + expected
                + ", found \"xml\" (see 'drplan "
                + name
                + " --help')\n");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "compare s.yaml | html",
        "simulate s.yaml | xlsx",
        "validate s.yaml --probe p.json | csv",
        "report s.yaml | json",
        "probe gs://b/p | markdown"
      })
  void aFormatOfAnotherCommandIsRefusedNamingThisCommandsFormats(String command, String other) {
    assertThat(run(args(command, "-f", other))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("found \"" + other + "\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "compare | -f, --format=FORMAT | table (default), markdown, csv or json (docs/model.md's",
        "simulate | -f, --format=FORMAT | table (default), markdown, csv or json",
        "validate | -f, --format=FORMAT | table (default), markdown or json",
        "report | -f, --format=FORMAT | html or xlsx; by default xlsx for an --out FILE",
        "probe | -f, --format=FORMAT | table (default) or json on stdout"
      })
  void helpListsTheCommandsOwnFormats(String command, String option, String formats) {
    assertThat(run(command, "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains(option).contains(formats);
  }

  @ParameterizedTest
  @CsvSource({"JSON", "Json", "json"})
  void namesAreReadInAnyCase(String name) {
    assertThat(run("compare", "s.yaml", "--format", name)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("{");
  }
}
