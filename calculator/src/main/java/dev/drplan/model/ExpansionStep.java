package dev.drplan.model;

import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;

/**
 * The D-boxes one configuration needs at the end of one year of the plan, what they cost and by
 * when they must be ordered (docs/model.md §2).
 *
 * @param year 1 for the end of the first year, ...
 * @param logicalSize L at the end of that year (or at the horizon, whichever is first)
 * @param dboxesNeeded the D-boxes that keep the fill under the limit then (never fewer than bought)
 * @param dboxesToAdd how many to add that year
 * @param spend dboxesToAdd · dbox_price; {@code null} when the D-box is not priced
 * @param fillsAt when the D-boxes owned before this step reach the fill limit, from day one; {@code
 *     null} when nothing is added
 * @param leadTime the procurement lead time the order dates count back
 */
public record ExpansionStep(
    int year,
    DataSize logicalSize,
    long dboxesNeeded,
    long dboxesToAdd,
    Money spend,
    TimeSpan fillsAt,
    TimeSpan leadTime) {

  /** A step of a plan that is not priced and has no order dates. */
  public ExpansionStep(int year, DataSize logicalSize, long dboxesNeeded, long dboxesToAdd) {
    this(year, logicalSize, dboxesNeeded, dboxesToAdd, null, null, TimeSpan.ZERO);
  }

  /**
   * The latest order date, fillsAt − lead_time, from day one; 0 when already late; {@code null}
   * when nothing is added.
   */
  public TimeSpan orderBy() {
    return fillsAt == null
        ? null
        : TimeSpan.ofSeconds(Math.max(0, fillsAt.seconds() - leadTime.seconds()));
  }

  /**
   * How far the latest order date lies before day one; 0 when there is time; {@code null} when
   * nothing is added.
   */
  public TimeSpan lateBy() {
    return fillsAt == null
        ? null
        : TimeSpan.ofSeconds(Math.max(0, leadTime.seconds() - fillsAt.seconds()));
  }
}
