package dev.drplan.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drplan completion bash|zsh}: the shell completion script of the whole command tree,
 * written by picocli's {@link AutoComplete} from the same declarations as {@code --help}, so it
 * names every subcommand and option that exists. The script is written for bash; zsh runs it
 * through its {@code bashcompinit} layer, which the script loads itself when it sees zsh.
 */
@Command(
    name = "completion",
    header = "Print the shell completion script of drplan (bash or zsh).",
    description = {
      "Completes subcommands, options and the fixed values of options such as --format.",
      "Load it in the running shell, or add the line to ~/.bashrc or ~/.zshrc:",
      "  source <(drplan completion bash)",
      "  source <(drplan completion zsh)"
    },
    sortOptions = false)
final class CompletionCommand implements Callable<Integer> {

  /** The shells the script is written for. */
  static final List<String> SHELLS = List.of("bash", "zsh");

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh")
  private String shell;

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    if (!SHELLS.contains(shell.toLowerCase(Locale.ROOT))) {
      throw InputException.of("SHELL: expected bash or zsh, found \"" + shell + "\"");
    }
    output.check("a shell script", "sh", "bash", "zsh");
    DrplanCommand root = (DrplanCommand) spec.root().userObject();
    CommandLine everyCommand = DrplanCommand.commandLine(new DrplanCommand(root.scenarios()));
    output.write(AutoComplete.bash("drplan", everyCommand));
    return ExitCodes.OK;
  }
}
