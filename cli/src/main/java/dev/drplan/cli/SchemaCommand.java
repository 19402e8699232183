package dev.drplan.cli;

import dev.drplan.load.ScenarioJsonSchema;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    output.check("JSON (a JSON Schema)", "json");
    output.write(ScenarioJsonSchema.text());
    return ExitCodes.OK;
  }
}
