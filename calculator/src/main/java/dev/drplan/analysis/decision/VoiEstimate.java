package dev.drplan.analysis.decision;

/**
 * An estimate of a value of information from Monte Carlo samples.
 *
 * @param usd the estimate, in USD, at least 0
 * @param standardErrorUsd its standard error by batch means, in USD: the samples are cut into
 *     {@code batches} runs of consecutive samples, the same estimator is applied to each run, and
 *     the standard error is the standard deviation of the run estimates divided by √batches. It
 *     measures sampling noise only, not the estimator's bias (see the estimator's documentation).
 * @param batches the number of batches behind the standard error
 */
public record VoiEstimate(double usd, double standardErrorUsd, int batches) {}
