package dev.drplan.catalog;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/** The kind of quantity a catalog entry holds, which fixes the Java type of its value. */
public enum ValueKind {
  SIZE(DataSize.class),
  RATE(DataRate.class),
  DURATION(TimeSpan.class),
  FRACTION(Fraction.class),
  MONEY(Money.class),
  /** A whole number (nodes, appliances in flight); value is a {@link Long}. */
  COUNT(Long.class),
  /** A plain real number (a ratio such as reduction 3:1); value is a {@link Double}. */
  NUMBER(Double.class);

  private final Class<?> valueType;

  ValueKind(Class<?> valueType) {
    this.valueType = valueType;
  }

  public Class<?> valueType() {
    return valueType;
  }
}
