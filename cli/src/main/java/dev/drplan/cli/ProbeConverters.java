package dev.drplan.cli;

import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.GcsNames;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.scenario.Suggestions;
import dev.drplan.units.DataSize;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed converters for the probe's options. Each error says the form expected and the value
 * received, e.g. {@code expected a size like "64MiB" or "1GB", found "64 mb"}.
 *
 * <p>Sizes and durations are read by {@link QuantityParser}, the scenario format's one unit reader
 * (docs/scenario-format.md); a number without its unit is refused.
 */
final class ProbeConverters {

  private ProbeConverters() {}

  public static final String SIZE_FORM = "a size like \"64MiB\" or \"1GB\"";
  public static final String DURATION_FORM =
      "a duration like \"30s\", \"500ms\", \"2min\" or \"1h\"";
  public static final String STREAMS_FORM = "a stream count from 1 to " + StreamsConverter.MAX;

  /** GCS's largest object, 5 TiB (https://cloud.google.com/storage/quotas). */
  static final DataSize LARGEST_OBJECT = DataSize.ofTebibytes(5);

  private static TypeConversionException expected(String form, String found) {
    return new TypeConversionException(
        "expected " + form + ", found " + (found == null ? "nothing" : "\"" + found + "\""));
  }

  /**
   * The value read by the scenario format's unit reader, its error put in the option's words: a
   * number too large for the reader ({@code 1e300PB}) in {@code ranged}, the option's range.
   */
  private static <T> T read(String text, Function<String, T> reader, String form, String ranged) {
    try {
      return reader.apply(text);
    } catch (QuantityFormatException e) {
      if (e.isTooLarge()) {
        throw new TypeConversionException(
            "expected " + ranged + ", found \"" + text + "\" (too large)");
      }
      throw expected(form, text);
    }
  }

  /** An object size or byte budget: whole bytes, at least 1 B, at most 5 TiB. */
  public static final class SizeConverter implements ITypeConverter<DataSize> {
    @Override
    public DataSize convert(String text) {
      String ranged = SIZE_FORM + " of whole bytes from 1B to 5TiB";
      double bytes = read(text, QuantityParser::size, SIZE_FORM, ranged).bytes();
      if (bytes < 1 || bytes != Math.rint(bytes) || bytes > LARGEST_OBJECT.bytes()) {
        throw expected(ranged, text);
      }
      return DataSize.ofBytes(bytes);
    }
  }

  /**
   * A step's {@code --duration}: 1 ms to 24 h. The upper end keeps every deadline the probe derives
   * from it (twice the steps' time plus 5 min) within what its nanosecond clock holds; a step
   * longer than a day measures nothing a shorter one would not.
   */
  public static final class DurationConverter implements ITypeConverter<TimeSpan> {
    static final TimeSpan LONGEST = TimeSpan.ofHours(24);

    @Override
    public TimeSpan convert(String text) {
      return within(text, TimeSpan.ofSeconds(0.001), LONGEST, "from 1ms to 24h");
    }
  }

  /** The run's {@code --deadline}: 1 ms to 30 days. */
  public static final class DeadlineConverter implements ITypeConverter<TimeSpan> {
    static final TimeSpan LONGEST = TimeSpan.ofDays(30);

    @Override
    public TimeSpan convert(String text) {
      return within(text, TimeSpan.ofSeconds(0.001), LONGEST, "from 1ms to 30d");
    }
  }

  private static TimeSpan within(String text, TimeSpan shortest, TimeSpan longest, String range) {
    String ranged = "a duration " + range + ", like \"30s\"";
    double seconds = read(text, QuantityParser::duration, DURATION_FORM, ranged).seconds();
    if (!(seconds >= shortest.seconds() && seconds <= longest.seconds())) {
      throw expected(ranged, text);
    }
    return TimeSpan.ofSeconds(seconds);
  }

  /** A number of parallel streams. */
  public static final class StreamsConverter implements ITypeConverter<Integer> {
    static final int MAX = 1024;

    @Override
    public Integer convert(String text) {
      String trimmed = text == null ? "" : text.trim();
      if (!trimmed.matches("[0-9]{1,5}")) {
        throw expected(STREAMS_FORM, text);
      }
      int streams = Integer.parseInt(trimmed);
      if (streams < 1 || streams > MAX) {
        throw expected(STREAMS_FORM, text);
      }
      return streams;
    }
  }

  /** {@code write} or {@code read}. */
  public static final class OperationConverter implements ITypeConverter<Operation> {
    @Override
    public Operation convert(String text) {
      Operation operation = Operation.fromLabel(text == null ? null : text.trim());
      if (operation == null) {
        throw expected("an operation, write or read", text);
      }
      return operation;
    }
  }

  /** {@code simple}, {@code resumable} or {@code parallel-composite}. */
  public static final class UploadMethodConverter implements ITypeConverter<UploadMethod> {
    @Override
    public UploadMethod convert(String text) {
      UploadMethod method = UploadMethod.fromLabel(text == null ? null : text.trim());
      if (method == null) {
        throw expected("an upload method, simple, resumable or parallel-composite", text);
      }
      return method;
    }
  }

  /** {@code gs://BUCKET/PREFIX}. */
  public static final class LocationConverter implements ITypeConverter<GcsLocation> {
    /**
     * The probe's own commands, which take the place of the location: a slip of one of them
     * ("merg") is suggested rather than read as a bucket.
     */
    static final List<String> COMMANDS = List.of("plan-fleet", "merge");

    @Override
    public GcsLocation convert(String text) {
      String problem = GcsLocation.problem(text);
      if (problem != null) {
        String command =
            text == null || text.contains("/") ? null : Suggestions.closest(text, COMMANDS);
        throw new TypeConversionException(
            "expected "
                + GcsLocation.FORM
                + ", found "
                + (text == null ? "nothing" : "\"" + GcsNames.printable(text) + "\"")
                + ": "
                + problem
                + (command == null ? "" : "; did you mean the command 'probe " + command + "'?"));
      }
      return GcsLocation.parseOrNull(text);
    }
  }

  /** A fleet run id ({@link FleetWorker#runIdProblem}). */
  public static final class FleetRunConverter implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      String problem = FleetWorker.runIdProblem(text);
      if (problem != null) {
        throw new TypeConversionException(
            "expected "
                + FleetWorker.RUN_ID_FORM
                + ", found "
                + (text == null ? "nothing" : "\"" + GcsNames.printable(text) + "\"")
                + ": "
                + problem);
      }
      return text;
    }
  }

  /** A time: an ISO-8601 instant in UTC, {@code 2026-11-25T17:00:00Z}. */
  public static final class InstantConverter implements ITypeConverter<java.time.Instant> {
    @Override
    public java.time.Instant convert(String text) {
      java.time.Instant instant = FleetWorker.instantOrNull(text);
      if (instant == null) {
        throw expected("a time like \"2026-11-25T17:00:00Z\" (ISO-8601, UTC)", text);
      }
      return instant;
    }
  }

  /** An emulator endpoint: {@code http://host:port} or {@code host:port}. */
  public static final class EndpointConverter implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      String url = ProbeStorageOptions.normaliseOrNull(text);
      if (url == null) {
        throw expected("an endpoint like \"http://127.0.0.1:4443\" or \"127.0.0.1:4443\"", text);
      }
      return url;
    }
  }
}
