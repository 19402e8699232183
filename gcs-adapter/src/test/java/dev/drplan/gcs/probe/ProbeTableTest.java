package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table's last lines say what cleanup did, in the terms of probe.json's cleanup; its throughput
 * is in decimal MB/s (10^6 B/s), the unit {@code drplan validate} and a scenario's {@code
 * copy_engine.per_stream} use for the same figure.
 */
class ProbeTableTest {

  private static final String FOLDER = "gs://bucket/dr/drplan-probe-20261125t120000z-abcdef/";

  private static String rendered(ProbeReport.Cleanup cleanup) {
    return rendered(cleanup, ProbeReportTest.report(List.of()).runId());
  }

  private static String rendered(ProbeReport.Cleanup cleanup, String runId) {
    ProbeReport report = ProbeReportTest.report(List.of());
    return ProbeTable.render(
        new ProbeReport(
            report.schema(),
            runId,
            report.startedAt(),
            report.fleet(),
            report.endpoint(),
            report.emulator(),
            report.bucket(),
            report.prefix(),
            report.runFolder(),
            report.uploadMethod(),
            report.seed(),
            report.plan(),
            report.stepDurationSeconds(),
            report.stepBytes(),
            report.deadlineSeconds(),
            report.wallSeconds(),
            report.outcome(),
            report.outcomeMessage(),
            report.warnings(),
            report.clock(),
            report.steps(),
            report.scalability(),
            cleanup));
  }

  @Test
  void removedOnlyWhenAListingFoundTheFolderEmpty() {
    assertThat(rendered(new ProbeReport.Cleanup(false, 10, List.of(), true, 0)))
        .contains("cleanup: deleted 10 objects; a listing of " + FOLDER + " shows none left");
    assertThat(rendered(new ProbeReport.Cleanup(false, 10, List.of(), false, 0)))
        .contains("cleanup: deleted 10 objects; 0 objects may be left under " + FOLDER)
        .doesNotContain("shows none left");
  }

  @Test
  void whatMayBeLeftIsNamedUpToTwentyAndTheRestAreCounted() {
    List<String> left = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      left.add("dr/drplan-probe-20261125t120000z-abcdef/w-1-s1-1/0-" + i);
    }

    String table = rendered(new ProbeReport.Cleanup(false, 4, left, false, 0));

    assertThat(table)
        .contains("cleanup: deleted 4 objects; 23 objects may be left under " + FOLDER + ":")
        .contains("  " + left.get(0))
        .contains("  " + left.get(19))
        .doesNotContain(left.get(20))
        .contains("  ... and 3 more (all in the JSON report, cleanup.left_behind)");
  }

  /** A run stopped before it made its folder has no run id: the heading says so, not "null". */
  @Test
  void aRunStoppedBeforeItsFolderWasMadeSaysSoInItsHeading() {
    assertThat(rendered(null, null))
        .startsWith("drplan probe (no run folder was made): ")
        .doesNotContain("null");
  }

  @Test
  void keptObjectsAreSaidToBeKept() {
    assertThat(rendered(new ProbeReport.Cleanup(true, 0, List.of(), null, 0)))
        .contains("cleanup: objects kept under " + FOLDER + " (--keep)");
  }

  @Test
  void throughputIsInDecimalMegabytesPerSecond() {
    ProbeReport report =
        ProbeReportTest.report(List.of(ProbeReportTest.step(Operation.WRITE, 4, 200e6)));

    String table = ProbeTable.render(report);

    String header = table.lines().filter(l -> l.startsWith("operation")).findFirst().orElseThrow();
    assertThat(header).contains(" MB/s ").contains("MB/s/stream").doesNotContain("MiB/s");
    String row = table.lines().filter(l -> l.startsWith("write")).findFirst().orElseThrow();
    // 200e6 B/s = 200.0 MB/s in all, 200e6 / 4 = 50.0 MB/s a stream (190.7 and 47.7 in MiB/s).
    assertThat(row).contains(" 200.0 ").contains(" 50.0 ");
    assertThat(Figures.rate(200e6)).isEqualTo("200.0 MB/s");
  }
}
