package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.drplan.gcs.probe.ProbeReportReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every file under {@code src/test/resources/bad-probe/} is a {@code probe.json} that {@code drplan
 * validate} must refuse: negative, zero, fractional or non-numeric figures, missing keys, another
 * schema, JSON that is not JSON. Its sibling {@code NAME.expected} holds the exit code ({@code
 * exit: 2}) and {@code contains: ...} fragments of the one line on standard error; a case without
 * its expectation fails, and so does an expectation without its case. Files that are not files (a
 * directory, /dev/null) or too large are made here.
 */
class BadProbeTest {

  private static final Path DIR = Path.of("src/test/resources/bad-probe");
  private static final Path SCENARIO = Path.of("src/test/resources/validate/assumptions.yaml");
  private static final String EXPECTED = ".expected";

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyBadProbeReportIsRefusedWithTheKeyAndWhatWasExpected()
      throws IOException {
    TreeSet<String> inputs = new TreeSet<>();
    TreeSet<String> expectations = new TreeSet<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.forEach(
          file -> {
            String name = file.getFileName().toString();
            if (name.endsWith(EXPECTED)) {
              expectations.add(name.substring(0, name.length() - EXPECTED.length()));
            } else {
              inputs.add(name);
            }
          });
    }
    assertThat(inputs).as("bad-probe cases").hasSizeGreaterThan(30);
    List<DynamicTest> tests = new ArrayList<>();
    for (String input : inputs) {
      String stem = input.substring(0, input.lastIndexOf('.'));
      tests.add(DynamicTest.dynamicTest(input, () -> refused(DIR.resolve(input), fragments(stem))));
      expectations.remove(stem);
    }
    for (String orphan : expectations) {
      tests.add(
          DynamicTest.dynamicTest(
              orphan + EXPECTED,
              () -> fail("%s%s has no bad-probe file beside it", orphan, EXPECTED)));
    }
    return tests.stream();
  }

  @Test
  void aDirectoryIsNotAProbeReport() {
    refused(temp, List.of(temp + ": error: is a directory, not a probe report"));
  }

  @Test
  void devNullIsNotAProbeReport() {
    refused(Path.of("/dev/null"), List.of("/dev/null: error: is not a regular file"));
  }

  @Test
  void aMissingFileIsNamed() {
    Path none = temp.resolve("none.json");
    refused(none, List.of(none + ": error: no such file"));
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingItAll() throws IOException {
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(ProbeReportReader.MAX_BYTES + 1);
    }
    refused(huge, List.of(huge + ": error: is larger than 64 MiB"));
  }

  @Test
  void theSlowestAcceptedThroughputIsHeldToWithoutAnInternalError() throws IOException {
    Path slowest = temp.resolve("one-byte-a-second.json");
    Files.writeString(
        slowest,
        Files.readString(DIR.resolve("zero-throughput.json"))
            .replace(
                "\"aggregate_throughput_bytes_per_second\" : 0,",
                "\"aggregate_throughput_bytes_per_second\" : 1,"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = DrplanCommand.commandLine(new DrplanCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    int exit = line.execute("validate", SCENARIO.toString(), "--probe", slowest.toString());

    assertThat(exit).as(err.toString()).isIn(ExitCodes.OK, ExitCodes.FAILURE);
    assertThat(out.toString()).contains("optimistic by");
    assertThat(err.toString()).doesNotContain("internal error").doesNotContain("Exception");
  }

  /** {@code drplan validate assumptions.yaml --probe FILE}: exit 2, one line, nothing on stdout. */
  private static void refused(Path probe, List<String> fragments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = DrplanCommand.commandLine(new DrplanCommand());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    int exit = line.execute("validate", SCENARIO.toString(), "--probe", probe.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).as(err.toString()).hasSize(1);
    for (String fragment : fragments) {
      assertThat(err.toString()).contains(fragment);
    }
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static List<String> fragments(String stem) throws IOException {
    Path expected = DIR.resolve(stem + EXPECTED);
    if (!Files.exists(expected)) {
      fail(
          "%s has no %s%s: add one with \"exit: 2\" and \"contains: ...\" lines",
          stem, stem, EXPECTED);
    }
    List<String> fragments = new ArrayList<>();
    for (String line : Files.readAllLines(expected)) {
      if (line.startsWith("exit: ")) {
        assertThat(Integer.parseInt(line.substring("exit: ".length()).trim()))
            .isEqualTo(ExitCodes.BAD_INPUT);
      } else if (line.startsWith("contains: ")) {
        fragments.add(line.substring("contains: ".length()));
      }
    }
    assertThat(fragments).as(expected + " has no contains: line").isNotEmpty();
    return fragments;
  }
}
