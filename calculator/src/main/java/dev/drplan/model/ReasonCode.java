package dev.drplan.model;

/**
 * Why a (configuration, option) pair is infeasible, or what the reader should know about it. Each
 * code carries a message template whose {@code {name}} slots are filled with the reason's figures
 * by the report writers, which choose the display units.
 */
public enum ReasonCode {
  SEED_NEVER_CONVERGES(
      true,
      "the first copy never converges: the replication rate {replication_rate} ({bottleneck}) does"
          + " not exceed the change rate {change_rate}; it falls short by {shortfall}"),
  SEED_TOO_LONG(true, "the first copy takes {seed}, longer than max_seed {max_seed}"),
  RPO_BACKLOG_GROWS(
      true,
      "at the busiest hour's change rate held without a pause (the model's worst case),"
          + " incremental copies fall behind without bound: the peak change rate"
          + " {peak_change_rate} is at least the replication rate {replication_rate}"
          + " ({bottleneck}); a change_profile replays the real pattern (§5, the backlog)"),
  RPO_MISSED(
      true,
      "the RPO is {rpo}, above the objective {rpo_objective}; copies every {max_interval} or less"
          + " would meet it"),
  RPO_UNREACHABLE(
      true,
      "the RPO is {rpo}, above the objective {rpo_objective}, and no replication interval meets it"),
  RPO_NEVER_CATCHES_UP(
      true,
      "incremental copies never catch up with the change profile: its average change rate"
          + " {average_change_rate} is above the replication rate {replication_rate}"
          + " ({bottleneck}), short by {shortfall}"),
  RPO_COMPLIANCE_MISSED(
      true,
      "over the replayed change profile the RPO is within the objective {rpo_objective} for"
          + " {within_objective} of the time, less than rpo_compliance {rpo_compliance};"
          + " {needed_rate} ({circuits} circuits) would meet it"),
  RPO_COMPLIANCE_CAPPED(
      true,
      "over the replayed change profile the RPO is within the objective {rpo_objective} for"
          + " {within_objective} of the time, less than rpo_compliance {rpo_compliance}; that"
          + " needs {needed_rate}, but {bottleneck} caps the replication rate at {capped_rate},"
          + " below it, whatever the circuits"),
  RPO_COMPLIANCE_UNREACHABLE(
      true,
      "over the replayed change profile the RPO is within the objective {rpo_objective} for"
          + " {within_objective} of the time, less than rpo_compliance {rpo_compliance}, and no"
          + " replication rate meets it at this interval: instant copies would reach"
          + " {best_possible}"),
  RPO_COMPLIANCE_BEYOND_CIRCUITS(
      true,
      "the replication rate {needed_rate} that would keep the RPO within the objective"
          + " {rpo_objective} for rpo_compliance {rpo_compliance} of the replayed change profile is"
          + " beyond any number of circuits of {circuit_rate} each"),
  RPO_REPLAY_BEYOND_DATA_LIMIT(
      true,
      "the change profile, scaled from the size it was measured at to this data, takes the replay"
          + " beyond {data_limit} (an interval's change or the largest backlog) or {data_limit} a"
          + " second (the rate needed), the most drplan computes: its RPO figures are not given"),
  RTO_MISSED(true, "the RTO is {rto}, above the objective {rto_objective}"),
  TOO_MANY_NODES(
      true,
      "{nodes} VMs are needed by the end of the horizon, more than max_nodes {max_nodes} of one"
          + " cluster; it would take {clusters} clusters"),
  OBJECT_TOO_LARGE(
      true, "objects of {object_size} exceed the GCS maximum object size {max_object_size}"),
  NO_REPLICATION_RATE(true, "the replication rate is zero ({bottleneck})"),

  REQUEST_RATE_RAMP(
      false,
      "the seed writes {writes_per_second} objects/s; a GCS bucket starts near 1,000 writes/s and may"
          + " double at most every 20 minutes, so reaching it takes about {ramp_time}"),
  CONFIGURATION_FILLS(
      false,
      "the {configuration} configuration reaches its fill limit after {time_to_full}, inside the"
          + " horizon {horizon}"),
  CONFIGURATION_TOO_SMALL(
      false, "the {configuration} configuration cannot hold the day-one data at its fill limit"),
  APPLIANCE_LOADS(
      false,
      "appliance loads: {appliances}, shipped {in_flight} at a time, so {batches} round trip(s) in"
          + " sequence"),
  EXISTING_COPY_MOVE_NOT_TIMED(
      false,
      "the move of the existing copy ({moved}) from its cloud into the bucket is not timed: the"
          + " first copy counts only the changes since the copy was taken; the move costs"
          + " {copy_egress} of egress, a one-time line"),
  IMPLIED_DELETIONS(
      false,
      "the data inputs imply deletions: the daily change writes {added} of the estate a year as"
          + " new data, the estate grows by {growth} (continuous rate), so {deleted} of it must be"
          + " deleted a year ({deleted_per_day} a day on day one); the copy removes them too"),
  NEW_DATA_BELOW_GROWTH(
      false,
      "the data inputs contradict each other: the daily change writes only {added} of the estate"
          + " a year as new data, less than the growth of {growth} (continuous rate); the model"
          + " keeps the growth and takes no deletions"),
  NOT_PRICED(false, "not priced, so not in the costs: {lines}"),
  RECOVERY_COMPUTE_NOT_PRICED(
      false,
      "not priced: the cloud compute that runs the workloads during a recovery in the cloud; the"
          + " recovery-event cost counts only the data's retrieval and failback egress"),
  VERDICT_RESTS_ON(
      false,
      "{finding} rests on {key} = {value}, {origin}: at {flip} it would {change}"
          + " ({figure_name} {figure_value}), and {pair_then}"),
  // The wording of a recommendation (docs/model.md §8); never attached to a pair.
  RECOMMENDED_CHEAPEST(
      false,
      "the lowest horizon cost of the {feasible_pairs} feasible pairs, {horizon_cost} over"
          + " {horizon}; the next cheapest option, {runner_up}, costs {runner_up_cost}"),
  RECOMMENDED_ONLY_OPTION(
      false,
      "the only feasible option, at {horizon_cost} over {horizon} ({feasible_pairs} feasible"
          + " pairs)"),
  RECOMMENDATION_NOT_PRICED(
      false, "the horizon cost of {option} leaves out what is not priced: {lines}"),
  RUNNER_UP_NOT_PRICED(
      false,
      "that cost of {option} is a floor, not its full cost: it leaves out what is not priced,"
          + " {lines}"),
  ONPREM_SPEND(
      false,
      "on-prem, {configuration} costs {onprem_spend} over the horizon, purchase and expansions,"
          + " against {other_onprem_spend} for {other_configuration}"),
  ONPREM_SPEND_SAME(
      false,
      "on-prem, every configuration costs the same over the horizon, {onprem_spend} with its"
          + " expansions"),
  ONPREM_PRICE_ASSUMED(
      false,
      "that spend is not evidence of its own: it rests on an assumed D-box price, {dbox_price}"
          + " ({why_assumed})"),
  CONFIGURATION_HOLDS(
      false, "{configuration} holds the data through the horizon without expansion"),
  CONFIGURATION_EXPANDS(
      false,
      "{configuration} reaches its fill limit after {time_to_full}, inside the horizon; its"
          + " expansion plan says what to add, and its on-prem spend counts it"),
  CONFIGURATION_NEEDS_EXPANSION(
      false,
      "no configuration holds the data through the horizon; {configuration} lasts longest"
          + " ({time_to_full}) and its expansion plan says what to add"),
  RECOMMENDATION_RESTS_ON(false, "the recommendation changes, nearest first, where {flips}"),
  NOTHING_FEASIBLE(
      false,
      "no (configuration, option) pair is feasible; the reasons of each pair say what would have"
          + " to change");

  private final boolean blocking;
  private final String template;

  ReasonCode(boolean blocking, String template) {
    this.blocking = blocking;
    this.template = template;
  }

  /** Whether this reason makes the pair infeasible; otherwise it is a note. */
  public boolean blocking() {
    return blocking;
  }

  /** The message with {@code {figure}} slots. */
  public String template() {
    return template;
  }

  /** The lower-case, dash-separated code used in every output format. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
