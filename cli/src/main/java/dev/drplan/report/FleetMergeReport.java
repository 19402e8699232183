package dev.drplan.report;

import dev.drplan.gcs.probe.ClockSkew;
import dev.drplan.gcs.probe.Figures;
import dev.drplan.gcs.probe.FleetReport;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.UslFit;
import dev.drplan.units.DataRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code drplan probe merge}: a fleet run's steps with the aggregate over the window where every
 * worker ran beside the sum of the workers' own figures, the spread and stragglers, merged latency
 * percentiles, the clocks, the scalability fits and what the run folder's cleanup found. Table,
 * Markdown and JSON ({@link FleetReport#toJson()}). Rates in decimal units (MB/s, Gbps) as every
 * drplan report.
 */
public final class FleetMergeReport {

  private FleetMergeReport() {}

  public static String render(ReportFormat format, FleetReport report) {
    if (format == ReportFormat.JSON) {
      return report.toJson();
    }
    boolean markdown = format == ReportFormat.MARKDOWN;
    StringBuilder out = new StringBuilder();
    out.append(markdown ? "# " : "")
        .append("drplan probe merge: fleet run ")
        .append(report.fleetRunId())
        .append('\n');
    out.append(markdown ? "\n" : "")
        .append(report.workersReported())
        .append(" of ")
        .append(report.fleetSize())
        .append(" workers reported; common start ")
        .append(report.startAt())
        .append("; ")
        .append(
            report.emulator()
                ? "emulator " + report.endpoint() + " (these figures measure it, not GCS)"
                : report.endpoint())
        .append("; run folder gs://")
        .append(report.bucket())
        .append('/')
        .append(report.runFolder())
        .append('\n');
    FleetReport.ClockSummary clock = report.clock();
    if (clock.workersWithoutEstimate() == report.workers().size()) {
      out.append(
          "Clocks: no report carries an estimate of its clock against the server's; times are"
              + " used as each worker recorded them.\n");
    } else {
      out.append(
              "Clocks: the workers' offsets from the server's clock (from its Date headers) lie ")
          .append(Display.number(clock.spreadSeconds()))
          .append(" s apart, each known to within ")
          .append(Display.number(clock.largestUncertaintySeconds()))
          .append(" s; every time below is on the server's clock")
          .append(
              clock.workersWithoutEstimate() == 0
                  ? ""
                  : " (" + clock.workersWithoutEstimate() + " without an estimate: as recorded)")
          .append(".\n");
    }

    out.append('\n')
        .append(markdown ? "## " : "")
        .append("Steps: aggregate while every worker ran (the common window)\n\n");
    Table steps =
        new Table()
            .left("step")
            .right("workers")
            .right("streams")
            .right("window")
            .right("aggregate in window")
            .right("outside window")
            .right("sum of workers' own")
            .right("workers min / median / max")
            .left("stragglers")
            .right("p50")
            .right("p90")
            .right("p99")
            .right("errors");
    for (FleetReport.Step step : report.steps()) {
      FleetReport.Interval window = step.window();
      FleetReport.Interval outside = step.outside();
      steps.row(
          List.of(
              step.operation().label()
                  + " "
                  + Figures.size(step.objectSizeBytes())
                  + " x "
                  + step.streams(),
              Display.count(step.workers().size()),
              Display.count(step.totalStreams()),
              window == null ? "none" : Display.number(window.seconds()) + " s",
              window == null ? "-" : rate(window.throughputBytesPerSecond()),
              outside == null || outside.throughputBytesPerSecond() == null
                  ? "-"
                  : Display.byteRate(DataRate.ofBytesPerSecond(outside.throughputBytesPerSecond()))
                      + " ("
                      + Display.number(outside.seconds())
                      + " s)",
              rate(step.sumOfWorkerThroughputBytesPerSecond()),
              Display.byteRate(DataRate.ofBytesPerSecond(step.spread().minBytesPerSecond()))
                  + " / "
                  + Display.byteRate(
                      DataRate.ofBytesPerSecond(step.spread().medianBytesPerSecond()))
                  + " / "
                  + Display.byteRate(DataRate.ofBytesPerSecond(step.spread().maxBytesPerSecond())),
              stragglers(step),
              milliseconds(step.latency().p50Seconds()),
              milliseconds(step.latency().p90Seconds()),
              milliseconds(step.latency().p99Seconds()),
              Display.count(errors(step))));
    }
    out.append(markdown ? steps.toMarkdown() : steps.toText());
    out.append('\n')
        .append(
            "The window runs from the last worker's start to the first worker's end; outside it"
                + " fewer workers ran. Stragglers: below 75% of the median throughput, or ending"
                + " more than 10% of the median step time (at least 2 s) after the median end."
                + " Latency (requests for writes, time to first byte for reads) over every"
                + " operation of every worker, from merged histograms.\n");
    for (FleetReport.Step step : report.steps()) {
      for (FleetReport.WorkerStep worker : step.perWorker()) {
        if (worker.straggler() != null) {
          out.append(step.operation().label())
              .append(' ')
              .append(Figures.size(step.objectSizeBytes()))
              .append(" x ")
              .append(step.streams())
              .append(": worker ")
              .append(worker.index())
              .append(' ')
              .append(worker.straggler())
              .append('\n');
        }
      }
      for (String warning : step.warnings()) {
        out.append("warning: ")
            .append(step.operation().label())
            .append(' ')
            .append(Figures.size(step.objectSizeBytes()))
            .append(" x ")
            .append(step.streams())
            .append(": ")
            .append(warning)
            .append('\n');
      }
    }

    out.append('\n').append(markdown ? "## " : "").append("Workers\n\n");
    Table workers =
        new Table()
            .right("worker")
            .left("outcome")
            .right("steps")
            .right("clock offset, start")
            .right("clock offset, end")
            .left("report");
    for (FleetReport.Worker worker : report.workers()) {
      workers.row(
          List.of(
              Integer.toString(worker.index()),
              worker.outcome().label(),
              Display.count(worker.stepsCompleted()),
              offset(worker.clockStart()),
              offset(worker.clockEnd()),
              worker.source()));
    }
    out.append(markdown ? workers.toMarkdown() : workers.toText());

    out.append('\n')
        .append(markdown ? "## " : "")
        .append("Scalability across workers x streams\n\n");
    for (ProbeReport.Scalability fit : report.scalability()) {
      out.append(fit.operation().label())
          .append(' ')
          .append(Figures.size(fit.objectSizeBytes()))
          .append(": ");
      if (fit.status() == UslFit.Status.FITTED) {
        out.append(
            String.format(
                Locale.ROOT,
                "λ = %s per stream, σ = %s, κ = %s (R² %s); %s",
                Display.byteRate(DataRate.ofBytesPerSecond(fit.lambdaBytesPerSecond())),
                Figures.number(fit.sigma()),
                String.format(Locale.ROOT, "%.3g", fit.kappa()),
                Figures.number(fit.rSquared()),
                fit.message().replace("streams", "streams in all")));
      } else {
        out.append(
            fit.message().replace("stream counts", "total stream counts (workers x streams)"));
      }
      out.append('\n');
    }

    out.append('\n').append(markdown ? "## " : "").append("Leftovers\n\n");
    FleetReport.Leftovers leftovers = report.leftovers();
    if (leftovers == null) {
      out.append("not looked for (--offline)\n");
    } else {
      out.append("deleted ")
          .append(Display.count(leftovers.deletedObjects()))
          .append(" objects the workers left in their folders; ")
          .append(
              leftovers.listedEmpty()
                  ? "a listing shows the workers' folders empty"
                  : leftovers.leftBehind().size() + " may be left:")
          .append('\n');
      for (String name : leftovers.leftBehind()) {
        out.append("  ").append(name).append('\n');
      }
      if (!leftovers.notTheRuns().isEmpty()) {
        out.append("left alone, not written by this run's workers:\n");
        for (String name : leftovers.notTheRuns()) {
          out.append("  ").append(name).append('\n');
        }
      }
    }
    if (!report.warnings().isEmpty()) {
      out.append('\n');
      for (String warning : report.warnings()) {
        out.append("warning: ").append(warning).append('\n');
      }
    }
    return out.toString();
  }

  private static String rate(Double bytesPerSecond) {
    if (bytesPerSecond == null) {
      return "-";
    }
    DataRate rate = DataRate.ofBytesPerSecond(bytesPerSecond);
    return Display.byteRate(rate) + " (" + Display.gigabits(rate) + ")";
  }

  private static String milliseconds(double seconds) {
    return Display.number(seconds * 1e3) + " ms";
  }

  private static long errors(FleetReport.Step step) {
    long n = 0;
    for (long count : step.errors().values()) {
      n += count;
    }
    return n;
  }

  private static String stragglers(FleetReport.Step step) {
    List<String> slow = new ArrayList<>();
    for (FleetReport.WorkerStep worker : step.perWorker()) {
      if (worker.straggler() != null) {
        slow.add(Integer.toString(worker.index()));
      }
    }
    return slow.isEmpty() ? "none" : String.join(", ", slow);
  }

  private static String offset(ClockSkew.Estimate estimate) {
    if (estimate == null) {
      return "unknown";
    }
    return String.format(
        Locale.ROOT, "%+.3f s ± %.3f", estimate.offsetSeconds(), estimate.uncertaintySeconds());
  }
}
