package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What one probe step does to objects. */
public enum Operation {
  /** Upload new objects. */
  WRITE,
  /** Download objects the probe wrote for the purpose. */
  READ;

  /** The lower-case name used on the command line and in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operation named {@code label}, or {@code null} when there is none. */
  public static Operation fromLabel(String label) {
    for (Operation operation : values()) {
      if (operation.label().equals(label)) {
        return operation;
      }
    }
    return null;
  }

  /**
   * The operation named {@code label} in a {@code probe.json}.
   *
   * @throws IllegalArgumentException when it names none
   */
  @JsonCreator
  static Operation ofJson(String label) {
    Operation operation = fromLabel(label);
    if (operation == null) {
      throw new IllegalArgumentException(
          "expected an operation, write or read, found "
              + (label == null ? "nothing" : "\"" + label + "\""));
    }
    return operation;
  }
}
