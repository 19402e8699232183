package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.ProfileFile;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The backlog replay through the evaluation (docs/model.md §5, "The backlog"): a scenario with a
 * change profile, evaluated with {@link Evaluator#evaluateWithBacklog}, against hand-worked queues.
 *
 * <p>The scenario: 1 PB that does not grow, one 8 Gbps circuit at 100% (R = 1 GB/s; the primary's
 * 64 GB/s and the movers' 102.4 GB/s do not bind), copies every hour, a 4 h RPO objective met 99%
 * of the time. Profiles are a week of hours, measured at the day-one size, so they are replayed as
 * they are (scale 1).
 */
class BacklogEvaluationTest {

  private static final double R = 1e9;
  private static final double HOUR = 3600;
  private static final int WEEK_OF_HOURS = 168;
  private static final Instant MONDAY = Instant.parse("2025-01-06T00:00:00Z");

  /** λ = 0.5 GB/s: 0.5e9 · 86,400 / 1e15 = 4.32% of 1 PB a day, so §5's d_peak is λ too. */
  private static final double LAMBDA = 0.5e9;

  private static Dataset dataset(double growth) {
    return new Dataset(
        DataSize.ofPetabytes(1),
        Fraction.of(growth),
        Fraction.of(LAMBDA * 86_400 / 1e15),
        1.0,
        Fraction.ZERO,
        DataSize.ofMebibytes(64),
        1.0);
  }

  private static Network oneGigabytePerSecond(int circuits) {
    return new Network(
        circuits,
        DataRate.ofGigabitsPerSecond(8),
        Fraction.ONE,
        Fraction.ONE,
        TimeSpan.ZERO,
        Money.ZERO);
  }

  private static DataCopy copy(TimeSpan interval) {
    return new DataCopy(
        "gcs-archive",
        dev.drplan.scenario.StorageClass.ARCHIVE,
        "us-central1",
        Fixtures.archivePrices(),
        DataSize.ofMebibytes(256),
        false,
        TimeSpan.ofDays(30),
        Seeding.NETWORK,
        Fixtures.movers(32),
        interval,
        Recovery.runInCloud(TimeSpan.ofDays(1)));
  }

  private static Scenario scenario(
      Dataset dataset, int circuits, TimeSpan rpo, ChangeProfileSpec profile) {
    return new Scenario(
        "backlog",
        "",
        TimeSpan.ofYears(5),
        null,
        null,
        dataset,
        Fixtures.primary(20, 60),
        oneGigabytePerSecond(circuits),
        new Objectives(rpo, TimeSpan.ofDays(30), Fraction.ONE, TimeSpan.ofDays(365)),
        List.of(copy(TimeSpan.ofHours(1))),
        profile,
        List.of(),
        List.of());
  }

  /**
   * A week of hours at {@code bytesPerSecond}, with {@code extra} bytes more in hour {@code at}.
   */
  private static ChangeProfileSpec measured(double bytesPerSecond, int at, double extra) {
    double[] bytes = new double[WEEK_OF_HOURS];
    Arrays.fill(bytes, bytesPerSecond * HOUR);
    if (at >= 0) {
      bytes[at] += extra;
    }
    ChangeProfile profile = ChangeProfile.of(MONDAY, TimeSpan.ofHours(1), bytes);
    return ChangeProfileSpec.ofFile(
            new ProfileFile("week.csv", ProfileFile.Format.CSV, null, null, GapPolicy.REJECT),
            DataSize.ofPetabytes(1))
        .withMeasured(profile);
  }

  private static OptionResult pair(Scenario scenario) {
    return Evaluator.evaluateWithBacklog(scenario).results().get(0);
  }

  private static List<ReasonCode> codes(OptionResult result) {
    List<ReasonCode> codes = new ArrayList<>();
    result.reasons().forEach(reason -> codes.add(reason.code()));
    return codes;
  }

  @Test
  void aConstantRateBelowCapacityGivesTheClosedFormRpoAsItsLargest() {
    OptionResult result =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(LAMBDA, -1, 0)));
    PairBacklog backlog = result.backlog();

    // RPO = I + λ · I / R, §5's formula at d_peak = λ.
    assertThat(backlog.simulated().rpoMax().seconds())
        .isCloseTo(HOUR + LAMBDA * HOUR / R, within(1e-6));
    assertThat(result.rpo().seconds()).isCloseTo(HOUR + LAMBDA * HOUR / R, within(1e-6));
    assertThat(backlog.simulated().withinObjective()).isEqualTo(Fraction.ONE);
    assertThat(backlog.simulated().largestBacklog().bytes()).isCloseTo(LAMBDA * HOUR, within(1e-3));
    // Each hour's delta takes λ · I / R to copy; the queue is empty again after that.
    assertThat(backlog.simulated().drainTime().seconds())
        .isCloseTo(LAMBDA * HOUR / R, within(1e-6));
    assertThat(backlog.catchesUp()).isTrue();
    // At R = λ each copy takes the whole interval: the RPO peaks at 2 I = 2 h, inside 4 h, so the
    // average change rate, the search's floor, already meets 99%.
    assertThat(backlog.compliance().rate().bytesPerSecond()).isCloseTo(LAMBDA, within(1.0));
    assertThat(backlog.circuits()).isEqualTo((long) Math.ceil(LAMBDA / R));
    assertThat(result.feasible()).isTrue();
  }

  @Test
  void oneBurstOverASteadyRateDrainsInTheBurstOverTheSpareRate() {
    // B / (I · (R − λ)) = 2 whole intervals, so the queue empties exactly at a snapshot.
    double burst = 2 * HOUR * (R - LAMBDA);
    OptionResult result =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(LAMBDA, 49, burst)));

    assertThat(result.backlog().simulated().drainTime().seconds())
        .isCloseTo(burst / (R - LAMBDA), within(1e-6));
    assertThat(result.backlog().simulated().largestBacklog().bytes())
        .isCloseTo(LAMBDA * HOUR + burst, within(1e-3));
    // The burst is in hour 49, so snapshot 50 (at 50 h) takes it.
    assertThat(result.backlog().simulated().largestBacklogAt())
        .isEqualTo(MONDAY.plusSeconds(50 * 3600));
  }

  @Test
  void aProfileAboveCapacityOnAverageNeverCatchesUpAndSaysByHowMuch() {
    double lambda = 1.5e9;
    OptionResult result =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(lambda, -1, 0)));

    assertThat(result.backlog().catchesUp()).isFalse();
    assertThat(result.backlog().simulated().shortfall().bytesPerSecond())
        .isCloseTo(lambda - R, within(1e-3));
    assertThat(codes(result)).containsExactly(ReasonCode.RPO_NEVER_CATCHES_UP);
    Reason reason = result.reasons().get(0);
    assertThat(((DataRate) reason.figures().get("shortfall")).bytesPerSecond())
        .isCloseTo(lambda - R, within(1e-3));
    // The closed form, at the dataset's 0.5 GB/s, would have passed: the replay decides.
    assertThat(result.rpo()).isNotNull();
    // At R = λ the RPO peaks at 2 h: the search floor meets it, on two circuits.
    assertThat(result.backlog().compliance().rate().bytesPerSecond())
        .isCloseTo(lambda, within(1.0));
    assertThat(result.backlog().circuits()).isEqualTo(2L);
  }

  @Test
  void aQueueThatKeepsUpButBreaksTheObjectiveTooLongNamesTheRateAndCircuitsThatMeetIt() {
    // 20 TB more in hour 49: that delta alone takes 21.8e12 / 1e9 s = 6.06 h to copy.
    OptionResult result =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(LAMBDA, 49, 20e12)));

    assertThat(result.backlog().catchesUp()).isTrue();
    assertThat(result.backlog().simulated().withinObjective().value()).isLessThan(0.99);
    assertThat(codes(result)).containsExactly(ReasonCode.RPO_COMPLIANCE_MISSED);
    double needed = result.backlog().compliance().rate().bytesPerSecond();
    assertThat(needed).isGreaterThan(R);
    assertThat(result.backlog().circuits()).isEqualTo((long) Math.ceil(needed / R));
    assertThat(result.backlog().compliance().achieved().value()).isGreaterThanOrEqualTo(0.99);

    OptionResult twice =
        pair(
            scenario(
                dataset(0),
                result.backlog().circuits().intValue(),
                TimeSpan.ofHours(4),
                measured(LAMBDA, 49, 20e12)));
    assertThat(twice.feasible()).as("the circuits the reason names meet the target").isTrue();
  }

  /**
   * The remedies of a pair the replay fails are held to the replay (docs/model.md, "Remedies"). 20
   * TB more in hour 49 of a steady 0.5 GB/s: the closed form's RPO, 1 h + 0.5 h, passes at any
   * rate, but on one circuit snapshot 50's delta of 1.8 TB + 20 TB takes 21.8e12 / 1e9 s = 6.06 h
   * to copy, so the RPO stays above 4 h for over 3 h of the week's 168 (more than its 1%). Two
   * circuits copy it in 21.8e12 / 2e9 s = 3.03 h: the RPO tops out at 1 h + 3.03 h = 4.03 h, above
   * 4 h for 100 s of the week. Hosts, boxes and a smaller recovery scope leave the rate at 1 GB/s
   * and so cannot help, although the closed form alone would call each of them a remedy.
   */
  @Test
  void remediesOfAFailedReplayAreThoseThatMeetItOnTheReplay() {
    Scenario scenario = scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(LAMBDA, 49, 20e12));
    Evaluation evaluation = Evaluator.evaluateWithBacklog(scenario);
    assertThat(codes(evaluation.results().get(0)))
        .containsExactly(ReasonCode.RPO_COMPLIANCE_MISSED);

    List<dev.drplan.analysis.PairRemedies> all =
        dev.drplan.analysis.Remedies.of(scenario, evaluation);

    // One infeasible pair per configuration, alike: the primary's egress binds in neither.
    assertThat(all)
        .extracting(dev.drplan.analysis.PairRemedies::configuration)
        .containsExactly("minimum", "phase-one");
    List<dev.drplan.analysis.Remedy> remedies = all.get(0).remedies();
    assertThat(remedies)
        .extracting(remedy -> remedy.lever().path())
        .containsExactly("network.circuits");
    dev.drplan.analysis.Remedy circuits = remedies.get(0);
    assertThat(circuits.to()).isEqualTo(2);
    assertThat(circuits.after().feasible()).isTrue();
    assertThat(circuits.after().backlog().simulated().rpoMax().seconds())
        .isCloseTo(HOUR + 21.8e12 / 2e9, within(1e-3));
    assertThat(circuits.after().backlog().simulated().withinObjective().value())
        .isCloseTo(1 - (21.8e12 / 2e9 - 3 * HOUR) / (WEEK_OF_HOURS * HOUR), within(1e-9));
  }

  @Test
  void anObjectiveShorterThanTheIntervalIsUnreachableAtAnyRate() {
    // Between hourly snapshots the RPO climbs from the copy's time to 1 h and beyond: with
    // instant copies it is within 30 min for half of each hour.
    OptionResult result =
        pair(scenario(dataset(0), 1, TimeSpan.ofMinutes(30), measured(LAMBDA, -1, 0)));

    assertThat(codes(result)).containsExactly(ReasonCode.RPO_COMPLIANCE_UNREACHABLE);
    assertThat(result.backlog().compliance().reachable()).isFalse();
    assertThat(result.backlog().circuits()).isNull();
    assertThat(result.backlog().compliance().bestPossible().value()).isCloseTo(0.5, within(1e-9));
  }

  /** On a network of {@code lineRate} at 1% efficiency and a 1% DR share. */
  private static Scenario onTinyShares(Scenario scenario, DataRate lineRate) {
    return scenario.withNetwork(
        new Network(1, lineRate, Fraction.of(0.01), Fraction.of(0.01), TimeSpan.ZERO, Money.ZERO));
  }

  private static ChangeProfileSpec measuredOn(DataSize size) {
    ChangeProfileSpec spec = measured(LAMBDA, -1, 0);
    return new ChangeProfileSpec(spec.file(), spec.measured(), null, size);
  }

  private static Dataset exabytes() {
    return new Dataset(
        DataSize.ofBytes(1e21),
        Fraction.ZERO,
        Fraction.of(LAMBDA * 86_400 / 1e15),
        1.0,
        Fraction.ZERO,
        DataSize.ofMebibytes(64),
        1.0);
  }

  /**
   * A profile measured on 1 PB and replayed on 1,000 EB is scaled by 1e21 / 1e15 = 1e6: the steady
   * λ = 0.5 GB/s becomes 5e14 B/s, which the search's floor (the average) meets, as at scale 1.
   * Circuits of 1 bps at 1% efficiency and a 1% DR share carry 0.125 · 0.01 · 0.01 B/s each, so it
   * would take 5e14 / 1.25e-5 = 4e19 circuits, beyond the 2^63 − 1 ≈ 9.22e18 a long holds: the
   * figure is null, never clamped to that long, and the reason says the rate is beyond any number
   * of circuits.
   */
  @Test
  void aRateBeyondAnyNumberOfCircuitsLeavesTheCircuitsNullWithItsReason() {
    Scenario tiny =
        onTinyShares(
            scenario(exabytes(), 1, TimeSpan.ofHours(4), measuredOn(DataSize.ofPetabytes(1))),
            DataRate.ofBitsPerSecond(1));
    OptionResult result = pair(tiny);
    PairBacklog backlog = result.backlog();

    assertThat(backlog.beyondDataLimit()).isFalse();
    assertThat(backlog.compliance().rate().bytesPerSecond())
        .isCloseTo(LAMBDA * 1e21 / 1e15, within(LAMBDA * 1e6 * 1e-9));
    assertThat(backlog.circuits()).isNull();
    assertThat(backlog.beyondAnyCircuits()).isTrue();
    assertThat(BacklogFigure.RPO_COMPLIANCE_CIRCUITS.value(result)).isNull();
    assertThat(codes(result)).contains(ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS);
    Reason reason =
        result.reasons().stream()
            .filter(r -> r.code() == ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS)
            .findFirst()
            .orElseThrow();
    assertThat(((DataRate) reason.figures().get("circuit_rate")).bytesPerSecond())
        .isCloseTo(1.0 / 8 * 0.01 * 0.01, within(1e-18));
    assertThat(result.feasible()).isFalse();

    // On 1 PB the same profile is not scaled: 0.5e9 / 1.25e-5 = 4e13 circuits, a count.
    OptionResult counted =
        pair(
            onTinyShares(
                scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(LAMBDA, -1, 0)),
                DataRate.ofBitsPerSecond(1)));
    assertThat(counted.backlog().circuits().doubleValue())
        .isCloseTo(LAMBDA / 1.25e-5, within(LAMBDA / 1.25e-5 * 1e-8));
    assertThat(codes(counted)).doesNotContain(ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS);
  }

  /**
   * A profile measured on 1 B and replayed on 1,000 EB is scaled by 1e21: each hour's 0.5e9 · 3,600
   * B would be 1.8e33 B, beyond the 1e21 B (1,000 EB) drplan computes. A variant the loader never
   * sees (a sampled, swept or remedied value) gets there: the replay's figures are null, with the
   * reason that says why, never a number beyond the limit, and the pair is not feasible.
   */
  @Test
  void aProfileScaledBeyondTheDataLimitHasNoFiguresAndItsReason() {
    OptionResult result =
        pair(scenario(exabytes(), 1, TimeSpan.ofHours(4), measuredOn(DataSize.ofBytes(1))));
    PairBacklog backlog = result.backlog();

    assertThat(backlog.beyondDataLimit()).isTrue();
    assertThat(backlog.simulated()).isNull();
    assertThat(backlog.compliance().reachable()).isFalse();
    assertThat(backlog.circuits()).isNull();
    for (BacklogFigure figure : BacklogFigure.values()) {
      if (figure != BacklogFigure.RPO_WITHIN_OBJECTIVE_UNLIMITED) {
        assertThat(figure.value(result)).as(figure.id()).isNull();
      }
    }
    assertThat(codes(result))
        .contains(ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT)
        .doesNotContain(
            ReasonCode.RPO_NEVER_CATCHES_UP,
            ReasonCode.RPO_COMPLIANCE_MISSED,
            ReasonCode.RPO_COMPLIANCE_UNREACHABLE,
            ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS);
    assertThat(result.feasible()).isFalse();
  }

  /**
   * Each interval within the limit, the backlog beyond it: measured on 10 TB and replayed on 1,000
   * EB, scaled 1e21 / 1e13 = 1e8, an hour is 0.5e9 · 3,600 · 1e8 = 1.8e20 B, within 1e21; but the
   * copies at R = 1 GB/s fall behind a change rate of 5e16 B/s, and within the week the backlog
   * reaches about (5e16 − 1e9) · 604,800 ≈ 3e22 B, beyond it. That figure is null too.
   */
  @Test
  void aBacklogBeyondTheDataLimitHasNoFiguresEither() {
    OptionResult result =
        pair(scenario(exabytes(), 1, TimeSpan.ofHours(4), measuredOn(DataSize.ofTerabytes(10))));

    assertThat(result.backlog().beyondDataLimit()).isTrue();
    assertThat(BacklogFigure.BACKLOG_MAX_BYTES.value(result)).isNull();
    assertThat(codes(result)).contains(ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT);

    // Measured on 1 PB the week totals 0.5e9 · 604,800 · 1e6 = 3e20 B: within the limit, replayed.
    OptionResult within =
        pair(scenario(exabytes(), 1, TimeSpan.ofHours(4), measuredOn(DataSize.ofPetabytes(1))));
    assertThat(within.backlog().beyondDataLimit()).isFalse();
    assertThat(within.backlog().simulated().largestBacklog().bytes()).isLessThanOrEqualTo(1e21);
    assertThat(codes(within)).doesNotContain(ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT);
  }

  @Test
  void withoutAProfileTheReplayingEvaluationIsTheClosedFormOne() {
    Scenario plain = Fixtures.everyKindOfOption();
    Evaluation closed = Evaluator.evaluate(plain);
    Evaluation replayed = Evaluator.evaluateWithBacklog(plain);

    assertThat(replayed.replay()).isNull();
    assertThat(replayed.recommendation()).isEqualTo(closed.recommendation());
    for (int i = 0; i < closed.results().size(); i++) {
      OptionResult a = closed.results().get(i);
      OptionResult b = replayed.results().get(i);
      assertThat(b.backlog()).isNull();
      assertThat(b.reasons()).isEqualTo(a.reasons());
      assertThat(b.notes()).isEqualTo(a.notes());
      for (PairFigure figure : PairFigure.reportedFigures()) {
        assertThat(Double.valueOf(figure.canonical(b)))
            .as(figure.id())
            .isEqualTo(Double.valueOf(figure.canonical(a)));
      }
    }
  }

  @Test
  void theClosedFormEvaluationOfAScenarioWithAProfileDoesNotReplayIt() {
    Scenario scenario = scenario(dataset(0), 1, TimeSpan.ofHours(4), measured(1.5e9, -1, 0));
    Evaluation closed = Evaluator.evaluate(scenario);
    assertThat(closed.replay()).isNull();
    assertThat(closed.results().get(0).backlog()).isNull();
    assertThat(closed.results().get(0).feasible()).isTrue();
  }

  @Test
  void aGrowingEstateReplaysTheProfileAtTheEndOfTheHorizonScaledToItsData() {
    Scenario scenario =
        scenario(
            dataset(0.45),
            1,
            TimeSpan.ofHours(4),
            ChangeProfileSpec.synthetic(SyntheticShape.defaults(1.0)));
    ProfileReplay replay = Evaluator.evaluateWithBacklog(scenario).replay();

    double horizon = 5 * 365.25 * 86_400;
    double span = 365 * 86_400;
    assertThat(replay.window().seconds()).isEqualTo(span);
    assertThat(replay.replayedFrom().seconds()).isCloseTo(horizon - span, within(1e-6));
    // L(t0) / L0 = 1.45^((H − T) / 1 y), a synthetic profile being generated at L0.
    assertThat(replay.scaling().atStart())
        .isCloseTo(Math.pow(1.45, (horizon - span) / (365.25 * 86_400)), within(1e-12));
  }

  @Test
  void aShrinkingEstateReplaysTheProfileFromDayOne() {
    Scenario scenario =
        scenario(
            dataset(-0.2),
            1,
            TimeSpan.ofHours(4),
            ChangeProfileSpec.synthetic(SyntheticShape.defaults(1.0)));
    ProfileReplay replay = Evaluator.evaluateWithBacklog(scenario).replay();
    assertThat(replay.replayedFrom()).isEqualTo(TimeSpan.ZERO);
    assertThat(replay.scaling().atStart()).isEqualTo(1.0);
  }

  @Test
  void aProfileMeasuredOnTwiceTheDataIsReplayedAtHalfItsAmounts() {
    ChangeProfileSpec spec = measured(LAMBDA, -1, 0);
    ChangeProfileSpec twice =
        new ChangeProfileSpec(spec.file(), spec.measured(), null, DataSize.ofPetabytes(2));
    ProfileReplay replay =
        Evaluator.evaluateWithBacklog(scenario(dataset(0), 1, TimeSpan.ofHours(4), twice)).replay();
    assertThat(replay.scaling().atStart()).isEqualTo(1e15 / 2e15);
    assertThat(replay.averageRate().bytesPerSecond()).isCloseTo(LAMBDA / 2, within(1e-3));
  }

  /**
   * More circuits never lower the share of time within the objective (the queue only empties
   * sooner).
   */
  @Property(tries = 60)
  void moreCircuitsNeverLowerCompliance(
      @ForAll @IntRange(min = 1, max = 6) int circuits,
      @ForAll @IntRange(min = 0, max = 167) int burstHour,
      @ForAll @DoubleRange(min = 0, max = 30e12) double burst) {
    ChangeProfileSpec profile = measured(LAMBDA, burstHour, burst);
    double fewer =
        pair(scenario(dataset(0), circuits, TimeSpan.ofHours(4), profile))
            .backlog()
            .simulated()
            .withinObjective()
            .value();
    double more =
        pair(scenario(dataset(0), circuits + 1, TimeSpan.ofHours(4), profile))
            .backlog()
            .simulated()
            .withinObjective()
            .value();
    assertThat(more).isGreaterThanOrEqualTo(fewer);
  }

  /** A profile scaled up (measured on less data) never raises the share within the objective. */
  @Property(tries = 60)
  void aScaledUpProfileNeverRaisesCompliance(
      @ForAll @DoubleRange(min = 0.1, max = 1) double measuredPetabytes,
      @ForAll @IntRange(min = 0, max = 167) int burstHour,
      @ForAll @DoubleRange(min = 0, max = 10e12) double burst) {
    ChangeProfileSpec asMeasured = measured(0.3e9, burstHour, burst);
    ChangeProfileSpec scaledUp =
        new ChangeProfileSpec(
            asMeasured.file(),
            asMeasured.measured(),
            null,
            DataSize.ofPetabytes(measuredPetabytes));
    double at1 =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), asMeasured))
            .backlog()
            .simulated()
            .withinObjective()
            .value();
    double up =
        pair(scenario(dataset(0), 1, TimeSpan.ofHours(4), scaledUp))
            .backlog()
            .simulated()
            .withinObjective()
            .value();
    assertThat(up).isLessThanOrEqualTo(at1);
  }
}
