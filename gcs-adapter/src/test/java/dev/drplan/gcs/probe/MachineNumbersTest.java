package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Probe, worker and merge reports write numbers as every drplan command does (docs/model.md,
 * "Output contract"): no exponent, at most 12 significant digits.
 */
class MachineNumbersTest {

  /** Every number in {@code json}, as written. */
  private static List<String> numbers(String json) throws IOException {
    List<String> numbers = new ArrayList<>();
    try (JsonParser parser = ProbeReport.JSON.getFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
          numbers.add(parser.getText());
        }
      }
    }
    return numbers;
  }

  private static int significantDigits(String number) {
    String digits = number.replace("-", "").replace(".", "").replaceFirst("^0+", "");
    return digits.replaceFirst("0+$", "").length();
  }

  private static void assertMachineNumbers(String json) throws IOException {
    List<String> numbers = numbers(json);
    assertThat(numbers).isNotEmpty();
    for (String number : numbers) {
      assertThat(number).as("a number in %s", json).doesNotContainIgnoringCase("e");
      assertThat(significantDigits(number)).as(number).isLessThanOrEqualTo(12);
    }
  }

  @Test
  void aProbeReportWritesRoundedPlainDecimalsAndReadsThemBack() throws IOException {
    // The clock's times (1_795_608_000.0) were written 1.795608E9, a throughput 8184282.509322392.
    ProbeReport report =
        ProbeReportTest.report(
            List.of(ProbeReportTest.step(Operation.WRITE, 4, 8184282.509322392)));

    String json = report.toJson();

    assertMachineNumbers(json);
    assertThat(json)
        .contains("\"aggregate_throughput_bytes_per_second\" : 8184282.50932,")
        .contains("\"at_epoch_seconds\" : 1795608000");
    double back = ProbeReport.parse(json).steps().get(0).aggregateThroughputBytesPerSecond();
    assertThat(back).isCloseTo(8184282.509322392, withinPercentage(5e-10));
  }

  @Test
  void aMergedFleetReportWritesRoundedPlainDecimals() throws Exception {
    FleetReport merged = FleetMerge.merge(FleetMergeTest.threeWorkers(), null);

    assertMachineNumbers(merged.toJson());
  }
}
