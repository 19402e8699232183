package dev.drplan.model;

import java.util.ArrayList;
import java.util.List;
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
  STORAGE("§7", "storage", null),
  /** Versions deleted before the class's minimum storage duration, billed for the rest. */
  EARLY_DELETION("§7", "early deletion", null),
  /** Class A operations: the incremental copies' object writes, and the seed's. */
  OPERATIONS("§7", "object writes", "seed writes"),
  /** The transfer tool's fee per GiB moved, on the seed and every change. */
  TRANSFER_FEE("§7", "transfer fee", "seed transfer fee"),
  /** Inter-region replication of what a dual- or multi-region bucket is written, per GiB. */
  REPLICATION("§7", "inter-region replication", "seed replication"),
  /** The hosts that run the copy engine. */
  COPY_ENGINE_HOSTS("§7", "mover hosts", null),
  /** Cloud VMs of a namespace. */
  VMS("§7", "VMs", null),
  /** The storage software's licence on the VMs. */
  LICENCE("§7", "licence", null),
  /** Interconnect circuits. */
  PORTS("§7", "ports", null),
  /** Interconnect VLAN attachments, billed hourly beside the ports. */
  VLAN_ATTACHMENTS("§7", "VLAN attachments", null),
  /** Transfer Appliance usage fees and shipping. */
  APPLIANCES("§4", "appliances", "appliances"),
  /** What the cloud holding an existing copy charges to move it into the DR bucket. */
  EXISTING_COPY_EGRESS("§4", "copy egress", "copy egress"),
  /** Retrieval fees of one recovery event. */
  RETRIEVAL("§6", "retrieval", null),
  /** Egress of one recovery event: data read back to the primary, or failed back to it. */
  EGRESS("§6", "egress", null);

  private static final CostLine[] ALL = values();

  private static final List<CostLine> ONE_TIME = oneTimeLines();

  private final String section;
  private final String label;
  private final String oneTimeLabel;

  CostLine(String section, String label, String oneTimeLabel) {
    this.section = section;
    this.label = label;
    this.oneTimeLabel = oneTimeLabel;
  }

  private static List<CostLine> oneTimeLines() {
    List<CostLine> lines = new ArrayList<>();
    for (CostLine line : ALL) {
      if (line.oneTimeLabel != null) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
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

  /**
   * The lines that can carry a one-time cost, in this enum's order: a pair's one-time cost is their
   * one-time parts summed (§7), and every text that lists what it holds lists these, by {@link
   * #oneTimeLabel}.
   */
  public static List<CostLine> oneTime() {
    return ONE_TIME;
  }

  /**
   * The line's one-time part in a few words, "seed writes" (where it differs from the line's own
   * label, it says that the seed pays it); {@code null} for a line that is never one-time.
   */
  public String oneTimeLabel() {
    return oneTimeLabel;
  }
}
