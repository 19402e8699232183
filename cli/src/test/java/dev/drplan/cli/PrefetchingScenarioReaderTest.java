package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.scenario.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class PrefetchingScenarioReaderTest {

  @TempDir Path dir;

  private static Path inline() throws URISyntaxException {
    return Path.of(
        PrefetchingScenarioReaderTest.class.getResource("/scenarios/inline.yaml").toURI());
  }

  /** The real reader, counting how often it is asked (from any thread). */
  private static final class Counting implements ScenarioReader {
    final AtomicInteger reads = new AtomicInteger();
    final ScenarioReader real = Wiring.scenarioReader();

    @Override
    public Scenario read(Path file) {
      reads.incrementAndGet();
      return real.read(file);
    }
  }

  @Test
  void theFileReadAheadIsReadOnceAndIsWhatTheCommandGets() throws Exception {
    Path file = inline();
    Counting counting = new Counting();

    ScenarioReader reader =
        PrefetchingScenarioReader.of(counting, new String[] {"compare", file.toString()});

    Scenario scenario = reader.read(Path.of(file.toString()));
    assertThat(scenario).isEqualTo(counting.real.read(file));
    assertThat(counting.reads).hasValue(1);
  }

  @Test
  void anotherFileIsReadWhenAskedFor() throws Exception {
    Path file = inline();
    Path other = Files.copy(file, dir.resolve("other.yaml"));
    Counting counting = new Counting();

    ScenarioReader reader =
        PrefetchingScenarioReader.of(counting, new String[] {"compare", file.toString()});

    assertThat(reader.read(other)).isEqualTo(counting.real.read(other));
    assertThat(reader.read(file)).isEqualTo(counting.real.read(file));
    // FILE once, ahead; the other file when asked for.
    assertThat(counting.reads).hasValue(2);
  }

  @Test
  void aReadAheadThatFailsIsReadAgainSoThatTheErrorIsTheCommandsOwn() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "name: [unclosed\n");
    Counting counting = new Counting();
    String expected = null;
    try {
      counting.real.read(broken);
    } catch (InputException e) {
      expected = e.getMessage();
    }
    assertThat(expected).contains("broken.yaml");

    ScenarioReader reader =
        PrefetchingScenarioReader.of(counting, new String[] {"compare", broken.toString()});

    assertThatThrownBy(() -> reader.read(broken))
        .isInstanceOf(InputException.class)
        .hasMessage(expected);
    assertThat(counting.reads).hasValue(2);
  }

  @Test
  void withoutAScenarioToReadTheReaderIsTheOneGiven() throws Exception {
    Counting counting = new Counting();
    String file = inline().toString();

    assertThat(PrefetchingScenarioReader.of(counting, new String[] {"catalog"})).isSameAs(counting);
    assertThat(PrefetchingScenarioReader.of(counting, new String[] {"probe", "merge", file}))
        .isSameAs(counting);
    assertThat(PrefetchingScenarioReader.of(counting, new String[] {"help", "compare", file}))
        .isSameAs(counting);
    assertThat(PrefetchingScenarioReader.of(counting, new String[] {})).isSameAs(counting);
    assertThat(counting.reads).hasValue(0);
  }

  @Test
  void theScenarioIsTheFirstRegularFileAfterTheCommand() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "name: x\n");
    String s = file.toString();
    String missing = dir.resolve("missing.yaml").toString();

    assertThat(scenarioIn("compare", s)).isEqualTo(file);
    assertThat(scenarioIn("--stacktrace", "compare", "--format", "json", s)).isEqualTo(file);
    assertThat(scenarioIn("explain", "--option", "gcs-archive", s)).isEqualTo(file);
    assertThat(scenarioIn("simulate", missing, s)).isEqualTo(file);
    assertThat(scenarioIn("compare", missing)).isNull();
    assertThat(scenarioIn("compare", dir.toString())).isNull();
    assertThat(scenarioIn("compare", "/dev/null")).isNull();
    assertThat(scenarioIn("compare")).isNull();
    assertThat(scenarioIn("compare", "a\u0000b")).isNull();
  }

  private static Path scenarioIn(String... args) {
    return PrefetchingScenarioReader.scenarioIn(args);
  }

  @Test
  void theCommandsThatReadAheadAreThoseWhoseFileIsAScenario() {
    CommandLine all = DrplanCommand.commandLine(new DrplanCommand(Wiring.scenarioReader()));
    Set<String> withScenarioFile = new TreeSet<>();
    for (Map.Entry<String, CommandLine> sub : all.getSubcommands().entrySet()) {
      for (CommandSpec mixin : sub.getValue().getCommandSpec().mixins().values()) {
        if (mixin.userObject() instanceof ScenarioFile) {
          withScenarioFile.add(sub.getKey());
        }
      }
    }

    assertThat(withScenarioFile)
        .containsExactlyInAnyOrderElementsOf(PrefetchingScenarioReader.READING_A_SCENARIO);
  }
}
