package dev.drplan.model;

import dev.drplan.units.Money;

/**
 * What a pair costs (docs/model.md §7).
 *
 * @param monthly recurring cost of every month of the horizon, first to last
 * @param oneTime the seed's object writes and appliance fees
 * @param horizon the sum of the monthly costs plus the one-time costs
 */
public record CostResult(MonthlyCosts monthly, Money oneTime, Money horizon) {

  /** The costs of a pair, its horizon cost by {@link CloudCost#horizonCost}. */
  static CostResult of(MonthlyCosts monthly, Money oneTime) {
    return new CostResult(monthly, oneTime, CloudCost.horizonCost(monthly, oneTime));
  }
}
