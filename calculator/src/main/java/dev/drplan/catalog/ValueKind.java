package dev.drplan.catalog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The kind of quantity a value holds (docs/scenario-format.md, "Quantities"): it fixes the Java
 * type of a typed value, how text of that kind is read ({@link QuantityParser}), the form a message
 * asks for, and the canonical unit a value crosses the analysis API in (bytes, bytes per second,
 * seconds, a ratio, US dollars, a whole number, a plain number) and whether names carry it. Each
 * constant carries these as data, so no caller switches over the kinds to read, convert or name a
 * value; the human unit a value shows in (PB, h, %) is the report's choice, made in one place
 * there.
 */
public enum ValueKind {
  SIZE(
      DataSize.class,
      QuantityParser.SIZE_FORM,
      "bytes",
      "size",
      List.of("300 TB", "64 MiB"),
      "1PB..1EB",
      true,
      "TB",
      QuantityParser.sizeUnits(),
      QuantityParser::size,
      value -> ((DataSize) value).bytes(),
      DataSize::ofBytes),
  RATE(
      DataRate.class,
      QuantityParser.RATE_FORM,
      "bytes_per_second",
      "rate",
      List.of("100 Gbps", "250 MB/s"),
      "50MB/s..500MB/s",
      true,
      "Gbps",
      QuantityParser.rateUnits(),
      QuantityParser::rate,
      value -> ((DataRate) value).bytesPerSecond(),
      DataRate::ofBytesPerSecond),
  DURATION(
      TimeSpan.class,
      QuantityParser.DURATION_FORM,
      "seconds",
      "duration",
      List.of("4 h", "180 d"),
      "1h..7d",
      true,
      "d",
      QuantityParser.durationUnits(),
      QuantityParser::duration,
      value -> ((TimeSpan) value).seconds(),
      TimeSpan::ofSeconds),
  FRACTION(
      Fraction.class,
      QuantityParser.FRACTION_FORM,
      "ratio",
      "share",
      List.of("40%", "0.4"),
      "10%..90%",
      false,
      null,
      List.of(),
      QuantityParser::fraction,
      value -> ((Fraction) value).value(),
      Fraction::of),
  MONEY(
      Money.class,
      QuantityParser.MONEY_FORM,
      "usd",
      "amount",
      List.of("0.0012", "16994"),
      "0.001..0.01",
      true,
      null,
      List.of(),
      QuantityParser::money,
      value -> ((Money) value).usd(),
      Money::ofUsd),
  /** A whole number (nodes, appliances in flight); value is a {@link Long}. */
  COUNT(
      Long.class,
      QuantityParser.COUNT_FORM,
      "count",
      "whole number",
      List.of("4", "16"),
      "1..16",
      false,
      null,
      List.of(),
      ValueKind::count,
      value -> ((Number) value).doubleValue(),
      canonical -> (long) Math.rint(canonical)),
  /** A plain real number (a ratio such as reduction 3:1); value is a {@link Double}. */
  NUMBER(
      Double.class,
      QuantityParser.NUMBER_FORM,
      "number",
      "plain number",
      List.of("3", "1.5"),
      "1..4",
      false,
      null,
      List.of(),
      QuantityParser::number,
      value -> ((Number) value).doubleValue(),
      canonical -> canonical);

  /**
   * A count as read: its whole number, saturated at {@link Long#MAX_VALUE} when larger (no key
   * admits such a count, and the range check that refuses it quotes the text as written).
   */
  private static Long count(String text) {
    double whole = QuantityParser.wholeNumber(text);
    return whole >= 0x1p63 ? Long.MAX_VALUE : (long) whole;
  }

  private final Class<?> valueType;
  private final String form;
  private final String unit;
  private final String noun;
  private final List<String> examples;
  private final String rangeExample;
  private final boolean nameCarriesUnit;
  private final String bareNumberUnit;
  private final List<String> units;
  private final Function<String, ?> reader;
  private final ToDoubleFunction<Object> toCanonical;
  private final DoubleFunction<?> fromCanonical;

  ValueKind(
      Class<?> valueType,
      String form,
      String unit,
      String noun,
      List<String> examples,
      String rangeExample,
      boolean nameCarriesUnit,
      String bareNumberUnit,
      List<String> units,
      Function<String, ?> reader,
      ToDoubleFunction<Object> toCanonical,
      DoubleFunction<?> fromCanonical) {
    this.valueType = valueType;
    this.form = form;
    this.unit = unit;
    this.noun = noun;
    this.examples = examples;
    this.rangeExample = rangeExample;
    this.nameCarriesUnit = nameCarriesUnit;
    this.bareNumberUnit = bareNumberUnit;
    this.units = units;
    this.reader = reader;
    this.toCanonical = toCanonical;
    this.fromCanonical = fromCanonical;
  }

  /** The Java type of a typed value of this kind ({@link #parse}, {@link #typed}). */
  public Class<?> valueType() {
    return valueType;
  }

  /** The form a value of this kind is written in, for messages: {@code a size like "300 TB"}. */
  public String form() {
    return form;
  }

  /**
   * The canonical unit, as JSON and CSV names carry it: bytes, bytes_per_second, seconds, ratio,
   * usd, count, number.
   */
  public String unit() {
    return unit;
  }

  /** What one value of this kind is called in a domain's words: "size", "share", ... */
  public String noun() {
    return noun;
  }

  /** The unit spellings a value of this kind is written with; none for plain numbers. */
  public List<String> units() {
    return units;
  }

  /** Two values as a scenario writes them, for help texts and schemas. */
  public List<String> examples() {
    return examples;
  }

  /**
   * A range of this kind as the command line's {@code --vary} and {@code --range} take it, for
   * their messages: {@code 1PB..1EB}.
   */
  public String rangeExample() {
    return rangeExample;
  }

  /**
   * A key or figure name with this kind's canonical unit, as JSON keys and CSV headers carry it:
   * {@code dataset.logical_size} becomes {@code dataset.logical_size_bytes}. Sizes, rates,
   * durations and amounts carry their unit; shares, counts and plain numbers carry none (their
   * unit, ratio, count or number, says nothing a reader needs).
   */
  public String withUnit(String name) {
    return nameCarriesUnit ? name + "_" + unit : name;
  }

  /**
   * The unit a message proposes for a bare number written where a value of this kind needs one
   * ({@code "300"} for a size: {@code e.g. "300 TB"}); {@code null} for the kinds written without a
   * unit (shares, amounts, counts, plain numbers).
   */
  public String bareNumberUnit() {
    return bareNumberUnit;
  }

  /**
   * {@code text} read as a value of this kind, of {@link #valueType()}; a negative zero reads as
   * zero.
   *
   * @throws QuantityFormatException if the text is not a value of this kind
   */
  public Object parse(String text) {
    Object value = reader.apply(text);
    return canonical(value) == 0 ? typed(0) : value;
  }

  /**
   * {@code text} read as a value of this kind, in canonical units (for the command line's key
   * values: {@code --vary dataset.logical_size=1PB..1EB:log:40}).
   *
   * @throws QuantityFormatException if the text is not a value of this kind
   */
  public double canonical(String text) {
    return canonical(reader.apply(text));
  }

  /** The canonical double of a typed value of this kind. */
  public double canonical(Object value) {
    return toCanonical.applyAsDouble(value);
  }

  /** The typed value (of {@link #valueType()}) of a canonical double; counts are rounded. */
  public Object typed(double canonical) {
    return fromCanonical.apply(canonical);
  }
}
