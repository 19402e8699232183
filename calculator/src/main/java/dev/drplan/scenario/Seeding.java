package dev.drplan.scenario;

/**
 * How the first full copy is made.
 *
 * @param appliance the appliance used, or {@code null} when seeding over the network
 */
public record Seeding(ApplianceSpec appliance) {
  public static final Seeding NETWORK = new Seeding(null);

  public static Seeding byAppliance(ApplianceSpec appliance) {
    return new Seeding(java.util.Objects.requireNonNull(appliance, "appliance"));
  }

  public boolean byNetwork() {
    return appliance == null;
  }

  /** The scenario format's word for this seeding: {@code network} or {@code transfer-appliance}. */
  public String id() {
    return byNetwork() ? "network" : "transfer-appliance";
  }
}
