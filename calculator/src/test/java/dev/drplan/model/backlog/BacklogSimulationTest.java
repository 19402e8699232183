package dev.drplan.model.backlog;

import static dev.drplan.model.backlog.Profiles.HOUR;
import static dev.drplan.model.backlog.Profiles.MINUTE;
import static dev.drplan.model.backlog.Profiles.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.RecoveryPoint;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BacklogSimulationTest {

  private static final double GB = 1e9;

  /**
   * λ = 1 GB/s, R = 4 GB/s, I = 1 h over one day of one-minute intervals: every delta is λ · I =
   * 3.6 TB and takes s = λ · I / R = 900 s to copy, so no copy waits for another. After each copy
   * the RPO is s and it climbs to I + s before the next copy lands: the model's §5 RPO is the
   * maximum. In steady state the RPO spends equal time at every value in [s, I + s], a mean of I /
   * 2 + s; the first interval starts from the origin, fully copied, so it spends its time on [0, I
   * + s], and the last is cut at the end of the day, on [s, I]. Over N = 24 intervals that makes
   * the mean (I / 2 + s) − s / N.
   */
  @Test
  void aConstantRateBelowCapacityPeaksAtTheModelsRpo() {
    DataRate lambda = DataRate.ofGigabytesPerSecond(1);
    DataRate rate = DataRate.ofGigabytesPerSecond(4);
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.constant(MINUTE, 1440, lambda),
            GrowthScaling.NONE,
            HOUR,
            rate,
            TimeSpan.ofHours(4));

    double s = 1e9 * 3600 / 4e9;
    assertThat(result.rpoMax().seconds()).isCloseTo(3600 + 1e9 * 3600 / 4e9, within(1e-6));
    assertThat(result.rpoMax().seconds())
        .isCloseTo(RecoveryPoint.rpo(HOUR, lambda, rate).seconds(), within(1e-6));
    assertThat(result.rpoMean().seconds()).isCloseTo(3600 / 2.0 + s - s / 24, within(1e-6));
    // Time at or under x, for s <= x <= I: the first segment gives x, the 22 full ones x − s
    // each, the last x − s. P50 solves 24 x − 23 s = 0.5 · 86,400.
    assertThat(result.rpoP50().seconds()).isCloseTo((0.5 * 86_400 + 23 * s) / 24, within(1e-6));
    // Above I the last segment has given all its 2,700 s: x + 22 (x − s) + 2,700 = p · 86,400.
    assertThat(result.rpoP95().seconds())
        .isCloseTo((0.95 * 86_400 + 22 * s - 2700) / 23, within(1e-6));
    assertThat(result.rpoP99().seconds())
        .isCloseTo((0.99 * 86_400 + 22 * s - 2700) / 23, within(1e-6));
    assertThat(result.withinObjective().value()).isEqualTo(1.0);
    assertThat(result.violations()).isZero();
    assertThat(result.largestBacklog().bytes()).isCloseTo(1e9 * 3600, within(1e-3));
    assertThat(result.largestBacklogAt()).isEqualTo(MONDAY.plusSeconds(3600));
    assertThat(result.drainTime().seconds()).isCloseTo(s, within(1e-9));
    assertThat(result.catchesUp()).isTrue();
    assertThat(result.averageArrival().bytesPerSecond()).isCloseTo(1e9, within(1e-3));
  }

  /**
   * The wording, "a constant rate below capacity gives an RPO of one interval": with R far
   * above λ (1 GB/s against 1 PB/s) each hour's 3.6 TB copies in 3.6 s, so the RPO peaks at one
   * interval plus 3.6 s, and is within an objective of one interval plus 4 s all of the time.
   */
  @Test
  void aConstantRateFarBelowCapacityGivesAnRpoOfOneInterval() {
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.constant(MINUTE, 1440, DataRate.ofGigabytesPerSecond(1)),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofBytesPerSecond(1e15),
            TimeSpan.ofSeconds(3600 + 4));

    assertThat(result.rpoMax().seconds()).isCloseTo(3600 + 3.6e12 / 1e15, within(1e-6));
    assertThat(result.withinObjective().value()).isEqualTo(1.0);
    assertThat(result.violations()).isZero();
  }

  /**
   * The chart's RPO line runs edge to edge of its stretch. λ = 0.5 GB/s, R = 1 GB/s, hourly copies
   * over one day: the origin is copied, so the RPO climbs from 0 until snapshot 1's copy lands at 1
   * h + 1.8e12 / 1e9 s = 1.5 h, drops to 0.5 h, and so on; at the day's end, 24 h, snapshot 23
   * (copied at 23.5 h) is the newest, an RPO of 1 h. 23 copies land within the day, two points
   * each, plus the two edges.
   */
  @Test
  void theChartsRpoLineStartsAtTheOriginAndEndsAtTheReplaysEnd() {
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.constant(MINUTE, 1440, DataRate.ofGigabytesPerSecond(0.5)),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofGigabytesPerSecond(1),
            TimeSpan.ofHours(4));

    double[][] rpo = result.series().around(86_400, TimeSpan.ofDays(7)).rpo();

    assertThat(rpo).hasNumberOfRows(2 + 2 * 23);
    assertThat(rpo[0]).containsExactly(0, 0);
    assertThat(rpo[1]).containsExactly(new double[] {5400, 5400}, within(1e-6));
    assertThat(rpo[2]).containsExactly(new double[] {5400, 1800}, within(1e-6));
    assertThat(rpo[rpo.length - 1]).containsExactly(new double[] {86_400, 3600}, within(1e-6));
  }

  /**
   * A background λ = 1 GB/s, R = 2 GB/s, and in the hour to 10:00 a burst of B = 3 · (R − λ) · I
   * bytes more. The queue shrinks by (R − λ) · I per interval, so it empties B / (R − λ) = 3 h
   * after the snapshot that took the burst, exactly when B is a whole number of (R − λ) · I.
   */
  @Test
  void aBurstDrainsInItsSizeOverTheSpareRate() {
    double lambda = 1 * GB;
    double rate = 2 * GB;
    double burst = 3 * (rate - lambda) * 3600;
    double[] perSecond = new double[24];
    Arrays.fill(perSecond, lambda);
    perSecond[9] += burst / 3600;

    BacklogResult result =
        BacklogSimulation.run(
            Profiles.hourly(perSecond),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofBytesPerSecond(rate),
            TimeSpan.ofHours(4));

    assertThat(result.drainTime().seconds()).isCloseTo(burst / (rate - lambda), within(1e-6));
    assertThat(result.largestBacklog().bytes()).isCloseTo(burst + lambda * 3600, within(1.0));
    assertThat(result.largestBacklogAt()).isEqualTo(MONDAY.plusSeconds(10 * 3600));
    // Snapshot 10 waits for nothing, so its copy takes (B + λ · I) / R.
    assertThat(result.series().lagOf(10).seconds())
        .isCloseTo((burst + lambda * 3600) / rate, within(1e-6));
    assertThat(result.series().queuedAfter(10).bytes())
        .isCloseTo(burst + lambda * 3600, within(1e3));
  }

  /**
   * The same with B = 2.5 · (R − λ) · I: the queue is still busy when the third snapshot after the
   * burst arrives, so three intervals of background join it and it empties at (B + 3 · λ · I) / R,
   * between B / (R − λ) and B / (R − λ) + λ · I / R.
   */
  @Test
  void aBurstThatIsNotAWholeNumberOfIntervalsDrainsWithinOneCopyOfTheFormula() {
    double lambda = 1 * GB;
    double rate = 2 * GB;
    double burst = 2.5 * (rate - lambda) * 3600;
    double[] perSecond = new double[24];
    Arrays.fill(perSecond, lambda);
    perSecond[9] += burst / 3600;

    TimeSpan drain =
        BacklogSimulation.run(
                Profiles.hourly(perSecond),
                GrowthScaling.NONE,
                HOUR,
                DataRate.ofBytesPerSecond(rate),
                TimeSpan.ofHours(4))
            .drainTime();

    assertThat(drain.seconds()).isCloseTo((burst + 3 * lambda * 3600) / rate, within(1e-6));
    assertThat(drain.seconds())
        .isBetween(burst / (rate - lambda), burst / (rate - lambda) + lambda * 3600 / rate);
  }

  /** λ = 1.25 · R on average: the backlog grows for good, short by 0.25 · R. */
  @Test
  void aProfileAboveCapacityOnAverageNeverCatchesUp() {
    DataRate rate = DataRate.ofGigabytesPerSecond(4);
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.constant(MINUTE, 1440, DataRate.ofGigabytesPerSecond(1.25 * 4)),
            GrowthScaling.NONE,
            HOUR,
            rate,
            TimeSpan.ofHours(4));

    assertThat(result.catchesUp()).isFalse();
    assertThat(result.shortfall().bytesPerSecond()).isCloseTo(0.25 * 4e9, within(1e-3));
    assertThat(result.drainTime()).isNull();
    // Each copy takes 1.25 h and the queue never empties, so copy k finishes at 1 h + 1.25 h · k.
    // The last to land within the day is copy 18, at 23.5 h; just before it the newest copied
    // snapshot is 17, taken at 17 h: the largest RPO is 1 h + 1.25 h · 18 − 17 h.
    assertThat(result.rpoMax().seconds()).isCloseTo((1 + 1.25 * 18 - 17) * 3600, within(1e-6));
  }

  /** A busy hour above R does not make the backlog grow for good if the average stays below R. */
  @Test
  void aPeakAboveCapacityWithAnAverageBelowItCatchesUp() {
    double[] perSecond = new double[24];
    Arrays.fill(perSecond, 1 * GB);
    perSecond[3] = 5 * GB;
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.hourly(perSecond),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofGigabytesPerSecond(2),
            TimeSpan.ofHours(4));
    assertThat(result.catchesUp()).isTrue();
    assertThat(result.shortfall()).isNull();
    assertThat(result.drainTime()).isNotNull();
  }

  /**
   * Twelve hours at R / 4, then twelve at 3 R / 4, snapshots every hour, objective 1.5 h. Copies
   * take 0.25 h, then 0.75 h, and never wait. The low half's RPO runs over [0.25 h, 1.25 h]: always
   * within. The high half's over [0.75 h, 1.75 h]: above 1.5 h for its last 0.25 h. Segment by
   * segment (hours): the first, from the origin, 1.25 within; eleven low ones, 1 each; the one
   * across the change, from 0.25 to 1.75, 1.25 within; ten high ones, 0.75 each; the last, cut at
   * midnight from 0.75 to 1.0, 0.25. Each of the twelve that cross 1.5 h but the last enters
   * violation once.
   */
  @Test
  void aTwoLevelProfileMeetsTheObjectiveForTheShareWorkedByHand() {
    double rate = 4 * GB;
    double[] perSecond = new double[24];
    Arrays.fill(perSecond, 0, 12, rate / 4);
    Arrays.fill(perSecond, 12, 24, 3 * rate / 4);

    BacklogResult result =
        BacklogSimulation.run(
            Profiles.hourly(perSecond),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofBytesPerSecond(rate),
            TimeSpan.ofHours(1.5));

    assertThat(result.withinObjective().value())
        .isCloseTo((1.25 + 11 * 1 + 1.25 + 10 * 0.75 + 0.25) / 24, within(1e-12));
    assertThat(result.violations()).isEqualTo(11);
    assertThat(result.violationsPerDay()).isCloseTo(11.0, within(1e-12));
    assertThat(result.rpoMax().seconds()).isCloseTo(1.75 * 3600, within(1e-6));
  }

  @Test
  void aSnapshotIntervalThatCutsTheProfilesIntervalsSplitsThemByTime() {
    // Daily rows of 8.64 TB (100 MB/s) and a snapshot every 5 h: every delta is 5 h at 100 MB/s.
    double[] days = {100e6 * 86_400, 100e6 * 86_400};
    SnapshotDeltas deltas =
        SnapshotDeltas.of(
            ChangeProfile.of(MONDAY, TimeSpan.ofDays(1), days),
            GrowthScaling.NONE,
            TimeSpan.ofHours(5));
    assertThat(deltas.snapshots()).isEqualTo(48 / 5);
    for (int k = 1; k <= deltas.snapshots(); k++) {
      assertThat(deltas.deltaOf(k).bytes()).isCloseTo(100e6 * 5 * 3600, within(1e-3));
    }
    // The 3 h after snapshot 9 (45 h) are in no delta but count in the arrival rate.
    assertThat(deltas.total().bytes()).isCloseTo(2 * 100e6 * 86_400, within(1e-3));
    assertThat(deltas.averageArrival().bytesPerSecond()).isCloseTo(100e6, within(1e-9));
  }

  @Test
  void growthScalesEveryIntervalByTheDatasFactorAtItsTime() {
    // Two intervals of one year each; the data grows 50% a year and is twice the measured size
    // when the profile is replayed: factors 2 and 2 · 1.5.
    double year = TimeSpan.SECONDS_PER_YEAR;
    SnapshotDeltas deltas =
        SnapshotDeltas.of(
            ChangeProfile.of(MONDAY, TimeSpan.ofYears(1), new double[] {1e15, 1e15}),
            new GrowthScaling(2, dev.drplan.units.Fraction.of(0.5)),
            TimeSpan.ofYears(1));
    assertThat(deltas.deltaOf(1).bytes()).isCloseTo(2 * 1e15, within(1.0));
    assertThat(deltas.deltaOf(2).bytes()).isCloseTo(2 * 1.5 * 1e15, within(1.0));
    assertThat(deltas.averageArrival().bytesPerSecond())
        .isCloseTo((2 + 3) * 1e15 / (2 * year), within(1e-3));
  }

  @Test
  void aZeroRateIsRefused() {
    assertThatThrownBy(
            () ->
                BacklogSimulation.run(
                    Profiles.hourly(1, 1),
                    GrowthScaling.NONE,
                    HOUR,
                    DataRate.ZERO,
                    TimeSpan.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above zero");
  }

  @Test
  void nothingChangingQueuesNothing() {
    BacklogResult result =
        BacklogSimulation.run(
            Profiles.hourly(0, 0, 0, 0),
            GrowthScaling.NONE,
            HOUR,
            DataRate.ofGigabytesPerSecond(1),
            TimeSpan.ofMinutes(30));
    assertThat(result.largestBacklog().bytes()).isZero();
    assertThat(result.largestBacklogAt()).isNull();
    assertThat(result.drainTime()).isEqualTo(TimeSpan.ZERO);
    // Copies are instant, the RPO climbs from 0 to I every hour: within 30 min half the time.
    assertThat(result.withinObjective().value()).isCloseTo(0.5, within(1e-12));
    assertThat(result.rpoMax().seconds()).isCloseTo(3600, within(1e-9));
    assertThat(result.violations()).isEqualTo(4);
  }
}
