package dev.drplan.analysis.decision;

/**
 * The sampled values of one uncertain input, aligned by sample index with a {@link
 * DecisionSamples}: value {@code i} is the input's draw in the future whose alternatives' values
 * are sample {@code i}. Values are in the input's canonical unit (bytes, bytes/s, seconds, ratio,
 * USD, count); the estimators use only their order and their spacing, so the unit does not change
 * any figure.
 *
 * <p>The array is copied on the way in; the object is immutable.
 */
public final class InputSamples {
  private final String name;
  private final double[] values;

  /**
   * @throws IllegalArgumentException for a blank name or a value that is not finite (the message
   *     names the input and the sample)
   */
  public InputSamples(String name, double[] values) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an input needs a name, was " + name);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "input " + name + ", sample " + i + ": expected a finite number, was " + values[i]);
      }
    }
    this.name = name;
    this.values = values.clone();
  }

  /** The input's name, e.g. its scenario key. */
  public String name() {
    return name;
  }

  /** The number of samples. */
  public int size() {
    return values.length;
  }

  /** The value in sample {@code i}, in the input's canonical unit. */
  public double value(int i) {
    return values[i];
  }

  /** The values without a copy, for the estimators of this package (never written). */
  double[] values() {
    return values;
  }

  /** Checks that this input has one value per sample of {@code problem}. */
  void checkAlignedWith(DecisionProblem problem) {
    if (values.length != problem.samples()) {
      throw new IllegalArgumentException(
          "input "
              + name
              + ": expected one value per sample ("
              + problem.samples()
              + "), was "
              + values.length);
    }
  }

  @Override
  public String toString() {
    return "InputSamples[" + name + ", " + values.length + " samples]";
  }
}
