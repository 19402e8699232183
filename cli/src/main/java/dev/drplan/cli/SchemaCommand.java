package dev.drplan.cli;

import dev.drplan.load.ScenarioJsonSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code drplan schema}: the JSON Schema of the scenario format, for editors. A scenario whose
 * first line is {@code # yaml-language-server: $schema=PATH} gets completion and checks from the
 * YAML language server.
 */
@Command(
    name = "schema",
    header = "Print the JSON Schema of the scenario format (for editor completion and checks).",
    footer = {
      "",
      "Save it beside your scenarios and start each scenario with",
      "  # yaml-language-server: $schema=scenario.schema.json",
      "The repository keeps a copy in docs/scenario.schema.json."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ScenarioJsonSchema.text());
    out.flush();
    return ExitCodes.OK;
  }
}
