/**
 * Uncertainty and exploration on top of the engine: the registry of numeric scenario keys ({@link
 * dev.drplan.analysis.ScenarioKeys}), uncertain inputs and their distributions, Monte Carlo ({@link
 * dev.drplan.analysis.MonteCarlo}), sensitivity ({@link dev.drplan.analysis.Sensitivity}), sweeps
 * with landmarks ({@link dev.drplan.analysis.Sweep}), a solver ({@link dev.drplan.analysis.Solve})
 * and everything the proposal report draws ({@link dev.drplan.analysis.ProposalAnalysis}). Pure
 * like the rest of the calculator: scenarios in, records out; randomness only from generators
 * seeded by the caller; threads only from a pool of the size the caller gives, shut down before
 * returning.
 *
 * <p>Every figure comes from {@link dev.drplan.model.Evaluator#evaluate}: this package changes
 * inputs and reads results, and has no formula of docs/model.md of its own.
 */
package dev.drplan.analysis;
