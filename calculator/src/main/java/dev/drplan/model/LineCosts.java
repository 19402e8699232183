package dev.drplan.model;

import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost lines of one option (docs/model.md §6, §7): for each {@link CostLine} that applies to
 * it, its monthly run rate at the start and at the end of the horizon, its recurring total over the
 * horizon, its one-time cost and its share of one recovery event, in USD. A line that applies but
 * has no price in the scenario (a licence not given, a transfer tool not named) is <em>not
 * priced</em>: its amounts are {@code null} and add nothing to the totals, and the pair carries a
 * note that says so. Held in one array so that an evaluation allocates one per option.
 */
public final class LineCosts {
  private static final int LINES = CostLine.all().length;
  private static final int START = 0;
  private static final int END = 1;
  private static final int RECURRING = 2;
  private static final int ONE_TIME = 3;
  private static final int EVENT = 4;

  private final double[] usd = new double[5 * LINES];
  private int applies;
  private int priced;

  LineCosts() {}

  /** Marks {@code line} as applying to the option, priced or not. */
  LineCosts applies(CostLine line, boolean isPriced) {
    applies |= 1 << line.ordinal();
    if (isPriced) {
      priced |= 1 << line.ordinal();
    } else {
      priced &= ~(1 << line.ordinal());
    }
    return this;
  }

  void start(CostLine line, double amount) {
    usd[START * LINES + line.ordinal()] = amount;
  }

  void end(CostLine line, double amount) {
    usd[END * LINES + line.ordinal()] = amount;
  }

  void addRecurring(CostLine line, double amount) {
    usd[RECURRING * LINES + line.ordinal()] += amount;
  }

  void oneTime(CostLine line, double amount) {
    usd[ONE_TIME * LINES + line.ordinal()] = amount;
  }

  void event(CostLine line, double amount) {
    usd[EVENT * LINES + line.ordinal()] = amount;
  }

  /** Whether {@code line} applies to the option. */
  public boolean applies(CostLine line) {
    return (applies & (1 << line.ordinal())) != 0;
  }

  /** Whether {@code line} applies and the scenario prices it. */
  public boolean priced(CostLine line) {
    return (priced & (1 << line.ordinal())) != 0;
  }

  /** The lines that apply, in {@link CostLine} order. */
  public List<CostLine> lines() {
    List<CostLine> lines = new ArrayList<>();
    for (CostLine line : CostLine.all()) {
      if (applies(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** A bit per line that applies but is not priced, by ordinal: which note the pair carries. */
  int notPricedMask() {
    return applies & ~priced;
  }

  /** The lines that apply but are not priced, in {@link CostLine} order. */
  public List<CostLine> notPriced() {
    List<CostLine> lines = new ArrayList<>();
    for (CostLine line : CostLine.all()) {
      if (applies(line) && !priced(line)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The monthly run rate of {@code line} on day one; {@code null} when not priced. */
  public Money start(CostLine line) {
    return amount(START, line);
  }

  /** The monthly run rate of {@code line} at the end of the horizon; {@code null} if not priced. */
  public Money end(CostLine line) {
    return amount(END, line);
  }

  /** The sum of {@code line} over every month of the horizon; {@code null} when not priced. */
  public Money recurring(CostLine line) {
    return amount(RECURRING, line);
  }

  /** The one-time cost of {@code line}; {@code null} when not priced. */
  public Money oneTime(CostLine line) {
    return amount(ONE_TIME, line);
  }

  /** What {@code line} adds to one recovery event; {@code null} when not priced. */
  public Money event(CostLine line) {
    return amount(EVENT, line);
  }

  /** The line's recurring total plus its one-time cost; {@code null} when not priced. */
  public Money horizon(CostLine line) {
    return priced(line) ? Money.ofUsd(raw(RECURRING, line) + raw(ONE_TIME, line)) : null;
  }

  /** Σ of the priced lines' run rates on day one. */
  double startTotal() {
    return total(START);
  }

  /** Σ of the priced lines' run rates at the end of the horizon. */
  double endTotal() {
    return total(END);
  }

  /** Σ of the priced lines' one-time costs. */
  double oneTimeTotal() {
    return total(ONE_TIME);
  }

  /** Σ of the priced lines' recovery-event costs. */
  double eventTotal() {
    return total(EVENT);
  }

  private double total(int part) {
    double sum = 0;
    for (int i = 0; i < LINES; i++) {
      if ((priced & (1 << i)) != 0) {
        sum += usd[part * LINES + i];
      }
    }
    return sum;
  }

  private double raw(int part, CostLine line) {
    return usd[part * LINES + line.ordinal()];
  }

  private Money amount(int part, CostLine line) {
    return priced(line) ? Money.ofUsd(raw(part, line)) : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LineCosts
        && ((LineCosts) other).applies == applies
        && ((LineCosts) other).priced == priced
        && Arrays.equals(((LineCosts) other).usd, usd);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(usd) * 31 + applies * 7 + priced;
  }
}
