package dev.drplan.gcs.probe;

import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * What one probe run does: where, how many streams, which object sizes, how long each step runs,
 * which operations, how objects are uploaded, and what to do with them afterwards.
 *
 * @param emulator true for an emulator endpoint: no request-rate ramp guard applies
 * @param deadline bounds the whole run, cleanup included
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
    boolean emulator) {

  public ProbeSettings {
    streams = List.copyOf(streams);
    objectSizes = List.copyOf(objectSizes);
    operations = List.copyOf(operations);
    if (streams.isEmpty() || objectSizes.isEmpty() || operations.isEmpty()) {
      throw new IllegalArgumentException("streams, object sizes and operations must not be empty");
    }
  }

  /** Steps in run order: for each object size, each operation, each stream count. */
  public int stepCount() {
    return streams.size() * objectSizes.size() * operations.size();
  }
}
