package dev.drplan.analysis;

/**
 * Monte Carlo results of one primary configuration.
 *
 * @param fitsHorizon share of samples in which the configuration holds the data through the horizon
 *     (§2)
 */
public record ConfigurationSummary(String configuration, double fitsHorizon) {}
