package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.analysis.Remedy;
import dev.drplan.analysis.ResolvedLever;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A remedy in words (docs/model.md, "Remedies"): what failed, the change, the figures after it,
 * what it costs and how it compares with the recommendation, e.g. "RTO 7.42 d > 7.00 d: one more
 * 100.0 Gbps circuit (8 → 9) → RTO 6.60 d, +$17.0 k/month, horizon $30.6 M, cheaper than the
 * recommended pair ($58.0 M)". A change of an objective says so.
 */
public final class RemedyText {
  private RemedyText() {}

  /** The figures a blocking reason is about, each said once: seed, RPO, RTO, VMs, objects, rate. */
  private enum Subject {
    SEED,
    RPO,
    RPO_REPLAYED,
    RTO,
    NODES,
    OBJECTS,
    REPLICATION
  }

  /** The whole sentence for {@code remedy} of a pair of {@code scenario}. */
  public static String sentence(Scenario scenario, Remedy remedy) {
    Set<Subject> subjects = subjects(remedy.before());
    StringBuilder text = new StringBuilder();
    text.append(problem(remedy.before())).append(": ");
    text.append(change(scenario, remedy));
    List<String> after = new ArrayList<>();
    for (Subject subject : subjects) {
      after.add(figure(subject, remedy.after()));
    }
    text.append(" → ").append(String.join(", ", after));
    text.append(", ").append(cost(remedy));
    if (remedy.cheaperThanRecommendation() != null) {
      int compared = remedy.comparedWithRecommendation();
      text.append(
              compared < 0
                  ? ", cheaper than"
                  : compared == 0 ? ", the same cost as" : ", dearer than")
          .append(" the recommended pair (")
          .append(Display.money(remedy.recommendedCost()))
          .append(")");
    }
    if (!remedy.priced()) {
      text.append("; ").append(pricing(remedy.lever()));
    }
    if (remedy.changesObjective()) {
      text.append("; this changes an objective (")
          .append(keyName(remedy.lever()))
          .append(" ")
          .append(value(remedy.lever(), remedy.lever().current()))
          .append(" → ")
          .append(value(remedy.lever(), remedy.to()))
          .append("): agree it with the customer");
    }
    return text.toString();
  }

  /**
   * The pair's line of a report: its best remedy, then every other single change that works, each
   * in brief, the changes of an objective apart; or that none within the levers' bounds does. The
   * best is the cheapest change of the design: an objective is the customer's requirement, so a
   * change of one comes after every change of the design however little it costs, and is named as
   * such (docs/model.md, "Remedies", order). Every change is written out, so that a reader of the
   * proposal, who cannot run explain, sees them all.
   */
  public static String best(Scenario scenario, PairRemedies remedies) {
    Remedy best = remedies.best();
    if (best == null) {
      List<String> tried = new ArrayList<>();
      for (ResolvedLever lever : remedies.exhausted()) {
        boolean up = lever.upper() > lever.current();
        tried.add(
            keyName(lever)
                + (up ? " up to " : " down to ")
                + value(lever, up ? lever.upper() : lever.lower()));
      }
      return "no single change within the levers' bounds makes it feasible"
          + (tried.isEmpty() ? " (it has no lever)" : " (tried: " + String.join(", ", tried) + ")");
    }
    List<String> design = new ArrayList<>();
    List<String> objective = new ArrayList<>();
    for (Remedy other : remedies.remedies().subList(1, remedies.remedies().size())) {
      (other.changesObjective() ? objective : design).add(brief(scenario, other));
    }
    StringBuilder line = new StringBuilder(sentence(scenario, best));
    if (!design.isEmpty()) {
      line.append("; ")
          .append(design.size() == 1 ? "another change also works: " : "other changes also work: ")
          .append(String.join("; ", design));
    }
    if (!objective.isEmpty()) {
      line.append(
              best.changesObjective()
                  ? "; changing another objective also works: "
                  : "; or, changing an objective, which the customer must agree: ")
          .append(String.join("; ", objective));
    }
    return line.toString();
  }

  /**
   * A remedy in brief, after the pair's best: the change, the figures it fixes and the horizon
   * cost, "recovery scope 10.0% → 9.00% → RTO 6.68 d, horizon $68.1 M, cheaper than the recommended
   * pair".
   */
  static String brief(Scenario scenario, Remedy remedy) {
    List<String> after = new ArrayList<>();
    for (Subject subject : subjects(remedy.before())) {
      after.add(figure(subject, remedy.after()));
    }
    return change(scenario, remedy)
        + " → "
        + String.join(", ", after)
        + ", horizon "
        + Display.signedMoney(remedy.horizonCostUsd())
        + (remedy.priced() ? "" : " without the change's own cost")
        + (remedy.cheaperThanRecommendation() != null && remedy.comparedWithRecommendation() < 0
            ? ", cheaper than the recommended pair"
            : "");
  }

  /** What failed, in figures: "RTO 7.42 d > 7.00 d; seed 10.9 y > 180.0 d". */
  static String problem(OptionResult before) {
    List<String> parts = new ArrayList<>();
    for (Reason reason : before.reasons()) {
      parts.add(problem(reason));
    }
    return String.join("; ", new LinkedHashSet<>(parts));
  }

  private static String problem(Reason reason) {
    ReasonCode code = reason.code();
    switch (code) {
      case SEED_NEVER_CONVERGES:
        return "the first copy never converges";
      case SEED_TOO_LONG:
        return "seed " + figure(reason, "seed") + " > " + figure(reason, "max_seed");
      case RPO_BACKLOG_GROWS:
        return "RPO never (the backlog grows at the busiest hour's rate held)";
      case RPO_MISSED:
      case RPO_UNREACHABLE:
        return "RPO " + figure(reason, "rpo") + " > " + figure(reason, "rpo_objective");
      case RPO_NEVER_CATCHES_UP:
        return "copies never catch up (average change "
            + Display.byteRate((DataRate) reason.figures().get("average_change_rate"))
            + " > replication "
            + Display.byteRate((DataRate) reason.figures().get("replication_rate"))
            + ")";
      case RPO_COMPLIANCE_MISSED:
      case RPO_COMPLIANCE_CAPPED:
      case RPO_COMPLIANCE_UNREACHABLE:
        return "RPO within "
            + figure(reason, "rpo_objective")
            + " for "
            + figure(reason, "within_objective")
            + " of the time < "
            + figure(reason, "rpo_compliance");
      case RPO_REPLAY_BEYOND_DATA_LIMIT:
        return "the replayed change profile goes beyond " + figure(reason, "data_limit");
      case RTO_MISSED:
        return "RTO " + figure(reason, "rto") + " > " + figure(reason, "rto_objective");
      case TOO_MANY_NODES:
        return figure(reason, "nodes")
            + " VMs > "
            + figure(reason, "max_nodes")
            + " in one cluster";
      case OBJECT_TOO_LARGE:
        return "objects "
            + figure(reason, "object_size")
            + " > "
            + figure(reason, "max_object_size");
      default:
        return "no replication rate";
    }
  }

  private static String figure(Reason reason, String name) {
    return Display.value(reason.figures().get(name));
  }

  /** The figures the pair's blocking reasons are about, in the order of the reasons. */
  static Set<Subject> subjects(OptionResult before) {
    Set<Subject> subjects = new LinkedHashSet<>();
    for (Reason reason : before.reasons()) {
      switch (reason.code()) {
        case SEED_NEVER_CONVERGES:
        case SEED_TOO_LONG:
          subjects.add(Subject.SEED);
          break;
        case RPO_BACKLOG_GROWS:
        case RPO_MISSED:
        case RPO_UNREACHABLE:
          subjects.add(Subject.RPO);
          break;
        case RPO_NEVER_CATCHES_UP:
        case RPO_COMPLIANCE_MISSED:
        case RPO_COMPLIANCE_CAPPED:
        case RPO_COMPLIANCE_UNREACHABLE:
        case RPO_REPLAY_BEYOND_DATA_LIMIT:
          subjects.add(Subject.RPO_REPLAYED);
          break;
        case RTO_MISSED:
          subjects.add(Subject.RTO);
          break;
        case TOO_MANY_NODES:
          subjects.add(Subject.NODES);
          break;
        case OBJECT_TOO_LARGE:
          subjects.add(Subject.OBJECTS);
          break;
        default:
          subjects.add(Subject.REPLICATION);
          break;
      }
    }
    return subjects;
  }

  private static String figure(Subject subject, OptionResult result) {
    switch (subject) {
      case SEED:
        return "seed " + Display.durationOrNever(result.seed().time());
      case RPO:
        return "RPO " + Display.durationOrNever(result.rpo());
      case RPO_REPLAYED:
        // The replay's figure, not the closed form's: what the compliance verdict rests on (§5).
        BacklogResult replayed = result.backlog() == null ? null : result.backlog().simulated();
        if (result.backlog() != null && result.backlog().beyondDataLimit()) {
          return "RPO beyond what drplan computes";
        }
        return replayed == null
            ? "no copies"
            : "RPO within the objective "
                + Display.percent(replayed.withinObjective())
                + " of the time";
      case RTO:
        return "RTO " + Display.durationOrNever(result.rto());
      case NODES:
        return Display.count(result.clustersEnd() == null ? 0 : result.clustersEnd())
            + " cluster"
            + (result.clustersEnd() != null && result.clustersEnd() == 1 ? "" : "s");
      case OBJECTS:
        return "objects within the GCS maximum";
      default:
        return "replication " + Display.rate(result.replication().rate());
    }
  }

  /** The change in words: "one more 100.0 Gbps circuit (8 → 9)". */
  static String change(Scenario scenario, Remedy remedy) {
    return change(scenario, remedy.lever(), remedy.to(), remedy.steps());
  }

  /** Lever {@code lever} moved by {@code steps} to {@code to}, in words. */
  public static String change(Scenario scenario, ResolvedLever lever, double to, int steps) {
    String path = lever.path();
    String fromTo = " (" + value(lever, lever.current()) + " → " + value(lever, to) + ")";
    if (steps > 0 && lever.key().kind() == ValueKind.COUNT && !lever.declared()) {
      long added = Math.round(to - lever.current());
      String more = (added == 1 ? "one more " : Display.count(added) + " more ");
      if (path.equals("network.circuits")) {
        DataRate line = scenario.network().lineRate();
        return more + Display.gigabits(line) + " circuit" + (added == 1 ? "" : "s") + fromTo;
      }
      if (path.endsWith(".copy_engine.hosts")) {
        return more + "copy engine host" + (added == 1 ? "" : "s") + fromTo;
      }
      if (path.endsWith(".appliance.in_flight")) {
        return more + "appliance" + (added == 1 ? "" : "s") + " in flight" + fromTo;
      }
      if (path.endsWith(".dboxes")) {
        return more + "D-box" + (added == 1 ? "" : "es") + fromTo;
      }
      if (path.endsWith(".cboxes")) {
        return more + "C-box" + (added == 1 ? "" : "es") + fromTo;
      }
      if (path.endsWith(".max_nodes")) {
        long clusters = Math.round(to / lever.current());
        return "run it as "
            + Display.count(clusters)
            + " clusters of at most "
            + Display.count(Math.round(lever.current()))
            + " VMs";
      }
    }
    return keyName(lever) + " " + value(lever, lever.current()) + " → " + value(lever, to);
  }

  /** "+$17.0 k/month, horizon $30.6 M"; "no change in cost, horizon ..." when it costs nothing. */
  static String cost(Remedy remedy) {
    double monthly = remedy.monthlyCostDeltaUsd();
    double total = remedy.horizonCostDeltaUsd();
    String perMonth =
        monthly == 0 && total == 0
            ? "no change in cost"
            : signed(monthly)
                + "/month"
                + (remedy.lever().oneTimeCost().usd() > 0 ? " and one-time costs" : "");
    return perMonth + ", horizon " + Display.signedMoney(remedy.horizonCostUsd());
  }

  /** A change of cost: "+$17.0 k", "−$2.00 k", "$0". */
  static String signed(double usd) {
    return usd > 0 ? "+" + Display.money(Money.ofUsd(usd)) : Display.signedMoney(usd);
  }

  /**
   * Why a remedy's cost is not known: the scenario gives no price for what the lever buys (mover
   * hosts without host_monthly_cost, boxes without their prices, a declared lever without one).
   */
  static String pricing(ResolvedLever lever) {
    return "the scenario gives no price for "
        + keyName(lever)
        + ", so its cost is not included: give it a price with levers: "
        + lever.path()
        + ": {monthly_cost: ..., one_time_cost: ...}";
  }

  /** The lever's key in words: "copy engine hosts", "recovery scope", else the key's meaning. */
  static String keyName(ResolvedLever lever) {
    String path = lever.path();
    if (path.equals("network.circuits")) {
      return "circuits";
    }
    if (path.equals("objectives.recovery_scope")) {
      return "recovery scope";
    }
    if (path.endsWith(".copy_engine.hosts")) {
      return "copy engine hosts";
    }
    if (path.endsWith(".max_nodes")) {
      return "VMs in one cluster";
    }
    if (path.endsWith(".appliance.in_flight")) {
      return "appliances in flight";
    }
    if (path.endsWith(".dboxes")) {
      return "D-boxes";
    }
    if (path.endsWith(".cboxes")) {
      return "C-boxes";
    }
    return lever.key().meaning();
  }

  static String value(ResolvedLever lever, double canonical) {
    return Display.ofKind(lever.key().kind(), canonical);
  }
}
