package dev.drplan.model;

import static dev.drplan.model.Formula.input;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.function.Function;

/**
 * The figures of one pair's backlog replay over the scenario's change profile (docs/model.md §5,
 * "The backlog"), read from its {@link PairBacklog}: the achieved RPO's percentiles and share
 * within the objective at the pair's rate, the queue's largest backlog and drain, the shortfall of
 * copies that never catch up, and the rate and circuits that meet the objective for rpo_compliance
 * of the time. They exist only when the scenario has a change profile and the evaluation replayed
 * it; reports print them only then. Figures of a statistic of the replay explain by their rule (a
 * definition), the others by their formula.
 */
public enum BacklogFigure implements Figure {
  /** {@link BacklogResult#rpoP50()}. */
  RPO_P50_SECONDS(
      "rpo_p50_seconds",
      ValueKind.DURATION,
      at(BacklogResult::rpoP50),
      rule("RPO P50 = the RPO not exceeded for half of the replayed time T", queueInputs())),
  /** {@link BacklogResult#rpoP95()}. */
  RPO_P95_SECONDS(
      "rpo_p95_seconds",
      ValueKind.DURATION,
      at(BacklogResult::rpoP95),
      rule("RPO P95 = the RPO not exceeded for 95% of the replayed time T", queueInputs())),
  /** {@link BacklogResult#rpoP99()}. */
  RPO_P99_SECONDS(
      "rpo_p99_seconds",
      ValueKind.DURATION,
      at(BacklogResult::rpoP99),
      rule("RPO P99 = the RPO not exceeded for 99% of the replayed time T", queueInputs())),
  /** {@link BacklogResult#rpoMax()}: the RPO met 100% of the time. */
  RPO_MAX_SECONDS(
      "rpo_max_seconds",
      ValueKind.DURATION,
      at(BacklogResult::rpoMax),
      rule(
          "RPO max = the largest RPO over T, the RPO met 100% of the time: from a snapshot being"
              + " taken until the next snapshot's copy finishes",
          queueInputs())),
  /** {@link BacklogResult#withinObjective()}. */
  RPO_WITHIN_OBJECTIVE(
      "rpo_within_objective",
      ValueKind.FRACTION,
      at(BacklogResult::withinObjective),
      rule(
          "within objective = (time with RPO ≤ rpo_objective) / T",
          objective(),
          input("T", BacklogFigure::window))),
  /** {@link BacklogResult#violations()}. */
  RPO_VIOLATIONS(
      "rpo_violations",
      ValueKind.COUNT,
      at(BacklogResult::violations),
      rule(
          "violations = how many times the RPO rises above rpo_objective over T",
          objective(),
          input("T", BacklogFigure::window))),
  /** {@link BacklogResult#violationsPerDay()}. */
  RPO_VIOLATIONS_PER_DAY(
      "rpo_violations_per_day",
      ValueKind.NUMBER,
      at(BacklogResult::violationsPerDay),
      Formula.when(
          BacklogFigure::simulated,
          "violations per day = violations / (T / 1 d)",
          input("violations", s -> simulation(s).violations()),
          input("T", BacklogFigure::window))),
  /** {@link BacklogResult#largestBacklog()}. */
  BACKLOG_MAX_BYTES(
      "backlog_max_bytes",
      ValueKind.SIZE,
      at(BacklogResult::largestBacklog),
      rule(
          "largest backlog = the most data taken in snapshots and not yet copied, just after"
              + " snapshot k: (what earlier copies still had to send) + delta(k), at its largest",
          input("at", s -> simulation(s).largestBacklogAt()),
          input("I", Subject::replicationInterval),
          input("R", s -> s.result().replication().rate()),
          input("T", BacklogFigure::window))),
  /** {@link BacklogResult#drainTime()}. */
  BACKLOG_DRAIN_SECONDS(
      "backlog_drain_seconds",
      ValueKind.DURATION,
      at(BacklogResult::drainTime),
      rule(
          "drain = from the largest backlog until the queue is first empty; never when it is not"
              + " empty again within T",
          input("largest backlog", s -> simulation(s).largestBacklog()),
          input("R", s -> s.result().replication().rate()))),
  /** {@link BacklogResult#shortfall()}: the copies never catch up. */
  BACKLOG_SHORTFALL_BYTES_PER_SECOND(
      "backlog_shortfall_bytes_per_second",
      ValueKind.RATE,
      at(BacklogResult::shortfall),
      Formula.when(
          s -> simulated(s) && !simulation(s).catchesUp(),
          "shortfall = average change rate − R",
          input("average change rate", s -> simulation(s).averageArrival()),
          input("R", s -> s.result().replication().rate()))),
  /** {@link CompliantRate#rate()}: the bandwidth the compliance target needs. */
  RPO_COMPLIANCE_BYTES_PER_SECOND(
      "rpo_compliance_bytes_per_second",
      ValueKind.RATE,
      b -> b.compliance().rate(),
      everyPair(
          "R needed = the smallest R with RPO ≤ rpo_objective for rpo_compliance of T, and at"
              + " least the average change rate",
          objective(),
          input("rpo_compliance", s -> s.scenario().objectives().rpoCompliance()),
          input("I", Subject::replicationInterval),
          input("average change rate", s -> s.evaluation().replay().averageRate()))),
  /**
   * The circuits of the scenario's line rate that carry {@link #RPO_COMPLIANCE_BYTES_PER_SECOND}.
   */
  RPO_COMPLIANCE_CIRCUITS(
      "rpo_compliance_circuits",
      ValueKind.COUNT,
      PairBacklog::circuits,
      // When another limit is below R needed, the circuits alone do not reach it: the same
      // formula, printed with that limit and its rate, as rpo_compliance_capped_by names it.
      Formula.when(
          s -> backlog(s).circuits() != null && backlog(s).cappedBy() != null,
          "circuits = ceil(R needed / (line_rate · efficiency · dr_share))",
          input("R needed", s -> backlog(s).compliance().rate()),
          input("line_rate", s -> s.scenario().network().lineRate()),
          input("efficiency", s -> s.scenario().network().efficiency()),
          input("dr_share", s -> s.scenario().network().drShare()),
          input("rpo_compliance_capped_by", s -> backlog(s).cappedBy().id()),
          input("capped rate, below R needed whatever the circuits", BacklogFigure::cappedRate)),
      Formula.when(
          s -> backlog(s).circuits() != null,
          "circuits = ceil(R needed / (line_rate · efficiency · dr_share))",
          input("R needed", s -> backlog(s).compliance().rate()),
          input("line_rate", s -> s.scenario().network().lineRate()),
          input("efficiency", s -> s.scenario().network().efficiency()),
          input("dr_share", s -> s.scenario().network().drShare())),
      Formula.rule(
          s -> backlog(s).beyondAnyCircuits(),
          "circuits = none: R needed / (line_rate · efficiency · dr_share) is beyond any number"
              + " of circuits (more than 9,223,372,036,854,775,807, the most a count holds)",
          input("R needed", s -> backlog(s).compliance().rate()),
          input("line_rate", s -> s.scenario().network().lineRate()),
          input("efficiency", s -> s.scenario().network().efficiency()),
          input("dr_share", s -> s.scenario().network().drShare()))),
  /** {@link CompliantRate#rpoMax()}: the RPO met 100% of the time at the rate needed. */
  RPO_COMPLIANCE_RPO_MAX_SECONDS(
      "rpo_compliance_rpo_max_seconds",
      ValueKind.DURATION,
      b -> b.compliance().rpoMax(),
      everyPair(
          "RPO max at R needed = the largest RPO over T when copies run at R needed",
          input("R needed", s -> backlog(s).compliance().rate()),
          input("I", Subject::replicationInterval))),
  /** {@link CompliantRate#bestPossible()}: the share met with instant copies. */
  RPO_WITHIN_OBJECTIVE_UNLIMITED(
      "rpo_within_objective_unlimited",
      ValueKind.FRACTION,
      b -> b.compliance().bestPossible(),
      everyPair(
          "within objective with instant copies = the share of T with RPO ≤ rpo_objective when"
              + " every copy takes no time; the RPO still climbs to I between snapshots",
          objective(),
          input("I", Subject::replicationInterval)));

  private final Definition definition;
  private final Function<PairBacklog, ?> read;

  BacklogFigure(String id, ValueKind kind, Function<PairBacklog, ?> read, Formula... formulas) {
    this.definition = new Definition(id, kind, "§5", List.of(formulas));
    this.read = read;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The typed figure of {@code result}'s replay; {@code null} when it cannot exist or none ran. */
  public Object value(OptionResult result) {
    return result.backlog() == null ? null : read.apply(result.backlog());
  }

  /** The figure in its canonical unit; NaN when it cannot exist or no replay ran. */
  public double canonical(OptionResult result) {
    return Figure.canonical(value(result));
  }

  Derivation derive(Subject subject) {
    if (subject.result().backlog() == null) {
      return null;
    }
    return Formula.derive(this, formulas(), subject, s -> value(s.result()));
  }

  /** A figure of the replay at the pair's rate, {@code null} when none ran (R is zero). */
  private static Function<PairBacklog, ?> at(Function<BacklogResult, ?> figure) {
    return b -> b.simulated() == null ? null : figure.apply(b.simulated());
  }

  /** A rule of the pairs whose replay ran. */
  private static Formula rule(String text, Formula.Input... inputs) {
    return Formula.rule(BacklogFigure::simulated, text, inputs);
  }

  /** A rule of every pair with a replay: the compliance search does not depend on R. */
  private static Formula everyPair(String text, Formula.Input... inputs) {
    return Formula.rule(s -> true, text, inputs);
  }

  private static Formula.Input[] queueInputs() {
    return new Formula.Input[] {
      input("I", Subject::replicationInterval),
      input("R", s -> s.result().replication().rate()),
      input("T", BacklogFigure::window)
    };
  }

  private static Formula.Input objective() {
    return input("rpo_objective", s -> s.scenario().objectives().rpo());
  }

  private static PairBacklog backlog(Subject subject) {
    return subject.result().backlog();
  }

  private static boolean simulated(Subject subject) {
    return backlog(subject).simulated() != null;
  }

  private static BacklogResult simulation(Subject subject) {
    return backlog(subject).simulated();
  }

  /** The rate of the limit rpo_compliance_capped_by names: the primary's, or the cloud side's. */
  private static DataRate cappedRate(Subject subject) {
    RateChoice replication = subject.result().replication();
    return backlog(subject).cappedBy() == Bottleneck.PRIMARY
        ? replication.primary()
        : replication.target();
  }

  private static TimeSpan window(Subject subject) {
    return subject.evaluation().replay().window();
  }

  @Override
  public String label() {
    switch (this) {
      case RPO_P50_SECONDS:
        return "recovery point met half of the time";
      case RPO_P95_SECONDS:
        return "recovery point met 95% of the time";
      case RPO_P99_SECONDS:
        return "recovery point met 99% of the time";
      case RPO_MAX_SECONDS:
        return "worst recovery point over the change profile";
      case RPO_WITHIN_OBJECTIVE:
        return "share of time the recovery point objective is met";
      case RPO_VIOLATIONS:
        return "times the recovery point objective is missed";
      case RPO_VIOLATIONS_PER_DAY:
        return "recovery point misses per day";
      case BACKLOG_MAX_BYTES:
        return "largest backlog of changes not yet copied";
      case BACKLOG_DRAIN_SECONDS:
        return "time to clear the largest backlog";
      case BACKLOG_SHORTFALL_BYTES_PER_SECOND:
        return "shortfall of the replication rate against the changes";
      case RPO_COMPLIANCE_BYTES_PER_SECOND:
        return "replication rate that meets the recovery point target";
      case RPO_COMPLIANCE_CIRCUITS:
        return "circuits that meet the recovery point target";
      case RPO_COMPLIANCE_RPO_MAX_SECONDS:
        return "worst recovery point at that rate";
      case RPO_WITHIN_OBJECTIVE_UNLIMITED:
        return "share of time the objective is met if copies took no time";
      default:
        throw new AssertionError(this);
    }
  }
}
