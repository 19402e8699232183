package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainReportTest {

  private static String explain(String configuration, String option) throws Exception {
    StringWriter out = new StringWriter();
    new ExplainReport()
        .write(List.of(Explanation.of(TestScenarios.walmartLike(), configuration, option)), out);
    return out.toString();
  }

  @Test
  void eachDerivationShowsKeySectionFormulaInputsAndResult() throws Exception {
    String text = explain("phase-one", "gcs-archive");
    assertThat(text).startsWith("drplan explain: gcs-archive on phase-one (test-big-data-dr)\n");
    // R = min(network 40 GB/s, primary 4 x 4 x 4 GB/s = 64 GB/s, movers 32 x 16 x 200 MB/s)
    assertThat(text)
        .contains(
            "§3  replication_bytes_per_second = 40.0 GB/s (320 Gbps)  [40000000000 B/s]\n"
                + "    R = min(network, primary egress, target ingest)\n");
    assertThat(text).contains("      primary egress = 64.0 GB/s (512 Gbps)\n");
    assertThat(text).contains("      bottleneck     = network\n");
    assertThat(text).contains("§1  logical_bytes_end = 37.1 PB");
    assertThat(text).contains("rto_seconds", "horizon_cost_usd", "seed_seconds");
    assertThat(text).contains("\nfeasible: yes\n");
  }

  @Test
  void aFigureThatCannotExistIsShownAsSuch() throws Exception {
    String text = explain("minimum", "gcs-trickle");
    assertThat(text).contains("§4  seed_seconds = never  [null]");
    assertThat(text).contains("\nfeasible: no\n  reason: the first copy never converges");
    assertThat(text).doesNotContain("NaN", "Infinity");
  }
}
