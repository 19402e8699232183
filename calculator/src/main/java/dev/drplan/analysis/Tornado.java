package dev.drplan.analysis;

import java.util.List;

/**
 * A tornado of one metric of one pair: every uncertain input's bar, widest swing first.
 *
 * @param base the metric at the base scenario; {@code null} when the figure cannot exist
 * @param bars one bar per input: infinite swings first, then by swing, widest first, ties by key
 */
public record Tornado(
    Metric metric, String configuration, String option, Double base, List<TornadoBar> bars) {
  public Tornado {
    bars = List.copyOf(bars);
  }
}
