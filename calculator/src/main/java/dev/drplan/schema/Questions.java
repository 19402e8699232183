package dev.drplan.schema;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The question to ask the customer about each numeric key, in plain words, when the scenario's
 * {@code question:} does not say it (docs/scenario-format.md, "Distributions"): {@code drplan
 * decide} prints it beside the inputs worth learning first. A row without an entry here is asked
 * about by its meaning ("What is the throughput of one stream?").
 */
public final class Questions {
  private Questions() {}

  // By identity: a row is one object of the schema table.
  private static final Map<Row.Quantity<?, ?>, String> BY_ROW = new IdentityHashMap<>();

  static {
    ask(ScenarioSchema.HORIZON, "Over how many years should the plan be costed?");
    ask(ScenarioSchema.LOGICAL_SIZE, "How much data is there to protect today?");
    ask(ScenarioSchema.ANNUAL_GROWTH, "How fast will the data grow each year?");
    ask(ScenarioSchema.DAILY_CHANGE, "How much data is written or rewritten on a typical day?");
    ask(
        ScenarioSchema.PEAK_FACTOR,
        "How much busier than the day's average is the busiest hour of writes?");
    ask(
        ScenarioSchema.OVERWRITE_SHARE,
        "What share of the daily writes replaces existing data rather than adding to it?");
    ask(ScenarioSchema.AVERAGE_FILE_SIZE, "How large is a typical file?");
    ask(
        ScenarioSchema.REDUCTION_RATIO,
        "How much do compression and deduplication shrink the data on the cluster?");
    ask(ScenarioSchema.DBOX_RAW_SIZE, "How much raw flash does one D-box hold?");
    ask(
        ScenarioSchema.DBOX_USABLE_EFFICIENCY,
        "What share of the raw flash is usable after erasure coding and reserve?");
    ask(
        ScenarioSchema.CBOX_PER_NODE_REPLICATION,
        "How fast can one C-node send replication traffic?");
    ask(ScenarioSchema.FILL_LIMIT, "How full may the cluster get before it is expanded?");
    ask(ScenarioSchema.CBOXES, "How many C-boxes will this configuration have?");
    ask(ScenarioSchema.DBOXES, "How many D-boxes will this configuration have?");
    ask(
        ScenarioSchema.CONFIGURATION_USABLE_EFFICIENCY,
        "What share of the raw flash is usable in this configuration?");
    ask(ScenarioSchema.CIRCUITS, "How many circuits will connect the site to the cloud region?");
    ask(ScenarioSchema.LINE_RATE, "What is the line rate of each circuit?");
    ask(
        ScenarioSchema.EFFICIENCY,
        "What share of the line rate does a bulk copy reach on these circuits?");
    ask(ScenarioSchema.DR_SHARE, "What share of the circuits may DR traffic use?");
    ask(ScenarioSchema.MONTHLY_PORT_COST, "What does one circuit cost per month?");
    ask(ScenarioSchema.RPO, "How much recent data, counted in time, may a disaster lose?");
    ask(ScenarioSchema.RTO, "How soon after a disaster must the data be usable again?");
    ask(
        ScenarioSchema.RECOVERY_SCOPE,
        "What share of the data must be usable again within the recovery time?");
    ask(ScenarioSchema.MAX_SEED, "How long may the first full copy take?");
    ask(ScenarioSchema.MACHINE_LOCAL_SSD, "How much local SSD does one cloud VM have?");
    ask(ScenarioSchema.MACHINE_NETWORK, "What network rate does one cloud VM reach?");
    ask(ScenarioSchema.MACHINE_HOURLY, "What does one cloud VM cost per hour?");
    ask(
        ScenarioSchema.PROTECTION_OVERHEAD,
        "What share of the cloud VMs' SSD goes to erasure coding or replicas?");
    ask(
        ScenarioSchema.NAMESPACE_REDUCTION_RATIO,
        "How much does data reduction shrink the data in the cloud cluster?");
    ask(ScenarioSchema.MAX_NODES, "How many VMs can one cloud cluster have?");
    ask(ScenarioSchema.NAMESPACE_FILL_LIMIT, "How full may the cloud cluster get?");
    ask(
        ScenarioSchema.COMMITMENT_DISCOUNT,
        "What discount off the VMs' hourly price applies, e.g. for committed use?");
    ask(
        ScenarioSchema.NAMESPACE_REPLICATION_INTERVAL,
        "How often are snapshots replicated to the cloud?");
    ask(ScenarioSchema.FAILOVER_TIME, "How long does it take to switch clients over to the cloud?");
    ask(ScenarioSchema.STORAGE_PER_GIB_MONTH, "What is the storage price per GiB-month?");
    ask(ScenarioSchema.CLASS_A_PER_1000, "What do 1,000 object writes cost?");
    ask(ScenarioSchema.RETRIEVAL_PER_GIB, "What does reading back one GiB cost?");
    ask(ScenarioSchema.EGRESS_PER_GIB, "What does one GiB leaving the cloud cost?");
    ask(
        ScenarioSchema.MIN_STORAGE_DURATION,
        "How long is data billed at least once it is written (the class's minimum)?");
    ask(ScenarioSchema.OBJECT_SIZE_VALUE, "How large are the objects the copy writes?");
    ask(ScenarioSchema.RETENTION, "How long must replaced versions of the data be kept?");
    ask(
        ScenarioSchema.APPLIANCE_IN_FLIGHT,
        "How many transfer appliances may be out at the same time?");
    ask(ScenarioSchema.HOSTS, "How many data-mover hosts will run the copy?");
    ask(ScenarioSchema.STREAMS_PER_HOST, "How many copy streams does each mover host run?");
    ask(
        ScenarioSchema.PER_STREAM,
        "What throughput does one copy stream reach to Cloud Storage (measure with drplan"
            + " probe)?");
    ask(ScenarioSchema.HOST_NIC, "What network rate does each mover host have?");
    ask(ScenarioSchema.DATA_COPY_REPLICATION_INTERVAL, "How often does an incremental copy run?");
    ask(
        ScenarioSchema.CLOUD_START_TIME,
        "After a disaster, how long until the workloads run in the cloud?");
  }

  private static void ask(Row.Quantity<?, ?> row, String question) {
    BY_ROW.put(row, question);
  }

  /** The question about {@code row}'s key: its own, or one made from its meaning. */
  public static String of(Row.Quantity<?, ?> row) {
    String question = BY_ROW.get(row);
    if (question != null) {
      return question;
    }
    return "What is the " + row.meaning() + "?";
  }
}
