package dev.drplan.model;

import java.util.List;

/**
 * The pair to recommend and why (docs/model.md §8).
 *
 * @param configuration the configuration, or {@code null} when no pair is feasible
 * @param option the option, or {@code null} when no pair is feasible
 * @param why the reasons, in order, with the figures that decided them; report writers join them
 *     into one sentence
 */
public record Recommendation(String configuration, String option, List<Reason> why) {
  public Recommendation {
    why = List.copyOf(why);
  }

  public boolean found() {
    return option != null;
  }
}
