package dev.drplan.scenario;

import java.util.Locale;

/** GCS storage classes, as the scenario format names them. */
public enum StorageClass {
  STANDARD,
  NEARLINE,
  COLDLINE,
  ARCHIVE;

  /** The lower-case name the scenario and the catalog use. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
