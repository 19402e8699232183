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

  /**
   * Mover hosts that are catalog VMs: the line's formula names the hourly price's catalog, source
   * and date; 2 hosts · $1.152 · 730.5 h = $1,683.072 a month.
   */
  @Test
  void moverVmsShowTheirFormulaWithTheCatalogsSourceAndDate() throws Exception {
    dev.drplan.scenario.Scenario vms =
        new dev.drplan.load.ScenarioLoader(dev.drplan.load.CatalogReader.builtIn())
            .load(java.nio.file.Path.of("src/test/resources/scenarios/vm-movers.yaml"));
    StringWriter out = new StringWriter();
    new ExplainReport().write(List.of(Explanation.of(vms, "minimum", "gcs-nearline")), out);
    assertThat(out.toString())
        .contains(
            "§7  copy_engine_hosts_cost_usd = $1.68 k  [1683.072 USD]\n"
                + "    hosts · hourly · 730.5 h  (hourly: catalog gcp-2026,"
                + " https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator,"
                + " as of 2026-07-30)\n"
                + "      hosts                          = 2\n"
                + "      hourly (z3-highmem-8-highlssd) = $1.15\n");
  }

  @Test
  void aFigureThatCannotExistIsShownAsSuch() throws Exception {
    String text = explain("minimum", "gcs-trickle");
    // The formula's condition and the verdict's reason, not a bare null.
    assertThat(text)
        .contains(
            "§4  seed_seconds = never (R ≤ d(0): the first copy never converges)  [null]\n"
                + "    T_seed = L0 / (R − d(0))\n");
    assertThat(text).contains("\nfeasible: no\n  reason: the first copy never converges");
    assertThat(text).doesNotContain("NaN", "Infinity");
  }

  /**
   * walmart's appliance seed reads the catalog's placeholder fee and shipping of 0: its appliance
   * cost is not priced, as the cost lines say, never "never".
   */
  @Test
  void aCostWithoutAPriceIsNotPricedNotNever() throws Exception {
    StringWriter out = new StringWriter();
    new ExplainReport()
        .write(
            List.of(
                Explanation.of(
                    ProposalFixtures.walmart(), "minimum", "gcs-archive-appliance-seed")),
            out);
    assertThat(out.toString())
        .contains(
            "§4  appliances_cost_usd = not priced  [null]\n"
                + "    appliances · (fee + shipping)\n"
                + "      appliances  = 267\n"
                + "      fee (ta300) = not priced (catalog placeholder appliances.ta300.fee)\n"
                + "      shipping    = not priced (catalog placeholder appliances.ta300.shipping)\n")
        .doesNotContain("= never  [null]");
  }
}
