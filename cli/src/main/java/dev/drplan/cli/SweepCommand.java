package dev.drplan.cli;

import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.Sweep;
import dev.drplan.analysis.SweepAxis;
import dev.drplan.report.Display;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.SweepReport;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.DataLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drplan sweep FILE --vary KEY=FROM..TO[:log]:STEPS}: one or two keys over a range. */
@Command(
    name = "sweep",
    header = "Vary one or two scenario keys over a range: every point, and the landmarks.",
    description = {
      "Evaluates the scenario (distributions at their base) at each value of the --vary key(s)"
          + " and locates, between points, where a pair becomes feasible or infeasible and why,"
          + " and where two options cross over in horizon cost.",
      "FROM and TO are in the key's own unit (sizes like 1PB, rates like 100MB/s, durations like"
          + " 4h, shares like 80%%, counts as whole numbers); :log spaces the steps evenly in"
          + " logarithm. Keys are the numeric keys of the scenario format, e.g."
          + " dataset.logical_size, network.circuits, options.NAME.copy_engine.per_stream."
    },
    sortOptions = false)
final class SweepCommand implements Callable<Integer> {

  /** Most points one sweep may evaluate (its report streams, so memory is not the bound). */
  static final long MAX_POINTS = KeyArguments.MAX_STEPS;

  @Spec private CommandSpec spec;

  @Mixin private ScenarioFile scenario;

  @Option(
      names = "--vary",
      paramLabel = "KEY=FROM..TO[:log]:STEPS",
      required = true,
      description =
          "a key and its range, e.g. dataset.logical_size=1PB..1EB:log:40 or"
              + " network.circuits=1..16:16; give it once or twice (landmarks are found along the"
              + " first)")
  private List<String> vary;

  @Mixin private FormatOption format = FormatOption.text();

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    if (vary.size() > 2) {
      throw InputException.of("--vary: expected one or two keys, found " + vary.size());
    }
    output.check();
    Scenario base = scenario.readUncertain().base();
    List<SweepAxis> axes = new ArrayList<>();
    long points = 1;
    for (String text : vary) {
      SweepAxis axis = KeyArguments.vary(base, text);
      if (!axes.isEmpty() && axes.get(0).key().equals(axis.key())) {
        throw InputException.of(
            "--vary: expected two different keys, found " + axis.key() + " twice");
      }
      axes.add(axis);
      points *= axis.steps();
    }
    requireWithinDataLimit(base, axes);
    if (points > MAX_POINTS) {
      throw InputException.of(
          "--vary: expected at most "
              + Display.count(MAX_POINTS)
              + " points in all, found "
              + Display.count(points));
    }
    // The report is written as the sweep runs: nothing grows with the points (a failed write
    // stops the sweep there, and a file is only moved into place when whole).
    output.write(
        out -> {
          try (TerminalProgress progress =
              TerminalProgress.of(spec.commandLine().getErr(), "sweep", "points")) {
            SweepReport.Stream report =
                SweepReport.open(outputFormat, base, axes, Sweep.DEFAULT_TOLERANCE, out);
            try {
              Sweep.stream(base, axes, Sweep.DEFAULT_TOLERANCE, progress, report);
            } catch (UncheckedIOException e) {
              throw e.getCause();
            }
            report.finish();
          }
        });
    return ExitCodes.OK;
  }

  /**
   * Two keys that are each within their limits can together take the data beyond what drplan
   * computes (a larger size and a faster growth): their tops together must hold ({@link
   * DataLimit}), the most data any point of the sweep reaches.
   */
  private static void requireWithinDataLimit(Scenario base, List<SweepAxis> axes) {
    Scenario top = base;
    for (SweepAxis axis : axes) {
      top = ScenarioKeys.key(base, axis.key()).with(top, axis.to());
    }
    if (!DataLimit.holds(top)) {
      throw InputException.of(
          "--vary: at the tops of both ranges the data grows beyond "
              + DataLimit.LARGEST_TEXT
              + " over the horizon, the most drplan computes; lower the top of one range");
    }
  }
}
