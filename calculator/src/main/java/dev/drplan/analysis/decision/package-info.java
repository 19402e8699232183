/**
 * The mathematics of deciding under uncertainty, on arrays of Monte Carlo samples: the expected
 * value of perfect information ({@link dev.drplan.analysis.decision.Evpi}) and of partial perfect
 * information about one input ({@link dev.drplan.analysis.decision.BinnedEvppi}, {@link
 * dev.drplan.analysis.decision.RegressionEvppi}, ranked by {@link
 * dev.drplan.analysis.decision.InputRanking}), correlated sampling by rank reordering ({@link
 * dev.drplan.analysis.decision.ImanConover}), and the points where a recommendation changes along
 * one input ({@link dev.drplan.analysis.decision.FlipPointFinder}).
 *
 * <p>Nothing here knows about scenarios or the model: callers pass sample arrays (values in USD,
 * inputs in their canonical unit) and functions. Pure like the rest of the calculator: no I/O, no
 * clock, randomness only from a generator seeded with the caller's seed, and results that do not
 * depend on the thread count.
 */
package dev.drplan.analysis.decision;
