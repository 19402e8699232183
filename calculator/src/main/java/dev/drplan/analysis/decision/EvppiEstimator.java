package dev.drplan.analysis.decision;

/** Which estimator of the expected value of partial perfect information to use. */
public enum EvppiEstimator {
  /** {@link RegressionEvppi}: piecewise-linear least squares, pieces chosen by BIC. The default. */
  REGRESSION {
    @Override
    public VoiEstimate estimate(DecisionProblem problem, InputSamples input) {
      return RegressionEvppi.estimate(problem, input);
    }
  },

  /** {@link BinnedEvppi}: sort and bin, round(√n) bins; biased upwards, a cross-check. */
  BINNED {
    @Override
    public VoiEstimate estimate(DecisionProblem problem, InputSamples input) {
      return BinnedEvppi.estimate(problem, input);
    }
  };

  /** EVPPI of {@code input} in USD, with its standard error. */
  public abstract VoiEstimate estimate(DecisionProblem problem, InputSamples input);
}
