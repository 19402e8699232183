package dev.drplan.model;

/** What limits a transfer rate (docs/model.md §3): the figure that binds in the min(). */
public enum Bottleneck {
  /** circuits · line rate · efficiency · dr_share */
  NETWORK("network"),
  /** cboxes · nodes per C-box · per-node replication rate */
  PRIMARY("primary"),
  /** hosts · min(streams per host · per stream, host NIC) */
  COPY_ENGINE("copy-engine"),
  /** cloud nodes · node network rate */
  CLOUD_NODES("cloud-nodes");

  private final String id;

  Bottleneck(String id) {
    this.id = id;
  }

  /** The word used in every output format. */
  public String id() {
    return id;
  }
}
