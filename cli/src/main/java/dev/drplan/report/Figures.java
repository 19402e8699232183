package dev.drplan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.drplan.analysis.Metric;
import dev.drplan.catalog.ValueKind;
import dev.drplan.units.Fraction;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

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

  /** The JSON layout of {@link JsonReport}: two-space indents, "key": value, plain decimals. */
  private static final ObjectWriter JSON =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                  .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
          .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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

  /** A streaming generator to {@code out} with the layout of {@link #writeJson}. */
  static JsonGenerator jsonGenerator(Writer out) throws IOException {
    return JSON.createGenerator(out);
  }

  /** Writes {@code tree} as {@link JsonReport} writes, with a final line end. */
  static void writeJson(JsonNode tree, Writer out) throws IOException {
    JSON.writeValue(out, tree);
    out.write("\n");
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
