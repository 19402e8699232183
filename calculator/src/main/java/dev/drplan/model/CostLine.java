package dev.drplan.model;

import java.util.Locale;

/**
 * One named line of what a pair costs (docs/model.md §7): a recurring monthly charge, a one-time
 * charge, the cost of one recovery event (§6), or several of these. A pair's monthly cost is the
 * sum of its recurring lines, its one-time cost the sum of its one-time lines, its recovery-event
 * cost the sum of its event lines; each line is a figure of {@code drplan explain} with its
 * formula.
 */
public enum CostLine {
  /** GCS at rest: live data plus retained versions. */
  STORAGE("§7", "storage"),
  /** Versions deleted before the class's minimum storage duration, billed for the rest. */
  EARLY_DELETION("§7", "early deletion"),
  /** Class A operations: the incremental copies' object writes, and the seed's. */
  OPERATIONS("§7", "object writes"),
  /** The transfer tool's fee per GiB moved, on the seed and every change. */
  TRANSFER_FEE("§7", "transfer fee"),
  /** Inter-region replication of what a dual- or multi-region bucket is written, per GiB. */
  REPLICATION("§7", "inter-region replication"),
  /** The hosts that run the copy engine. */
  COPY_ENGINE_HOSTS("§7", "mover hosts"),
  /** Cloud VMs of a namespace. */
  VMS("§7", "VMs"),
  /** The storage software's licence on the VMs. */
  LICENCE("§7", "licence"),
  /** Interconnect circuits. */
  PORTS("§7", "ports"),
  /** Interconnect VLAN attachments, billed hourly beside the ports. */
  VLAN_ATTACHMENTS("§7", "VLAN attachments"),
  /** Transfer Appliance usage fees and shipping. */
  APPLIANCES("§4", "appliances"),
  /** What the cloud holding an existing copy charges to move it into the DR bucket. */
  EXISTING_COPY_EGRESS("§4", "copy egress"),
  /** Retrieval fees of one recovery event. */
  RETRIEVAL("§6", "retrieval"),
  /** Egress of one recovery event: data read back to the primary, or failed back to it. */
  EGRESS("§6", "egress");

  private static final CostLine[] ALL = values();

  private final String section;
  private final String label;

  CostLine(String section, String label) {
    this.section = section;
    this.label = label;
  }

  /** Every line, in this enum's order (a shared array: do not modify). */
  static CostLine[] all() {
    return ALL;
  }

  /** The line's name in JSON and explain: {@code early_deletion}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The section of docs/model.md that defines it. */
  public String section() {
    return section;
  }

  /**
   * Whether the line is part of the horizon cost (recurring or one-time), not of a recovery event
   * (§6), which is costed apart.
   */
  public boolean inHorizonCost() {
    return !section.equals("§6");
  }

  /** A few words for tables and notes: "early deletion". */
  public String label() {
    return label;
  }
}
