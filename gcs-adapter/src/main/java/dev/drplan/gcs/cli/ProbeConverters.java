package dev.drplan.gcs.cli;

import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed converters for the probe's options. Each error says the form expected and the value
 * received, e.g. {@code expected a size like "64MiB" or "1GB", found "64 mb"}.
 *
 * <p>Sizes and durations use the spellings of the scenario format (spec/scenario-format.md) and the
 * factors of {@link DataSize} and {@link TimeSpan}; a number without its unit is refused.
 */
public final class ProbeConverters {

  private ProbeConverters() {}

  public static final String SIZE_FORM = "a size like \"64MiB\" or \"1GB\"";
  public static final String DURATION_FORM = "a duration like \"30s\", \"500ms\", \"2min\" or \"1h\"";
  public static final String STREAMS_FORM = "a stream count from 1 to " + StreamsConverter.MAX;

  /** GCS's largest object (reference/gcs.md §3.2). */
  static final DataSize LARGEST_OBJECT = DataSize.ofTebibytes(5);

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]+)\\s*");

  private static final Map<String, Double> SIZE_FACTORS = new LinkedHashMap<>();
  private static final Map<String, Double> DURATION_FACTORS = new LinkedHashMap<>();

  static {
    SIZE_FACTORS.put("B", 1.0);
    SIZE_FACTORS.put("kB", DataSize.KB);
    SIZE_FACTORS.put("KB", DataSize.KB);
    SIZE_FACTORS.put("MB", DataSize.MB);
    SIZE_FACTORS.put("GB", DataSize.GB);
    SIZE_FACTORS.put("TB", DataSize.TB);
    SIZE_FACTORS.put("KiB", DataSize.KIB);
    SIZE_FACTORS.put("MiB", DataSize.MIB);
    SIZE_FACTORS.put("GiB", DataSize.GIB);
    SIZE_FACTORS.put("TiB", DataSize.TIB);

    DURATION_FACTORS.put("ms", 1e-3);
    DURATION_FACTORS.put("s", 1.0);
    DURATION_FACTORS.put("min", TimeSpan.SECONDS_PER_MINUTE);
    DURATION_FACTORS.put("h", TimeSpan.SECONDS_PER_HOUR);
  }

  private static TypeConversionException expected(String form, String found) {
    return new TypeConversionException(
        "expected " + form + ", found " + (found == null ? "nothing" : "\"" + found + "\""));
  }

  private static double withUnit(String text, Map<String, Double> factors, String form) {
    Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text);
    if (!m.matches() || !factors.containsKey(m.group(2))) {
      throw expected(form, text);
    }
    return Double.parseDouble(m.group(1)) * factors.get(m.group(2));
  }

  /** An object size or byte budget: whole bytes, at least 1 B, at most 5 TiB. */
  public static final class SizeConverter implements ITypeConverter<DataSize> {
    @Override
    public DataSize convert(String text) {
      double bytes = withUnit(text, SIZE_FACTORS, SIZE_FORM);
      if (bytes < 1 || bytes != Math.rint(bytes) || bytes > LARGEST_OBJECT.bytes()) {
        throw expected(SIZE_FORM + " of whole bytes from 1B to 5TiB", text);
      }
      return DataSize.ofBytes(bytes);
    }
  }

  /** A positive duration. */
  public static final class DurationConverter implements ITypeConverter<TimeSpan> {
    @Override
    public TimeSpan convert(String text) {
      double seconds = withUnit(text, DURATION_FACTORS, DURATION_FORM);
      if (!(seconds > 0)) {
        throw expected("a positive duration like \"30s\"", text);
      }
      return TimeSpan.ofSeconds(seconds);
    }
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
    @Override
    public GcsLocation convert(String text) {
      GcsLocation location = GcsLocation.parseOrNull(text);
      if (location == null) {
        throw expected(GcsLocation.FORM, text);
      }
      return location;
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

  /** The output format. */
  public enum Format {
    TABLE,
    JSON
  }

  /** {@code table} or {@code json}. */
  public static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String text) {
      if ("table".equals(text)) {
        return Format.TABLE;
      }
      if ("json".equals(text)) {
        return Format.JSON;
      }
      throw expected("a format, table or json", text);
    }
  }
}
