package dev.drplan.model.backlog;

import dev.drplan.model.DataGrowth;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.Objects;

/**
 * A scenario's change profile placed on the plan's clock (docs/model.md §5, "The backlog"): which
 * stretch of the horizon it is replayed over and how its amounts are scaled to the data of that
 * stretch. The convention: the profile is replayed where the data is largest, so that the RPO it
 * gives holds at the worst point of the plan, as §5's closed form does —
 *
 * <ul>
 *   <li>when the data grows or stays (g ≥ 0), ending at the horizon: from t0 = max(0, H − T);
 *   <li>when it shrinks, from day one: t0 = 0.
 * </ul>
 *
 * A profile longer than the horizon is replayed from day one and runs past the horizon's end, still
 * growing. Its amounts are multiplied by L(t0 + τ) / L_ref at offset τ into it (§1), where L_ref is
 * the size it was measured at; a synthetic profile is generated at day one's average change rate
 * (L_ref = L0), one hour a step over 365 days from {@link #SYNTHETIC_START}.
 */
public final class ProfileReplay {

  /**
   * Where a synthetic profile starts on the calendar: Monday 2029-01-15. Its year holds twelve
   * month-end bursts, the last two weeks before its end, so that the queue a burst leaves can drain
   * within the replay. The dates a synthetic replay reports are that year's; only the day of the
   * week and the day of the month carry meaning.
   */
  public static final Instant SYNTHETIC_START = Instant.parse("2029-01-15T00:00:00Z");

  /**
   * The most bytes a size of the replay may reach, an interval's scaled change or a backlog: 1,000
   * EB, the largest size a scenario takes and the most a measured interval may hold ({@link
   * ChangeProfile#MAX_INTERVAL_BYTES}). Beyond it the profile was scaled from a size far below the
   * data's (a measured_size of bytes against exabytes), and its figures are not given.
   */
  public static final double LARGEST_BYTES = ChangeProfile.MAX_INTERVAL_BYTES;

  /**
   * The most bytes per second a rate of the replay may reach: 1,000 EB/s, as a scenario's rates.
   */
  public static final double LARGEST_BYTES_PER_SECOND = 1e21;

  /** {@link #LARGEST_BYTES} and {@link #LARGEST_BYTES_PER_SECOND} as messages write them. */
  public static final String LARGEST_TEXT = "1,000 EB";

  /** A synthetic profile's interval: its rate is constant within each hour. */
  public static final TimeSpan SYNTHETIC_STEP = TimeSpan.ofHours(1);

  /** A synthetic profile's span: 365 days, with one month-end burst of each month. */
  public static final TimeSpan SYNTHETIC_SPAN = TimeSpan.ofDays(365);

  private final ChangeProfileSpec spec;
  private final ChangeProfile profile;
  private final DataSize measuredAt;
  private final TimeSpan replayedFrom;
  private final GrowthScaling scaling;
  private final DataSize scaledTotal;
  private final DataSize busiestInterval;
  private final Instant busiestAt;

  private ProfileReplay(
      ChangeProfileSpec spec,
      ChangeProfile profile,
      DataSize measuredAt,
      TimeSpan replayedFrom,
      GrowthScaling scaling) {
    this.spec = spec;
    this.profile = profile;
    this.measuredAt = measuredAt;
    this.replayedFrom = replayedFrom;
    this.scaling = scaling;
    GrowthScaling.Steps factors = scaling.steps(profile.stepSeconds());
    double total = 0;
    double busiest = 0;
    int busiestIndex = 0;
    for (int i = 0; i < profile.size(); i++) {
      double bytes = profile.bytesAt(i) * factors.next();
      total += bytes;
      if (bytes > busiest) {
        busiest = bytes;
        busiestIndex = i;
      }
    }
    this.scaledTotal = DataSize.ofBytes(total);
    this.busiestInterval = DataSize.ofBytes(busiest);
    this.busiestAt = profile.startOf(busiestIndex);
  }

  /**
   * The replay of {@code scenario}'s change profile; {@code null} when it has none.
   *
   * @throws IllegalStateException if the profile is a file the loader has not read
   */
  public static ProfileReplay of(Scenario scenario) {
    ChangeProfileSpec spec = scenario.changeProfile();
    if (spec == null) {
      return null;
    }
    Dataset dataset = scenario.dataset();
    ChangeProfile profile;
    DataSize measuredAt;
    if (spec.isMeasured()) {
      if (spec.measured() == null) {
        throw new IllegalStateException(
            "the change profile " + spec.file().path() + " has not been read");
      }
      profile = spec.measured();
      measuredAt = spec.measuredSize();
    } else {
      measuredAt = dataset.logicalSize();
      profile =
          new SyntheticPattern(DataGrowth.averageChangeRate(dataset, measuredAt), spec.synthetic())
              .generate(SYNTHETIC_START, SYNTHETIC_STEP, SYNTHETIC_SPAN);
    }
    TimeSpan from = replayedFrom(dataset, scenario.horizon(), profile.span());
    return new ProfileReplay(
        spec, profile, measuredAt, from, GrowthScaling.of(dataset, measuredAt, from));
  }

  /**
   * t0, where on the plan's clock the profile's first interval is replayed: max(0, H − T) when the
   * data grows or stays, 0 when it shrinks (the largest data, as in the class description).
   */
  public static TimeSpan replayedFrom(Dataset dataset, TimeSpan horizon, TimeSpan span) {
    if (dataset.annualGrowth().value() < 0) {
      return TimeSpan.ZERO;
    }
    return TimeSpan.ofSeconds(Math.max(0, horizon.seconds() - span.seconds()));
  }

  /** Where the profile came from, as the scenario gives it. */
  public ChangeProfileSpec spec() {
    return spec;
  }

  /** The profile as measured (or generated), before scaling, on its own clock. */
  public ChangeProfile profile() {
    return profile;
  }

  /** L_ref, the logical size the profile's amounts describe: measured_size, or L0 if synthetic. */
  public DataSize measuredAt() {
    return measuredAt;
  }

  /** t0, where the replay starts on the plan's clock (0 is day one). */
  public TimeSpan replayedFrom() {
    return replayedFrom;
  }

  /** T, the profile's span: the window every statistic of the replay covers. */
  public TimeSpan window() {
    return profile.span();
  }

  /** How the amounts are scaled: L(t0) / L_ref at the start, growing by g. */
  public GrowthScaling scaling() {
    return scaling;
  }

  /** Everything that changed over the replay, scaled. */
  public DataSize scaledTotal() {
    return scaledTotal;
  }

  /** The average change rate over the replay, scaled: total / T. */
  public DataRate averageRate() {
    return DataRate.of(scaledTotal, window());
  }

  /** What changed in the busiest interval, scaled. */
  public DataSize busiestInterval() {
    return busiestInterval;
  }

  /** Where the busiest interval starts, on the profile's own clock. */
  public Instant busiestAt() {
    return busiestAt;
  }

  /**
   * Whether every interval of the profile, scaled to the data it is replayed on, stays within
   * {@link #LARGEST_BYTES}: the rule a measured interval is held to, held to the scaled one.
   */
  public boolean withinDataLimit() {
    return busiestInterval.bytes() <= LARGEST_BYTES;
  }

  /**
   * The smallest L_ref (measured_size) at which the busiest interval, scaled, stays within {@link
   * #LARGEST_BYTES}: L_ref · busiest scaled change / {@link #LARGEST_BYTES}, since the scale is
   * L(t) / L_ref.
   */
  public DataSize smallestMeasuredSizeWithinDataLimit() {
    return DataSize.ofBytes(measuredAt.bytes() * (busiestInterval.bytes() / LARGEST_BYTES));
  }

  /** The change rate of the busiest interval, scaled: its change / step. */
  public DataRate peakRate() {
    return DataRate.of(busiestInterval, profile.step());
  }

  /** The snapshot deltas of copies every {@code interval} over the replay. */
  public SnapshotDeltas deltas(TimeSpan interval) {
    return SnapshotDeltas.of(profile, scaling, interval);
  }

  /**
   * How many snapshots copies every {@code interval} take over the replay; above {@link
   * SnapshotDeltas#MAX_SNAPSHOTS} the replay cannot be run.
   */
  public double snapshots(TimeSpan interval) {
    Objects.requireNonNull(interval, "interval");
    return SnapshotDeltas.count(window().seconds(), interval.seconds());
  }
}
