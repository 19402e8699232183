package dev.drplan.model.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.units.DataRate;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the backlog simulation for any profile, not only the hand-worked ones. */
class BacklogPropertiesTest {

  // Shares and RPOs are sums over segments; rounding may move them by a few ulps of the window.
  private static final double SLACK = 1e-9;

  @Provide
  Arbitrary<double[]> profiles() {
    // Rates up to 10 GB/s per hour, many of them quiet, some bursts.
    Arbitrary<Double> hour =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(0.0)),
            net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(0, 2e9)),
            net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(2e9, 10e9)));
    return hour.array(double[].class).ofMinSize(2).ofMaxSize(24 * 14);
  }

  @Property(tries = 300)
  void moreBandwidthNeverLowersComplianceOrRaisesTheLargestRpo(
      @ForAll("profiles") double[] perSecond,
      @ForAll @IntRange(min = 5, max = 360) int intervalMinutes,
      @ForAll @IntRange(min = 5, max = 1440) int objectiveMinutes,
      @ForAll @DoubleRange(min = 0.1e9, max = 20e9) double rate,
      @ForAll @DoubleRange(min = 1, max = 10) double more) {
    SnapshotDeltas deltas =
        SnapshotDeltas.of(
            Profiles.hourly(perSecond), GrowthScaling.NONE, TimeSpan.ofMinutes(intervalMinutes));
    TimeSpan objective = TimeSpan.ofMinutes(objectiveMinutes);
    BacklogResult slower =
        BacklogSimulation.run(deltas, DataRate.ofBytesPerSecond(rate), objective);
    BacklogResult faster =
        BacklogSimulation.run(deltas, DataRate.ofBytesPerSecond(rate * more), objective);

    assertThat(faster.withinObjective().value())
        .isGreaterThanOrEqualTo(slower.withinObjective().value() - SLACK);
    assertThat(faster.rpoMax().seconds())
        .isLessThanOrEqualTo(slower.rpoMax().seconds() * (1 + SLACK) + SLACK);
    assertThat(faster.rpoP99().seconds())
        .isLessThanOrEqualTo(slower.rpoP99().seconds() * (1 + SLACK) + SLACK);
    assertThat(faster.largestBacklog().bytes())
        .isLessThanOrEqualTo(slower.largestBacklog().bytes() * (1 + SLACK));
  }

  @Property(tries = 300)
  void aScaledUpProfileNeverRaisesCompliance(
      @ForAll("profiles") double[] perSecond,
      @ForAll @IntRange(min = 5, max = 360) int intervalMinutes,
      @ForAll @IntRange(min = 5, max = 1440) int objectiveMinutes,
      @ForAll @DoubleRange(min = 0.1e9, max = 20e9) double rate,
      @ForAll @DoubleRange(min = 1, max = 10) double scale,
      @ForAll @DoubleRange(min = 0, max = 1) double growth) {
    ChangeProfile profile = Profiles.hourly(perSecond);
    TimeSpan interval = TimeSpan.ofMinutes(intervalMinutes);
    TimeSpan objective = TimeSpan.ofMinutes(objectiveMinutes);
    DataRate r = DataRate.ofBytesPerSecond(rate);
    BacklogResult measured =
        BacklogSimulation.run(profile, GrowthScaling.NONE, interval, r, objective);
    BacklogResult scaled =
        BacklogSimulation.run(
            profile, new GrowthScaling(scale, Fraction.of(growth)), interval, r, objective);

    assertThat(scaled.withinObjective().value())
        .isLessThanOrEqualTo(measured.withinObjective().value() + SLACK);
    assertThat(scaled.rpoMax().seconds())
        .isGreaterThanOrEqualTo(measured.rpoMax().seconds() * (1 - SLACK) - SLACK);
  }

  @Property(tries = 200)
  void theRateFoundMeetsTheTargetAndNoNoticeablySlowerOneAboveTheAverageDoes(
      @ForAll("profiles") double[] perSecond,
      @ForAll @IntRange(min = 5, max = 360) int intervalMinutes,
      @ForAll @IntRange(min = 5, max = 1440) int objectiveMinutes,
      @ForAll @DoubleRange(min = 0.5, max = 1) double target) {
    SnapshotDeltas deltas =
        SnapshotDeltas.of(
            Profiles.hourly(perSecond), GrowthScaling.NONE, TimeSpan.ofMinutes(intervalMinutes));
    ComplianceSearch search =
        new ComplianceSearch(deltas, TimeSpan.ofMinutes(objectiveMinutes), Fraction.of(target));
    CompliantRate found = search.smallestRate();
    if (!found.reachable()) {
      assertThat(found.bestPossible().value()).isLessThan(target);
      return;
    }
    assertThat(found.achieved().value()).isGreaterThanOrEqualTo(target);
    assertThat(found.rate()).isGreaterThanOrEqualTo(deltas.averageArrival());
    DataRate slower = found.rate().times(1 - 1e-6);
    if (slower.compareTo(deltas.averageArrival()) > 0) {
      // The search counts seconds within the objective against target · window; the share is
      // those seconds divided by the window, which can round a time just short of it up to the
      // target itself (seed -2609939415222241985 found 0.55 at both rates): equal is a miss here.
      assertThat(search.shareAt(slower).value()).isLessThanOrEqualTo(target);
    }
  }
}
