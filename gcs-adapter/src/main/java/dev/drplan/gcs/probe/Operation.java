package dev.drplan.gcs.probe;

import java.util.Locale;

/** What one probe step does to objects. */
public enum Operation {
  /** Upload new objects. */
  WRITE,
  /** Download objects the probe wrote for the purpose. */
  READ;

  /** The lower-case name used on the command line and in JSON. */
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
}
