package dev.drplan.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.drplan.analysis.Metric;
import dev.drplan.catalog.ValueKind;
import dev.drplan.units.Fraction;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of the analyses (simulate, sensitivity, sweep, solve) by their {@link ValueKind}: human
 * text through {@link Display#ofKind}, machine numbers through {@link Display#plain}; the canonical
 * unit that JSON and CSV names carry is the kind's own ({@link ValueKind#unit}, {@link
 * ValueKind#withUnit}). A figure that cannot exist ({@code null}) is {@link Display#NEVER} for
 * durations, {@link Display#NONE} otherwise; an empty CSV cell; JSON null.
 */
public final class Figures {
  private Figures() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Jackson's streaming layer, with the features of every JSON report: numbers written plain (a
   * {@code BigDecimal} without exponent), the writer left open for the final line end. Not an
   * {@code ObjectMapper}, whose creation initialises databind's serializers, its date format and
   * through it the JDK's locale and calendar providers: some 20 ms of a run's start for a tree this
   * class writes in a few lines ({@link #writeTree}; benchmarks/README.md, "Issue 12, eighth round:
   * simulate's start-up").
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** A canonical value of {@code kind} for people: {@code "80.0 PB"}, {@code "4.00 h"}, ... */
  public static String human(ValueKind kind, Double value) {
    if (value == null) {
      return kind == ValueKind.DURATION ? Display.NEVER : Display.NONE;
    }
    return Display.ofKind(kind, value);
  }

  /**
   * One of the values of an input for people, in the unit family of {@code writtenAs}, the value
   * the scenario gave ({@link Display#ofKindLike}).
   */
  static String human(ValueKind kind, Double value, double writtenAs) {
    if (value == null) {
      return human(kind, null);
    }
    return Display.ofKindLike(kind, value, writtenAs);
  }

  /** A metric's figure for people. */
  static String human(Metric metric, Double value) {
    return human(metric.kind(), value);
  }

  /** A probability (a share of samples) for people: {@code "97.5%"}. */
  static String probability(double share) {
    return Display.percent(Fraction.of(share));
  }

  /** A machine number, or an empty CSV cell for a figure that cannot exist. */
  static String plain(Double value) {
    return value == null ? "" : Display.plain(value);
  }

  /** A JSON number, or null for a figure that cannot exist (or an infinite bound). */
  static JsonNode json(Double value) {
    return value == null || value.isInfinite() || value.isNaN()
        ? NODES.nullNode()
        : NODES.numberNode(Display.decimal(value));
  }

  /** The lower-case name of a kind: size, rate, duration, ... */
  static String kindName(ValueKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A streaming generator to {@code out} with the layout of every JSON report: two-space indents,
   * {@code "key": value}, one entry a line, line ends {@code \n} on every platform.
   */
  static JsonGenerator jsonGenerator(Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
    return json;
  }

  /** Writes {@code tree} in the layout of {@link #jsonGenerator}, with a final line end. */
  static void writeJson(JsonNode tree, Writer out) throws IOException {
    JsonGenerator json = jsonGenerator(out);
    try {
      writeNode(json, tree);
    } catch (IOException | RuntimeException e) {
      // As Jackson's ObjectWriter did: what was written is handed on, the open brackets stay open.
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      try {
        json.close();
      } catch (IOException second) {
        e.addSuppressed(second);
      }
      throw e;
    }
    json.close();
    out.write("\n");
  }

  /**
   * Writes {@code node} to {@code json} as databind's own serialization of a tree does (each node
   * class's {@code serialize}: fields in insertion order, each number as the type it holds), then
   * flushes, as {@code writeTree} of an {@code ObjectMapper}'s generator did.
   */
  static void writeTree(JsonGenerator json, JsonNode node) throws IOException {
    writeNode(json, node);
    json.flush();
  }

  private static void writeNode(JsonGenerator json, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        json.writeStartObject(node, node.size());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          json.writeFieldName(field.getKey());
          writeNode(json, field.getValue());
        }
        json.writeEndObject();
        break;
      case ARRAY:
        json.writeStartArray(node, node.size());
        for (JsonNode item : node) {
          writeNode(json, item);
        }
        json.writeEndArray();
        break;
      case STRING:
        json.writeString(node.textValue());
        break;
      case BOOLEAN:
        json.writeBoolean(node.booleanValue());
        break;
      case NULL:
        json.writeNull();
        break;
      case NUMBER:
        writeNumber(json, node);
        break;
      default:
        throw new IllegalArgumentException(
            "no JSON report holds a " + node.getNodeType() + " node");
    }
  }

  private static void writeNumber(JsonGenerator json, JsonNode number) throws IOException {
    switch (number.numberType()) {
      case INT:
        json.writeNumber(number.intValue());
        break;
      case LONG:
        json.writeNumber(number.longValue());
        break;
      case BIG_INTEGER:
        json.writeNumber(number.bigIntegerValue());
        break;
      case FLOAT:
        json.writeNumber(number.floatValue());
        break;
      case DOUBLE:
        json.writeNumber(number.doubleValue());
        break;
      case BIG_DECIMAL:
        json.writeNumber(number.decimalValue());
        break;
      default:
        throw new IllegalArgumentException("no JSON report holds a " + number.numberType());
    }
  }

  /** Writes one CSV line (RFC 4180, CRLF). */
  static void csvLine(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvReport.quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** A section of a text or markdown report: a title, a blank line and the table. */
  static void section(Writer out, boolean markdown, String title, Table table) throws IOException {
    if (markdown) {
      out.write("\n## " + title + "\n\n");
      out.write(table.toMarkdown());
    } else {
      out.write("\n" + title + "\n\n");
      out.write(table.toText());
    }
  }

  /** A paragraph of a text or markdown report, wrapped for the terminal. */
  static void paragraph(Writer out, boolean markdown, String text) throws IOException {
    out.write(markdown ? text + "\n" : TableReport.wrap(text, "", "  "));
  }
}
