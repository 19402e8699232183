package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        "report | -f, --format=FORMAT | html (default) or xlsx; without --format, an --out FILE",
        "probe | -f, --format=FORMAT | table (default) or json on stdout"
      })
  void helpListsTheCommandsOwnFormats(String command, String option, String formats) {
    assertThat(run(command, "--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains(option).contains(formats);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "report s.yaml --out x.pdf"
            + " | --out x.pdf: drplan report writes html or xlsx, not pdf; name the file .html or"
            + " .xlsx",
        "report s.yaml --out x.docx"
            + " | --out x.docx: drplan report writes html or xlsx, not docx; name the file .html or"
            + " .xlsx",
        "report s.yaml --out x.txt"
            + " | --out x.txt: drplan report writes html or xlsx, not txt; name the file .html or"
            + " .xlsx",
        "report s.yaml --out x.proposal"
            + " | --out x.proposal: drplan report writes html or xlsx; name the file .html or .xlsx"
            + " or give --format",
        "compare s.yaml --out x.html"
            + " | --out x.html: drplan compare writes table, markdown, csv or json, not html; name"
            + " the file .txt, .md, .csv or .json",
        "compare s.yaml --format csv --out x.json"
            + " | --format csv disagrees with --out x.json, whose name says json; give --format json"
            + " or name the file .csv",
        "report s.yaml --format html --out x.XLSX"
            + " | --format html disagrees with --out x.XLSX, whose name says xlsx; give --format"
            + " xlsx or name the file .html",
        "compare s.yaml --out y.yaml"
            + " | --out y.yaml: drplan compare writes table, markdown, csv or json, not yaml; name"
            + " the file .txt, .md, .csv or .json",
        "validate s.yaml --probe p.json --out x.csv"
            + " | --out x.csv: drplan validate writes table, markdown or json, not csv; name the"
            + " file .txt, .md or .json"
      })
  void anOutFileThatContradictsTheFormatIsRefusedWithTheChoices(String command, String message) {
    assertThat(run(args(command))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "drplan: error: " + message + " (see 'drplan " + command.split(" ")[0] + " --help')\n");
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "catalog --out c.csv"
            + " | --out c.csv: drplan catalog writes a text table, not csv; name the file .txt, or"
            + " give it no extension",
        "explain s.yaml --option x --out y.csv"
            + " | --out y.csv: drplan explain writes text, not csv; name the file .txt, or give it"
            + " no extension",
        "explain s.yaml --option x --out x.json"
            + " | --out x.json: drplan explain writes text, not json; name the file .txt, or give"
            + " it no extension",
        "schema --out x.yaml"
            + " | --out x.yaml: drplan schema writes JSON (a JSON Schema), not yaml; name the file"
            + " .json or .txt, or give it no extension",
        "completion bash --out c.json"
            + " | --out c.json: drplan completion writes a shell script, not json; name the file"
            + " .sh, .bash, .zsh or .txt, or give it no extension"
      })
  void aCommandWithoutFormatRefusesAnOutFileNamingAnotherFormat(
      String command, String message, @TempDir Path dir) {
    String[] args = args(command.replace("--out ", "--out " + dir + "/"));
    assertThat(run(args)).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo("drplan: error: " + message.replace("--out ", "--out " + dir + "/") + "\n");
    assertThat(out.toString()).isEmpty();
    assertThat(dir).isEmptyDirectory();
  }

  @ParameterizedTest
  @CsvSource({
    "catalog, c.txt",
    "catalog, c",
    "catalog, c.log",
    "schema, x.json",
    "schema, x.txt",
    "completion bash, c.sh",
    "completion bash, c.bash"
  })
  void aCommandWithoutFormatWritesItsOwnExtensionsTextAndNone(
      String command, String file, @TempDir Path dir) {
    assertThat(run(args(command, "--out", dir.resolve(file).toString())))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve(file)).isNotEmptyFile();
  }

  @Test
  void withoutFormatTheOutFileChooses(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("comparison.JSON");
    assertThat(run("compare", "s.yaml", "--out", json.toString())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(json)).startsWith("{");
    Path text = dir.resolve("comparison");
    assertThat(run("compare", "s.yaml", "--out", text.toString())).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(text)).startsWith("drplan compare: ");
  }

  @Test
  void aMistypedFormatGetsADidYouMean() {
    assertThat(run("compare", "s.yaml", "--format", "jsno")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains(
            "--format: expected one of table, markdown, csv, json, found \"jsno\"; did you"
                + " mean json?");
  }

  @ParameterizedTest
  @CsvSource({"JSON", "Json", "json"})
  void namesAreReadInAnyCase(String name) {
    assertThat(run("compare", "s.yaml", "--format", name)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("{");
  }
}
