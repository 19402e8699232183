/**
 * The model of spec/model.md, one class per part: {@link dev.drplan.model.DataGrowth} (§1), {@link
 * dev.drplan.model.PrimaryFit} (§2), {@link dev.drplan.model.ReplicationRate} (§3), {@link
 * dev.drplan.model.SeedTime} (§4), {@link dev.drplan.model.RecoveryPoint} (§5), {@link
 * dev.drplan.model.RecoveryTime} (§6), {@link dev.drplan.model.CloudCost} (§7) and {@link
 * dev.drplan.model.Verdict} (§8), wired month by month by {@link dev.drplan.model.Evaluator}.
 * Results carry their reasons; infeasible is a value, not an exception.
 */
package dev.drplan.model;
