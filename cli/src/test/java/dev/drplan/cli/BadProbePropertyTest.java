package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A probe.json edited anywhere (a line dropped, a value replaced by another number, string or
 * literal) is either read or refused as an invalid report: never another exception, and never a
 * step whose figures cannot exist.
 */
class BadProbePropertyTest {

  private static final List<String> LINES;

  static {
    try {
      LINES = Files.readAllLines(Path.of("src/test/resources/validate/probe-minimal.json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e30, 1e30).map(d -> Double.toString(d)),
        Arbitraries.longs().map(n -> Long.toString(n)),
        Arbitraries.of(
            "0", "-0", "1e400", "-1e-400", "0.5", "NaN", "null", "true", "\"x\"", "[]", "{}"),
        Arbitraries.strings().ofMaxLength(6).map(s -> "\"" + s.replace("\"", "") + "\""));
  }

  @Property(tries = 500)
  void anEditedReportIsReadOrRefusedNeverAnythingElse(
      @ForAll("lines") int line, @ForAll("values") String value, @ForAll boolean drop) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < LINES.size(); i++) {
      String text = LINES.get(i);
      if (i == line) {
        if (drop) {
          continue;
        }
        int colon = text.indexOf(" : ");
        if (colon > 0) {
          String tail = text.endsWith(",") ? "," : "";
          text = text.substring(0, colon + 3) + value + tail;
        }
      }
      json.append(text).append('\n');
    }
    try {
      ProbeReport report = ProbeReportReader.parse(json.toString(), "probe.json");
      report
          .measuredSteps()
          .forEach(
              step -> {
                assertThat(step.streams()).isBetween(1, 1024);
                assertThat(step.activeStreams()).isBetween(0, step.streams());
                assertThat(step.objects()).isNotNegative();
                assertThat(step.aggregate().bytesPerSecond()).isFinite().isNotNegative();
              });
    } catch (ProbeReportReader.InvalidReportException refused) {
      assertThat(refused.getMessage()).startsWith("probe.json").contains(": error: ");
    }
  }

  @Provide
  Arbitrary<Integer> lines() {
    return Arbitraries.integers().between(0, LINES.size() - 1);
  }
}
