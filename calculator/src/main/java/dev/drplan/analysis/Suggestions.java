package dev.drplan.analysis;

import java.util.List;
import java.util.Locale;

/** "Did you mean": the closest of a list of names by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code requested}: one that ends with ".requested" (a path given
   * without its section), else the one at the smallest edit distance if that distance is at most a
   * third of the name's length (and at least 2); {@code null} when nothing is that close.
   */
  static String closest(String requested, List<String> candidates) {
    if (requested == null) {
      return null;
    }
    String wanted = requested.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.endsWith("." + wanted)) {
        return candidate;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
