package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.Evaluator;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.StorageClass;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SweepTest {

  private static final double PB = 1e15;

  /**
   * One circuit, R = 1e10 B/s, daily change 1%, max_seed 180 d. T_seed = L / (R − 0.01 L / 86,400)
   * ≤ M while L ≤ L* = M · R / (1 + M · 0.01 / 86,400), the solution of L0 = max_seed · (R −
   * d0(L0)); the seed never converges, and the backlog grows, from L = R · 86,400 / 0.01.
   */
  @Test
  void theSeedLandmarkIsWhereTheHandSaysItIs() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    SweepResult sweep =
        Sweep.run(
            simple, List.of(SweepAxis.linear("dataset.logical_size", 20 * PB, 100 * PB, 9)), 1e-9);
    assertThat(sweep.rows()).hasSize(9);
    assertThat(sweep.rows().get(0).at()).containsExactly(20 * PB);
    assertThat(sweep.rows().get(0).pairs().get(0).feasible()).isTrue();
    assertThat(sweep.rows().get(8).pairs().get(0).feasible()).isFalse();
    assertThat(sweep.rows().get(8).pairs().get(0).value(Metric.SEED_SECONDS)).isNull();

    double m = 180 * 86_400.0;
    double r = 100e9 / 8 * 0.8;
    double lStar = m * r / (1 + m * 0.01 / 86_400);
    double backlog = r * 86_400 / 0.01;

    List<Landmark> landmarks = sweep.landmarks();
    Landmark.FeasibilityChange feasibility = (Landmark.FeasibilityChange) landmarks.get(0);
    assertThat(feasibility.feasibleBelow()).isTrue();
    assertThat(feasibility.reasons()).containsExactly(ReasonCode.SEED_TOO_LONG);
    assertThat(feasibility.at()).isCloseTo(lStar, within(lStar * 1e-9));
    assertThat(feasibility.low()).isLessThanOrEqualTo(lStar);
    assertThat(feasibility.high()).isGreaterThanOrEqualTo(lStar);

    Landmark.ReasonChange appears = (Landmark.ReasonChange) landmarks.get(1);
    assertThat(appears.code()).isEqualTo(ReasonCode.SEED_TOO_LONG);
    assertThat(appears.appears()).isTrue();
    assertThat(appears.at()).isCloseTo(lStar, within(lStar * 1e-9));

    List<String> atBacklog = new ArrayList<>();
    for (Landmark landmark : landmarks.subList(2, landmarks.size())) {
      Landmark.ReasonChange change = (Landmark.ReasonChange) landmark;
      assertThat(change.at()).isCloseTo(backlog, within(backlog * 1e-9));
      atBacklog.add(change.code() + (change.appears() ? " appears" : " disappears"));
    }
    assertThat(atBacklog)
        .containsExactly(
            "SEED_NEVER_CONVERGES appears",
            "SEED_TOO_LONG disappears",
            "RPO_BACKLOG_GROWS appears");
  }

  /**
   * An archive copy against a coldline copy whose storage price the sweep moves. Coldline's horizon
   * cost is linear in that price, cost(p) = fixed + p · gib_months (storage and early deletion are
   * both billed at it), so two evaluations give the line and the crossover with the archive's
   * horizon cost lies at p* = (archive − fixed) / gib_months.
   */
  @Test
  void twoOptionsCrossOverInHorizonCost() {
    Scenario base = Scenarios.simple(10, 0.05, 4);
    DataCopy archive = (DataCopy) base.options().get(0);
    DataCopy coldline =
        new DataCopy(
            "gcs-coldline",
            StorageClass.COLDLINE,
            "us-central1",
            new GcsPrices(
                Money.ofUsd(0.004),
                Money.ofUsd(0.05),
                Money.ofUsd(0.01),
                Money.ofUsd(0.12),
                TimeSpan.ofDays(90)),
            archive.objectSize(),
            false,
            archive.retention(),
            archive.seed(),
            archive.copyEngine(),
            archive.replicationInterval(),
            archive.recovery());
    Scenario both = base.withOptions(List.of(archive, coldline));
    String price = "options.gcs-coldline.prices.storage_per_gib_month";
    double archiveCost = horizonCost(both, 0);
    double fixed = horizonCost(ScenarioKeys.with(both, price, 0), 1);
    double gibMonths = horizonCost(ScenarioKeys.with(both, price, 1), 1) - fixed;
    double expected = (archiveCost - fixed) / gibMonths;
    SweepResult sweep = Sweep.run(both, List.of(SweepAxis.linear(price, 0.0005, 0.02, 11)));
    List<Landmark.CostCrossover> crossovers = new ArrayList<>();
    for (Landmark landmark : sweep.landmarks()) {
      if (landmark instanceof Landmark.CostCrossover) {
        crossovers.add((Landmark.CostCrossover) landmark);
      }
    }
    assertThat(crossovers).hasSize(1);
    Landmark.CostCrossover crossover = crossovers.get(0);
    assertThat(crossover.at()).isCloseTo(expected, within(expected * 2e-6));
    assertThat(crossover.cheaperBelow()).isEqualTo("gcs-coldline");
    assertThat(crossover.cheaperAbove()).isEqualTo("gcs-archive");
    assertThat(crossover.horizonCostUsd().get(0))
        .isCloseTo(
            crossover.horizonCostUsd().get(1), within(crossover.horizonCostUsd().get(0) * 1e-5));
  }

  /** The horizon cost of option {@code index} of the first configuration. */
  private static double horizonCost(Scenario scenario, int index) {
    return Evaluator.evaluate(scenario).results().get(index).horizonCost().usd();
  }

  /** Circuits are counts: the landmark brackets two neighbouring whole numbers. */
  @Test
  void countKeysLandOnWholeNumbersAndTwoKeysSweepAGrid() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    SweepResult sweep =
        Sweep.run(
            simple,
            List.of(
                SweepAxis.linear("network.circuits", 1, 6, 6),
                SweepAxis.log("dataset.logical_size", 10 * PB, 100 * PB, 3)));
    assertThat(sweep.rows()).hasSize(6 * 3);
    // Line by line: the circuits vary fastest, each size is one line.
    assertThat(sweep.rows().get(1).at().get(0)).isEqualTo(2.0);
    assertThat(sweep.rows().get(1).at().get(1)).isEqualTo(10 * PB);
    assertThat(sweep.rows().get(6).at().get(0)).isEqualTo(1.0);
    assertThat(sweep.rows().get(6).at().get(1))
        .isCloseTo(Math.sqrt(10 * PB * 100 * PB), within(PB * 1e-9));
    for (Landmark landmark : sweep.landmarks()) {
      assertThat(landmark.high() - landmark.low()).isEqualTo(1);
      assertThat(landmark.at()).isEqualTo(landmark.high());
      assertThat(landmark.fixed()).containsKey("dataset.logical_size");
    }
    // 100 PB needs d0 = 0.01 · 100 PB / 86,400 = 11.6 GB/s < R and T_seed ≤ 180 d:
    // circuits · 1e10 ≥ 100 PB / M + 11.6e9, i.e. 2 circuits (20 GB/s).
    double need = 100 * PB / (180 * 86_400.0) + 0.01 * 100 * PB / 86_400;
    Landmark.FeasibilityChange at100 = null;
    for (Landmark landmark : sweep.landmarks()) {
      if (landmark instanceof Landmark.FeasibilityChange
          && landmark.fixed().get("dataset.logical_size") == 100 * PB) {
        at100 = (Landmark.FeasibilityChange) landmark;
      }
    }
    assertThat(at100).isNotNull();
    assertThat(at100.feasibleBelow()).isFalse();
    assertThat(at100.at()).isEqualTo(Math.ceil(need / 1e10));
  }

  /**
   * A sweep streams: what it holds does not grow with its points. The heap in use (after
   * collections) at the last of 4,000 points of walmart is within 16 MiB of what it was at the
   * 100th, where holding each point's evaluation (a month of costs per pair and configuration)
   * would add far more. The 1,000,000-point sweep in a 256 MiB heap is in benchmarks/README.md.
   */
  @Test
  void aStreamedSweepHoldsNothingThatGrowsWithItsPoints() {
    Scenario walmart = Scenarios.walmart();
    long[] heap = new long[2];
    long[] announced = {0};
    long[] seen = {0};
    List<WeakReference<SweepRow>> handedOut = new ArrayList<>();
    Sweep.stream(
        walmart,
        List.of(
            SweepAxis.linear("network.circuits", 1, 80, 80),
            SweepAxis.log("dataset.logical_size", PB, 100 * PB, 50)),
        Sweep.DEFAULT_TOLERANCE,
        Progress.NONE,
        new Sweep.Listener() {
          @Override
          public void start(long points) {
            announced[0] = points;
          }

          @Override
          public void point(SweepRow row) {
            seen[0]++;
            if (seen[0] == 100) {
              heap[0] = usedHeapAfterCollection();
            }
            if (seen[0] > announced[0] - 50) {
              handedOut.add(new WeakReference<>(row));
            }
            if (seen[0] == announced[0]) {
              row = null;
              heap[1] = usedHeapAfterCollection();
            }
          }

          @Override
          public void landmark(Landmark landmark) {}
        });
    assertThat(seen[0]).isEqualTo(announced[0]).isEqualTo(80 * 50);
    assertThat(heap[1] - heap[0]).as("heap growth in bytes").isLessThan(16L << 20);
    // Not even the last points are kept once handed out.
    System.gc();
    assertThat(handedOut.stream().filter(r -> r.get() != null).count()).isLessThanOrEqualTo(1);
  }

  private static long usedHeapAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }

  /**
   * A sweep's ends are the values given, to the bit, even where e^(ln x) is not x: from 1 GB (e^(ln
   * 10^9) = 999,999,999.9999993, below the least legal D-box size) to 1,000 EB, the most; points in
   * between ascend strictly inside them.
   */
  @Test
  void aSweepStartsAndEndsExactlyAtItsEnds() {
    ScenarioKey raw = ScenarioKeys.key(Scenarios.walmart(), "primary.dbox.raw_size");
    double[] values = SweepAxis.log("primary.dbox.raw_size", 1e9, 1e21, 6).values(raw);
    assertThat(values).hasSize(6);
    assertThat(values[0]).isEqualTo(1e9);
    assertThat(values[5]).isEqualTo(1e21);
    for (int i = 1; i < values.length; i++) {
      assertThat(values[i]).isGreaterThan(values[i - 1]);
    }
    // Five steps over twelve decades: each ×10^2.4 = 251.19.
    assertThat(values[1]).isCloseTo(2.511886e11, within(1e5));
  }

  /** Any log or linear sweep of a size: the ends as given, the points ascending between them. */
  @Property(tries = 200)
  void everySweepKeepsItsEnds(
      @ForAll @DoubleRange(min = 1e9, max = 1e21) double a,
      @ForAll @DoubleRange(min = 1e9, max = 1e21) double b,
      @ForAll @IntRange(min = 2, max = 2_000) int steps,
      @ForAll boolean log) {
    Assume.that(a != b);
    double from = Math.min(a, b);
    double to = Math.max(a, b);
    ScenarioKey raw = ScenarioKeys.key(Scenarios.walmart(), "primary.dbox.raw_size");
    SweepAxis axis =
        log
            ? SweepAxis.log("primary.dbox.raw_size", from, to, steps)
            : SweepAxis.linear("primary.dbox.raw_size", from, to, steps);
    double[] values = axis.values(raw);
    assertThat(values[0]).isEqualTo(from);
    assertThat(values[values.length - 1]).isEqualTo(to);
    for (int i = 1; i < values.length; i++) {
      assertThat(values[i]).isGreaterThan(values[i - 1]);
    }
  }

  @Test
  void badSweepsAreRejected() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    assertThatThrownBy(() -> SweepAxis.linear("network.circuits", 4, 2, 3))
        .hasMessage("network.circuits: a sweep runs from a lower to a higher value, was 4.0..2.0");
    assertThatThrownBy(() -> SweepAxis.log("dataset.logical_size", 0, 2, 3))
        .hasMessage("dataset.logical_size: a log sweep needs values above 0, was 0.0..2.0");
    assertThatThrownBy(
            () -> Sweep.run(simple, List.of(SweepAxis.linear("dataset.daily_change", 0.5, 2, 3))))
        .hasMessage("dataset.daily_change must be a finite number in [0, 1], was 1.25");
    assertThatThrownBy(() -> Sweep.run(simple, List.of()))
        .hasMessage("a sweep takes one or two keys, was 0");
  }
}
