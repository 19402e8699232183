package dev.drplan.analysis;

import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything the proposal report ({@code drplan report}) draws, computed once, before any writer
 * runs: the evaluation of the base scenario (docs/model.md §1–§8), the recurring cost of each
 * month, seed time against the network and horizon cost against the data size (two sweeps, with the
 * feasibility edges the second one crosses), and, when some inputs are uncertain, a Monte Carlo
 * run, its distributions and the tornadoes of the focus pair. Writers choose colours, scales and
 * display units; every figure and every feasible or not they show is here, as data.
 *
 * <p>Figures are in canonical units: x in the swept key's (circuits as a count, a data size in
 * bytes) or the month's number, y in the metric's ({@link Metric#kind()}: seconds, USD).
 *
 * @param uncertain the scenario with its uncertain inputs ({@code base()} is what is evaluated)
 * @param evaluation the evaluation of the base scenario
 * @param focusConfiguration the configuration of the recommended pair, or the first one when
 *     nothing is feasible: the sweeps and the uncertainty charts are drawn for it
 * @param focusOption the option of the recommended pair, or the first one
 * @param monthlyCosts one chart per configuration when their options' monthly costs or verdicts
 *     differ, else one, for the focus configuration
 * @param seedVersusCircuits seed time against {@link #CIRCUITS}, one series per option of the focus
 *     configuration (a figure that cannot exist is a null y)
 * @param costVersusSize horizon cost against {@link #LOGICAL_SIZE} (log steps), one series per
 *     option of the focus configuration, each passing through the feasibility edges it crosses;
 *     {@code null} when the scenario has no data to sweep
 * @param feasibilityEdges where an option of the focus configuration changes feasibility along the
 *     data size (located by the sweep's bisection); empty without a size sweep
 * @param monteCarlo the Monte Carlo run; {@code null} when no input is uncertain
 * @param distributions the samples of horizon cost and of seed time of the focus pair in {@link
 *     #BINS} bins (seed time in log bins when it spans more than a factor 10); empty when no input
 *     is uncertain
 * @param tornadoes horizon cost and seed time tornadoes of the focus pair; empty when no input is
 *     uncertain
 * @param decision the decision under uncertainty ({@link DecisionAnalysis}) on the same samples;
 *     {@code null} when no input is uncertain
 */
public record ProposalAnalysis(
    UncertainScenario uncertain,
    Evaluation evaluation,
    String focusConfiguration,
    String focusOption,
    List<MonthlyCostChart> monthlyCosts,
    SweepChart seedVersusCircuits,
    SweepChart costVersusSize,
    List<FeasibilityEdge> feasibilityEdges,
    MonteCarloResult monteCarlo,
    List<BinnedDistribution> distributions,
    List<Tornado> tornadoes,
    DecisionResult decision) {

  /**
   * Default Monte Carlo samples of the report, and of {@code decide}: one number, so that the
   * proposal and decide give the same value of information and the same questions (at 10,000 the
   * estimator's upward bias was several times its standard error on walmart; docs/model.md).
   */
  public static final int DEFAULT_SAMPLES = 100_000;

  /** Default Monte Carlo seed of the report. */
  public static final long DEFAULT_SEED = 1;

  /** The key of the seed-time chart. */
  public static final String CIRCUITS = "network.circuits";

  /** The key of the cost chart. */
  public static final String LOGICAL_SIZE = "dataset.logical_size";

  /** Points of the dataset-size sweep, a factor of 10 either side of the scenario's size. */
  static final int SIZE_STEPS = 25;

  /** The most points of the circuit sweep. */
  static final int MAX_CIRCUIT_STEPS = 32;

  /** Bins of the Monte Carlo distributions. */
  public static final int BINS = 40;

  /**
   * One point of a line: {@code y} is {@code null} where the figure cannot exist (a gap); {@code
   * feasible} is the pair's verdict there.
   */
  public record Point(double x, Double y, boolean feasible) {}

  /** One line of a chart: one option's points, in x order. */
  public record Series(String option, List<Point> points) {
    public Series {
      Objects.requireNonNull(option, "option");
      points = List.copyOf(points);
    }

    /** Whether the pair is feasible at every point of the line. */
    public boolean feasibleThroughout() {
      for (Point point : points) {
        if (!point.feasible()) {
          return false;
        }
      }
      return true;
    }
  }

  /** The recurring cost of every month of the horizon (x: month 1, 2, ...; y: USD), per option. */
  public record MonthlyCostChart(String configuration, List<Series> series) {
    public MonthlyCostChart {
      series = List.copyOf(series);
    }
  }

  /**
   * One metric against one swept key, from {@code from} to {@code to} (the first and last values
   * swept), one series per option.
   */
  public record SweepChart(String key, Metric metric, double from, double to, List<Series> series) {
    public SweepChart {
      series = List.copyOf(series);
    }
  }

  /**
   * Where an option changes feasibility along {@link #LOGICAL_SIZE}.
   *
   * @param at the data size of the change, in bytes
   * @param horizonCost the option's horizon cost evaluated at {@code at}
   * @param feasibleBelow whether the option is feasible below the change (then not above)
   * @param reasons the reason codes on the infeasible side
   */
  public record FeasibilityEdge(
      String option,
      double at,
      Money horizonCost,
      boolean feasibleBelow,
      List<ReasonCode> reasons) {
    public FeasibilityEdge {
      reasons = List.copyOf(reasons);
    }
  }

  public ProposalAnalysis {
    Objects.requireNonNull(uncertain, "uncertain");
    Objects.requireNonNull(evaluation, "evaluation");
    monthlyCosts = List.copyOf(monthlyCosts);
    feasibilityEdges = List.copyOf(feasibilityEdges);
    distributions = List.copyOf(distributions);
    tornadoes = List.copyOf(tornadoes);
  }

  /**
   * Computes what the proposal of {@code uncertain} draws.
   *
   * @param samples Monte Carlo samples (when some input is uncertain)
   * @param seed Monte Carlo seed
   * @param threads Monte Carlo threads (never changes a figure)
   */
  public static ProposalAnalysis of(
      UncertainScenario uncertain, int samples, long seed, int threads) {
    Scenario scenario = uncertain.base();
    // The report's tables are compare's, the change profile replayed; the sweeps and Monte Carlo
    // below use §5's closed form (docs/model.md §5, "The backlog").
    Evaluation evaluation = Evaluator.evaluateWithBacklog(scenario);
    Recommendation recommendation = evaluation.recommendation();
    OptionResult first = evaluation.results().get(0);
    String configuration =
        recommendation.found() ? recommendation.configuration() : first.configuration();
    String option = recommendation.found() ? recommendation.option() : first.option();

    List<MonthlyCostChart> monthlyCosts = new ArrayList<>();
    for (String name : costConfigurations(evaluation, configuration)) {
      monthlyCosts.add(monthlyCosts(evaluation, name));
    }

    int circuits = scenario.network().circuits();
    // Within the key's own limits, whatever the scenario's value.
    int most =
        (int) Math.min(Math.max(4L * circuits, 8), ScenarioKeys.key(scenario, CIRCUITS).max());
    SweepResult circuitSweep =
        Sweep.run(
            scenario,
            List.of(SweepAxis.linear(CIRCUITS, 1, most, Math.min(most, MAX_CIRCUIT_STEPS))));
    SweepChart seedVersusCircuits =
        sweepChart(circuitSweep, CIRCUITS, configuration, Metric.SEED_SECONDS);

    double size = ScenarioKeys.get(scenario, LOGICAL_SIZE);
    SweepChart costVersusSize = null;
    List<FeasibilityEdge> edges = new ArrayList<>();
    if (size > 0) {
      ScenarioKey sizeKey = ScenarioKeys.key(scenario, LOGICAL_SIZE);
      SweepResult sizeSweep =
          Sweep.run(
              scenario,
              List.of(
                  SweepAxis.log(
                      LOGICAL_SIZE,
                      Math.max(size / 10, sizeKey.min()),
                      Math.min(size * 10, sizeKey.max()),
                      SIZE_STEPS)));
      edges = feasibilityEdges(scenario, sizeSweep, configuration);
      SweepChart plain =
          sweepChart(sizeSweep, LOGICAL_SIZE, configuration, Metric.HORIZON_COST_USD);
      List<Series> throughEdges = new ArrayList<>();
      for (Series series : plain.series()) {
        throughEdges.add(throughEdges(series, edges));
      }
      costVersusSize =
          new SweepChart(plain.key(), plain.metric(), plain.from(), plain.to(), throughEdges);
    }

    MonteCarloResult monteCarlo = null;
    List<BinnedDistribution> distributions = new ArrayList<>();
    List<Tornado> tornadoes = new ArrayList<>();
    DecisionResult decision = null;
    if (!uncertain.inputs().isEmpty()) {
      decision = DecisionAnalysis.run(uncertain, samples, seed, threads);
      monteCarlo = MonteCarlo.run(uncertain, samples, seed, threads);
      PairSummary pair = monteCarlo.pair(configuration, option);
      for (Metric metric : new Metric[] {Metric.HORIZON_COST_USD, Metric.SEED_SECONDS}) {
        MetricSummary summary = pair.metric(metric);
        boolean log =
            metric == Metric.SEED_SECONDS
                && summary.min() != null
                && summary.min() > 0
                && summary.max() / summary.min() > 10;
        distributions.add(monteCarlo.distribution(configuration, option, metric, BINS, log));
      }
      tornadoes.add(Sensitivity.tornado(uncertain, Metric.HORIZON_COST_USD, configuration, option));
      tornadoes.add(Sensitivity.tornado(uncertain, Metric.SEED_SECONDS, configuration, option));
    }
    return new ProposalAnalysis(
        uncertain,
        evaluation,
        configuration,
        option,
        monthlyCosts,
        seedVersusCircuits,
        costVersusSize,
        edges,
        monteCarlo,
        distributions,
        tornadoes,
        decision);
  }

  /** The scenario this analysis is about, every uncertain input at its base value. */
  public Scenario scenario() {
    return uncertain.base();
  }

  /**
   * The configurations whose monthly costs get a chart: every one when some option's monthly costs
   * or verdict differ between configurations, else only {@code focus}.
   */
  private static List<String> costConfigurations(Evaluation evaluation, String focus) {
    List<OptionResult> results = evaluation.results();
    List<String> configurations = new ArrayList<>();
    boolean differ = false;
    for (OptionResult a : results) {
      if (!configurations.contains(a.configuration())) {
        configurations.add(a.configuration());
      }
      for (OptionResult b : results) {
        if (a.option().equals(b.option())
            && (!a.monthlyCosts().equals(b.monthlyCosts()) || a.feasible() != b.feasible())) {
          differ = true;
        }
      }
    }
    return differ ? configurations : List.of(focus);
  }

  /** Month m (from 1) against its recurring cost in USD, each point carrying the pair's verdict. */
  private static MonthlyCostChart monthlyCosts(Evaluation evaluation, String configuration) {
    List<Series> series = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      if (!result.configuration().equals(configuration)) {
        continue;
      }
      double[] usd = result.monthlyCosts().toUsdArray();
      List<Point> points = new ArrayList<>();
      for (int m = 0; m < usd.length; m++) {
        points.add(new Point(m + 1, usd[m], result.feasible()));
      }
      series.add(new Series(result.option(), points));
    }
    return new MonthlyCostChart(configuration, series);
  }

  /** {@code metric} of each option of {@code configuration} at every point of a one-key sweep. */
  private static SweepChart sweepChart(
      SweepResult sweep, String key, String configuration, Metric metric) {
    List<Series> series = new ArrayList<>();
    List<SweepRow> rows = sweep.rows();
    List<PairFigures> firstRow = rows.get(0).pairs();
    for (int p = 0; p < firstRow.size(); p++) {
      if (!firstRow.get(p).configuration().equals(configuration)) {
        continue;
      }
      List<Point> points = new ArrayList<>();
      for (SweepRow row : rows) {
        PairFigures pair = row.pairs().get(p);
        points.add(new Point(row.at().get(0), pair.value(metric), pair.feasible()));
      }
      series.add(new Series(firstRow.get(p).option(), points));
    }
    return new SweepChart(
        key, metric, rows.get(0).at().get(0), rows.get(rows.size() - 1).at().get(0), series);
  }

  /** Each feasibility change of {@code configuration}'s options, with the horizon cost there. */
  private static List<FeasibilityEdge> feasibilityEdges(
      Scenario scenario, SweepResult sweep, String configuration) {
    List<FeasibilityEdge> edges = new ArrayList<>();
    for (Landmark landmark : sweep.landmarks()) {
      if (!(landmark instanceof Landmark.FeasibilityChange)) {
        continue;
      }
      Landmark.FeasibilityChange change = (Landmark.FeasibilityChange) landmark;
      if (!change.configuration().equals(configuration)) {
        continue;
      }
      OptionResult at =
          pair(
              Evaluator.evaluate(ScenarioKeys.with(scenario, LOGICAL_SIZE, change.at())).results(),
              configuration,
              change.option());
      edges.add(
          new FeasibilityEdge(
              change.option(),
              change.at(),
              at.horizonCost(),
              change.feasibleBelow(),
              change.reasons()));
    }
    return edges;
  }

  /**
   * The series with a point at each of its option's edges that lies between two points whose
   * verdicts differ, so that the line changes from feasible to not exactly there. The edge point
   * carries the verdict of the point after it.
   */
  private static Series throughEdges(Series series, List<FeasibilityEdge> edges) {
    List<Point> points = series.points();
    List<Point> through = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      if (i > 0 && point.feasible() != points.get(i - 1).feasible()) {
        for (FeasibilityEdge edge : edges) {
          if (edge.option().equals(series.option())
              && edge.at() >= points.get(i - 1).x()
              && edge.at() <= point.x()) {
            through.add(new Point(edge.at(), edge.horizonCost().usd(), point.feasible()));
          }
        }
      }
      through.add(point);
    }
    return new Series(series.option(), Collections.unmodifiableList(through));
  }

  private static OptionResult pair(
      List<OptionResult> results, String configuration, String option) {
    for (OptionResult result : results) {
      if (result.configuration().equals(configuration) && result.option().equals(option)) {
        return result;
      }
    }
    throw new IllegalArgumentException("no pair " + configuration + "/" + option);
  }
}
