package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The probe report as a plain-text table for people, followed by the scalability fits. */
public final class ProbeTable {

  private ProbeTable() {}

  private static final String[] HEADER = {
    "operation",
    "object",
    "streams",
    "objects",
    "failed",
    "MB/s",
    "MB/s/stream",
    "p50 ms",
    "p90 ms",
    "p99 ms",
    "errors",
    "retries"
  };

  public static String render(ProbeReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (StepResult step : report.steps()) {
      rows.add(
          new String[] {
            step.operation().label(),
            Figures.size(step.objectSizeBytes()),
            Integer.toString(step.streams()),
            Long.toString(step.objects()),
            Long.toString(step.failedOperations()),
            Figures.megabytesPerSecond(step.aggregateThroughputBytesPerSecond()),
            Figures.megabytesPerSecond(step.perStreamThroughputBytesPerSecond()),
            Figures.milliseconds(step.latency().p50Seconds()),
            Figures.milliseconds(step.latency().p90Seconds()),
            Figures.milliseconds(step.latency().p99Seconds()),
            Long.toString(step.errorCount()),
            Long.toString(step.retryCount())
          });
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "drplan probe %s: %s, upload method %s, %s%n",
            report.runId(),
            report.outcome().label(),
            report.uploadMethod(),
            report.emulator() ? "emulator " + report.endpoint() : report.endpoint()));
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        boolean left = c < 2;
        String pad = " ".repeat(widths[c] - cell.length());
        out.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      out.append(System.lineSeparator());
    }
    out.append(System.lineSeparator())
        .append("Latency: requests for writes, time to first byte for reads.");
    out.append(System.lineSeparator());
    for (ProbeReport.Scalability fit : report.scalability()) {
      out.append(
          String.format(
              Locale.ROOT,
              "scalability %s %s: ",
              fit.operation().label(),
              Figures.size(fit.objectSizeBytes())));
      if (fit.status() == UslFit.Status.FITTED) {
        out.append(
            String.format(
                Locale.ROOT,
                "λ = %s per stream, σ = %s, κ = %s (R² %.3f); %s",
                Figures.rate(fit.lambdaBytesPerSecond()),
                Figures.number(fit.sigma()),
                String.format(Locale.ROOT, "%.3g", fit.kappa()),
                fit.rSquared(),
                fit.message()));
        if (fit.peakThroughputBytesPerSecond() != null) {
          out.append(
              fit.peakStreams() == null
                  ? ", ceiling " + Figures.rate(fit.peakThroughputBytesPerSecond())
                  : ", predicted peak "
                      + Figures.rate(fit.peakThroughputBytesPerSecond())
                      + " at "
                      + fit.peakStreams()
                      + " streams");
        }
      } else {
        out.append(fit.message());
      }
      out.append(System.lineSeparator());
    }
    for (String warning : report.warnings()) {
      out.append("warning: ").append(warning).append(System.lineSeparator());
    }
    if (report.outcomeMessage() != null) {
      out.append("outcome: ").append(report.outcomeMessage()).append(System.lineSeparator());
    }
    ProbeReport.Cleanup cleanup = report.cleanup();
    if (cleanup != null) {
      out.append(
          cleanup.kept()
              ? "objects kept under gs://" + report.bucket() + "/" + report.runFolder()
              : "cleanup: removed "
                  + cleanup.deletedObjects()
                  + " objects"
                  + (cleanup.leftBehind().isEmpty()
                      ? ""
                      : ", could not remove " + cleanup.leftBehind().size()));
      out.append(System.lineSeparator());
    }
    return out.toString();
  }
}
