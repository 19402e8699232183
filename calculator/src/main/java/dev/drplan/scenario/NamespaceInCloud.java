package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The storage namespace itself on cloud VMs with local SSD, kept in sync by replication
 * (spec/scenario-format.md, "kind: namespace-in-cloud"). Defaults of the format are applied by the
 * loader, so every field is set.
 */
public record NamespaceInCloud(
    String name,
    MachineSpec machine,
    Fraction protectionOverhead,
    double reductionRatio,
    int maxNodes,
    Fraction fillLimit,
    Fraction commitmentDiscount,
    TimeSpan replicationInterval,
    TimeSpan failoverTime)
    implements DrOption {

  public static final String KIND = "namespace-in-cloud";

  public NamespaceInCloud {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(protectionOverhead, "protectionOverhead");
    Objects.requireNonNull(fillLimit, "fillLimit");
    Objects.requireNonNull(commitmentDiscount, "commitmentDiscount");
    Objects.requireNonNull(replicationInterval, "replicationInterval");
    Objects.requireNonNull(failoverTime, "failoverTime");
    if (!(reductionRatio >= 1) || Double.isInfinite(reductionRatio)) {
      throw new IllegalArgumentException(
          "reductionRatio must be a finite number >= 1, was " + reductionRatio);
    }
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be at least 1, was " + maxNodes);
    }
  }

  @Override
  public String kind() {
    return KIND;
  }
}
