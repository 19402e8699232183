package dev.drplan.model;

import dev.drplan.units.Money;
import java.util.Arrays;

/**
 * The recurring cost of each month of the horizon, month 1 first. Kept as a primitive array so that
 * a full evaluation allocates one array per option, not one object per month; the pairs of one
 * option share it (it never leaves this class uncopied).
 */
public final class MonthlyCosts {
  private final double[] usd;
  private final double total;

  MonthlyCosts(double[] usd) {
    if (usd.length == 0) {
      throw new IllegalArgumentException("a horizon has at least one month");
    }
    this.usd = usd;
    double sum = 0;
    for (double month : usd) {
      sum += month;
    }
    this.total = sum;
  }

  public int months() {
    return usd.length;
  }

  /** The cost of month {@code index} (0 = the first month). */
  public Money month(int index) {
    return Money.ofUsd(usd[index]);
  }

  public Money first() {
    return month(0);
  }

  public Money last() {
    return month(usd.length - 1);
  }

  /** The sum over every month, first to last. */
  public Money total() {
    return Money.ofUsd(total);
  }

  /** A copy of the monthly figures in USD. */
  public double[] toUsdArray() {
    return usd.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MonthlyCosts && Arrays.equals(usd, ((MonthlyCosts) other).usd);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(usd);
  }

  @Override
  public String toString() {
    return Arrays.toString(usd);
  }
}
