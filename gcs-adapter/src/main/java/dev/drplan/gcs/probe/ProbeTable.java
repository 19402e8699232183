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
            report.runId() == null ? "(no run folder was made)" : report.runId(),
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
    cleanup(report, out);
    return out.toString();
  }

  /** Names of objects left behind the table lists; the rest are in the JSON report. */
  static final int LEFT_BEHIND_SHOWN = 20;

  /**
   * What cleanup did, in the words of {@code probe.json}'s {@code cleanup}: "removed" only when a
   * listing after it found the run folder empty; otherwise what may be left, by name.
   */
  private static void cleanup(ProbeReport report, StringBuilder out) {
    ProbeReport.Cleanup cleanup = report.cleanup();
    if (cleanup == null || report.runFolder() == null) {
      return;
    }
    String folder = "gs://" + report.bucket() + "/" + report.runFolder();
    String newline = System.lineSeparator();
    if (cleanup.kept()) {
      out.append("cleanup: objects kept under ").append(folder).append(" (--keep)").append(newline);
      return;
    }
    out.append("cleanup: deleted ").append(cleanup.deletedObjects()).append(" objects; ");
    if (Boolean.TRUE.equals(cleanup.listedEmpty())) {
      out.append("a listing of ").append(folder).append(" shows none left").append(newline);
      return;
    }
    List<String> left = cleanup.leftBehind();
    out.append(left.size())
        .append(left.size() == 1 ? " object" : " objects")
        .append(" may be left under ")
        .append(folder)
        .append(left.isEmpty() ? "" : ":")
        .append(newline);
    for (int i = 0; i < Math.min(left.size(), LEFT_BEHIND_SHOWN); i++) {
      out.append("  ").append(left.get(i)).append(newline);
    }
    if (left.size() > LEFT_BEHIND_SHOWN) {
      out.append("  ... and ")
          .append(left.size() - LEFT_BEHIND_SHOWN)
          .append(" more (all in the JSON report, cleanup.left_behind)")
          .append(newline);
    }
  }
}
