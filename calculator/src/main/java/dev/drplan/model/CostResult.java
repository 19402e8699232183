package dev.drplan.model;

import dev.drplan.units.Money;

/**
 * What a pair costs (docs/model.md §7), line by line and in total.
 *
 * @param monthly what every month of the horizon bills, first to last: the integral of the
 *     recurring lines over the month
 * @param oneTime the one-time lines: the seed's object writes and transfer fee, appliances, the
 *     egress of an existing copy
 * @param horizon the sum of the monthly costs plus the one-time costs
 * @param lines every cost line
 * @param start the monthly run rate of the recurring lines on day one
 * @param end the monthly run rate of the recurring lines at the end of the horizon
 */
public record CostResult(
    MonthlyCosts monthly, Money oneTime, Money horizon, LineCosts lines, Money start, Money end) {

  /** The costs of a pair, its horizon cost by {@link CloudCost#horizonCost}. */
  static CostResult of(MonthlyCosts monthly, LineCosts lines) {
    Money oneTime = Money.ofUsd(lines.oneTimeTotal());
    return new CostResult(
        monthly,
        oneTime,
        CloudCost.horizonCost(monthly, oneTime),
        lines,
        Money.ofUsd(lines.startTotal()),
        Money.ofUsd(lines.endTotal()));
  }
}
