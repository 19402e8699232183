package dev.drplan.model;

import dev.drplan.units.DataSize;

/**
 * The D-boxes one configuration needs at the end of one year of the plan (docs/model.md §2).
 *
 * @param year 1 for the end of the first year, ...
 * @param logicalSize L at the end of that year (or at the horizon, whichever is first)
 * @param dboxesNeeded the D-boxes that keep the fill under the limit then (never fewer than bought)
 * @param dboxesToAdd how many to add that year
 */
public record ExpansionStep(int year, DataSize logicalSize, long dboxesNeeded, long dboxesToAdd) {}
