package dev.drplan.scenario;

import dev.drplan.units.Money;
import java.util.Objects;

/**
 * A cloud VM that runs the copy engine, priced by the hour (docs/model.md §7): a catalog machine
 * type, or one defined inline with its hourly price only, since a mover's throughput is the copy
 * engine's own assumption.
 *
 * @param name the catalog's machine type, or "inline"
 * @param hourly on-demand price of one VM per hour
 * @param source where the hourly price comes from, as explain prints it ("cyclenerd, as of
 *     2026-07-30"); {@code null} when the scenario states the price itself
 */
public record HostMachine(String name, Money hourly, String source) {
  public HostMachine {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hourly, "hourly");
  }

  /** A copy with another hourly: no longer the catalog's price, so with no source. */
  public HostMachine withHourly(Money newHourly) {
    return new HostMachine(name, newHourly, newHourly.equals(hourly) ? source : null);
  }
}
