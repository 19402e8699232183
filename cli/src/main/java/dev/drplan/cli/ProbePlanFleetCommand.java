package dev.drplan.cli;

import dev.drplan.gcs.probe.Figures;
import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.ProbeMemory;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drplan probe plan-fleet gs://BUCKET/PREFIX --workers N --image IMAGE}: prints the
 * Kubernetes Indexed Job ({@link FleetJob}) that runs N probe workers at once, one per node, all
 * starting at one time, each with the steps given here. Nothing is contacted: the Job is printed
 * (or written to {@code --out}) for {@code kubectl apply -f}. docs/fleet-probe.md says how to run
 * it on GKE and on a cluster of one's own.
 */
@Command(
    name = "plan-fleet",
    header = "Print the Kubernetes Job that runs a fleet of probe workers at once.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Prints a Kubernetes Indexed Job (batch/v1): N pods, one per node, each running drplan"
          + " probe as worker $(JOB_COMPLETION_INDEX) of the fleet run, all starting at the same"
          + " time (--start-in from now), with memory sized from the probe's buffers. Apply it"
          + " with kubectl apply -f, then merge the workers' reports with drplan probe merge"
          + " gs://BUCKET/PREFIX/drplan-fleet-<run id>. See docs/fleet-probe.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the Job printed (nothing is contacted)",
      "1:the Job could not be written (a full disk)",
      "2:bad input or usage: an unknown option, a value out of range (--workers, --fleet-run,"
          + " --start-in, the probe's steps), an --out file that exists (without --force)"
    })
final class ProbePlanFleetCommand implements Callable<Integer> {

  /** The default time from now to the common start: enough to schedule and pull the image. */
  static final TimeSpan DEFAULT_START_IN = TimeSpan.ofMinutes(2);

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "gs://BUCKET/PREFIX",
      converter = ProbeConverters.LocationConverter.class,
      description = "Where the workers write: an empty prefix.")
  private GcsLocation location;

  @Option(
      names = "--workers",
      required = true,
      paramLabel = "N",
      converter = OptionRanges.FleetSize.class,
      description = "How many workers (pods, one per node), 1 to 1,000.")
  private int workers;

  @Option(
      names = "--image",
      required = true,
      paramLabel = "IMAGE",
      description =
          "The drplan container image, e.g. europe-docker.pkg.dev/PROJECT/REPO/drplan:0.1.0"
              + " (built with ./mvnw -Pimage; docs/fleet-probe.md).")
  private String image;

  @Option(
      names = "--service-account",
      paramLabel = "NAME",
      description =
          "The Kubernetes service account the pods run as: on GKE, one bound to a Google service"
              + " account by Workload Identity.")
  private String serviceAccount;

  @Option(
      names = "--key-secret",
      paramLabel = "SECRET",
      description =
          "Instead of Workload Identity: a Kubernetes secret holding a service-account key as"
              + " key.json, mounted and named by GOOGLE_APPLICATION_CREDENTIALS.")
  private String keySecret;

  @Option(names = "--namespace", paramLabel = "NS", description = "The Job's namespace.")
  private String namespace;

  @Option(
      names = "--fleet-run",
      paramLabel = "ID",
      converter = ProbeConverters.FleetRunConverter.class,
      description = "The run's id (default: the UTC time now and 6 random hex digits).")
  private String runId;

  @Option(
      names = "--start-in",
      paramLabel = "DURATION",
      converter = ProbeConverters.DurationConverter.class,
      description =
          "From now to the common start, for scheduling and image pulls (default: 2min; at most"
              + " 1h). Apply the Job soon after printing it.")
  private TimeSpan startIn;

  @Option(
      names = "--cpu",
      paramLabel = "CORES",
      defaultValue = "2",
      description = "CPU each worker requests, e.g. 2 or 500m (default: ${DEFAULT-VALUE}).")
  private String cpu;

  @Option(
      names = "--ttl",
      paramLabel = "DURATION",
      converter = ProbeConverters.DurationConverter.class,
      description = "How long the finished Job and its pods are kept (default: 1d).")
  private TimeSpan ttl;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      converter = ProbeConverters.EndpointConverter.class,
      description = "An emulator endpoint the workers use instead of Google (for trials).")
  private String endpoint;

  @Mixin private ProbeStepOptions steps;

  @Mixin private OutputFile output;

  private final Supplier<Instant> clock;

  ProbePlanFleetCommand() {
    this(Instant::now);
  }

  /** A command reading the time from {@code clock} (tests). */
  ProbePlanFleetCommand(Supplier<Instant> clock) {
    this.clock = clock;
  }

  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Override
  public Integer call() throws IOException {
    String problem = FleetWorker.indexProblem(0, workers);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), "--workers " + workers + ": " + problem);
    }
    if (!cpu.matches("[0-9]+(\\.[0-9]+)?|[0-9]+m")) {
      throw new ParameterException(
          spec.commandLine(),
          "--cpu: expected cores like \"2\", \"1.5\" or \"500m\", found \"" + cpu + "\"");
    }
    if (new BigDecimal(cpu.replace("m", "")).signum() == 0) {
      // Zero asks Kubernetes for no CPU at all: the worker would run on whatever is left over.
      throw new ParameterException(
          spec.commandLine(),
          "--cpu "
              + cpu
              + ": expected more than 0 cores (at least 1m, a thousandth of a core), e.g. \"2\""
              + " or \"500m\"");
    }
    if (keySecret != null && serviceAccount != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--service-account and --key-secret: give one (Workload Identity, or a key), not both");
    }
    TimeSpan lead = startIn == null ? DEFAULT_START_IN : startIn;
    if (lead.seconds() > FleetWorker.LONGEST_WAIT.toSeconds()) {
      throw new ParameterException(
          spec.commandLine(),
          "--start-in "
              + ProbeStepOptions.duration(lead)
              + ": at most "
              + FleetWorker.LONGEST_WAIT.toMinutes()
              + "min (the workers refuse a start further ahead)");
    }
    output.check("YAML (a Kubernetes Job)", "yaml", "yml");
    Instant now = clock.get();
    String id = runId != null ? runId : RUN_ID_TIME.format(now) + "-" + randomHex(6);
    Instant startAt =
        now.plus(Duration.ofMillis(Math.round(lead.seconds() * 1000)))
            .truncatedTo(ChronoUnit.SECONDS);

    List<Integer> streams = steps.streams();
    List<DataSize> sizes = steps.objectSizes();
    long buffers =
        ProbeMemory.peakBufferBytes(streams, sizes, steps.operations(), steps.uploadMethod());
    long heap = ProbeMemory.heapBytes(buffers);
    long memory = ProbeMemory.containerBytes(heap, Collections.max(streams));
    TimeSpan deadline = steps.deadline(true);

    List<String> args = new ArrayList<>();
    args.add("probe");
    args.add(location.toString());
    args.add("--fleet-run");
    args.add(id);
    args.add("--fleet-index");
    args.add("$(JOB_COMPLETION_INDEX)");
    args.add("--fleet-size");
    args.add(Integer.toString(workers));
    args.add("--start-at");
    args.add(startAt.toString());
    args.addAll(steps.asArguments());
    if (endpoint != null) {
      args.add("--endpoint");
      args.add(endpoint);
    }

    long activeDeadline =
        (long) Math.ceil(lead.seconds() + deadline.seconds())
            + FleetJob.ACTIVE_DEADLINE_MARGIN_SECONDS;
    long ttlSeconds = ttl == null ? Duration.ofDays(1).toSeconds() : (long) ttl.seconds();
    String yaml =
        FleetJob.yaml(
            new FleetJob.Spec(
                id,
                workers,
                image,
                namespace,
                serviceAccount,
                keySecret,
                args,
                heap,
                memory,
                cpu,
                activeDeadline,
                ttlSeconds));
    String header =
        "# drplan probe fleet run "
            + id
            + ": "
            + workers
            + (workers == 1 ? " worker" : " workers")
            + ", starting at "
            + startAt
            + " (apply before then: kubectl apply -f FILE).\n"
            + "# Memory per worker: heap "
            + Figures.size(heap)
            + " = payload 16 MiB + largest step's client buffers "
            + Figures.size(buffers)
            + " + headroom 256 MiB; container "
            + Figures.size(memory)
            + " = heap + JVM 256 MiB + 1 MiB x "
            + Collections.max(streams)
            + " streams, rounded up to 64 MiB.\n"
            + "# Then: drplan probe merge gs://"
            + location.bucket()
            + "/"
            + FleetWorker.runFolder(location, id)
            + "\n";
    output.write(header + yaml);
    return ExitCodes.OK;
  }

  private static String randomHex(int digits) {
    SecureRandom random = new SecureRandom();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }
}
