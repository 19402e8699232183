package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Figures#writeJson} and {@link Figures#writeTree} write a tree byte for byte as the {@code
 * ObjectWriter} they replaced did (kept here only, as the reference): the same layout, key order,
 * escapes and number forms for every kind of node a report holds.
 */
class FiguresJsonTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The writer every JSON report used before: an ObjectMapper's, with the reports' layout. */
  private static final ObjectWriter BEFORE =
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

  private static String before(JsonNode tree) throws IOException {
    StringWriter out = new StringWriter();
    BEFORE.writeValue(out, tree);
    out.write("\n");
    return out.toString();
  }

  private static String now(JsonNode tree) throws IOException {
    StringWriter out = new StringWriter();
    Figures.writeJson(tree, out);
    return out.toString();
  }

  /** Every kind of node, nested, empty and escaped. */
  private static ObjectNode everyKind() {
    ObjectNode root = NODES.objectNode();
    root.put("text", "walmart \"big\" data\t§ · — \u0001 é");
    root.putNull("null");
    root.put("true", true);
    root.put("false", false);
    root.put("int", Integer.MIN_VALUE);
    root.put("short", (short) -7);
    root.put("long", Long.MAX_VALUE);
    root.put("big_integer", new BigInteger("123456789012345678901234567890"));
    root.put("float", 0.1f);
    root.put("double", 1e20);
    root.put("double_small", 1.5e-7);
    root.put("decimal", new BigDecimal("1E+20"));
    root.put("decimal_fraction", new BigDecimal("0.000000125"));
    root.set("decimal_display", Figures.json(499_999.99999999994));
    root.set("infinite", Figures.json(Double.POSITIVE_INFINITY));
    root.putObject("empty_object");
    root.putArray("empty_array");
    ArrayNode nested = root.putArray("nested");
    nested.add(1).add("two").addNull().addObject().put("three", 3.0);
    nested.addArray().add(NODES.arrayNode()).add(new BigDecimal("-0.0"));
    root.put("text_null", (String) null);
    return root;
  }

  @Test
  void everyKindOfNodeIsWrittenAsBefore() throws IOException {
    ObjectNode tree = everyKind();

    assertThat(now(tree))
        .isEqualTo(before(tree))
        .contains("\n  \"decimal\": 100000000000000000000,");
    assertThat(now(NODES.arrayNode())).isEqualTo(before(NODES.arrayNode())).isEqualTo("[ ]\n");
    assertThat(now(NODES.objectNode())).isEqualTo(before(NODES.objectNode())).isEqualTo("{ }\n");
  }

  @Property(tries = 300)
  void aFigureIsWrittenAsBefore(@ForAll double value) throws IOException {
    ObjectNode tree = NODES.objectNode();
    tree.set("figure", Figures.json(value));
    tree.putArray("figures").add(Figures.json(value)).add(Figures.json(-value));

    assertThat(now(tree)).isEqualTo(before(tree));
  }

  @Test
  void aStreamOfTreesIsWrittenAsBefore() throws IOException {
    StringWriter before = new StringWriter();
    StringWriter now = new StringWriter();
    JsonGenerator reference = BEFORE.createGenerator(before);
    JsonGenerator generator = Figures.jsonGenerator(now);
    for (JsonGenerator json : List.of(reference, generator)) {
      json.writeStartObject();
      json.writeStringField("scenario", "s");
      json.writeArrayFieldStart("points");
    }
    for (int i = 0; i < 3; i++) {
      reference.writeTree(everyKind());
      Figures.writeTree(generator, everyKind());
    }
    for (JsonGenerator json : List.of(reference, generator)) {
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    }

    assertThat(now.toString()).isEqualTo(before.toString());
  }
}
