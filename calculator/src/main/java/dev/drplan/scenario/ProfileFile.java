package dev.drplan.scenario;

import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * A measured change profile's file as the scenario names it (docs/scenario-format.md,
 * "change_profile"): where it is, what format it has, and how to read it. The loader reads it; the
 * engine never opens a file.
 *
 * @param path the file as written in the scenario, relative to the scenario file unless absolute
 * @param format CSV (timestamps and amounts, the unit in the header) or a Prometheus range query's
 *     JSON
 * @param values what a Prometheus file's values are; {@code null} for a CSV, whose header says
 * @param step the interval length, when the scenario states it; {@code null} when it is learnt from
 *     the spacing of the first two rows
 * @param gaps what a missing interval is: an error, or a time in which nothing was written
 */
public record ProfileFile(
    String path, Format format, PrometheusValues values, TimeSpan step, GapPolicy gaps) {

  /** The formats a profile file may have. */
  public enum Format {
    /** A CSV: {@code timestamp,changed_UNIT}, one row per interval. */
    CSV("csv"),
    /** The JSON a Prometheus server returns for {@code /api/v1/query_range}. */
    PROMETHEUS("prometheus");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    /** The word the scenario writes: {@code csv}, {@code prometheus}. */
    public String id() {
      return id;
    }
  }

  public ProfileFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(gaps, "gaps");
    if (path.isBlank()) {
      throw new IllegalArgumentException("the profile file's path is empty");
    }
    if ((format == Format.PROMETHEUS) != (values != null)) {
      throw new IllegalArgumentException(
          format == Format.PROMETHEUS
              ? "a Prometheus profile needs its values stated: rate or per-step"
              : "a CSV profile states its unit in its header, not in values");
    }
  }
}
