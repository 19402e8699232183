package dev.drplan.scenario;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.units.DataSize;
import java.util.Objects;

/**
 * Where a scenario's change profile comes from (docs/scenario-format.md, "change_profile"): a
 * measured file, read by the loader, or a synthetic shape around the scenario's average change
 * rate. The backlog replay of docs/model.md §5 ("The backlog") uses it; a scenario without one has
 * none.
 *
 * @param file the measured profile's file; {@code null} for a synthetic profile
 * @param measured the file's profile as read, on its own clock and at the size it was measured at;
 *     {@code null} for a synthetic profile, and until the loader has read the file
 * @param synthetic the synthetic shape; {@code null} for a measured profile
 * @param measuredSize the logical size the data had when the file's profile was measured (its
 *     amounts are scaled from it, §1); {@code null} for a synthetic profile, which is generated at
 *     the size of the time it is replayed
 */
public record ChangeProfileSpec(
    ProfileFile file, ChangeProfile measured, SyntheticShape synthetic, DataSize measuredSize) {

  public ChangeProfileSpec {
    if ((file == null) == (synthetic == null)) {
      throw new IllegalArgumentException(
          "a change profile is either a file (a measured profile) or synthetic, exactly one");
    }
    if (file != null) {
      Objects.requireNonNull(measuredSize, "measuredSize");
      if (measuredSize.isZero()) {
        throw new IllegalArgumentException("measured_size must be above zero");
      }
    } else if (measured != null || measuredSize != null) {
      throw new IllegalArgumentException(
          "a synthetic profile has no file data and no measured size");
    }
  }

  /** A measured profile's file, not read yet. */
  public static ChangeProfileSpec ofFile(ProfileFile file, DataSize measuredSize) {
    return new ChangeProfileSpec(Objects.requireNonNull(file, "file"), null, null, measuredSize);
  }

  /** A synthetic profile of {@code shape}. */
  public static ChangeProfileSpec synthetic(SyntheticShape shape) {
    return new ChangeProfileSpec(null, null, Objects.requireNonNull(shape, "shape"), null);
  }

  /** Whether the profile was measured (a file), not synthetic. */
  public boolean isMeasured() {
    return file != null;
  }

  /** The same file with its profile as read. */
  public ChangeProfileSpec withMeasured(ChangeProfile profile) {
    if (file == null) {
      throw new IllegalStateException("a synthetic profile has no file to have read");
    }
    return new ChangeProfileSpec(
        file, Objects.requireNonNull(profile, "profile"), null, measuredSize);
  }
}
