package dev.drplan.catalog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;

/**
 * The kind of quantity a value holds (spec/scenario-format.md, "Quantities"): it fixes the Java
 * type of a typed value, how text of that kind is read ({@link QuantityParser}), the form a message
 * asks for, and the canonical unit a value crosses the analysis API in (bytes, bytes per second,
 * seconds, a ratio, US dollars, a whole number, a plain number). Each constant carries its own
 * conversions, so no caller switches over the kinds.
 */
public enum ValueKind {
  SIZE(DataSize.class, QuantityParser.SIZE_FORM, "bytes", "size", "300 TB", "64 MiB") {
    @Override
    Object read(String text) {
      return QuantityParser.size(text);
    }

    @Override
    public java.util.List<String> units() {
      return QuantityParser.sizeUnits();
    }

    @Override
    public double canonical(Object value) {
      return ((DataSize) value).bytes();
    }

    @Override
    public Object typed(double canonical) {
      return DataSize.ofBytes(canonical);
    }
  },
  RATE(
      DataRate.class,
      QuantityParser.RATE_FORM,
      "bytes_per_second",
      "rate",
      "100 Gbps",
      "250 MB/s") {
    @Override
    Object read(String text) {
      return QuantityParser.rate(text);
    }

    @Override
    public java.util.List<String> units() {
      return QuantityParser.rateUnits();
    }

    @Override
    public double canonical(Object value) {
      return ((DataRate) value).bytesPerSecond();
    }

    @Override
    public Object typed(double canonical) {
      return DataRate.ofBytesPerSecond(canonical);
    }
  },
  DURATION(TimeSpan.class, QuantityParser.DURATION_FORM, "seconds", "duration", "4 h", "180 d") {
    @Override
    Object read(String text) {
      return QuantityParser.duration(text);
    }

    @Override
    public java.util.List<String> units() {
      return QuantityParser.durationUnits();
    }

    @Override
    public double canonical(Object value) {
      return ((TimeSpan) value).seconds();
    }

    @Override
    public Object typed(double canonical) {
      return TimeSpan.ofSeconds(canonical);
    }
  },
  FRACTION(Fraction.class, QuantityParser.FRACTION_FORM, "ratio", "share", "40%", "0.4") {
    @Override
    Object read(String text) {
      return QuantityParser.fraction(text);
    }

    @Override
    public double canonical(Object value) {
      return ((Fraction) value).value();
    }

    @Override
    public Object typed(double canonical) {
      return Fraction.of(canonical);
    }
  },
  MONEY(Money.class, QuantityParser.MONEY_FORM, "usd", "amount", "0.0012", "16994") {
    @Override
    Object read(String text) {
      return QuantityParser.money(text);
    }

    @Override
    public double canonical(Object value) {
      return ((Money) value).usd();
    }

    @Override
    public Object typed(double canonical) {
      return Money.ofUsd(canonical);
    }
  },
  /** A whole number (nodes, appliances in flight); value is a {@link Long}. */
  COUNT(Long.class, QuantityParser.COUNT_FORM, "count", "whole number", "4", "16") {
    @Override
    Object read(String text) {
      return (long) QuantityParser.count(text);
    }

    @Override
    public double canonical(Object value) {
      return ((Number) value).doubleValue();
    }

    @Override
    public Object typed(double canonical) {
      return (long) Math.rint(canonical);
    }
  },
  /** A plain real number (a ratio such as reduction 3:1); value is a {@link Double}. */
  NUMBER(Double.class, QuantityParser.NUMBER_FORM, "number", "plain number", "3", "1.5") {
    @Override
    Object read(String text) {
      return QuantityParser.number(text);
    }

    @Override
    public double canonical(Object value) {
      return ((Number) value).doubleValue();
    }

    @Override
    public Object typed(double canonical) {
      return canonical;
    }
  };

  private final Class<?> valueType;
  private final String form;
  private final String unit;
  private final String noun;
  private final String[] examples;

  ValueKind(Class<?> valueType, String form, String unit, String noun, String... examples) {
    this.valueType = valueType;
    this.form = form;
    this.unit = unit;
    this.noun = noun;
    this.examples = examples;
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
  public java.util.List<String> units() {
    return java.util.List.of();
  }

  /** Two values as a scenario writes them, for help texts and schemas. */
  public java.util.List<String> examples() {
    return java.util.List.of(examples);
  }

  /**
   * {@code text} read as a value of this kind, of {@link #valueType()}; a negative zero reads as
   * zero.
   *
   * @throws QuantityFormatException if the text is not a value of this kind
   */
  public Object parse(String text) {
    Object value = read(text);
    return canonical(value) == 0 ? typed(0) : value;
  }

  /**
   * {@code text} read as a value of this kind, in canonical units (for the command line's key
   * values: {@code --vary dataset.logical_size=1PB..1EB:log:40}).
   *
   * @throws QuantityFormatException if the text is not a value of this kind
   */
  public double canonical(String text) {
    return canonical(read(text));
  }

  /** The canonical double of a typed value of this kind. */
  public abstract double canonical(Object value);

  /** The typed value (of {@link #valueType()}) of a canonical double; counts are rounded. */
  public abstract Object typed(double canonical);

  abstract Object read(String text);
}
