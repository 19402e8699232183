package dev.drplan.cli;

import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import dev.drplan.gcs.probe.FleetMerge;
import dev.drplan.gcs.probe.FleetReport;
import dev.drplan.gcs.probe.FleetRunFolder;
import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeReportReader;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.ProbeStorageOptions.Endpoint;
import dev.drplan.gcs.probe.RetryAccounting;
import dev.drplan.report.FleetMergeReport;
import dev.drplan.report.ReportFormat;
import dev.drplan.scenario.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code drplan probe merge gs://BUCKET/PREFIX/drplan-fleet-ID} (or the workers' report files):
 * merges a fleet run's reports ({@link FleetMerge}), removes what its workers left in their
 * folders, and reports the aggregate over the window where every worker ran, per step.
 */
@Command(
    name = "merge",
    header = "Merge the reports of a fleet probe run and remove what its workers left.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Reads the workers' reports from the run folder's results/ (or from files), checks that"
          + " they are one run with one plan, aligns their seconds on the server's clock, and"
          + " reports per step the aggregate throughput over the window where every worker ran"
          + " (and outside it), the spread between workers and the stragglers, latency"
          + " percentiles over all operations, and the scalability fit across workers x streams.",
      "Then lists the run folder and deletes what the workers left in their folders"
          + " (worker-<i>/, by generation), and nothing else. See docs/fleet-probe.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:merged; a listing found the workers' folders empty (or --offline)",
      "1:the bucket could not be read, or objects of the workers may be left (named in the"
          + " report), or with --remove-reports their reports could not all be removed",
      "2:bad input: reports of different runs or plans, a report that is not one, no reports"
    })
final class ProbeMergeCommand implements Callable<Integer> {

  /** A fleet run folder: {@code PREFIX/drplan-fleet-<run id>/}. */
  private static final Pattern RUN_FOLDER = Pattern.compile("(.*/)?drplan-fleet-([a-z0-9-]+)/?");

  /** How long reading the reports, and separately the cleanup, may take. */
  static final Duration BUCKET_TIMEOUT = Duration.ofMinutes(5);

  @Spec private CommandSpec spec;

  @ParentCommand private ProbeCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "RUN_FOLDER | FILE",
      description =
          "The run folder gs://BUCKET/PREFIX/drplan-fleet-<run id> (its results/ are read), or"
              + " the workers' report files.")
  private List<String> sources;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      converter = ProbeConverters.EndpointConverter.class,
      description = "An emulator endpoint (also read from STORAGE_EMULATOR_HOST).")
  private String endpoint;

  @Option(
      names = "--offline",
      description = "With report files: merge without reaching the bucket (no look for leftovers).")
  private boolean offline;

  @Option(
      names = "--remove-reports",
      description =
          "With a run folder and --out: once the merged report is in the --out file and the"
              + " workers' folders are empty, delete the workers' reports from results/ (each at"
              + " the generation read), so that nothing of the run is left in the bucket.")
  private boolean removeReports;

  /** The workers' reports as read from the run folder, for --remove-reports. */
  private List<FleetRunFolder.Result> readReports = List.of();

  @Mixin
  private FormatOption format =
      FormatOption.of(
          ReportFormat.TABLE, ReportFormat.TABLE, ReportFormat.MARKDOWN, ReportFormat.JSON);

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    boolean inBucket = sources.get(0).startsWith("gs://");
    if (!inBucket) {
      List<Path> reports = new ArrayList<>();
      for (String file : sources) {
        reports.add(Path.of(file));
      }
      output.alsoReads(reports); // --out never replaces a worker's report
    }
    ReportFormat chosen = format.chosen(); // after the reports are known inputs of --out's check
    PrintWriter err = spec.commandLine().getErr();
    if (inBucket && sources.size() > 1) {
      throw InputException.of(
          "give one run folder gs://BUCKET/PREFIX/drplan-fleet-<run id>, or report files, not"
              + " both or several folders");
    }
    if (inBucket && offline) {
      throw InputException.of("--offline merges report files; a run folder is in the bucket");
    }
    if (removeReports && !inBucket) {
      throw InputException.of(
          "--remove-reports deletes the workers' reports from a run folder: give the run folder"
              + " gs://BUCKET/PREFIX/drplan-fleet-<run id>, not report files");
    }
    if (removeReports && output.path() == null) {
      throw InputException.of(
          "--remove-reports needs --out FILE: the merged report is kept in a file before the"
              + " workers' reports are deleted");
    }
    FleetReport merged;
    try {
      if (inBucket) {
        merged = fromBucket(sources.get(0));
      } else {
        List<FleetMerge.Input> inputs = new ArrayList<>();
        for (String file : sources) {
          inputs.add(new FleetMerge.Input(file, readFile(Path.of(file))));
        }
        merged = merge(inputs);
        if (!offline) {
          try (FleetRunFolder folder =
              new FleetRunFolder(storageOptions(), merged.bucket(), merged.runFolder())) {
            merged =
                merged.withLeftovers(folder.removeLeftovers(merged.fleetSize(), BUCKET_TIMEOUT));
          }
        }
      }
    } catch (StorageException | IOException unreachable) {
      if (unreachable instanceof ProbeReportReader.InvalidReportException) {
        throw InputException.located(unreachable.getMessage(), unreachable);
      }
      err.println(
          SafeText.escaped(
              "drplan probe merge: error: "
                  + (RetryAccounting.noAnswer(unreachable)
                      ? "cannot reach the bucket's server ("
                          + RetryAccounting.kindOf(unreachable).replace('_', ' ')
                          + ": "
                          + oneLine(unreachable)
                          + ")"
                          + (inBucket
                              ? ""
                              : "; the merge looks for the workers' leftovers in the bucket after"
                                  + " merging the files: --offline merges them without it")
                      : oneLine(unreachable))));
      err.flush();
      return ExitCodes.FAILURE;
    }
    output.write(FleetMergeReport.render(chosen, merged));
    FleetReport.Leftovers leftovers = merged.leftovers();
    if (leftovers != null && !leftovers.listedEmpty()) {
      err.println(
          "drplan probe merge: "
              + leftovers.leftBehind().size()
              + " objects of the workers may be left under gs://"
              + merged.bucket()
              + "/"
              + merged.runFolder()
              + "; they are named in the report (leftovers.left_behind)");
      err.flush();
      return ExitCodes.FAILURE;
    }
    return removeReports ? removeReports(merged, err) : ExitCodes.OK;
  }

  /**
   * Deletes the workers' reports that were merged (the merged report is in the --out file by now):
   * exit 0 when a listing shows them gone, 1 naming what is left.
   */
  private int removeReports(FleetReport merged, PrintWriter err) {
    String results = "gs://" + merged.bucket() + "/" + merged.runFolder() + FleetWorker.RESULTS;
    List<String> left;
    try (FleetRunFolder folder =
        new FleetRunFolder(storageOptions(), merged.bucket(), merged.runFolder())) {
      left = folder.removeReports(readReports, BUCKET_TIMEOUT);
    } catch (StorageException | IOException failed) {
      err.println(
          "drplan probe merge: could not remove the workers' reports ("
              + oneLine(failed)
              + "); what is left of them is in "
              + results);
      err.flush();
      return ExitCodes.FAILURE;
    }
    if (!left.isEmpty()) {
      err.println(
          "drplan probe merge: "
              + left.size()
              + " of the workers' reports are still there: "
              + String.join(", ", left));
      err.flush();
      return ExitCodes.FAILURE;
    }
    err.println(
        "drplan probe merge: removed the "
            + readReports.size()
            + " workers' reports from "
            + results
            + "; the merged report "
            + output.path()
            + " is the run's record");
    err.flush();
    return ExitCodes.OK;
  }

  /** Reads the reports in the run folder's results/, merges them, and cleans up after them. */
  private FleetReport fromBucket(String text) throws IOException {
    GcsLocation location = GcsLocation.parseOrNull(text);
    Matcher folder = location == null ? null : RUN_FOLDER.matcher(location.prefix());
    if (folder == null || !folder.matches() || FleetWorker.runIdProblem(folder.group(2)) != null) {
      throw InputException.of(
          "expected a fleet run folder like gs://BUCKET/PREFIX/drplan-fleet-<run id>, found \""
              + text
              + "\"");
    }
    String runId = folder.group(2);
    try (FleetRunFolder runFolder =
        new FleetRunFolder(storageOptions(), location.bucket(), location.prefix())) {
      List<FleetRunFolder.Result> results = runFolder.results(BUCKET_TIMEOUT);
      if (results.isEmpty()) {
        throw InputException.of(
            runFolder.location()
                + FleetWorker.RESULTS
                + " holds no worker reports (results/worker-<i>.json): no worker of fleet run "
                + runId
                + " has finished, or the run folder is another");
      }
      readReports = results;
      List<FleetMerge.Input> inputs = new ArrayList<>();
      for (FleetRunFolder.Result result : results) {
        inputs.add(
            new FleetMerge.Input(
                result.name(), ProbeReportReader.parse(result.json(), result.name())));
      }
      FleetReport merged = merge(inputs);
      if (!merged.fleetRunId().equals(runId)) {
        throw InputException.of(
            inputs.get(0).source()
                + ": a worker of fleet run "
                + merged.fleetRunId()
                + ", not "
                + runId);
      }
      return merged.withLeftovers(runFolder.removeLeftovers(merged.fleetSize(), BUCKET_TIMEOUT));
    }
  }

  private static FleetReport merge(List<FleetMerge.Input> inputs) {
    try {
      return FleetMerge.merge(inputs, null);
    } catch (FleetMerge.RefusedException refused) {
      throw InputException.of(refused.getMessage());
    }
  }

  private static ProbeReport readFile(Path file) throws IOException {
    try {
      return ProbeReport.read(file);
    } catch (ProbeReportReader.InvalidReportException invalid) {
      throw InputException.located(invalid.getMessage(), invalid);
    }
  }

  private StorageOptions storageOptions() {
    Endpoint resolved;
    try {
      resolved = ProbeStorageOptions.resolve(endpoint, parent.environment());
    } catch (IllegalArgumentException badEnvironment) {
      throw InputException.of(
          ProbeStorageOptions.EMULATOR_ENV + ": " + badEnvironment.getMessage());
    }
    return parent.optionsFactory().apply(resolved);
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
