package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.report.TestScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --out} of every command through the real command line: never over an input file (by path,
 * symbolic link or hard link, {@code --force} or not), never over an existing file without {@code
 * --force}, and written whole or not at all (a full disk leaves the old file and no temporary one).
 */
class OutputFileTest {

  private static final String OLD = "the architect's own notes\n";

  @TempDir Path dir;

  private Path scenario;
  private Path probe;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void inputs() throws IOException {
    scenario = Files.writeString(dir.resolve("walmart.yaml"), OLD);
    probe = Files.writeString(dir.resolve("probe.json"), "{\"the\": \"measurement\"}\n");
  }

  private int run(String... args) {
    return run(AtomicFile.onDisk(), args);
  }

  /** drplan with the test scenario whatever file is named, writing files through {@code files}. */
  private int run(AtomicFile files, String... args) {
    CommandLine commandLine =
        DrplanCommand.commandLine(new DrplanCommand(file -> TestScenarios.walmartLike(), files));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** The names in the test directory, to see that no temporary file is left. */
  private List<String> files() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(file -> names.add(file.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  private void assertRefusedAsInput(int exit, Path input) throws IOException {
    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .contains("the input file " + input)
        .contains("drplan never writes over a file it reads")
        .hasLineCount(1);
    assertThat(Files.readString(input)).isNotEqualTo("").doesNotContain("drplan compare");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--force", "--format=table"})
  void theScenarioItselfIsNeverTheOutput(String more) throws IOException {
    assertRefusedAsInput(
        run("compare", scenario.toString(), "--out", scenario.toString(), more), scenario);
    assertThat(Files.readString(scenario)).isEqualTo(OLD);
  }

  /**
   * Every command that reads a scenario checks its --out as compare does, first: the scenario given
   * as --out is said to be the input file, not a file of the wrong type (its name ends in .yaml,
   * which no command writes).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare",
        "explain --option gcs-archive",
        "report",
        "simulate --samples 10",
        "decide --samples 10",
        "sensitivity",
        "sweep --vary network.circuits=1..4:4",
        "solve --find network.circuits --minimize --subject-to rpo<=objective",
        "validate --probe PROBE"
      })
  void everyCommandSaysTheScenarioIsTheInputBeforeJudgingItsName(String command)
      throws IOException {
    for (String force : new String[] {"", "--force"}) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      List<String> args = new ArrayList<>();
      String[] words = command.split(" ");
      args.add(words[0]);
      args.add(scenario.toString());
      for (int i = 1; i < words.length; i++) {
        args.add(words[i].equals("PROBE") ? probe.toString() : words[i]);
      }
      args.add("--out");
      args.add(scenario.toString());
      if (!force.isEmpty()) {
        args.add(force);
      }
      assertRefusedAsInput(run(args.toArray(new String[0])), scenario);
      assertThat(Files.readString(scenario)).isEqualTo(OLD);
      assertThat(out.toString()).isEmpty();
    }
  }

  @Test
  void aSymbolicLinkToTheScenarioIsRefusedWithForce() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), scenario);
    assertRefusedAsInput(
        run("compare", scenario.toString(), "--out", link.toString(), "--force"), scenario);
    assertThat(err.toString()).contains("--out " + link + " leads to the input file");
    assertThat(Files.readString(scenario)).isEqualTo(OLD);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aLinkThroughALinkedDirectoryIsFollowedToo() throws IOException {
    Path linkedDir = Files.createSymbolicLink(dir.resolve("same-dir"), dir);
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("walmart.yaml"));
    assertRefusedAsInput(
        run(
            "compare",
            scenario.toString(),
            "--out",
            linkedDir.resolve(link.getFileName()).toString(),
            "--force"),
        scenario);
    assertThat(Files.readString(scenario)).isEqualTo(OLD);
  }

  @Test
  void aHardLinkToTheScenarioIsRefusedWithForce() throws IOException {
    Path hard = Files.createLink(dir.resolve("report.txt"), scenario);
    assertRefusedAsInput(
        run("compare", scenario.toString(), "--out", hard.toString(), "--force"), scenario);
    assertThat(Files.readString(scenario)).isEqualTo(OLD);
  }

  @Test
  void everyFileArgumentIsAnInputNotOnlyTheScenario() throws IOException {
    int exit =
        run(
            "validate",
            scenario.toString(),
            "--probe",
            probe.toString(),
            "--format",
            "json",
            "--out",
            probe.toString(),
            "--force");
    assertRefusedAsInput(exit, probe);
    assertThat(Files.readString(probe)).isEqualTo("{\"the\": \"measurement\"}\n");
  }

  @Test
  void aLinkToAnotherFileReplacesThatFileAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.txt"), OLD);
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), real);
    assertThat(run("compare", scenario.toString(), "--out", link.toString(), "--force"))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("drplan compare: test-big-data-dr");
    assertThat(files()).containsExactly("probe.json", "real.txt", "report.txt", "walmart.yaml");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path report = Files.writeString(dir.resolve("report.txt"), OLD);
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(run("compare", scenario.toString(), "--out", report.toString(), "--force"))
        .isEqualTo(ExitCodes.OK);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path report = Files.writeString(dir.resolve("report.txt"), OLD);
    AtomicFile fullDisk = AtomicFile.openedBy(FullDisk.after(1000));

    int exit = run(fullDisk, "compare", scenario.toString(), "--out", report.toString(), "--force");

    assertThat(exit).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo("drplan: error: cannot write --out " + report + ": No space left on device\n");
    assertThat(Files.readString(report)).isEqualTo(OLD);
    assertThat(files()).containsExactly("probe.json", "report.txt", "walmart.yaml");
  }

  @Test
  void aFullDiskLeavesNoNewFileEither() throws IOException {
    Path report = dir.resolve("report.xlsx");
    int exit =
        run(
            AtomicFile.openedBy(FullDisk.after(10)),
            "report",
            "s.yaml",
            "--format",
            "xlsx",
            "--out",
            report.toString());
    assertThat(exit).isEqualTo(ExitCodes.FAILURE);
    assertThat(files()).containsExactly("probe.json", "walmart.yaml");
  }

  @Test
  void aSweepWrittenAsItRunsLeavesNothingWhenTheDiskFillsHalfWay() throws IOException {
    Path csv = dir.resolve("sweep.csv");
    int exit =
        run(
            AtomicFile.openedBy(FullDisk.after(20_000)),
            "sweep",
            scenario.toString(),
            "--vary",
            "network.circuits=1..2000:2000",
            "--out",
            csv.toString());
    assertThat(exit).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo("drplan: error: cannot write --out " + csv + ": No space left on device\n");
    assertThat(files()).containsExactly("probe.json", "walmart.yaml");
  }

  @Test
  void theDevicesOfTheSystemAreWrittenInPlace() throws IOException {
    Path devNull = Path.of("/dev/null");
    assertThat(run("compare", scenario.toString(), "--out", devNull.toString()))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.exists(devNull)).isTrue();
  }

  @Test
  void theFullDeviceIsAWriteFailure() {
    assertThat(run("compare", scenario.toString(), "--out", "/dev/full"))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString())
        .isEqualTo("drplan: error: cannot write --out /dev/full: No space left on device\n");
  }

  @Test
  void aDirectoryIsNotAFile() throws IOException {
    assertThat(run("compare", scenario.toString(), "--out", dir.toString(), "--force"))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--out " + dir + " is a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "schema", "completion bash"})
  void commandsThatPrintWriteTheirOutFileToo(String command) throws IOException {
    Path file = dir.resolve("out.txt");
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--out", file.toString()));
    assertThat(run(args.toArray(new String[0]))).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.size(file)).isPositive();

    assertThat(run(args.toArray(new String[0]))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("exists; not overwriting it (add --force to overwrite)");
  }

  /**
   * A change profile the scenario names is an input too, known once the scenario is read: --out
   * never replaces it, --force or not.
   */
  @Test
  void theChangeProfileTheScenarioNamesIsNeverTheOutput() throws IOException {
    Path withProfile = dir.resolve("constant.yaml");
    Files.copy(Path.of("src/test/resources/backlog/constant.yaml"), withProfile);
    Path profile = dir.resolve("constant.csv");
    Files.copy(Path.of("src/test/resources/backlog/constant.csv"), profile);
    String before = Files.readString(profile);
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));

    int exit =
        commandLine.execute(
            "compare", withProfile.toString(), "--out", profile.toString(), "--force");

    assertRefusedAsInput(exit, profile);
    assertThat(Files.readString(profile)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"decide", "simulate"})
  void theSamplingCommandsWriteTheirOutFileWholeAndKeepAnExistingOne(String command)
      throws IOException {
    Path file = Files.writeString(dir.resolve("decision.md"), OLD);

    assertThat(run(command, scenario.toString(), "--samples", "200", "--out", file.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("exists; not overwriting it (add --force to overwrite)");
    assertThat(Files.readString(file)).isEqualTo(OLD);

    assertThat(
            run(
                AtomicFile.openedBy(FullDisk.after(100)),
                command,
                scenario.toString(),
                "--samples",
                "200",
                "--out",
                file.toString(),
                "--force"))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(Files.readString(file)).isEqualTo(OLD);
    assertThat(files()).containsExactly("decision.md", "probe.json", "walmart.yaml");
  }

  // ---- probe: its --out is checked before the bucket is touched ---------------------------

  private int probe(String... args) {
    CommandLine commandLine =
        new CommandLine(
            new ProbeCommand(
                endpoint -> {
                  throw new AssertionError("the bucket must not be touched");
                },
                Map.of()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void probeRefusesAnExistingOutWithoutForceBeforeTouchingTheBucket() throws IOException {
    assertThat(probe("gs://b/p", "--endpoint", "http://127.0.0.1:9", "--out", probe.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "drplan: error: --out "
                + probe
                + " exists; not overwriting it (add --force to overwrite)\n");
    assertThat(Files.readString(probe)).isEqualTo("{\"the\": \"measurement\"}\n");
  }

  @Test
  void probeRefusesAnOutInAMissingDirectoryBeforeTouchingTheBucket() {
    Path missing = dir.resolve("no-such-dir").resolve("probe.json");
    assertThat(probe("gs://b/p", "--out", missing.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("does not exist").hasLineCount(1);
  }

  @Test
  void probeRefusesADirectoryAsOut() {
    assertThat(probe("gs://b/p", "--out", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("is a directory").hasLineCount(1);
  }

  @Test
  void writtenFilesAreUtf8() throws IOException {
    Path report = dir.resolve("report.md");
    assertThat(run("compare", scenario.toString(), "--out", report.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("—");
  }
}
