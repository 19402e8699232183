package dev.drplan.model.backlog;

import dev.drplan.units.TimeSpan;
import java.time.Instant;

/**
 * The stretches a change profile had no rows for and took as "nothing changed", when gaps were
 * allowed ({@link ChangeProfile.GapPolicy#FILL_WITH_NO_CHANGE}). Nothing changing is the optimistic
 * reading of a hole in the measurements, so a report should say these figures whenever the count is
 * not zero.
 *
 * @param count how many gaps
 * @param total their combined length
 * @param longest the longest one
 * @param longestFrom where the longest one starts; {@code null} when there is none
 */
public record ProfileGaps(long count, TimeSpan total, TimeSpan longest, Instant longestFrom) {

  public static final ProfileGaps NONE = new ProfileGaps(0, TimeSpan.ZERO, TimeSpan.ZERO, null);

  public boolean isEmpty() {
    return count == 0;
  }
}
