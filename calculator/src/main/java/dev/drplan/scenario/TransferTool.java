package dev.drplan.scenario;

import java.util.Locale;

/**
 * The tool a data copy's movers run (docs/scenario-format.md, "kind: data-copy", {@code
 * copy_engine.tool}). Only a managed service bills per GiB moved: Storage Transfer Service, when
 * its agents copy from a file system. Cloud-to-cloud transfers of the same service and the other
 * tools charge no fee of their own; for {@link #OTHER} the fee is unknown until the scenario gives
 * it.
 */
public enum TransferTool {
  /** Storage Transfer Service agents on the customer's hosts, copying from a file system. */
  STORAGE_TRANSFER_AGENTS,
  /** Storage Transfer Service between clouds, without agents. */
  STORAGE_TRANSFER_AGENTLESS,
  RCLONE,
  /** {@code gcloud storage cp | rsync}. */
  GCLOUD_STORAGE,
  /** The storage vendor's own replication to an object store. */
  VENDOR_REPLICATION,
  /** Any other tool; its fee per GiB must be given. */
  OTHER;

  /** The scenario format's word: {@code storage-transfer-agents}, {@code rclone}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the tool is known to charge nothing per GiB moved. */
  public boolean free() {
    return this != STORAGE_TRANSFER_AGENTS && this != OTHER;
  }
}
