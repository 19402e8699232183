package dev.drplan.gcs.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words the probe's enums are written as, on the command line and in {@code probe.json}, and
 * their reading back: one lookup for every such enum ({@link Operation}, {@link Outcome}, {@link
 * UslFit.Status}, {@link UploadMethod}).
 */
final class Labels {
  private Labels() {}

  /** The constant's name in lower case: {@code DEADLINE_EXCEEDED} is "deadline_exceeded". */
  static String lowerCase(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant whose label is {@code label}, or {@code null} when none is. */
  static <E extends Enum<E>> E find(E[] constants, Function<E, String> labelOf, String label) {
    for (E constant : constants) {
      if (labelOf.apply(constant).equals(label)) {
        return constant;
      }
    }
    return null;
  }

  /**
   * The constant whose label is {@code label}.
   *
   * @param what the kind of value with its article, for the error: "an outcome"
   * @throws IllegalArgumentException naming every label and the one found, e.g. {@code expected an
   *     operation, write or read, found "upload"}
   */
  static <E extends Enum<E>> E read(
      E[] constants, Function<E, String> labelOf, String label, String what) {
    E found = find(constants, labelOf, label);
    if (found == null) {
      List<String> labels = new ArrayList<>();
      for (E constant : constants) {
        labels.add(labelOf.apply(constant));
      }
      throw new IllegalArgumentException(
          "expected "
              + what
              + ", "
              + String.join(", ", labels.subList(0, labels.size() - 1))
              + " or "
              + labels.get(labels.size() - 1)
              + ", found "
              + (label == null ? "nothing" : "\"" + label + "\""));
    }
    return found;
  }
}
