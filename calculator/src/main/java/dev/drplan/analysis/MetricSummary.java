package dev.drplan.analysis;

/**
 * The distribution of one metric of one pair over the Monte Carlo samples, in the metric's
 * canonical unit. A percentile that falls on samples where the figure cannot exist is {@code null}
 * ("never"), not a huge number.
 *
 * @param p10 10th percentile (nearest rank), or {@code null} for never
 * @param p50 median, or {@code null} for never
 * @param p90 90th percentile, or {@code null} for never
 * @param mean the mean over every sample; {@code null} if any sample has no figure (its mean would
 *     be infinite)
 * @param min the smallest figure that exists, or {@code null} if none does
 * @param max the largest figure that exists, or {@code null} if none does
 * @param neverShare the share of samples in which the figure cannot exist
 */
public record MetricSummary(
    Metric metric,
    Double p10,
    Double p50,
    Double p90,
    Double mean,
    Double min,
    Double max,
    double neverShare) {}
