package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Units as users read them: a size written in binary units is echoed in binary units, solve states
 * its constraints in human units, and validate's rates are in the decimal MB/s the probe's table
 * uses too (ProbeTableTest).
 */
class UnitsAsWrittenTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private String run(String... args) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand(), args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    assertThat(commandLine.execute(args)).as(err.toString()).isZero();
    return out.toString();
  }

  @Test
  void aDayOneSizeWrittenInPebibytesIsShownInThem() {
    // inline.yaml: logical_size: 2 PiB, shrinking 5% a year for 3 years.
    String table = run("compare", "src/test/resources/scenarios/inline.yaml");
    assertThat(table)
        .contains(
            "Data: 2.00 PiB on day one, "
                + String.format(java.util.Locale.ROOT, "%.2f", 2 * Math.pow(0.95, 3))
                + " PiB")
        .doesNotContain("2.25 PB on day one");
  }

  @Test
  void explainQuotesAnObjectSizeWrittenInMebibytesInThem() {
    // pilot.yaml: object_size: 64 MiB.
    String explained = run("explain", "../scenarios/pilot.yaml", "--option", "gcs-nearline");
    assertThat(explained).contains("object_size      = 64.0 MiB").doesNotContain("67.1 MB");
  }

  @Test
  void solveStatesItsConstraintsInHumanUnits() {
    String solved =
        run(
            "solve",
            "../scenarios/walmart.yaml",
            "--find",
            "network.circuits",
            "--minimize",
            "--subject-to",
            "seed<=180d,rpo<=objective");
    assertThat(solved)
        .contains("such that seed ≤ 180.0 d, rpo ≤ objective.")
        .doesNotContain("seed_seconds<=15552000");
  }

  @Test
  void machineFormatsKeepTheFormTheOptionReads() {
    String json =
        run(
            "solve",
            "../scenarios/walmart.yaml",
            "--find",
            "network.circuits",
            "--minimize",
            "--subject-to",
            "seed<=180d",
            "--format",
            "json");
    assertThat(json).contains("\"seed_seconds<=15552000\"");
  }
}
