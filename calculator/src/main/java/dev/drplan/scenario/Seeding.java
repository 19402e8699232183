package dev.drplan.scenario;

import java.util.Objects;

/**
 * How the first full copy is made: over the network, by transfer appliance, or by keeping a copy
 * that already exists in a public cloud (docs/model.md §4).
 *
 * @param appliance the appliance used, or {@code null} unless seeding by appliance
 * @param existingCopy the copy kept, or {@code null} unless seeding from an existing copy
 */
public record Seeding(ApplianceSpec appliance, ExistingCopy existingCopy) {
  public static final Seeding NETWORK = new Seeding(null, null);

  public Seeding {
    if (appliance != null && existingCopy != null) {
      throw new IllegalArgumentException("a seed is by appliance or from an existing copy");
    }
  }

  /** A seed by appliance, or over the network when {@code appliance} is {@code null}. */
  public Seeding(ApplianceSpec appliance) {
    this(appliance, null);
  }

  public static Seeding byAppliance(ApplianceSpec appliance) {
    return new Seeding(Objects.requireNonNull(appliance, "appliance"), null);
  }

  public static Seeding fromExistingCopy(ExistingCopy copy) {
    return new Seeding(null, Objects.requireNonNull(copy, "copy"));
  }

  public boolean byNetwork() {
    return appliance == null && existingCopy == null;
  }

  public boolean byAppliance() {
    return appliance != null;
  }

  public boolean fromExistingCopy() {
    return existingCopy != null;
  }

  /**
   * The scenario format's word for this seeding: {@code network}, {@code transfer-appliance} or
   * {@code existing-copy}.
   */
  public String id() {
    return byAppliance() ? "transfer-appliance" : fromExistingCopy() ? "existing-copy" : "network";
  }

  /** A copy with another appliance (the seed must be by appliance). */
  public Seeding withAppliance(ApplianceSpec newAppliance) {
    return byAppliance(newAppliance);
  }

  /** A copy with another existing copy (the seed must be from one). */
  public Seeding withExistingCopy(ExistingCopy newCopy) {
    return fromExistingCopy(newCopy);
  }
}
