package dev.drplan.cli;

import com.google.cloud.storage.StorageOptions;
import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.ProbeProgress;
import dev.drplan.gcs.probe.ProbeRefusedException;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeRunner;
import dev.drplan.gcs.probe.ProbeSettings;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.ProbeStorageOptions.Endpoint;
import dev.drplan.gcs.probe.ProbeTable;
import dev.drplan.gcs.probe.StepBudget;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.report.ReportFormat;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drplan probe gs://BUCKET/PREFIX}: measures GCS write and read throughput at several stream
 * counts and object sizes, and records it as JSON that {@code drplan validate} reads.
 *
 * <p>Thin by design: parse, run {@link ProbeRunner} (the gcs-adapter module's probe engine), print
 * through the command line's writers. Every outcome maps to an exit code here, and unexpected
 * failures print one line (with the stack trace under the root's {@code --stacktrace}), so the
 * command behaves the same under {@code drplan} and alone (the tests run it both ways).
 */
@Command(
    name = "probe",
    header = "Measure real GCS upload and download throughput (gs://BUCKET/PREFIX).",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Measure GCS throughput with parallel streams, to check a scenario's copy_engine.",
      "Writes only under PREFIX/drplan-probe-<run id>/, refuses a prefix that already holds"
          + " objects, and removes what it wrote (also on Ctrl-C) unless --keep.",
      "Prints the measurements on standard output (--format); --out FILE also keeps them as the"
          + " JSON report that drplan validate reads."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the probe ran every step and removed its objects",
      "1:the probe failed, hit its deadline, was interrupted or could not clean up",
      "2:bad input: an option value, a missing bucket or a non-empty prefix"
    })
final class ProbeCommand implements Callable<Integer> {

  /** Default deadline beyond twice the planned step time: preparation and cleanup. */
  static final TimeSpan DEADLINE_MARGIN = TimeSpan.ofMinutes(5);

  /** Default deadline for byte-budget runs, whose length is not known in advance. */
  static final TimeSpan BYTE_BUDGET_DEADLINE = TimeSpan.ofHours(6);

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "gs://BUCKET/PREFIX",
      converter = ProbeConverters.LocationConverter.class,
      description = "Where to write: a bucket and a prefix that holds no objects yet.")
  GcsLocation location;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      converter = ProbeConverters.EndpointConverter.class,
      description =
          "An emulator endpoint, e.g. http://127.0.0.1:4443 (also read from"
              + " STORAGE_EMULATOR_HOST). Without one: Google, with Application Default"
              + " Credentials.")
  String endpoint;

  @Option(
      names = "--streams",
      split = ",",
      paramLabel = "N[,N...]",
      defaultValue = "1,4,16,64",
      converter = ProbeConverters.StreamsConverter.class,
      description = "Parallel streams per step (default: ${DEFAULT-VALUE}).")
  List<Integer> streams;

  @Option(
      names = "--object-size",
      split = ",",
      paramLabel = "SIZE[,SIZE...]",
      defaultValue = "8MiB,64MiB,256MiB",
      converter = ProbeConverters.SizeConverter.class,
      description = "Object sizes (default: ${DEFAULT-VALUE}).")
  List<DataSize> objectSizes;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Budget budget;

  /** How long each step runs: a time or a number of bytes. */
  static final class Budget {
    @Option(
        names = "--duration",
        paramLabel = "DURATION",
        converter = ProbeConverters.DurationConverter.class,
        description = "Run each step for this long (default: 30s).")
    TimeSpan duration;

    @Option(
        names = "--bytes",
        paramLabel = "SIZE",
        converter = ProbeConverters.SizeConverter.class,
        description = "Move this many bytes in each step instead.")
    DataSize bytes;
  }

  @Option(
      names = "--operations",
      split = ",",
      paramLabel = "OP[,OP...]",
      defaultValue = "write,read",
      converter = ProbeConverters.OperationConverter.class,
      description = "write, read or both (default: ${DEFAULT-VALUE}).")
  List<Operation> operations;

  @Option(
      names = "--upload-method",
      paramLabel = "METHOD",
      defaultValue = "resumable",
      converter = ProbeConverters.UploadMethodConverter.class,
      description = "simple, resumable or parallel-composite (default: ${DEFAULT-VALUE}).")
  UploadMethod uploadMethod;

  /** {@code --out FILE}: the JSON report is also kept there (stdout shows --format). */
  @Mixin OutputFile output;

  @Option(names = "--keep", description = "Leave the objects in place after the run.")
  boolean keep;

  @Option(
      names = "--allow-nonempty",
      description = "Run even if the prefix already holds objects (they are never touched).")
  boolean allowNonempty;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      converter = ProbeConverters.DurationConverter.class,
      description =
          "Bound on the whole run, cleanup included (default: twice the planned step time plus"
              + " 5min; 6h with --bytes).")
  TimeSpan deadline;

  @Mixin
  private FormatOption format =
      FormatOption.of(ReportFormat.TABLE, ReportFormat.TABLE, ReportFormat.JSON)
          .note(" on stdout")
          .standardOutputOnly();

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the random payload (default: ${DEFAULT-VALUE}).")
  long seed;

  private final Function<Endpoint, StorageOptions> optionsFactory;
  private final Map<String, String> environment;

  /** The command as users run it: options from the endpoint, the process environment. */
  ProbeCommand() {
    this(ProbeStorageOptions::forEndpoint, System.getenv());
  }

  /** A command whose client options come from {@code optionsFactory} (tests: short retries). */
  ProbeCommand(Function<Endpoint, StorageOptions> optionsFactory, Map<String, String> environment) {
    this.optionsFactory = optionsFactory;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      // Before anything touches the bucket: a run whose report could not be kept is not started.
      output.check();
    } catch (InputException badOut) {
      err.println(badOut.line());
      err.flush();
      return 2;
    }
    ReportFormat chosen = format.chosen();
    Endpoint resolved;
    try {
      resolved = ProbeStorageOptions.resolve(endpoint, environment);
    } catch (IllegalArgumentException badEnvironment) {
      err.println(
          "drplan probe: " + ProbeStorageOptions.EMULATOR_ENV + ": " + badEnvironment.getMessage());
      return 2;
    }
    ProbeSettings settings = settings(resolved);
    try {
      ProbeReport report =
          new ProbeRunner(
                  optionsFactory.apply(resolved),
                  settings,
                  ProbeProgress.on(err, System.console() != null))
              .run();
      out.print(chosen == ReportFormat.JSON ? report.toJson() : ProbeTable.render(report));
      out.flush();
      output.writeIfGiven(report.toJson());
      if (!report.completed()) {
        err.println("drplan probe: " + report.outcomeMessage());
        return 1;
      }
      return 0;
    } catch (ProbeRefusedException refused) {
      err.println("drplan probe: " + refused.getMessage());
      return 2;
    } catch (InputException badOut) {
      err.println(badOut.line());
      return 2;
    } catch (Exception unexpected) {
      err.println("drplan probe: error: " + oneLine(unexpected));
      if (spec.root().commandLine().getParseResult().originalArgs().contains(Errors.STACKTRACE)) {
        unexpected.printStackTrace(err);
      }
      err.flush();
      return 1;
    }
  }

  ProbeSettings settings(Endpoint resolved) {
    StepBudget stepBudget =
        budget == null || (budget.duration == null && budget.bytes == null)
            ? StepBudget.ofDuration(TimeSpan.ofSeconds(30))
            : budget.duration != null
                ? StepBudget.ofDuration(budget.duration)
                : StepBudget.ofBytes(budget.bytes);
    List<Integer> distinctStreams = List.copyOf(new LinkedHashSet<>(streams));
    List<DataSize> distinctSizes = List.copyOf(new LinkedHashSet<>(objectSizes));
    List<Operation> distinctOperations = List.copyOf(new LinkedHashSet<>(operations));
    int steps = distinctStreams.size() * distinctSizes.size() * distinctOperations.size();
    TimeSpan bound =
        deadline != null
            ? deadline
            : stepBudget.isTimed()
                ? stepBudget.duration().times(2.0 * steps).plus(DEADLINE_MARGIN)
                : BYTE_BUDGET_DEADLINE;
    return new ProbeSettings(
        location,
        distinctStreams,
        distinctSizes,
        stepBudget,
        distinctOperations,
        uploadMethod,
        keep,
        allowNonempty,
        bound,
        seed,
        resolved.url(),
        resolved.emulator());
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
