package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe's table gives throughput in decimal MB/s (10^6 B/s), the unit {@code drplan validate}
 * and a scenario's {@code copy_engine.per_stream} use for the same figure.
 */
class ProbeTableTest {

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
