package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolveTest {

  private static final double PB = 1e15;

  private static boolean holds(Scenario scenario, String key, double value, List<Constraint> all) {
    Scenario at = ScenarioKeys.with(scenario, key, value);
    Evaluation evaluation = Evaluator.evaluate(at);
    for (Constraint constraint : all) {
      if (!constraint.holds(at, evaluation)) {
        return false;
      }
    }
    return true;
  }

  private static Double bruteMinimum(
      Scenario scenario, String key, int from, int to, List<Constraint> constraints) {
    for (int x = from; x <= to; x++) {
      if (holds(scenario, key, x, constraints)) {
        return (double) x;
      }
    }
    return null;
  }

  @Test
  void fewestCircuitsForRpoAndSeedMatchesABruteForceScan() {
    int found = 0;
    for (double petabytes : new double[] {20, 80, 200}) {
      Scenario walmart =
          ScenarioKeys.with(Scenarios.walmart(), "dataset.logical_size", petabytes * PB);
      List<Constraint> constraints =
          List.of(
              ConstraintParser.parse("rpo(gcs-archive)<=objective"),
              ConstraintParser.parse("seed_seconds(gcs-archive)<=objective"));
      Solution solution = Solve.find(walmart, "network.circuits", Solve.Goal.MINIMIZE, constraints);
      Double brute = bruteMinimum(walmart, "network.circuits", 1, 64, constraints);
      assertThat(solution.value()).as(petabytes + " PB").isEqualTo(brute);
      assertThat(solution.binding()).isNotEmpty();
      if (brute != null) {
        found++;
        assertThat(solution.status()).isEqualTo(Solution.Status.FOUND);
        assertThat(solution.monotone()).isTrue();
        assertThat(solution.evaluations()).isLessThan(20);
      } else {
        // 200 PB grows to 200 · 1.45^5 = 1,282 PB, whose peak change, 1.5 · 0.5% / 86,400 s of
        // it = 111 GB/s, outruns the movers' 102.4 GB/s whatever the circuits: no RPO.
        assertThat(solution.status()).isEqualTo(Solution.Status.NO_SOLUTION);
      }
    }
    assertThat(found).isEqualTo(2);
  }

  /** L(5 y) = 80 PB · 1.45^5 must fit under 90% of D-boxes of 1,351.68 TB · 0.88 · 1.5. */
  @Test
  void fewestDboxesThatHoldTheHorizonMatchesTheHandAndABruteForceScan() {
    Scenario walmart = Scenarios.walmart();
    List<Constraint> fits = List.of(ConstraintParser.parse("fits_horizon(minimum)"));
    Solution solution =
        Solve.find(walmart, "primary.configurations.minimum.dboxes", Solve.Goal.MINIMIZE, fits);
    double perBox = 22 * 61.44e12 * 0.88 * 1.5 * 0.9;
    assertThat(solution.value()).isEqualTo(Math.ceil(80 * PB * Math.pow(1.45, 5) / perBox));
    assertThat(solution.value())
        .isEqualTo(bruteMinimum(walmart, "primary.configurations.minimum.dboxes", 1, 1_000, fits));
    assertThat(solution.binding()).containsExactly(fits.get(0));
  }

  /** The largest L0 whose network seed meets max_seed: L* = M · R / (1 + M · 0.01 / 86,400). */
  @Test
  void largestDataSetAnOptionStaysFeasibleFor() {
    Scenario simple = Scenarios.simple(50, 0.01, 1);
    double m = 180 * 86_400.0;
    double r = 100e9 / 8 * 0.8;
    double lStar = m * r / (1 + m * 0.01 / 86_400);

    Solution byFeasibility =
        Solve.find(
            simple,
            "dataset.logical_size",
            Solve.Goal.MAXIMIZE,
            List.of(ConstraintParser.parse("feasible(gcs-archive)")));
    assertThat(byFeasibility.status()).isEqualTo(Solution.Status.FOUND);
    assertThat(byFeasibility.value()).isCloseTo(lStar, within(lStar * 1e-8));
    assertThat(byFeasibility.value()).isLessThanOrEqualTo(lStar);
    assertThat(byFeasibility.monotone()).isTrue();

    Solution byBrent =
        Solve.find(
            simple,
            "dataset.logical_size",
            Solve.Goal.MAXIMIZE,
            List.of(ConstraintParser.parse("seed_seconds <= objective")));
    assertThat(byBrent.value()).isCloseTo(lStar, within(lStar * 1e-8));
    assertThat(holds(simple, "dataset.logical_size", byBrent.value(), byBrent.binding())).isTrue();
    assertThat(byBrent.binding())
        .extracting(Constraint::text)
        .containsExactly("seed_seconds<=objective");
  }

  /** Only 2 circuits give exactly 20 GB/s: the answer's upper neighbour fails, so not monotone. */
  @Test
  void aPredicateThatIsNotMonotoneIsReported() {
    Scenario simple = Scenarios.simple(10, 0.01, 1);
    Solution solution =
        Solve.find(
            simple,
            "network.circuits",
            Solve.Goal.MINIMIZE,
            List.of(
                ConstraintParser.parse("replication >= 2e10"),
                ConstraintParser.parse("replication <= 2e10")),
            1,
            64);
    assertThat(solution.value()).isEqualTo(2.0);
    assertThat(solution.monotone()).isFalse();
  }

  @Test
  void noSolutionInRangeSaysWhichConstraintsFail() {
    Scenario simple = Scenarios.simple(10, 0.01, 1);
    Constraint impossible = ConstraintParser.parse("rpo_seconds <= 1");
    Solution solution =
        Solve.find(simple, "network.circuits", Solve.Goal.MINIMIZE, List.of(impossible), 1, 64);
    assertThat(solution.status()).isEqualTo(Solution.Status.NO_SOLUTION);
    assertThat(solution.value()).isNull();
    assertThat(solution.binding()).containsExactly(impossible);

    Solution already =
        Solve.find(
            simple,
            "network.circuits",
            Solve.Goal.MINIMIZE,
            List.of(ConstraintParser.parse("monthly_cost_usd_start >= 0")),
            1,
            64);
    assertThat(already.status()).isEqualTo(Solution.Status.RANGE_END);
    assertThat(already.value()).isEqualTo(1.0);
  }

  @Test
  void unknownNamesAreReportedBeforeSearching() {
    assertThatThrownBy(
            () ->
                Solve.find(
                    Scenarios.walmart(),
                    "network.circuits",
                    Solve.Goal.MINIMIZE,
                    List.of(ConstraintParser.parse("feasible(gcs-achive)"))))
        .hasMessageStartingWith("unknown option \"gcs-achive\"; did you mean \"gcs-archive\"?");
  }

  @Test
  void constraintsParseAndPrintBack() {
    assertThat(ConstraintParser.parse("rpo<=objective"))
        .isEqualTo(
            new Constraint.MetricBound(
                Metric.RPO_SECONDS, null, null, Constraint.Comparison.AT_MOST, null));
    assertThat(ConstraintParser.parse(" seed_seconds <= 15552000 "))
        .isEqualTo(
            new Constraint.MetricBound(
                Metric.SEED_SECONDS, null, null, Constraint.Comparison.AT_MOST, 15_552_000.0));
    assertThat(ConstraintParser.parse("horizon_cost_usd(minimum/gcs-archive)>2.5e8"))
        .isEqualTo(
            new Constraint.MetricBound(
                Metric.HORIZON_COST_USD,
                "minimum",
                "gcs-archive",
                Constraint.Comparison.ABOVE,
                2.5e8));
    assertThat(ConstraintParser.parse("feasible(gcs-archive)"))
        .isEqualTo(new Constraint.Feasible(null, "gcs-archive"));
    assertThat(ConstraintParser.parse("feasible(phase-one/gcs-archive)"))
        .isEqualTo(new Constraint.Feasible("phase-one", "gcs-archive"));
    assertThat(ConstraintParser.parse("fits_horizon(minimum)"))
        .isEqualTo(new Constraint.FitsHorizon("minimum"));
    for (String text :
        List.of(
            "rpo_seconds<=objective",
            "seed_seconds(gcs-archive)<15552000",
            "monthly_cost_usd_end(minimum/vast-on-z3)>=0.5",
            "feasible(gcs-archive)",
            "fits_horizon(minimum)")) {
      assertThat(ConstraintParser.parse(text).text()).isEqualTo(text);
    }
    assertThat(
            ConstraintParser.parse(
                "seed <= 180 d",
                (kind, literal) -> Double.parseDouble(literal.replace(" d", "")) * 86_400))
        .isEqualTo(
            new Constraint.MetricBound(
                Metric.SEED_SECONDS, null, null, Constraint.Comparison.AT_MOST, 180 * 86_400.0));
  }

  @Test
  void parseErrorsSayWhereAndWhat() {
    assertThatThrownBy(() -> ConstraintParser.parse("rpo=objective"))
        .isInstanceOf(ConstraintSyntaxException.class)
        .hasMessage(
            "column 4: expected \"<=\", \"<\", \">=\" or \">\", found \"=objective\"\n"
                + "  rpo=objective\n"
                + "     ^");
    assertThatThrownBy(() -> ConstraintParser.parse("rpo <= soon"))
        .hasMessageStartingWith("column 8: expected a number or objective, found \"soon\"");
    assertThatThrownBy(() -> ConstraintParser.parse("horizon_cost_usd <= objective"))
        .hasMessageStartingWith("column 21: expected a number (horizon_cost_usd has no objective)");
    assertThatThrownBy(() -> ConstraintParser.parse("rpp <= 3"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageStartingWith("unknown metric \"rpp\"; did you mean \"rpo\"?\nvalid metrics:")
        .hasMessageContaining("replication, feasible, fits_horizon");
    assertThatThrownBy(() -> ConstraintParser.parse("feasible(gcs-archive"))
        .hasMessageStartingWith("column 21: expected \")\", found the end");
    assertThatThrownBy(() -> ConstraintParser.parse("fits_horizon(minimum) extra"))
        .hasMessageStartingWith("column 23: expected the end, found \"extra\"");
    ConstraintSyntaxException e =
        (ConstraintSyntaxException)
            org.assertj.core.api.Assertions.catchThrowable(() -> ConstraintParser.parse("rpo(<=1"));
    assertThat(e.column()).isEqualTo(5);
  }
}
