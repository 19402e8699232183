package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SchemaCommandTest {

  /** What an editor is pointed at (docs/scenario.schema.json) is what the command prints. */
  @Test
  void schemaPrintsTheCommittedJsonSchema() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"schema"};
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand(), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));

    assertThat(commandLine.execute(args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .isEqualTo(
            Files.readString(Path.of("../docs/scenario.schema.json"), StandardCharsets.UTF_8))
        .startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",");
    assertThat(err.toString()).isEmpty();
  }
}
