package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Help and usage of every command: {@code --help} prints without a picocli warning (they go to the
 * process's standard error, so this test watches it), a mistyped option gets a "did you mean", and
 * {@code drplan completion} writes a script that knows every command.
 */
class HelpTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine commandLine(String... args) {
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine;
  }

  private int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** Every subcommand of drplan, as its root's help lists them. */
  static List<String> commands() {
    return new ArrayList<>(
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike()))
            .getSubcommands()
            .keySet());
  }

  /** Runs {@code args} and returns what reached the process's standard error meanwhile. */
  private String processErrorDuring(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(run(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    } finally {
      System.setErr(saved);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandIsChecked() {
    assertThat(commands())
        .contains("compare", "sweep", "validate", "probe", "completion", "help")
        .hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpOfEveryCommandPrintsNoWarning(String command) {
    String processError = processErrorDuring(command, "--help");
    assertThat(processError).doesNotContain("picocli").isEmpty();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("Usage: drplan " + command).doesNotContain("%n");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpCommandOfEveryCommandPrintsNoWarning(String command) {
    assertThat(processErrorDuring("help", command)).isEmpty();
    assertThat(out.toString()).contains("Usage: drplan " + command);
  }

  @Test
  void rootHelpPrintsNoWarning() {
    assertThat(processErrorDuring("--help")).isEmpty();
    assertThat(out.toString()).contains("completion");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare s.yaml --fromat json|--format",
        "explain s.yaml --optoin x|--option",
        "report s.yaml --sampels 10|--samples",
        "simulate s.yaml --thread 2|--threads",
        "sensitivity s.yaml --metrc rpo|--metric",
        "sweep s.yaml --vray network.circuits=1..4:4|--vary",
        "solve s.yaml --find network.circuits --minimise --subject-to rpo<=objective|--minimize",
        "catalog --note|--notes",
        "schema --focre|--force",
        "probe gs://b/p --stream 4|--streams",
        "validate s.yaml --probe p.json --host 4|--hosts",
        "completion bash --ot x|--out"
      })
  void aMistypedOptionGetsADidYouMeanEverywhere(String line) {
    String[] parts = line.split("\\|");
    assertThat(run(parts[0].split(" "))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .startsWith("drplan: error: Unknown option")
        .contains("did you mean " + parts[1])
        .hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void completionWritesAScriptThatKnowsEveryCommand(String shell) {
    assertThat(run("completion", shell)).as(err.toString()).isEqualTo(ExitCodes.OK);
    String script = out.toString();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F");
    for (String command : commands()) {
      assertThat(script).contains(command);
    }
    // Options and their fixed values are completed too.
    assertThat(script).contains("--vary", "--format", "--subject-to");
    // zsh runs the same script through bashcompinit, which the script loads itself.
    assertThat(script).contains("bashcompinit");
  }

  @Test
  void completionForAnotherShellIsBadInput() {
    assertThat(run("completion", "fish")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("SHELL: expected bash or zsh, found \"fish\"");
  }
}
