package dev.drplan.gcs.probe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a {@code probe.json} as strictly as the probe writes it, so that a damaged or hand-edited
 * file is refused with the key and what was expected, never read into figures that cannot exist.
 *
 * <p>Checked before anything is read into the report: the file (a regular file, not empty, at most
 * {@link #MAX_BYTES}, UTF-8), the JSON (well formed, no duplicate keys, an object), the schema
 * ({@value ProbeReport#SCHEMA}, or the first, {@value ProbeReport#SCHEMA_1}), and every figure
 * {@code drplan validate} and {@code drplan probe merge} use: each step's operation, object size
 * (whole bytes from 1 B to 5 TiB), streams (a whole number from 1 to 1,024), counts (whole, not
 * negative; active streams at most the streams) and rates and times (finite, not negative); in the
 * second schema also the plan, the fleet (a run id, an index below the size, a start time), each
 * step's start and each second's start and length, and the latency histogram's buckets and counts.
 * Every refusal is one line, {@code FILE:LINE:COLUMN: error: KEY: expected ..., found ...}.
 */
public final class ProbeReportReader {

  /** The largest file read: a six-hour run with a second-by-second series is a few megabytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** GCS's largest object (and the probe's largest object size). */
  static final double LARGEST_OBJECT_BYTES = 5.0 * 1024 * 1024 * 1024 * 1024;

  /** The probe's largest stream count. */
  static final int MOST_STREAMS = 1024;

  /** The largest throughput a report may hold, in bytes per second (1 PB/s). */
  static final double MOST_RATE = 1e15;

  /**
   * The smallest throughput a step that completed objects may hold, in bytes per second (1 B/s).
   * Such a step moved bytes, so its throughput is above 0; below 1 B/s it is no measurement of a
   * copy engine, and validate's figures drawn from it (a recovery time of up to 100 EB over it, how
   * far a plan is above it) would leave every finite, printable number.
   */
  static final double LEAST_RATE_OF_A_STEP_THAT_MOVED = 1;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ProbeReportReader() {}

  /** A file that is not a usable probe report; the message is the whole line to print. */
  public static final class InvalidReportException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidReportException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads {@code file}, refusing anything the probe would not have written. */
  public static ProbeReport read(Path file) throws IOException {
    return parse(text(file), file.toString());
  }

  /**
   * Reads {@code file} as what {@code drplan validate} holds a plan to: a probe report ({@link
   * ProbeReport}, one host) or a merged fleet report ({@link FleetReport}, {@value
   * FleetReport#SCHEMA}), as strictly as {@link #read}.
   */
  public static Measurement readMeasurement(Path file) throws IOException {
    String name = file.toString();
    String text = text(file);
    Map<String, JsonLocation> where = new HashMap<>();
    JsonNode root = tree(text, name, where);
    JsonNode schema = root.isObject() ? root.get("schema") : null;
    if (schema != null && schema.isTextual() && FleetReport.SCHEMA.equals(schema.textValue())) {
      new Checks(name, where).fleetReport(root);
      return bind(root, FleetReport.class, name, where);
    }
    Checks checks = new Checks(name, where);
    checks.alsoFleet = true;
    checks.report(root);
    return bind(root, ProbeReport.class, name, where);
  }

  /** The text of {@code file}: a regular UTF-8 file, not empty, at most {@link #MAX_BYTES}. */
  private static String text(Path file) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw refused(
          name,
          "is a directory, not a probe report (a probe.json written by drplan probe" + " --out)");
    }
    if (!Files.exists(file)) {
      throw refused(name, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw refused(name, "is not a regular file (a device or a pipe), not a probe report");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw refused(
          name,
          "is larger than "
              + MAX_BYTES / (1024 * 1024)
              + " MiB; a probe report is a few megabytes at most");
    }
    if (bytes.length == 0) {
      throw refused(name, "is empty, not a probe report");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notText) {
      throw refused(name, "is not UTF-8 text, not a probe report");
    }
    return text;
  }

  /** Reads a report from {@code text}; {@code name} is what messages call it. */
  public static ProbeReport parse(String text, String name) throws InvalidReportException {
    Map<String, JsonLocation> where = new HashMap<>();
    JsonNode root = tree(text, name, where);
    new Checks(name, where).report(root);
    return bind(root, ProbeReport.class, name, where);
  }

  /** The JSON tree of {@code text}, each value's place recorded in {@code where}. */
  private static JsonNode tree(String text, String name, Map<String, JsonLocation> where)
      throws InvalidReportException {
    JsonNode root;
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw refused(name, "is empty, not a probe report");
      }
      root = read(parser, "", where);
      if (parser.nextToken() != null) {
        throw located(name, parser.currentTokenLocation(), "more JSON after the report's end");
      }
    } catch (InvalidReportException invalid) {
      throw invalid;
    } catch (JsonProcessingException malformed) {
      JsonLocation at = malformed.getLocation();
      throw new InvalidReportException(
          name
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": error: not valid JSON: "
              + jsonProblem(malformed.getOriginalMessage()),
          malformed);
    } catch (IOException unreadable) {
      throw new InvalidReportException(name + ": error: " + unreadable.getMessage(), unreadable);
    }
    return root;
  }

  /** {@code root} read into {@code type}; a value that does not fit is refused where it is. */
  private static <T> T bind(
      JsonNode root, Class<T> type, String name, Map<String, JsonLocation> where)
      throws InvalidReportException {
    try {
      return ProbeReport.JSON.treeToValue(root, type);
    } catch (JsonMappingException unfit) {
      String key = path(unfit);
      JsonNode found = key.isEmpty() ? null : root.at(pointer(key));
      String what =
          unfit instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
                  && found != null
                  && !found.isMissingNode()
              ? "expected "
                  + kindOf(
                      ((com.fasterxml.jackson.databind.exc.MismatchedInputException) unfit)
                          .getTargetType())
                  + ", found "
                  + shown(found)
              : firstLine(unfit.getOriginalMessage());
      throw located(
          name,
          where.getOrDefault(key, unfit.getLocation()),
          (key.isEmpty() ? "" : key + ": ") + what);
    } catch (JsonProcessingException unfit) {
      throw new InvalidReportException(name + ": error: " + firstLine(unfit.getMessage()), unfit);
    }
  }

  /** The tree of the value at the parser, each value's place recorded under its key path. */
  private static JsonNode read(JsonParser parser, String path, Map<String, JsonLocation> where)
      throws IOException {
    where.put(path, parser.currentTokenLocation());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.set(key, read(parser, path.isEmpty() ? key : path + "." + key, where));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser, path + "[" + index++ + "]", where));
        }
        return array;
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      default:
        return nodes.nullNode();
    }
  }

  /** The checks of what validate reads, with the file's name and every value's place. */
  private static final class Checks {
    private final String name;
    private final Map<String, JsonLocation> where;

    /** The report is of the second schema, with fleet, plan, clock and absolute times. */
    private boolean second;

    /** A merged fleet report would be read too (the messages name its schema). */
    private boolean alsoFleet;

    /** The first step of each operation, object size and stream count: its path. */
    private final Map<String, String> stepAt = new HashMap<>();

    Checks(String name, Map<String, JsonLocation> where) {
      this.name = name;
      this.where = where;
    }

    void report(JsonNode root) throws InvalidReportException {
      if (!root.isObject()) {
        throw wrong("", "a JSON object (a probe report)", root);
      }
      JsonNode schema = present(root, "", "schema", "\"" + ProbeReport.SCHEMA + "\"");
      boolean first = schema.isTextual() && ProbeReport.SCHEMA_1.equals(schema.textValue());
      if (!schema.isTextual() || !(first || ProbeReport.SCHEMA.equals(schema.textValue()))) {
        throw wrong(
            "schema",
            "\""
                + ProbeReport.SCHEMA
                + (alsoFleet ? "\", \"" : "\" or \"")
                + ProbeReport.SCHEMA_1
                + (alsoFleet ? "\" or \"" + FleetReport.SCHEMA : "")
                + "\" (a report of another schema or version is not read)",
            schema);
      }
      second = !first;
      text(root, "", "endpoint");
      JsonNode emulator = present(root, "", "emulator", "true or false");
      if (!emulator.isBoolean()) {
        throw wrong("emulator", "true or false", emulator);
      }
      JsonNode outcome = present(root, "", "outcome", "an outcome");
      if (!outcome.isTextual()
          || Labels.find(Outcome.values(), Outcome::label, outcome.textValue()) == null) {
        throw wrong("outcome", "completed, deadline_exceeded, interrupted or failed", outcome);
      }
      JsonNode warnings = root.get("warnings");
      if (warnings != null && !warnings.isNull()) {
        if (!warnings.isArray()) {
          throw wrong("warnings", "a list of strings", warnings);
        }
        for (int i = 0; i < warnings.size(); i++) {
          if (!warnings.get(i).isTextual()) {
            throw wrong("warnings[" + i + "]", "a string", warnings.get(i));
          }
        }
      }
      JsonNode steps = present(root, "", "steps", "a list of steps");
      if (!steps.isArray()) {
        throw wrong("steps", "a list of steps", steps);
      }
      for (int i = 0; i < steps.size(); i++) {
        step(steps.get(i), "steps[" + i + "]");
        once(steps.get(i), "steps[" + i + "]");
      }
      if (second) {
        plan(present(root, "", "plan", "the plan of steps"));
        JsonNode fleet = root.get("fleet");
        if (fleet != null && !fleet.isNull()) {
          fleet(fleet);
        }
      }
    }

    /** The figures of a merged fleet report that validate uses. */
    void fleetReport(JsonNode root) throws InvalidReportException {
      text(root, "", "endpoint");
      JsonNode emulator = present(root, "", "emulator", "true or false");
      if (!emulator.isBoolean()) {
        throw wrong("emulator", "true or false", emulator);
      }
      whole(root, "", "fleet_size", 1, FleetWorker.MAX_SIZE, "from 1 to " + FleetWorker.MAX_SIZE);
      JsonNode steps = present(root, "", "steps", "a list of steps");
      if (!steps.isArray()) {
        throw wrong("steps", "a list of steps", steps);
      }
      for (int i = 0; i < steps.size(); i++) {
        String path = "steps[" + i + "]";
        JsonNode step = steps.get(i);
        if (!step.isObject()) {
          throw wrong(path, "a step (a JSON object)", step);
        }
        JsonNode operation = present(step, path, "operation", "write or read");
        if (!operation.isTextual()
            || Labels.find(Operation.values(), Operation::label, operation.textValue()) == null) {
          throw wrong(path + ".operation", "write or read", operation);
        }
        whole(
            step, path, "object_size_bytes", 1, LARGEST_OBJECT_BYTES, "of bytes from 1 B to 5 TiB");
        whole(step, path, "streams", 1, MOST_STREAMS, "from 1 to 1,024");
        JsonNode workers = present(step, path, "workers", "a list of worker indexes");
        if (!workers.isArray() || workers.isEmpty()) {
          throw wrong(path + ".workers", "a list of worker indexes", workers);
        }
        for (int w = 0; w < workers.size(); w++) {
          whole(
              workers.get(w), path + ".workers[" + w + "]", 0, FleetWorker.MAX_SIZE - 1, "from 0");
        }
        double total =
            whole(
                step,
                path,
                "total_streams",
                1,
                MOST_STREAMS * (double) FleetWorker.MAX_SIZE,
                "of at least 1");
        whole(step, path, "active_streams", 0, total, "from 0 to the step's total streams");
        whole(step, path, "objects", 0, Long.MAX_VALUE, "of at least 0");
        JsonNode window = step.get("window");
        if (window != null && !window.isNull()) {
          if (!window.isObject()) {
            throw wrong(path + ".window", "the common window (a JSON object) or null", window);
          }
          for (String figure : new String[] {"seconds", "bytes"}) {
            notNegative(window, path + ".window", figure);
          }
          rate(window, path + ".window", "throughput_bytes_per_second", movedSomething(step));
        }
        once(step, path);
      }
    }

    /**
     * A probe measures each operation, object size and stream count once (its lists are
     * deduplicated), so a second step of the same three is not a report it wrote: two runs pasted
     * together, or an edited file. validate could not tell which of the two to hold a plan to.
     */
    private void once(JsonNode step, String path) throws InvalidReportException {
      String operation = step.get("operation").textValue();
      long size = step.get("object_size_bytes").asLong();
      long streams = step.get("streams").asLong();
      String first = stepAt.putIfAbsent(operation + " " + size + " " + streams, path);
      if (first != null) {
        throw located(
            name,
            where.get(path),
            path
                + ": expected each operation, object size and stream count once, as drplan probe"
                + " measures them, found a second "
                + operation
                + " step of "
                + size
                + "-byte objects on "
                + streams
                + " streams (the first is "
                + first
                + "); merge or remove one");
      }
    }

    private void plan(JsonNode plan) throws InvalidReportException {
      if (!plan.isObject()) {
        throw wrong("plan", "the plan of steps (a JSON object)", plan);
      }
      JsonNode streams = present(plan, "plan", "streams", "a list of stream counts");
      JsonNode sizes = present(plan, "plan", "object_sizes_bytes", "a list of object sizes");
      JsonNode operations = present(plan, "plan", "operations", "a list of operations");
      if (!streams.isArray() || streams.isEmpty()) {
        throw wrong("plan.streams", "a list of stream counts", streams);
      }
      if (!sizes.isArray() || sizes.isEmpty()) {
        throw wrong("plan.object_sizes_bytes", "a list of object sizes", sizes);
      }
      if (!operations.isArray() || operations.isEmpty()) {
        throw wrong("plan.operations", "a list of operations, write or read", operations);
      }
      for (int i = 0; i < streams.size(); i++) {
        whole(streams.get(i), "plan.streams[" + i + "]", 1, MOST_STREAMS, "from 1 to 1,024");
      }
      for (int i = 0; i < sizes.size(); i++) {
        whole(
            sizes.get(i),
            "plan.object_sizes_bytes[" + i + "]",
            1,
            LARGEST_OBJECT_BYTES,
            "of bytes from 1 B to 5 TiB");
      }
      for (int i = 0; i < operations.size(); i++) {
        JsonNode operation = operations.get(i);
        if (!operation.isTextual()
            || Labels.find(Operation.values(), Operation::label, operation.textValue()) == null) {
          throw wrong("plan.operations[" + i + "]", "write or read", operation);
        }
      }
    }

    private void fleet(JsonNode fleet) throws InvalidReportException {
      if (!fleet.isObject()) {
        throw wrong("fleet", "the fleet run (a JSON object) or null", fleet);
      }
      JsonNode runId = present(fleet, "fleet", "run_id", FleetWorker.RUN_ID_FORM);
      if (!runId.isTextual() || FleetWorker.runIdProblem(runId.textValue()) != null) {
        throw wrong("fleet.run_id", FleetWorker.RUN_ID_FORM, runId);
      }
      double size =
          whole(
              fleet, "fleet", "size", 1, FleetWorker.MAX_SIZE, "from 1 to " + FleetWorker.MAX_SIZE);
      whole(fleet, "fleet", "index", 0, size - 1, "from 0 to the fleet's size less one");
      JsonNode startAt = present(fleet, "fleet", "start_at", "a time like 2026-11-25T17:00:00Z");
      if (!startAt.isTextual() || FleetWorker.instantOrNull(startAt.textValue()) == null) {
        throw wrong("fleet.start_at", "a time like 2026-11-25T17:00:00Z", startAt);
      }
    }

    private void step(JsonNode step, String path) throws InvalidReportException {
      if (!step.isObject()) {
        throw wrong(path, "a step (a JSON object)", step);
      }
      JsonNode operation = present(step, path, "operation", "write or read");
      if (!operation.isTextual()
          || Labels.find(Operation.values(), Operation::label, operation.textValue()) == null) {
        throw wrong(path + ".operation", "write or read", operation);
      }
      whole(step, path, "object_size_bytes", 1, LARGEST_OBJECT_BYTES, "of bytes from 1 B to 5 TiB");
      long streams = (long) whole(step, path, "streams", 1, MOST_STREAMS, "from 1 to 1,024");
      whole(step, path, "objects", 0, Long.MAX_VALUE, "of at least 0");
      whole(step, path, "failed_operations", 0, Long.MAX_VALUE, "of at least 0");
      if (step.hasNonNull("active_streams")) {
        whole(
            step,
            path,
            "active_streams",
            0,
            streams,
            "from 0 to the step's " + streams + " streams");
      }
      for (String figure : new String[] {"bytes", "wall_seconds"}) {
        notNegative(step, path, figure);
      }
      for (String figure :
          new String[] {
            "aggregate_throughput_bytes_per_second",
            "per_stream_throughput_bytes_per_second",
            "per_stream_min_throughput_bytes_per_second",
            "per_stream_max_throughput_bytes_per_second"
          }) {
        rate(step, path, figure, 0);
      }
      rate(step, path, "aggregate_throughput_bytes_per_second", movedSomething(step));
      // Read by nothing validate decides on, but a report that says -1 of them is not a report.
      for (String count :
          new String[] {"operations_retried", "verified_objects", "checksum_mismatches"}) {
        if (step.hasNonNull(count)) {
          whole(step, path, count, 0, Long.MAX_VALUE, "of at least 0");
        }
      }
      JsonNode latency = step.get("latency");
      if (latency != null && latency.isObject()) {
        String at = join(path, "latency");
        if (latency.hasNonNull("count")) {
          whole(latency, at, "count", 0, Long.MAX_VALUE, "of at least 0");
        }
        for (String figure :
            new String[] {"p50_seconds", "p90_seconds", "p99_seconds", "max_seconds"}) {
          if (latency.hasNonNull(figure)) {
            notNegative(latency, at, figure);
          }
        }
      }
      if (!second) {
        return;
      }
      notNegative(step, path, "start_epoch_seconds");
      JsonNode series = present(step, path, "time_series", "a list of seconds");
      if (!series.isArray()) {
        throw wrong(path + ".time_series", "a list of seconds", series);
      }
      for (int i = 0; i < series.size(); i++) {
        String at = path + ".time_series[" + i + "]";
        JsonNode point = series.get(i);
        if (!point.isObject()) {
          throw wrong(at, "a second (a JSON object)", point);
        }
        for (String figure : new String[] {"start_epoch_seconds", "duration_seconds", "bytes"}) {
          notNegative(point, at, figure);
        }
      }
      JsonNode histogram = present(step, path, "latency_histogram", "a list of buckets");
      if (!histogram.isArray()) {
        throw wrong(path + ".latency_histogram", "a list of buckets", histogram);
      }
      for (int i = 0; i < histogram.size(); i++) {
        String at = path + ".latency_histogram[" + i + "]";
        JsonNode bucket = histogram.get(i);
        if (!bucket.isObject()) {
          throw wrong(at, "a bucket (a JSON object)", bucket);
        }
        whole(bucket, at, "bucket", 0, 10_000, "from 0 to 10,000");
        whole(bucket, at, "count", 0, Long.MAX_VALUE, "of at least 0");
      }
    }

    private JsonNode present(JsonNode parent, String path, String key, String expected)
        throws InvalidReportException {
      JsonNode value = parent.get(key);
      if (value == null || value.isNull()) {
        throw located(
            name,
            where.get(path),
            (path.isEmpty() ? "" : path + ": ")
                + (value == null ? "missing \"" : "null \"")
                + key
                + "\" (expected "
                + expected
                + ")");
      }
      return value;
    }

    private void text(JsonNode parent, String path, String key) throws InvalidReportException {
      JsonNode value = present(parent, path, key, "a string");
      if (!value.isTextual() || value.textValue().isBlank()) {
        throw wrong(join(path, key), "a string that is not empty", value);
      }
    }

    /** A whole number from {@code least} to {@code most}; returns it. */
    private double whole(
        JsonNode parent, String path, String key, double least, double most, String range)
        throws InvalidReportException {
      JsonNode value = present(parent, path, key, "a whole number " + range);
      return whole(value, join(path, key), least, most, range);
    }

    /** {@code value}, found at {@code path}: a whole number from {@code least} to {@code most}. */
    private double whole(JsonNode value, String path, double least, double most, String range)
        throws InvalidReportException {
      String expected = "a whole number " + range;
      if (!value.isNumber()) {
        throw wrong(path, expected, value);
      }
      BigDecimal number = value.decimalValue();
      if (number.stripTrailingZeros().scale() > 0
          || number.compareTo(BigDecimal.valueOf(least)) < 0
          || number.compareTo(new BigDecimal(most)) > 0) {
        throw wrong(path, expected, value);
      }
      return number.doubleValue();
    }

    /**
     * A throughput, in bytes per second: {@code least} to {@link #MOST_RATE}. A figure above it is
     * no measurement: a fleet of 1,000 hosts at 100 Gbps each moves 1.25e13 B/s.
     */
    private void rate(JsonNode parent, String path, String key, double least)
        throws InvalidReportException {
      notNegative(parent, path, key);
      JsonNode value = parent.get(key);
      if (value.decimalValue().compareTo(BigDecimal.valueOf(MOST_RATE)) > 0) {
        throw wrong(join(path, key), "a number of bytes per second from 0 to 1e15 (1 PB/s)", value);
      }
      if (value.decimalValue().compareTo(BigDecimal.valueOf(least)) < 0) {
        throw wrong(
            join(path, key),
            "a number of bytes per second from 1 (1 B/s) to 1e15 (1 PB/s) in a step whose"
                + " objects completed",
            value);
      }
    }

    /**
     * The least throughput of {@code step}: {@link #LEAST_RATE_OF_A_STEP_THAT_MOVED} once an object
     * completed (its {@code objects}, already checked, above 0), else 0.
     */
    private static double movedSomething(JsonNode step) {
      return step.get("objects").decimalValue().signum() > 0 ? LEAST_RATE_OF_A_STEP_THAT_MOVED : 0;
    }

    /** A finite number, 0 or more. */
    private void notNegative(JsonNode parent, String path, String key)
        throws InvalidReportException {
      String expected = "a number of at least 0";
      JsonNode value = present(parent, path, key, expected);
      if (!value.isNumber()
          || value.decimalValue().signum() < 0
          || Double.isInfinite(value.decimalValue().doubleValue())) {
        throw wrong(join(path, key), expected, value);
      }
    }

    private InvalidReportException wrong(String key, String expected, JsonNode found) {
      return located(
          name,
          where.get(key),
          (key.isEmpty() ? "" : key + ": ") + "expected " + expected + ", found " + shown(found));
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A found value as the message quotes it: strings quoted, long values cut short. */
  private static String shown(JsonNode value) {
    String text;
    if (value.isTextual()) {
      text = "\"" + GcsNames.printable(value.textValue()) + "\"";
    } else if (value.isContainerNode()) {
      text = value.isArray() ? "a list" : "an object";
    } else if (value.isNumber()) {
      text = value.decimalValue().toString();
    } else {
      text = value.toString();
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  private static InvalidReportException located(String name, JsonLocation at, String message) {
    return new InvalidReportException(
        name
            + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
            + ": error: "
            + message,
        null);
  }

  private static InvalidReportException refused(String name, String why) {
    return new InvalidReportException(name + ": error: " + why, null);
  }

  /** The key path of a binding failure, in this reader's form: "steps[2].latency.count". */
  private static String path(JsonMappingException failure) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : failure.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The JSON Pointer of a key path: "steps[2].latency.count" is "/steps/2/latency/count". */
  private static String pointer(String path) {
    return "/" + path.replace("].", "/").replace("[", "/").replace("]", "").replace(".", "/");
  }

  /** What a Java type holds, in words. */
  private static String kindOf(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  /** A JSON parser's complaint without its hints for programmers. */
  private static String jsonProblem(String message) {
    String line = firstLine(message);
    if (line.startsWith("Non-standard token")) {
      return "NaN and Infinity are not JSON numbers";
    }
    for (String hint : new String[] {" (for ", ": enable ", ": was expecting"}) {
      int at = line.indexOf(hint);
      if (at > 0) {
        line = line.substring(0, at);
      }
    }
    return line;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable";
    }
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }
}
