package dev.drplan.cli;

import com.google.cloud.storage.StorageOptions;
import dev.drplan.gcs.probe.FleetRunFolder;
import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.ProbeProgress;
import dev.drplan.gcs.probe.ProbeRefusedException;
import dev.drplan.gcs.probe.ProbeReport;
import dev.drplan.gcs.probe.ProbeRunner;
import dev.drplan.gcs.probe.ProbeSettings;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.ProbeStorageOptions.Endpoint;
import dev.drplan.gcs.probe.ProbeTable;
import dev.drplan.report.ReportFormat;
import dev.drplan.scenario.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          + " objects, and removes what it wrote (also on SIGINT or SIGTERM) unless --keep.",
      "Prints the measurements on standard output (--format); --out FILE also keeps them as the"
          + " JSON report that drplan validate reads.",
      "Each request gets at most 6 attempts (408, 429, 5xx and broken connections are retried,"
          + " backing off from 1 s up to 32 s), except the first: the bucket is asked for once"
          + " without retries to see that the endpoint answers, then with the 6 attempts, so a"
          + " server that answers 503 to everything sees it 1 + 6 times (gcs-adapter/README.md).",
      "As one worker of a fleet (--fleet-run, --fleet-index, --fleet-size, --start-at; see"
          + " docs/fleet-probe.md): waits for the common start, writes under"
          + " PREFIX/drplan-fleet-<run id>/worker-<index>/ and puts its report in"
          + " PREFIX/drplan-fleet-<run id>/results/worker-<index>.json. 'probe plan-fleet' prints"
          + " the Kubernetes Job that runs a fleet, 'probe merge' merges its reports."
    },
    subcommands = {ProbePlanFleetCommand.class, ProbeMergeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every step ran, and a listing after cleanup found the run's objects gone",
      "1:the run failed (a server it cannot reach too), hit its --deadline, could not clean up"
          + " or (a fleet worker) could not put its report in the run folder; the last line on"
          + " stderr says why and where what may be left is named",
      "2:bad input: an option value, a missing bucket or a non-empty prefix, a run folder it"
          + " could not list before writing (the reason given), a fleet worker that has already"
          + " reported or whose start time has passed",
      ExitCodes.SIGINT
          + ":interrupted by SIGINT (Ctrl-C): the streams stop, cleanup runs (30 s at most),"
          + " then the report (--out, stdout) is written with outcome interrupted and the steps"
          + " that finished, and one line on stderr says so",
      ExitCodes.SIGTERM + ":the same for SIGTERM"
    })
final class ProbeCommand implements Callable<Integer> {

  /** After a signal, how long the report may take to be written once the run has returned. */
  static final long PUBLISH_GRACE_MILLIS = 5_000;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
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

  @Mixin ProbeStepOptions steps;

  /** {@code --out FILE}: the JSON report is also kept there (stdout shows --format). */
  @Mixin OutputFile output;

  @Option(names = "--keep", description = "Leave the objects in place after the run.")
  boolean keep;

  @Option(
      names = "--allow-nonempty",
      description = "Run even if the prefix already holds objects (they are never touched).")
  boolean allowNonempty;

  @Mixin
  private FormatOption format =
      FormatOption.of(ReportFormat.TABLE, ReportFormat.TABLE, ReportFormat.JSON)
          .note(" on stdout")
          .standardOutputOnly();

  @ArgGroup(
      exclusive = false,
      multiplicity = "0..1",
      heading = "%nAs one worker of a fleet (all four together; docs/fleet-probe.md):%n")
  Fleet fleet;

  /** The options of a fleet worker: all four or none. */
  static final class Fleet {
    @Option(
        names = "--fleet-run",
        required = true,
        paramLabel = "ID",
        converter = ProbeConverters.FleetRunConverter.class,
        description = "The fleet run's id: lower-case letters, digits and -, up to 32.")
    String runId;

    @Option(
        names = "--fleet-index",
        required = true,
        paramLabel = "I",
        converter = OptionRanges.FleetIndex.class,
        description = "This worker's index, 0 to N-1 (on Kubernetes: $(JOB_COMPLETION_INDEX)).")
    int index;

    @Option(
        names = "--fleet-size",
        required = true,
        paramLabel = "N",
        converter = OptionRanges.FleetSize.class,
        description = "How many workers the fleet has.")
    int size;

    @Option(
        names = "--start-at",
        required = true,
        paramLabel = "TIME",
        converter = ProbeConverters.InstantConverter.class,
        description =
            "When every worker begins, e.g. 2026-11-25T17:00:00Z: at most 5 s past, at most 1 h"
                + " ahead.")
    Instant startAt;
  }

  /** How long a fleet worker's report may take to reach the run folder after the run. */
  static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(30);

  /**
   * ... and after a signal, within the time the signal handler waits ({@link
   * #PUBLISH_GRACE_MILLIS}).
   */
  static final Duration PUBLISH_TIMEOUT_AFTER_SIGNAL = Duration.ofSeconds(4);

  private final Function<Endpoint, StorageOptions> optionsFactory;
  private final Map<String, String> environment;

  /** The command as users run it: options from the endpoint, the process environment. */
  ProbeCommand() {
    this(ProbeStorageOptions::forEndpoint, System.getenv());
  }

  /** The client options for an endpoint (the subcommands use the same). */
  Function<Endpoint, StorageOptions> optionsFactory() {
    return optionsFactory;
  }

  /** The environment the endpoint is resolved in. */
  Map<String, String> environment() {
    return environment;
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
    if (location == null) {
      throw new ParameterException(
          spec.commandLine(), "missing gs://BUCKET/PREFIX (or a command: plan-fleet, merge)");
    }
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
    StorageOptions storageOptions = optionsFactory.apply(resolved);
    ProbeRunner runner =
        new ProbeRunner(storageOptions, settings, ProbeProgress.on(err, System.console() != null));
    CountDownLatch published = new CountDownLatch(1);
    Thread onSignal = new Thread(() -> stopAndAwait(runner, published), "drplan-probe-signal");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      ProbeReport report = runner.run();
      // Also after a signal: the report of the interrupted run, whole or not at all.
      String json = report.toJson();
      String unkept = null;
      try {
        output.writeIfGiven(json);
      } catch (InputException notKept) {
        // The file appeared while the probe ran, or its directory went: checked at the start.
        unkept = notKept.line();
      } catch (IOException notKept) {
        unkept = "drplan: error: " + notKept.getMessage();
      }
      // A measurement is never lost: when --out could not be kept, its JSON goes to stdout.
      out.print(
          SafeText.escaped(
              chosen == ReportFormat.JSON || unkept != null ? json : ProbeTable.render(report)));
      out.flush();
      if (unkept != null) {
        err.println(SafeText.escaped(unkept + "; the report's JSON is on standard output instead"));
        return 1;
      }
      String unpublished =
          settings.fleet() == null ? null : publish(storageOptions, settings, report, err);
      if (unpublished != null) {
        err.println(SafeText.escaped("drplan probe: " + unpublished));
        return 1;
      }
      if (!report.completed()) {
        err.println(
            SafeText.escaped(
                "drplan probe: " + report.outcomeMessage() + whereListed(report, chosen)));
        return 1;
      }
      return 0;
    } catch (ProbeRefusedException refused) {
      err.println(SafeText.escaped("drplan probe: " + refused.getMessage()));
      return 2;
    } catch (InputException badOut) {
      err.println(badOut.line());
      return 2;
    } catch (Exception unexpected) {
      err.println(SafeText.escaped("drplan probe: error: " + oneLine(unexpected)));
      if (spec.root().commandLine().getParseResult().originalArgs().contains(Errors.STACKTRACE)) {
        unexpected.printStackTrace(err);
      }
      err.flush();
      return 1;
    } finally {
      published.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException shuttingDown) {
        // A signal arrived: the hook is running and waits for the report written above.
      }
    }
  }

  /**
   * Puts a fleet worker's report in the run folder ({@code results/worker-<index>.json}, never
   * replacing one); returns what went wrong in words, or {@code null}.
   */
  private String publish(
      StorageOptions storageOptions, ProbeSettings settings, ProbeReport report, PrintWriter err) {
    FleetWorker worker = settings.fleet();
    Duration timeout =
        report.outcome() == dev.drplan.gcs.probe.Outcome.INTERRUPTED
            ? PUBLISH_TIMEOUT_AFTER_SIGNAL
            : PUBLISH_TIMEOUT;
    try (FleetRunFolder folder =
        new FleetRunFolder(
            storageOptions, settings.location().bucket(), worker.runFolder(settings.location()))) {
      String name = folder.publish(worker, report, timeout);
      err.println("probe: report written to " + name);
      err.flush();
      return null;
    } catch (IOException | RuntimeException failed) {
      return "could not put the report in the run folder: "
          + oneLine(failed)
          + (output.path() != null ? "; it is in " + output.path() : "; it is on standard output");
    }
  }

  /**
   * Where the names of the objects cleanup may have left are written, for the last line: the report
   * file, the JSON on standard output, or the table above. Empty when there are none.
   */
  private String whereListed(ProbeReport report, ReportFormat chosen) {
    if (report.cleanup() == null || report.cleanup().leftBehind().isEmpty()) {
      return "";
    }
    if (output.path() != null) {
      return "; their names are in " + output.path() + " (cleanup.left_behind)";
    }
    return chosen == ReportFormat.JSON
        ? "; their names are in the report on standard output (cleanup.left_behind)"
        : "; their names are listed above";
  }

  /**
   * On SIGINT or SIGTERM the JVM runs its shutdown hooks and then exits with 128 + the signal's
   * number: this one stops the run and holds the exit until the report of the interrupted run is
   * written (cleanup first, bounded by {@link ProbeRunner#secondsLeft()}).
   */
  private static void stopAndAwait(ProbeRunner runner, CountDownLatch published) {
    runner.interrupt();
    try {
      published.await(
          (long) (runner.secondsLeft() * 1000) + PUBLISH_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  ProbeSettings settings(Endpoint resolved) {
    return new ProbeSettings(
        location,
        steps.streams(),
        steps.objectSizes(),
        steps.budget(),
        steps.operations(),
        steps.uploadMethod(),
        keep,
        allowNonempty,
        steps.deadline(fleet != null),
        steps.seed(),
        resolved.url(),
        resolved.emulator(),
        fleetWorker());
  }

  /**
   * The fleet worker these options describe, or {@code null}; refuses an index outside the fleet
   * and a start time too far in the past or ahead ({@link FleetWorker#startProblem}).
   */
  private FleetWorker fleetWorker() {
    if (fleet == null) {
      return null;
    }
    String problem = FleetWorker.indexProblem(fleet.index, fleet.size);
    if (problem == null) {
      problem = FleetWorker.startProblem(fleet.startAt, Instant.now());
    }
    if (problem != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--fleet-index "
              + fleet.index
              + " --fleet-size "
              + fleet.size
              + " --start-at "
              + fleet.startAt
              + ": "
              + problem);
    }
    return new FleetWorker(fleet.runId, fleet.index, fleet.size, fleet.startAt.toString());
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
