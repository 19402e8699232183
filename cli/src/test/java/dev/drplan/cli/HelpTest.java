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

  /**
   * Every subcommand of drplan, as its root's help lists them, and theirs in turn ({@code "probe
   * merge"}), each as the words that name it.
   */
  static List<String> commands() {
    List<String> commands = new ArrayList<>();
    addCommands(
        "",
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike())),
        commands);
    return commands;
  }

  private static void addCommands(String prefix, CommandLine parent, List<String> out) {
    parent
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getParent() == parent) {
                out.add(prefix + name);
                addCommands(prefix + name + " ", sub, out);
              }
            });
  }

  private static String[] words(String command, String... more) {
    List<String> words = new ArrayList<>(List.of(command.split(" ")));
    words.addAll(List.of(more));
    return words.toArray(new String[0]);
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
        .contains("decide", "probe plan-fleet", "probe merge")
        .hasSizeGreaterThanOrEqualTo(16);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpOfEveryCommandPrintsNoWarning(String command) {
    String processError = processErrorDuring(words(command, "--help"));
    assertThat(processError).doesNotContain("picocli").isEmpty();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("Usage: drplan " + command).doesNotContain("%n");
  }

  /** The commands of the root, which {@code drplan help COMMAND} shows. */
  static List<String> topCommands() {
    List<String> top = new ArrayList<>();
    for (String command : commands()) {
      if (!command.contains(" ")) {
        top.add(command);
      }
    }
    return top;
  }

  @ParameterizedTest
  @MethodSource("topCommands")
  void helpCommandOfEveryCommandPrintsNoWarning(String command) {
    assertThat(processErrorDuring(words("help " + command))).isEmpty();
    assertThat(out.toString()).contains("Usage: drplan " + command);
  }

  @Test
  void rootHelpPrintsNoWarning() {
    assertThat(processErrorDuring("--help")).isEmpty();
    assertThat(out.toString()).contains("completion");
  }

  @Test
  void reportHelpNamesEverySectionOfTheProposal() {
    assertThat(run("report", "--help")).as(err.toString()).isEqualTo(ExitCodes.OK);
    // The proposal's parts that came after the charts: each must be found from the help alone.
    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help)
        .contains("the remedies")
        .contains("backlog and RPO over the worst week")
        .contains("\"Deciding under uncertainty\"")
        .contains("what to ask the customer first");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare s.yaml --fromat json|--format",
        "explain s.yaml --optoin x|--option",
        "report s.yaml --sampels 10|--samples",
        "simulate s.yaml --thread 2|--threads",
        "decide s.yaml --sample 10|--samples",
        "sensitivity s.yaml --metrc rpo|--metric",
        "sweep s.yaml --vray network.circuits=1..4:4|--vary",
        "solve s.yaml --find network.circuits --minimise --subject-to rpo<=objective|--minimize",
        "catalog --note|--notes",
        "schema --focre|--force",
        "probe gs://b/p --stream 4|--streams",
        "probe plan-fleet gs://b/p --worker 4|--workers",
        "probe merge gs://b/p/drplan-fleet-x --fromat json|--format",
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
      assertThat(script).contains(command.substring(command.lastIndexOf(' ') + 1));
    }
    assertThat(script).contains("--fleet-run", "--workers", "--offline", "--seed");
    // Options and their fixed values are completed too.
    assertThat(script).contains("--vary", "--format", "--subject-to");
    // zsh runs the same script through bashcompinit, which the script loads itself.
    assertThat(script).contains("bashcompinit");
  }

  /** A mistyped command gets a "did you mean" too, not "Unmatched arguments from index 0". */
  @Test
  void aMistypedCommandGetsTheClosestCommand() {
    assertThat(run("comapre", "x.yaml")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "drplan: error: unknown command 'comapre'; did you mean 'compare'? (see 'drplan"
                + " --help')"
                + System.lineSeparator());
    err.getBuffer().setLength(0);
    assertThat(run("probe", "merj")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("did you mean the command 'probe merge'?");
    err.getBuffer().setLength(0);
    assertThat(run("help", "compre")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "drplan: error: unknown command 'compre'; did you mean 'compare'? (see 'drplan"
                + " --help')"
                + System.lineSeparator());
    err.getBuffer().setLength(0);
    assertThat(run("xyzzy")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("unknown command 'xyzzy'; the commands are ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void completionForAnotherShellIsBadInput() {
    assertThat(run("completion", "fish")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("SHELL: expected bash or zsh, found \"fish\"");
  }
}
