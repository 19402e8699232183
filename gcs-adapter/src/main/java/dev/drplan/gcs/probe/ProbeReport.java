package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.drplan.model.MeasuredStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one probe run recorded: the settings, every step, the scalability fits and what
 * cleanup did. Written as JSON (snake-case keys whose names carry units; schema in
 * gcs-adapter/README.md) and read back by {@link #read(Path)}, which is what {@code drplan
 * validate} uses to compare a scenario's {@code copy_engine} with measured streams.
 *
 * @param schema {@value #SCHEMA}; a reader also reads {@value #SCHEMA_1} (without the fleet, the
 *     plan, the clock, absolute times and latency histograms) and refuses others
 * @param fleet the fleet run this report is one worker of; {@code null} (and absent from the JSON)
 *     for a probe on its own
 * @param plan the steps the run was asked for (every step, finished or not); {@code null} in
 *     drplan-probe/1 reports
 * @param clock the worker's clock against the server's before and after the steps ({@code null} in
 *     drplan-probe/1 reports)
 * @param outcome how the run ended (written as {@code completed}, {@code deadline_exceeded}, {@code
 *     interrupted} or {@code failed})
 * @param stepDurationSeconds the time budget of each step, or {@code null} for a byte budget
 * @param stepBytes the byte budget of each step, or {@code null} for a time budget
 */
public record ProbeReport(
    String schema,
    String runId,
    String startedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) FleetWorker fleet,
    String endpoint,
    boolean emulator,
    String bucket,
    String prefix,
    String runFolder,
    String uploadMethod,
    long seed,
    @JsonInclude(JsonInclude.Include.NON_NULL) Plan plan,
    Double stepDurationSeconds,
    Double stepBytes,
    double deadlineSeconds,
    double wallSeconds,
    Outcome outcome,
    String outcomeMessage,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) Clock clock,
    List<StepResult> steps,
    List<Scalability> scalability,
    Cleanup cleanup)
    implements Measurement {

  public static final String SCHEMA = "drplan-probe/2";

  /** The first schema, still read: no fleet, plan, clock, absolute times or histograms. */
  public static final String SCHEMA_1 = "drplan-probe/1";

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(
              new SimpleModule()
                  .addSerializer(Double.class, new MachineNumberSerializer())
                  .addSerializer(double.class, new MachineNumberSerializer()))
          .build();

  public ProbeReport {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    steps = steps == null ? List.of() : List.copyOf(steps);
    scalability = scalability == null ? List.of() : List.copyOf(scalability);
  }

  /**
   * The steps a run was asked for: for each object size, each operation, each stream count.
   *
   * @param operations written as {@code write} and {@code read}
   */
  public record Plan(
      List<Integer> streams, List<Double> objectSizesBytes, List<Operation> operations) {
    public Plan {
      streams = List.copyOf(streams);
      objectSizesBytes = List.copyOf(objectSizesBytes);
      operations = List.copyOf(operations);
    }
  }

  /**
   * The worker's clock against the server's ({@link ClockSkew}): estimated from the server's
   * answers before the first step ({@code start}) and after the last ({@code end}); either is
   * {@code null} when no answer carried a date then.
   */
  public record Clock(ClockSkew.Estimate start, ClockSkew.Estimate end) {}

  /**
   * The Universal Scalability Law fit for one operation and object size (see {@link UslFit}).
   *
   * @param status how the fit ended (written as {@code fitted}, {@code not_enough_points} or {@code
   *     degenerate})
   * @param peakStreams {@code null} when the fitted curve has no peak
   */
  public record Scalability(
      Operation operation,
      double objectSizeBytes,
      UslFit.Status status,
      String message,
      Double lambdaBytesPerSecond,
      Double sigma,
      Double kappa,
      Double rSquared,
      Integer peakStreams,
      Double peakThroughputBytesPerSecond) {

    static Scalability of(Operation operation, double objectSizeBytes, UslFit.Result fit) {
      return new Scalability(
          operation,
          objectSizeBytes,
          fit.status(),
          fit.message(),
          fit.lambdaBytesPerSecond(),
          fit.sigma(),
          fit.kappa(),
          fit.rSquared(),
          fit.peakStreams(),
          fit.peakThroughputBytesPerSecond());
    }
  }

  /**
   * What cleanup did.
   *
   * @param kept true when {@code --keep} left the objects in place
   * @param leftBehind names of objects cleanup could not remove: those a last listing of the run
   *     folder still showed, or, when it could not be listed, those the run created and could not
   *     delete
   * @param listedEmpty true only when a listing of the run folder after cleanup found nothing and
   *     no upload was still in flight: the one case in which the run's objects are known to be
   *     gone; {@code null} with {@code --keep}
   * @param uploadsInFlight uploads abandoned when the run stopped that had not ended when cleanup
   *     did: their objects may appear after the run
   */
  public record Cleanup(
      boolean kept,
      long deletedObjects,
      List<String> leftBehind,
      Boolean listedEmpty,
      long uploadsInFlight) {
    public Cleanup {
      leftBehind = leftBehind == null ? List.of() : List.copyOf(leftBehind);
    }
  }

  @JsonIgnore
  public boolean completed() {
    return outcome == Outcome.COMPLETED;
  }

  /** Every step as the engine reads a measurement ({@code drplan validate} holds plans to it). */
  @JsonIgnore
  public List<MeasuredStep> measuredSteps() {
    List<MeasuredStep> measured = new ArrayList<>();
    for (StepResult step : steps) {
      measured.add(
          new MeasuredStep(
              step.operation() == Operation.WRITE
                  ? MeasuredStep.Operation.WRITE
                  : MeasuredStep.Operation.READ,
              step.objectSize(),
              step.streams(),
              step.objects(),
              step.streamsThatRan(),
              step.aggregateThroughput()));
    }
    return measured;
  }

  @JsonIgnore
  @Override
  public List<MeasuredStep> measuredPerHost() {
    return measuredSteps();
  }

  /** One host: a probe measures the host it runs on. */
  @JsonIgnore
  @Override
  public int hostsMeasured() {
    return 1;
  }

  @JsonIgnore
  @Override
  public String outcomeLabel() {
    return outcome.label();
  }

  /** The report as JSON text. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + System.lineSeparator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as JSON to {@code file}. */
  public void write(Path file) throws IOException {
    Files.writeString(file, toJson());
  }

  /**
   * Reads a report written by {@link #write}, refusing anything the probe would not have written
   * (see {@link ProbeReportReader}).
   *
   * @throws ProbeReportReader.InvalidReportException naming the file, line, column and key
   */
  public static ProbeReport read(Path file) throws IOException {
    return ProbeReportReader.read(file);
  }

  /** Reads a report from JSON text, as strictly as {@link #read}. */
  public static ProbeReport parse(String json) throws IOException {
    return ProbeReportReader.parse(json, "probe report");
  }
}
