package dev.drplan.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.DrOption;
import dev.drplan.schema.Domain;
import dev.drplan.schema.Row;
import dev.drplan.schema.ScenarioSchema;
import dev.drplan.units.QuantityParser;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the rows of {@link
 * ScenarioSchema} so that an editor completes and checks scenarios with the rules the loader
 * applies: each key's meaning as its description, units as patterns and examples, words as enums,
 * no keys beyond the format's ({@code additionalProperties: false}), the options list as one schema
 * per {@code kind}, and a distribution wherever the key can take one. The loader remains the judge:
 * what a schema cannot say (a catalog name that exists, a share written as "120%") it still refuses
 * with its own message.
 *
 * <p>{@code drplan schema} prints it; {@code docs/scenario.schema.json} is a copy that a test keeps
 * equal to it.
 */
public final class ScenarioJsonSchema {
  private ScenarioJsonSchema() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String DIGITS = "(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?";

  /** A number the unit reader takes: sizes, rates and durations are never negative. */
  private static final String NON_NEGATIVE = "\\+?" + DIGITS;

  private static final String SIGNED = "[+-]?" + DIGITS;
  private static final String DOCS = "docs/scenario-format.md";

  /** The schema as text: two-space indents, one key a line, a final newline. */
  public static String text() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as a JSON tree. */
  public static ObjectNode schema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:drplan:scenario-format:1");
    root.put("title", "drplan scenario");
    root.put(
        "description",
        "A drplan scenario, version 1 ("
            + DOCS
            + "). Generated from the scenario schema by `drplan schema`; do not edit by hand.");
    ObjectNode defs = JSON.objectNode();
    for (ValueKind kind : ValueKind.values()) {
      defs.set(kind.name().toLowerCase(Locale.ROOT), value(kind));
      defs.set(distributionName(kind), distribution(kind));
    }
    defs.set(NAMED_USE, namedUse());
    new Rows(root).object(ScenarioSchema.SCENARIO);
    root.set("$defs", defs);
    return root;
  }

  /** The definition of {@code {uncertain: NAME}}, a use of a distribution named once. */
  private static final String NAMED_USE = "uncertain-use";

  private static ObjectNode namedUse() {
    ObjectNode node = JSON.objectNode();
    node.put(
        "description",
        "the uncertain quantity of that name in \"uncertain:\" ("
            + DOCS
            + ", Distributions); every key that uses it takes the same draw");
    node.put("type", "object");
    node.putObject("properties")
        .putObject(Row.NamedDistributions.REFERENCE)
        .put("type", "string")
        .put("pattern", "^" + Row.NamedDistributions.NAME_PATTERN + "$");
    node.putArray("required").add(Row.NamedDistributions.REFERENCE);
    node.put("additionalProperties", false);
    return node;
  }

  private static String distributionName(ValueKind kind) {
    return kind.name().toLowerCase(Locale.ROOT) + "-distribution";
  }

  private static ObjectNode ref(String def) {
    return JSON.objectNode().put("$ref", "#/$defs/" + def);
  }

  /** A value of {@code kind} as YAML writes it: a string with its unit, or a number. */
  private static ObjectNode value(ValueKind kind) {
    ObjectNode node = JSON.objectNode();
    node.put("description", kind.form() + "; canonical unit: " + kind.unit());
    List<String> units = kind.units();
    if (!units.isEmpty()) {
      node.put("type", "string");
      node.put("pattern", "^\\s*" + NON_NEGATIVE + "\\s*(?:" + alternatives(units) + ")\\s*$");
    } else if (kind == ValueKind.FRACTION) {
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("type", "number").put("minimum", 0).put("maximum", 1);
      anyOf.addObject().put("type", "string").put("pattern", "^\\s*" + SIGNED + "\\s*%\\s*$");
    } else {
      node.put("type", kind == ValueKind.COUNT ? "integer" : "number");
      node.put("minimum", 0);
    }
    ArrayNode examples = node.putArray("examples");
    for (String example : kind.examples()) {
      if (kind == ValueKind.COUNT) {
        examples.add(Long.parseLong(example));
      } else if (units.isEmpty() && !example.endsWith("%")) {
        examples.add(Double.parseDouble(example));
      } else {
        examples.add(example);
      }
    }
    return node;
  }

  private static String alternatives(List<String> units) {
    StringBuilder out = new StringBuilder();
    for (String unit : units) {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append(unit);
    }
    return out.toString();
  }

  /** {@code {dist: ...}} with parameters in the key's own unit. */
  private static ObjectNode distribution(ValueKind kind) {
    ObjectNode node = JSON.objectNode();
    node.put(
        "description",
        "a distribution in the key's own unit ("
            + DOCS
            + ", Distributions); its base is the mode"
            + " or the median");
    ArrayNode oneOf = node.putArray("oneOf");
    String value = kind.name().toLowerCase(Locale.ROOT);
    String spread = kind == ValueKind.COUNT ? "number" : value;
    oneOf.add(shape("triangular", value, List.of("min", "mode", "max"), List.of()));
    oneOf.add(shape("pert", value, List.of("min", "mode", "max"), List.of()));
    oneOf.add(shape("uniform", value, List.of("min", "max"), List.of()));
    ObjectNode normal = shape("normal", value, List.of("mean"), List.of("lower", "upper"));
    ((ObjectNode) normal.get("properties")).set("sd", ref(spread));
    ((ArrayNode) normal.get("required")).add("sd");
    oneOf.add(normal);
    oneOf.add(shape("lognormal", value, List.of("median", "p90"), List.of()));
    return node;
  }

  private static ObjectNode shape(
      String id, String value, List<String> required, List<String> optional) {
    ObjectNode node = JSON.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    properties.putObject("dist").put("const", id);
    ArrayNode names = node.putArray("required").add("dist");
    for (String field : required) {
      properties.set(field, ref(value));
      names.add(field);
    }
    for (String field : optional) {
      properties.set(field, ref(value));
    }
    properties
        .putObject(ScenarioWalker.QUESTION)
        .put("description", "the question to ask the customer about this input, in plain words")
        .put("type", "string")
        .put("minLength", 1);
    node.put("additionalProperties", false);
    return node;
  }

  /** The schema of each row, put into the properties of one object. */
  private static final class Rows implements Row.Visitor<Void> {
    private final ObjectNode object;
    private final ObjectNode properties;
    private final ArrayNode required;
    private final ArrayNode allOf;

    Rows(ObjectNode object) {
      this.object = object;
      object.put("type", "object");
      this.properties = object.putObject("properties");
      this.required = JSON.arrayNode();
      this.allOf = JSON.arrayNode();
    }

    /** The object's own rows, then what it requires and which of its rules join keys. */
    void object(Row.Section<?, ?> section) {
      rows(section.rows());
      close();
    }

    void rows(List<Row<?>> rows) {
      for (Row<?> row : rows) {
        row.accept(this);
      }
    }

    void close() {
      if (!required.isEmpty()) {
        object.set("required", required);
      }
      if (!allOf.isEmpty()) {
        object.set("allOf", allOf);
      }
      object.put("additionalProperties", false);
    }

    private ObjectNode property(Row<?> row, ObjectNode schema) {
      String described = row.meaning() + " (" + DOCS + ", " + row.doc() + ")";
      if (schema.has("description")) {
        described += "; " + schema.remove("description").asText();
      }
      ObjectNode node = JSON.objectNode().put("description", described);
      node.setAll(schema);
      properties.set(row.key(), node);
      if (row.required()) {
        required.add(row.key());
      }
      return node;
    }

    @Override
    public Void section(Row.Section<?, ?> row) {
      property(row, nested(row));
      return null;
    }

    private static ObjectNode nested(Row.Section<?, ?> section) {
      ObjectNode node = JSON.objectNode();
      new Rows(node).object(section);
      return node;
    }

    @Override
    public Void quantity(Row.Quantity<?, ?> row) {
      ObjectNode schema = quantitySchema(row);
      ObjectNode node = property(row, schema);
      String meaning = node.get("description").asText();
      if (!row.domain().equals(Domain.ANY)) {
        meaning += "; " + row.domain().text(row.kind());
      }
      node.put("description", meaning);
      switch (row.presence()) {
        case DEFAULT:
          node.put("description", meaning + "; default " + defaultText(row));
          break;
        case SAME_AS:
          node.put("description", meaning + "; default: the value of " + row.sameAs());
          break;
        default:
          break;
      }
      return null;
    }

    private static String defaultText(Row.Quantity<?, ?> row) {
      double canonical = row.kind().canonical(row.defaultValue());
      if (row.kind() == ValueKind.FRACTION) {
        return String.format(Locale.ROOT, "%.0f%%", canonical * 100);
      }
      String number =
          canonical == Math.rint(canonical)
              ? String.valueOf((long) canonical)
              : String.valueOf(canonical);
      return row.kind().units().isEmpty() ? number : number + " " + row.kind().units().get(0);
    }

    private static ObjectNode quantitySchema(Row.Quantity<?, ?> row) {
      ObjectNode value = bounded(row.kind(), row.domain());
      if (!row.varies()) {
        return value;
      }
      ObjectNode node = JSON.objectNode();
      node.putArray("anyOf").add(value).add(ref(distributionName(row.kind()))).add(ref(NAMED_USE));
      return node;
    }

    /** A value of {@code kind}, with the domain's bounds where the value is a JSON number. */
    private static ObjectNode bounded(ValueKind kind, Domain domain) {
      boolean number =
          kind == ValueKind.COUNT || kind == ValueKind.NUMBER || kind == ValueKind.MONEY;
      if (!number || (domain.min() == 0 && domain.minIncluded() && !domain.bounded())) {
        return ref(kind.name().toLowerCase(Locale.ROOT));
      }
      ObjectNode node =
          JSON.objectNode().put("type", kind == ValueKind.COUNT ? "integer" : "number");
      bound(node, domain.minIncluded() ? "minimum" : "exclusiveMinimum", domain.min());
      if (domain.bounded()) {
        bound(node, domain.maxIncluded() ? "maximum" : "exclusiveMaximum", domain.max());
      }
      return node;
    }

    private static void bound(ObjectNode node, String keyword, double value) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        node.put(keyword, (long) value);
      } else {
        node.put(keyword, value);
      }
    }

    @Override
    public Void text(Row.Text row) {
      ObjectNode node = JSON.objectNode().put("type", "string").put("minLength", 1);
      if (row.pattern() != null) {
        node.put("pattern", "^" + row.pattern() + "$");
        node.putArray("examples").add(row.example());
      }
      property(row, node);
      return null;
    }

    @Override
    public Void words(Row.Words<?> row) {
      ObjectNode node = JSON.objectNode();
      ArrayNode words = node.putArray("enum");
      row.words().forEach(words::add);
      property(row, node);
      return null;
    }

    @Override
    public Void reference(Row.Reference<?, ?> row) {
      ObjectNode name =
          JSON.objectNode()
              .put("description", row.refWhat() + " (`drplan catalog` lists them)")
              .put("type", "string")
              .put("minLength", 1);
      properties.set(row.refKey(), name);
      ObjectNode inline = nested(row.inline());
      inline.put(
          "description",
          row.meaning() + ", defined inline instead of " + row.refKey() + " (" + DOCS + ")");
      properties.set(row.key(), inline);
      if (!row.required()) {
        // At most one of the two.
        allOf.addObject().putObject("not").putArray("required").add(row.refKey()).add(row.key());
        return null;
      }
      // Exactly one of the two.
      ArrayNode oneOf = allOf.addObject().putArray("oneOf");
      oneOf.addObject().putArray("required").add(row.refKey());
      oneOf.addObject().putArray("required").add(row.key());
      return null;
    }

    @Override
    public Void link(Row.Link row) {
      List<String> units = QuantityParser.rateUnits();
      ObjectNode node =
          JSON.objectNode()
              .put("type", "string")
              .put(
                  "pattern",
                  "^\\s*[0-9]+\\s*[xX×]\\s*"
                      + NON_NEGATIVE
                      + "\\s*(?:"
                      + alternatives(units)
                      + ")\\s*$");
      node.putArray("examples").add("4 x 100 Gbps");
      property(row, node);
      return null;
    }

    @Override
    public Void sizeOrWord(Row.SizeOrWord row) {
      ObjectNode node = JSON.objectNode();
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.add(quantitySchema(row.size()));
      anyOf.addObject().put("const", row.word());
      property(row, node);
      return null;
    }

    @Override
    public Void choice(Row.Choice<?> row) {
      // Either {kind: WORD, companions...} ...
      ObjectNode mapping = JSON.objectNode();
      Rows inside = new Rows(mapping);
      ObjectNode kind = JSON.objectNode();
      row.words().forEach(kind.putArray("enum")::add);
      inside.properties.set("kind", kind);
      inside.companions(row);
      inside.required.removeAll();
      inside.required.add("kind");
      inside.allOf.removeAll();
      wordRules(row, "kind", inside.allOf);
      inside.close();
      // ... or the word, with its companions beside it.
      ObjectNode node = JSON.objectNode();
      ArrayNode anyOf = node.putArray("anyOf");
      row.words().forEach(anyOf.addObject().putArray("enum")::add);
      anyOf.add(mapping);
      property(row, node);
      Rows beside = new Rows(JSON.objectNode());
      beside.companions(row);
      properties.setAll(beside.properties);
      wordRules(row, row.key(), allOf);
      return null;
    }

    private void companions(Row.Choice<?> row) {
      rows(row.companions());
    }

    /** For each word: the companions it uses are required, the others refused. */
    private static void wordRules(Row.Choice<?> row, String key, ArrayNode allOf) {
      for (String choice : row.words()) {
        ObjectNode rule = JSON.objectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject(key).put("const", choice);
        condition.putArray("required").add(key);
        ObjectNode then = rule.putObject("then");
        ArrayNode needed = JSON.arrayNode();
        ArrayNode refused = JSON.arrayNode();
        for (Row<?> companion : row.companions()) {
          if (row.uses(choice).contains(companion) && !companion.required()) {
            continue;
          }
          if (row.uses(choice).contains(companion)) {
            ArrayNode either = needed.addObject().putArray("anyOf");
            for (String name : companion.yamlKeys()) {
              either.addObject().putArray("required").add(name);
            }
          } else {
            for (String name : companion.yamlKeys()) {
              refused.addObject().putArray("required").add(name);
            }
          }
        }
        if (!needed.isEmpty()) {
          then.set("allOf", needed);
        }
        if (!refused.isEmpty()) {
          then.putObject("not").set("anyOf", refused);
        }
        allOf.add(rule);
      }
    }

    @Override
    public Void namedMap(Row.NamedMap<?, ?> row) {
      ObjectNode node = JSON.objectNode().put("type", "object").put("minProperties", 1);
      node.putObject("propertyNames").put("minLength", 1);
      node.set("additionalProperties", nested(row.item()));
      property(row, node);
      return null;
    }

    @Override
    public Void optionList(Row.OptionList row) {
      ObjectNode node = JSON.objectNode().put("type", "array").put("minItems", 1);
      ArrayNode oneOf = node.putObject("items").putArray("oneOf");
      for (String kind : row.kinds()) {
        Row.Section<?, ? extends DrOption> section = row.kind(kind);
        ObjectNode option = JSON.objectNode();
        option.put("description", section.meaning() + " (" + DOCS + ", " + section.doc() + ")");
        Rows rows = new Rows(option);
        for (Row<?> common : row.common()) {
          common.accept(rows);
        }
        ((ObjectNode) rows.properties.get(ScenarioSchema.OPTION_KIND.key())).put("const", kind);
        rows.object(section);
        oneOf.add(option);
      }
      property(row, node);
      return null;
    }

    @Override
    public Void prices(Row.Prices row) {
      ObjectNode node = nested(row.section());
      node.remove("required"); // each price given replaces the catalog's
      property(row, node);
      return null;
    }

    @Override
    public Void overrides(Row.Overrides row) {
      ObjectNode node = JSON.objectNode().put("type", "object");
      node.putObject("propertyNames")
          .put("pattern", "^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+$");
      node.putObject("additionalProperties").putArray("type").add("string").add("number");
      node.putArray("examples")
          .addObject()
          .put("gcs.archive.us-central1.storage_per_gib_month", 0.0011);
      property(row, node);
      return null;
    }

    @Override
    public Void levers(Row.Levers row) {
      ObjectNode node = JSON.objectNode().put("type", "object");
      node.putObject("propertyNames").put("pattern", "^[a-z0-9_-]+(\\.[A-Za-z0-9_.-]+)+$");
      ObjectNode lever = JSON.objectNode().put("type", "object");
      ObjectNode fields = lever.putObject("properties");
      ObjectNode any = JSON.objectNode();
      any.putArray("type").add("string").add("number");
      any.put("description", "in the key's own unit, like the key's value");
      fields.set(
          "step",
          any.deepCopy()
              .put(
                  "description",
                  "the smallest change, above 0; " + any.get("description").asText()));
      fields.set("min", any.deepCopy().put("description", "the lowest value a remedy may set"));
      fields.set("max", any.deepCopy().put("description", "the highest value a remedy may set"));
      fields.set("monthly_cost", ref("money").deepCopy());
      fields.set("one_time_cost", ref("money").deepCopy());
      lever.put("additionalProperties", false);
      ArrayNode anyOf = node.putObject("additionalProperties").putArray("anyOf");
      anyOf.addObject().put("const", Row.Levers.FIXED);
      anyOf.add(lever);
      node.putArray("examples").addObject().putObject("network.circuits").put("max", 16);
      property(row, node);
      return null;
    }

    @Override
    public Void provenance(Row.ProvenanceList row) {
      ObjectNode node = JSON.objectNode().put("type", "object");
      node.putObject("propertyNames").put("pattern", "^[a-z0-9_-]+(\\.[A-Za-z0-9_.-]+)*$");
      ObjectNode mark = JSON.objectNode().put("type", "object");
      ObjectNode fields = mark.putObject("properties");
      fields
          .putObject(Row.ProvenanceList.STATED)
          .put("type", "string")
          .put("minLength", 1)
          .put("description", "what the customer said: the figure is the customer's");
      fields
          .putObject(Row.ProvenanceList.ASSUMED)
          .put("type", "string")
          .put("minLength", 1)
          .put("description", "the reason for the value chosen: the figure is an assumption");
      mark.put("minProperties", 1).put("maxProperties", 1).put("additionalProperties", false);
      node.set("additionalProperties", mark);
      node.putArray("examples")
          .addObject()
          .putObject("network.efficiency")
          .put(Row.ProvenanceList.ASSUMED, "bulk copy at 80% of line rate");
      property(row, node);
      return null;
    }

    @Override
    public Void namedDistributions(Row.NamedDistributions row) {
      ObjectNode node = JSON.objectNode().put("type", "object");
      node.putObject("propertyNames")
          .put("pattern", "^" + Row.NamedDistributions.NAME_PATTERN + "$");
      ArrayNode anyOf = node.putObject("additionalProperties").putArray("anyOf");
      for (ValueKind kind : ValueKind.values()) {
        anyOf.add(ref(distributionName(kind)));
      }
      property(row, node);
      return null;
    }

    @Override
    public Void correlations(Row.Correlations row) {
      ObjectNode node = JSON.objectNode().put("type", "array");
      ObjectNode item = node.putObject("items").put("type", "object");
      ObjectNode fields = item.putObject("properties");
      fields
          .putObject("between")
          .put("description", "two uncertain inputs: key paths or names of uncertain:")
          .put("type", "array")
          .put("minItems", 2)
          .put("maxItems", 2)
          .putObject("items")
          .put("type", "string");
      fields
          .putObject("rank")
          .put("description", "Spearman's rank correlation")
          .put("type", "number")
          .put("exclusiveMinimum", -1)
          .put("exclusiveMaximum", 1);
      item.putArray("required").add("between").add("rank");
      item.put("additionalProperties", false);
      property(row, node);
      return null;
    }
  }
}
