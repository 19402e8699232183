package dev.drplan.scenario;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import java.util.Objects;

/**
 * A cloud VM shape with local SSD.
 *
 * @param name catalog name, or "inline"
 * @param localSsd local SSD per VM (GCP sizes are GiB)
 * @param network the VM's network rate
 * @param hourly on-demand price per hour
 */
public record MachineSpec(String name, DataSize localSsd, DataRate network, Money hourly) {
  public MachineSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(localSsd, "localSsd");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(hourly, "hourly");
    if (localSsd.isZero()) {
      throw new IllegalArgumentException("localSsd must be positive");
    }
  }

  /** A copy with another hourly. */
  public MachineSpec withHourly(Money newHourly) {
    return new MachineSpec(name, localSsd, network, newHourly);
  }

  /** A copy with another localSsd. */
  public MachineSpec withLocalSsd(DataSize newLocalSsd) {
    return new MachineSpec(name, newLocalSsd, network, hourly);
  }

  /** A copy with another network. */
  public MachineSpec withNetwork(DataRate newNetwork) {
    return new MachineSpec(name, localSsd, newNetwork, hourly);
  }
}
