package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What one probe step does to objects. */
public enum Operation {
  /** Upload new objects. */
  WRITE,
  /** Download objects the probe wrote for the purpose. */
  READ;

  /** The lower-case name used on the command line and in JSON. */
  @JsonValue
  public String label() {
    return Labels.lowerCase(this);
  }

  /** The operation named {@code label}, or {@code null} when there is none. */
  public static Operation fromLabel(String label) {
    return Labels.find(values(), Operation::label, label);
  }

  /**
   * The operation named {@code label} in a {@code probe.json}.
   *
   * @throws IllegalArgumentException when it names none
   */
  @JsonCreator
  static Operation ofJson(String label) {
    return Labels.read(values(), Operation::label, label, "an operation");
  }
}
