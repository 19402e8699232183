package dev.drplan.scenario;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for keys and names: the closest candidate by edit distance, if it is close enough
 * to be a likely slip rather than a different word. The one implementation that the scenario loader
 * (YAML keys, catalog names) and the analysis keys ({@code sweep}, {@code solve}) share.
 */
public final class Suggestions {
  private Suggestions() {}

  /** Longest input compared; longer strings are never a slip of a short key. */
  private static final int MAX_COMPARED = 200;

  /**
   * The candidate closest to {@code input}, or {@code null} if none is close. Case, hyphens and
   * underscores are compared loosely ({@code Logical-Size} suggests {@code logical_size}); beyond
   * that, up to a third of the length (at least 2 edits for words of 4+ letters) may differ;
   * failing that, the one candidate containing the input ({@code restore} suggests {@code
   * restore-to-primary}).
   */
  public static String closest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty() || input.length() > MAX_COMPARED) {
      return null;
    }
    String loose = loosen(input);
    for (String candidate : candidates) {
      // A dotted path given without its leading sections: "daily_change" for
      // "dataset.daily_change".
      if (candidate.contains(".") && loosen(candidate).endsWith("." + loose)) {
        return candidate;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input) || candidate.length() > MAX_COMPARED) {
        continue;
      }
      int distance = distance(loose, loosen(candidate));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best == null) {
      return null;
    }
    int shorter = Math.min(loose.length(), loosen(best).length());
    int allowed = shorter < 4 ? 1 : Math.max(2, shorter / 3);
    return bestDistance <= allowed ? best : onlyContaining(loose, candidates);
  }

  /** The one candidate that contains {@code loose} (4+ characters), or {@code null}. */
  private static String onlyContaining(String loose, Collection<String> candidates) {
    if (loose.length() < 4) {
      return null;
    }
    String found = null;
    for (String candidate : candidates) {
      if (loosen(candidate).contains(loose)) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  private static String loosen(String text) {
    return text.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  public static int distance(String a, String b) {
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
