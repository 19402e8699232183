package dev.drplan.analysis;

import java.util.List;

/**
 * What {@link Sweep#run} found.
 *
 * @param axes the swept keys
 * @param rows every point, line by line: the first key varying fastest, each value of the second
 *     key (if any) one line
 * @param landmarks every change found along the first key, in the order found (by line, then step,
 *     then pair)
 * @param tolerance the relative width to which each landmark's bracket was narrowed
 */
public record SweepResult(
    List<SweepAxis> axes, List<SweepRow> rows, List<Landmark> landmarks, double tolerance) {
  public SweepResult {
    axes = List.copyOf(axes);
    rows = List.copyOf(rows);
    landmarks = List.copyOf(landmarks);
  }
}
