package dev.drplan.gcs.probe;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * What one probe run does: where, how many streams, which object sizes, how long each step runs,
 * which operations, how objects are uploaded, and what to do with them afterwards.
 *
 * @param emulator true for an emulator endpoint: no request-rate ramp guard applies
 * @param deadline bounds the whole run, cleanup included (for a fleet worker, from the common
 *     start)
 * @param fleet the fleet run this probe is one worker of, or {@code null} for a probe on its own
 */
public record ProbeSettings(
    GcsLocation location,
    List<Integer> streams,
    List<DataSize> objectSizes,
    StepBudget budget,
    List<Operation> operations,
    UploadMethod uploadMethod,
    boolean keep,
    boolean allowNonempty,
    TimeSpan deadline,
    long seed,
    String endpoint,
    boolean emulator,
    FleetWorker fleet) {

  public ProbeSettings {
    streams = List.copyOf(streams);
    objectSizes = List.copyOf(objectSizes);
    operations = List.copyOf(operations);
    if (streams.isEmpty() || objectSizes.isEmpty() || operations.isEmpty()) {
      throw new IllegalArgumentException("streams, object sizes and operations must not be empty");
    }
  }

  /** The run's steps as its report records them. */
  public ProbeReport.Plan plan() {
    List<Double> sizes = new java.util.ArrayList<>();
    objectSizes.forEach(size -> sizes.add(size.bytes()));
    return new ProbeReport.Plan(streams, sizes, operations);
  }

  /** Steps in run order: for each object size, each operation, each stream count. */
  public int stepCount() {
    return streams.size() * objectSizes.size() * operations.size();
  }
}
