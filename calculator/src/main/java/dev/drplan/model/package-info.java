/**
 * The model of docs/model.md, one class per part: {@link dev.drplan.model.DataGrowth} and {@link
 * dev.drplan.model.Turnover} (§1), {@link dev.drplan.model.PrimaryFit} (§2), {@link
 * dev.drplan.model.ReplicationRate} (§3), {@link dev.drplan.model.SeedTime} (§4), {@link
 * dev.drplan.model.RecoveryPoint} (§5), {@link dev.drplan.model.RecoveryTime} (§6), {@link
 * dev.drplan.model.CloudCost} (the formula of each {@link dev.drplan.model.CostLine}), {@link
 * dev.drplan.model.CopyBucket} (a data copy's retained versions and early deletion) and {@link
 * dev.drplan.model.CostLedger} (every line integrated month by month into {@link
 * dev.drplan.model.LineCosts}) (§7), and {@link dev.drplan.model.FeasibilityRules} and {@link
 * dev.drplan.model.Verdict} (§8), wired by {@link dev.drplan.model.Evaluator}. Results carry their
 * reasons; infeasible is a value, not an exception.
 *
 * <p>Every output figure is defined once, in {@link dev.drplan.model.ScenarioFigure}, {@link
 * dev.drplan.model.ConfigurationFigure} and {@link dev.drplan.model.PairFigure}: its JSON key,
 * kind, section, the formulas {@code drplan explain} prints (derived for a {@link
 * dev.drplan.model.Subject}) and how it is read from a result. Reports and the analyses read those
 * definitions.
 */
package dev.drplan.model;
