package dev.drplan.load.profile;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.scenario.ProfileFile;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A scenario's change-profile file (docs/scenario-format.md, "change_profile"): where it is, and
 * its profile read by the reader of its format.
 */
public final class ProfileFiles {
  private ProfileFiles() {}

  /**
   * Where {@code path}, as a scenario written as {@code scenarioSource} names it, is: relative to
   * the scenario file's directory unless absolute. The result reads as the user would write it from
   * where drplan runs ({@code scenarios/x.yaml} and {@code profiles/a.csv} give {@code
   * scenarios/profiles/a.csv}; {@code ../p/a.csv} gives {@code p/a.csv}).
   *
   * @throws ProfileFormatException if {@code path} is not a path at all
   */
  public static Path resolve(String scenarioSource, String path) {
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException notAPath) {
      throw new ProfileFormatException(path, 0, 0, "a file path", "text that is not one");
    }
    if (file.isAbsolute()) {
      return file;
    }
    try {
      return Path.of(scenarioSource).resolveSibling(file).normalize();
    } catch (InvalidPathException sourceNotAPath) {
      return file;
    }
  }

  /**
   * The profile of {@code spec}, read from {@code file} as its format, step and gap rule say.
   *
   * @throws ProfileFormatException if the file cannot be opened or is not a valid profile
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static ChangeProfile read(ProfileFile spec, Path file) {
    if (spec.format() == ProfileFile.Format.CSV) {
      return CsvProfileReader.read(file, spec.step(), spec.gaps());
    }
    return PrometheusProfileReader.read(file, spec.values(), spec.step(), spec.gaps());
  }
}
