package dev.drplan.units;

/**
 * An amount of US dollars.
 *
 * <p>Stored as a {@code double} count of dollars: prices go down to fractions of a cent per GiB and
 * totals up to billions, and the model's arithmetic is floating point throughout (docs/model.md,
 * "rounding happens only when printing"). Never NaN, infinite or negative. {@link #toString()} is
 * canonical: the plain number, as the scenario format writes money.
 */
public record Money(double usd) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public Money {
    Quantities.requireNonNegativeFinite(usd, "usd");
  }

  public static Money ofUsd(double usd) {
    return new Money(usd);
  }

  public Money plus(Money other) {
    return new Money(usd + other.usd);
  }

  public Money times(double factor) {
    return new Money(usd * factor);
  }

  public static Money sum(Money... amounts) {
    double total = 0;
    for (Money amount : amounts) {
      total += amount.usd;
    }
    return new Money(total);
  }

  @Override
  public int compareTo(Money other) {
    return Double.compare(usd, other.usd);
  }

  @Override
  public String toString() {
    return Double.toString(usd);
  }
}
