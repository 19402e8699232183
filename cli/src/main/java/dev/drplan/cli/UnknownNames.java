package dev.drplan.cli;

import dev.drplan.analysis.UnknownNameException;
import dev.drplan.scenario.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How every command-line lookup of a name says it found none ({@code --vary} and {@code --find}
 * keys, {@code --metric}, {@code --option}, {@code --configuration}, the names in {@code
 * --subject-to}): the closest name first, on the first line, since that is what a reader scanning a
 * terminal needs; then every valid name, compactly, on a line of its own ({@link #compact}). A
 * scenario has about a hundred keys: listed one by one before the suggestion, they buried it.
 */
final class UnknownNames {
  private UnknownNames() {}

  /** The error for {@code unknown}, given to {@code option} (e.g. "--vary"). */
  static InputException of(String option, UnknownNameException unknown) {
    return of(
        option, unknown.what(), unknown.requested(), unknown.validNames(), unknown.suggestion());
  }

  /**
   * Checks that {@code name}, given to {@code option}, is one of {@code names}.
   *
   * @param what what kind of name it is, in words: "option", "configuration"
   * @throws InputException leading with the closest name, then listing them all
   */
  static void require(String option, String what, String name, List<String> names) {
    if (!names.contains(name)) {
      throw of(option, what, name, names, Suggestions.closest(name, names));
    }
  }

  private static InputException of(
      String option, String what, String found, List<String> valid, String suggestion) {
    String head = option + ": unknown " + what + " \"" + found + "\"";
    String all = "the " + what + "s: " + compact(valid);
    if (suggestion == null) {
      return InputException.of(head + "; expected one of " + all);
    }
    return InputException.of(head + "; did you mean \"" + suggestion + "\"?\n" + all);
  }

  /**
   * {@code names} in few words: dotted paths that share all but their last part are written once
   * with their last parts in braces ({@code dataset.{logical_size, annual_growth}}), and such
   * groups that differ in one part only, with the same last parts, once with that part in braces
   * ({@code options.{gcs-archive, gcs-coldline}.copy_engine.{hosts, per_stream}}); groups are
   * separated by "; ", in the order the names come. Names without a dot are listed as they are.
   */
  static String compact(List<String> names) {
    Map<String, List<String>> byParent = new LinkedHashMap<>();
    for (String name : names) {
      int dot = name.lastIndexOf('.');
      String parent = dot < 0 ? "" : name.substring(0, dot);
      byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(name.substring(dot + 1));
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : byParent.entrySet()) {
      String[] parts = entry.getKey().isEmpty() ? new String[0] : entry.getKey().split("\\.", -1);
      boolean merged = false;
      for (Group group : groups) {
        if (group.absorbs(parts, entry.getValue())) {
          merged = true;
          break;
        }
      }
      if (!merged) {
        groups.add(new Group(parts, entry.getValue()));
      }
    }
    List<String> written = new ArrayList<>();
    for (Group group : groups) {
      written.add(group.toString());
    }
    return String.join("; ", written);
  }

  /** Paths whose parents differ in at most one part, {@link #varying}, with the same last parts. */
  private static final class Group {
    final String[] parts;
    final List<String> leaves;
    final List<String> variants = new ArrayList<>();
    int varying = -1;

    Group(String[] parts, List<String> leaves) {
      this.parts = parts;
      this.leaves = leaves;
    }

    /** Takes in the parent {@code other} when it differs from this one's in the varying part. */
    boolean absorbs(String[] other, List<String> otherLeaves) {
      if (other.length != parts.length || !otherLeaves.equals(leaves)) {
        return false;
      }
      int differs = -1;
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].equals(other[i])) {
          if (differs >= 0) {
            return false;
          }
          differs = i;
        }
      }
      if (differs < 0 || (varying >= 0 && varying != differs)) {
        return false;
      }
      if (varying < 0) {
        varying = differs;
        variants.add(parts[differs]);
      }
      variants.add(other[differs]);
      return true;
    }

    @Override
    public String toString() {
      if (parts.length == 0) {
        return String.join(", ", leaves);
      }
      String[] shown = Arrays.copyOf(parts, parts.length);
      if (varying >= 0) {
        shown[varying] = "{" + String.join(", ", variants) + "}";
      }
      String parent = String.join(".", shown);
      return leaves.size() == 1
          ? parent + "." + leaves.get(0)
          : parent + ".{" + String.join(", ", leaves) + "}";
    }
  }
}
