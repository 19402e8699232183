package dev.drplan.cli;

import dev.drplan.gcs.probe.Figures;
import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.StepBudget;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The steps a probe runs, as options shared by {@code drplan probe} and {@code drplan probe
 * plan-fleet}: streams, object sizes, the budget of a step, operations, upload method, deadline and
 * seed. {@code plan-fleet} writes them back ({@link #asArguments()}) as every worker's command
 * line, so the fleet runs exactly the steps it was planned with.
 */
final class ProbeStepOptions {

  /** Default deadline beyond twice the planned step time: preparation and cleanup. */
  static final TimeSpan DEADLINE_MARGIN = TimeSpan.ofMinutes(5);

  /** Default deadline for byte-budget runs, whose length is not known in advance. */
  static final TimeSpan BYTE_BUDGET_DEADLINE = TimeSpan.ofHours(6);

  /** Default step time. */
  static final TimeSpan DEFAULT_DURATION = TimeSpan.ofSeconds(30);

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--streams",
      split = ",",
      paramLabel = "N[,N...]",
      defaultValue = "1,4,16,64",
      converter = ProbeConverters.StreamsConverter.class,
      description = "Parallel streams per step (default: ${DEFAULT-VALUE}).")
  private List<Integer> streams;

  @Option(
      names = "--object-size",
      split = ",",
      paramLabel = "SIZE[,SIZE...]",
      defaultValue = "8MiB,64MiB,256MiB",
      converter = ProbeConverters.SizeConverter.class,
      description = "Object sizes (default: ${DEFAULT-VALUE}).")
  private List<DataSize> objectSizes;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Budget budget;

  /** How long each step runs: a time or a number of bytes. */
  static final class Budget {
    @Option(
        names = "--duration",
        paramLabel = "DURATION",
        converter = ProbeConverters.DurationConverter.class,
        description = "Run each step for this long, 1ms to 24h (default: 30s).")
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
  private List<Operation> operations;

  @Option(
      names = "--upload-method",
      paramLabel = "METHOD",
      defaultValue = "resumable",
      converter = ProbeConverters.UploadMethodConverter.class,
      description = "simple, resumable or parallel-composite (default: ${DEFAULT-VALUE}).")
  private UploadMethod uploadMethod;

  @Option(
      names = "--deadline",
      paramLabel = "DURATION",
      converter = ProbeConverters.DeadlineConverter.class,
      description =
          "Bound on the whole run, cleanup included, at most 30d (default: twice the planned"
              + " step time plus 5min; 6h with --bytes).")
  private TimeSpan deadline;

  @Option(
      names = "--seed",
      paramLabel = "N",
      converter = OptionRanges.Seed.class,
      defaultValue = "1",
      description = "Seed of the random payload (default: ${DEFAULT-VALUE}).")
  private long seed;

  /** The stream counts, each once, in the order given. */
  List<Integer> streams() {
    return List.copyOf(new LinkedHashSet<>(streams));
  }

  /** The object sizes, each once, in the order given. */
  List<DataSize> objectSizes() {
    return List.copyOf(new LinkedHashSet<>(objectSizes));
  }

  /** The operations, each once, in the order given. */
  List<Operation> operations() {
    return List.copyOf(new LinkedHashSet<>(operations));
  }

  UploadMethod uploadMethod() {
    return uploadMethod;
  }

  long seed() {
    return seed;
  }

  /**
   * Each step's budget: {@code --duration}, {@code --bytes} or 30 s. A byte budget that would leave
   * streams idle is refused ({@link #refuseIdleStreams}).
   */
  StepBudget budget() {
    StepBudget stepBudget =
        budget == null || (budget.duration == null && budget.bytes == null)
            ? StepBudget.ofDuration(DEFAULT_DURATION)
            : budget.duration != null
                ? StepBudget.ofDuration(budget.duration)
                : StepBudget.ofBytes(budget.bytes);
    refuseIdleStreams(stepBudget, streams(), objectSizes());
    return stepBudget;
  }

  /** The number of steps: sizes × operations × stream counts. */
  int stepCount() {
    return streams().size() * objectSizes().size() * operations().size();
  }

  /**
   * The bound on the whole run: {@code --deadline}, else twice the planned step time plus {@link
   * #DEADLINE_MARGIN}, or {@link #BYTE_BUDGET_DEADLINE} with a byte budget. A fleet worker's timed
   * steps take a slot each ({@link FleetWorker#slotSeconds}): its default is at least the slots
   * plus the margin.
   */
  TimeSpan deadline(boolean fleet) {
    if (deadline != null) {
      return deadline;
    }
    StepBudget stepBudget = budget();
    if (!stepBudget.isTimed()) {
      return BYTE_BUDGET_DEADLINE;
    }
    double planned = 2.0 * stepBudget.duration().seconds() * stepCount();
    if (fleet) {
      planned = Math.max(planned, FleetWorker.slotSeconds(stepBudget) * stepCount());
    }
    TimeSpan derived = TimeSpan.ofSeconds(planned).plus(DEADLINE_MARGIN);
    if (derived.seconds() > ProbeConverters.DeadlineConverter.LONGEST.seconds()) {
      throw new ParameterException(
          mixee.commandLine(),
          stepCount()
              + " steps of "
              + Figures.duration(stepBudget.duration().seconds())
              + " give a default deadline of "
              + Figures.duration(derived.seconds())
              + " (twice the steps' time plus 5min), longer than the 30d a run may last: give"
              + " fewer steps, a shorter --duration, or --deadline");
    }
    return derived;
  }

  /**
   * These options as a probe's command line, each given explicitly (defaults too), in forms the
   * converters read back exactly: sizes in whole bytes of their largest binary unit ("8MiB",
   * "1536KiB", "1000B"), durations in milliseconds or seconds.
   */
  List<String> asArguments() {
    List<String> args = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    streams().forEach(n -> counts.add(Integer.toString(n)));
    args.add("--streams");
    args.add(String.join(",", counts));
    List<String> sizes = new ArrayList<>();
    objectSizes().forEach(size -> sizes.add(size(size.bytes())));
    args.add("--object-size");
    args.add(String.join(",", sizes));
    StepBudget stepBudget = budget();
    if (stepBudget.isTimed()) {
      args.add("--duration");
      args.add(duration(stepBudget.duration()));
    } else {
      args.add("--bytes");
      args.add(size(stepBudget.bytes().bytes()));
    }
    List<String> names = new ArrayList<>();
    operations().forEach(operation -> names.add(operation.label()));
    args.add("--operations");
    args.add(String.join(",", names));
    args.add("--upload-method");
    args.add(uploadMethod.label());
    args.add("--deadline");
    args.add(duration(deadline(true)));
    args.add("--seed");
    args.add(Long.toString(seed));
    return args;
  }

  /** Whole bytes in the largest binary unit that keeps them whole: "8MiB", "1000B". */
  static String size(double bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    long value = (long) bytes;
    int unit = 0;
    while (unit < units.length - 1 && value % 1024 == 0 && value > 0) {
      value /= 1024;
      unit++;
    }
    return value + units[unit];
  }

  /** A duration in whole milliseconds, or whole seconds when it is: "30s", "1500ms". */
  static String duration(TimeSpan span) {
    long millis = Math.round(span.seconds() * 1000);
    return millis % 1000 == 0
        ? String.format(Locale.ROOT, "%ds", millis / 1000)
        : String.format(Locale.ROOT, "%dms", millis);
  }

  /**
   * A byte budget gives each step budget / object size objects (rounded up); a step with more
   * streams than that leaves streams idle and measures fewer streams than it names. Refused here,
   * before anything runs, naming the first such step, the bytes it needs (one object per stream)
   * and the bytes every step needs.
   */
  private void refuseIdleStreams(StepBudget budget, List<Integer> streams, List<DataSize> sizes) {
    if (budget.isTimed()) {
      return;
    }
    int most = Collections.max(streams);
    double needed = 0;
    String first = null;
    for (DataSize size : sizes) {
      needed = Math.max(needed, most * size.bytes());
      long objects = budget.objectCount(size);
      if (first == null && objects < most) {
        first =
            "--bytes "
                + Figures.size(budget.bytes().bytes())
                + " gives each step "
                + objects
                + (objects == 1 ? " object" : " objects")
                + " of "
                + Figures.size(size.bytes())
                + ", fewer than the "
                + most
                + " streams of the steps at "
                + Figures.size(size.bytes())
                + " x "
                + most
                + " streams: streams would sit idle and the step would measure fewer streams than"
                + " it names. That step needs --bytes of at least "
                + Figures.size(most * size.bytes())
                + " ("
                + most
                + " x "
                + Figures.size(size.bytes())
                + ")";
      }
    }
    if (first != null) {
      throw new ParameterException(
          mixee.commandLine(),
          first
              + "; every step needs at least "
              + Figures.size(needed)
              + ". Give --bytes "
              + Figures.size(needed)
              + " or more, fewer --streams, or --duration.");
    }
  }
}
