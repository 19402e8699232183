package dev.drplan.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Whose figure one input of a scenario is ({@code provenance:} in docs/scenario-format.md): the
 * customer's, stated in its own words, or an assumption with the reason for the value chosen. A
 * proposal may quote only the stated ones as the customer's; every output that lists inputs marks
 * each as stated or assumed (docs/model.md, "Output contract").
 *
 * @param key a key path of the scenario ({@code dataset.logical_size}), or a group of key paths
 *     ({@code primary.configurations}, {@code options.gcs-archive}) that covers every key below it
 *     not marked on its own
 * @param stated whether the customer stated the figure; otherwise it is an assumption
 * @param note for a stated figure, what the customer said; for an assumption, the reason for its
 *     value
 */
public record Provenance(String key, boolean stated, String note) {
  public Provenance {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(note, "note");
    if (note.isBlank()) {
      throw new IllegalArgumentException("note: a stated figure's words or an assumption's reason");
    }
  }

  /** Whether this entry marks the input at {@code path}: its own key, or a group above it. */
  public boolean covers(String path) {
    return path.equals(key) || path.startsWith(key + ".");
  }

  /**
   * The entry of {@code marks} that marks the input at {@code path}: the one with the longest key
   * that covers it (a key's own entry before its group's), or {@code null} when none does.
   */
  public static Provenance of(List<Provenance> marks, String path) {
    Provenance best = null;
    for (Provenance mark : marks) {
      if (mark.covers(path) && (best == null || mark.key().length() > best.key().length())) {
        best = mark;
      }
    }
    return best;
  }
}
