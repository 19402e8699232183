package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which measurement validate's per-host figure is, in words. */
class ValidationBasisTest {

  private static ValidationReport.Source source(int hosts, boolean merged) {
    return new ValidationReport.Source(
        "probe.json", "http://127.0.0.1:1", true, "completed", List.of(), hosts, merged);
  }

  @Test
  void aMergeOfWhichOneWorkerReportedIsNotCalledAProbe() {
    assertThat(ValidationReport.basis(source(1, true)))
        .startsWith("one host of the fleet reported (drplan probe merge): ")
        .doesNotContain("(drplan probe)");
    assertThat(ValidationReport.basis(source(1, false)))
        .startsWith("one host measured (drplan probe): ");
    assertThat(ValidationReport.basis(source(3, true))).startsWith("a fleet of 3 hosts");
    assertThat(ValidationReport.basisId(source(1, true), 4)).isEqualTo("single_host");
  }
}
