package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a probe run ended, as {@code probe.json} records it in {@code outcome} (schema in
 * gcs-adapter/README.md): every step ran, or the run stopped early for one of three reasons.
 */
public enum Outcome {
  /** Every step ran and cleanup removed what the run wrote (or {@code --keep} kept it). */
  COMPLETED,
  /** The run's deadline ended it before every step finished. */
  DEADLINE_EXCEEDED,
  /** Ctrl-C (or another interrupt) ended it before every step finished. */
  INTERRUPTED,
  /** A step failed unexpectedly, or cleanup could not remove everything. */
  FAILED;

  /** The lower-case name written in JSON: {@code completed}, {@code deadline_exceeded}, ... */
  @JsonValue
  public String label() {
    return Labels.lowerCase(this);
  }

  /**
   * The outcome named {@code label} in a {@code probe.json}.
   *
   * @throws IllegalArgumentException naming the outcomes a probe writes
   */
  @JsonCreator
  public static Outcome ofLabel(String label) {
    return Labels.read(values(), Outcome::label, label, "an outcome");
  }
}
