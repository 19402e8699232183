package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.backlog.ProfileReplay;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of a scenario's change profile as the backlog replays it (docs/model.md §5, "The
 * backlog"), read from the evaluation's {@link ProfileReplay}: the profile's grid, where on the
 * plan's clock it is replayed, how it is scaled, and its average and busiest change rates once
 * scaled. They exist only when the scenario has a change profile and the evaluation replayed it.
 */
public enum ChangeProfileFigure implements Figure {
  /** The profile's interval length. */
  CHANGE_PROFILE_STEP_SECONDS(
      "change_profile_step_seconds", ValueKind.DURATION, r -> r.profile().step()),
  /** T, the profile's span: the window every statistic of the replay covers. */
  CHANGE_PROFILE_SPAN_SECONDS("change_profile_span_seconds", ValueKind.DURATION, r -> r.window()),
  /** t0, by {@link ProfileReplay#replayedFrom}. */
  CHANGE_PROFILE_REPLAYED_FROM_SECONDS(
      "change_profile_replayed_from_seconds",
      ValueKind.DURATION,
      ProfileReplay::replayedFrom,
      Formula.when(
          s -> s.dataset().annualGrowth().value() >= 0,
          "t0 = max(0, H − T)",
          input("H", s -> s.scenario().horizon()),
          input("T", s -> replay(s).window())),
      Formula.rule(
          s -> true,
          "t0 = 0: the data shrinks, so day one holds the most",
          input("g", s -> s.dataset().annualGrowth()))),
  /** L_ref, the size the profile's amounts describe. */
  CHANGE_PROFILE_MEASURED_BYTES(
      "change_profile_measured_bytes", ValueKind.SIZE, ProfileReplay::measuredAt),
  /** {@link dev.drplan.model.backlog.GrowthScaling#atStart()}. */
  CHANGE_PROFILE_SCALE_START(
      "change_profile_scale_start",
      ValueKind.NUMBER,
      r -> r.scaling().atStart(),
      Formula.of(
          "scale(t0) = L(t0) / L_ref",
          input("L(t0)", s -> DataGrowth.logicalAt(s.dataset(), replay(s).replayedFrom())),
          input("L_ref", s -> replay(s).measuredAt()))),
  /** {@link ProfileReplay#averageRate()}. */
  CHANGE_PROFILE_AVERAGE_BYTES_PER_SECOND(
      "change_profile_average_bytes_per_second",
      ValueKind.RATE,
      ProfileReplay::averageRate,
      Formula.of(
          "average = Σ scaled change / T",
          input("Σ scaled change", s -> replay(s).scaledTotal()),
          input("T", s -> replay(s).window()))),
  /** {@link ProfileReplay#peakRate()}. */
  CHANGE_PROFILE_PEAK_BYTES_PER_SECOND(
      "change_profile_peak_bytes_per_second",
      ValueKind.RATE,
      ProfileReplay::peakRate,
      Formula.of(
          "peak = busiest interval's scaled change / step",
          input("busiest interval's scaled change", s -> replay(s).busiestInterval()),
          input("step", s -> replay(s).profile().step()))),
  /** How many gaps of a measured profile were read as nothing written. */
  CHANGE_PROFILE_GAPS("change_profile_gaps", ValueKind.COUNT, r -> r.profile().gaps().count()),
  /** Their combined length. */
  CHANGE_PROFILE_GAP_SECONDS(
      "change_profile_gap_seconds", ValueKind.DURATION, r -> r.profile().gaps().total());

  private final Definition definition;
  private final Function<ProfileReplay, ?> read;

  ChangeProfileFigure(
      String id, ValueKind kind, Function<ProfileReplay, ?> read, Formula... formulas) {
    this.definition = new Definition(id, kind, "§5", List.of(formulas));
    this.read = read;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The typed figure of {@code evaluation}'s replay; {@code null} when none ran. */
  public Object value(Evaluation evaluation) {
    return evaluation.replay() == null ? null : read.apply(evaluation.replay());
  }

  /** The figure in its canonical unit; NaN when no replay ran. */
  public double canonical(Evaluation evaluation) {
    return Figure.canonical(value(evaluation));
  }

  Derivation derive(Subject subject) {
    if (subject.evaluation().replay() == null) {
      return null;
    }
    return Formula.derive(this, formulas(), subject, s -> value(s.evaluation()));
  }

  private static ProfileReplay replay(Subject subject) {
    return subject.evaluation().replay();
  }

  @Override
  public String label() {
    switch (this) {
      case CHANGE_PROFILE_STEP_SECONDS:
        return "interval between change-profile points";
      case CHANGE_PROFILE_SPAN_SECONDS:
        return "length of the change profile";
      case CHANGE_PROFILE_REPLAYED_FROM_SECONDS:
        return "start of the replayed window";
      case CHANGE_PROFILE_MEASURED_BYTES:
        return "data size when the profile was measured";
      case CHANGE_PROFILE_SCALE_START:
        return "growth scaling at the start of the window";
      case CHANGE_PROFILE_AVERAGE_BYTES_PER_SECOND:
        return "average change rate of the profile";
      case CHANGE_PROFILE_PEAK_BYTES_PER_SECOND:
        return "peak change rate of the profile";
      case CHANGE_PROFILE_GAPS:
        return "gaps in the change profile";
      case CHANGE_PROFILE_GAP_SECONDS:
        return "time covered by gaps";
      default:
        return null;
    }
  }
}
