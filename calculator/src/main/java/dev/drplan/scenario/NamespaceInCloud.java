package dev.drplan.scenario;

import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The storage namespace itself on cloud VMs with local SSD, kept in sync by replication
 * (docs/scenario-format.md, "kind: namespace-in-cloud"). Defaults of the format are applied by the
 * loader, so every field is set except the two that may be unknown.
 *
 * @param licencePerTbMonth the storage software's licence per usable TB-month on the VMs; {@code
 *     null} when the scenario gives none (the output says the licence is not included)
 * @param egressPerGib what failing back to the primary pays per GiB leaving the cloud; {@code null}
 *     when not priced
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
    TimeSpan failoverTime,
    Money licencePerTbMonth,
    Money egressPerGib)
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

  /** A namespace whose licence and failback egress are not priced. */
  public NamespaceInCloud(
      String name,
      MachineSpec machine,
      Fraction protectionOverhead,
      double reductionRatio,
      int maxNodes,
      Fraction fillLimit,
      Fraction commitmentDiscount,
      TimeSpan replicationInterval,
      TimeSpan failoverTime) {
    this(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        null,
        null);
  }

  /** A copy with another licencePerTbMonth. */
  public NamespaceInCloud withLicencePerTbMonth(Money newLicence) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        newLicence,
        egressPerGib);
  }

  /** A copy with another egressPerGib. */
  public NamespaceInCloud withEgressPerGib(Money newEgress) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        newEgress);
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** A copy with another commitmentDiscount. */
  public NamespaceInCloud withCommitmentDiscount(Fraction newCommitmentDiscount) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        newCommitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another failoverTime. */
  public NamespaceInCloud withFailoverTime(TimeSpan newFailoverTime) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        newFailoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another fillLimit. */
  public NamespaceInCloud withFillLimit(Fraction newFillLimit) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        newFillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another machine. */
  public NamespaceInCloud withMachine(MachineSpec newMachine) {
    return new NamespaceInCloud(
        name,
        newMachine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another maxNodes. */
  public NamespaceInCloud withMaxNodes(int newMaxNodes) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        newMaxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another protectionOverhead. */
  public NamespaceInCloud withProtectionOverhead(Fraction newProtectionOverhead) {
    return new NamespaceInCloud(
        name,
        machine,
        newProtectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another reductionRatio. */
  public NamespaceInCloud withReductionRatio(double newReductionRatio) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        newReductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        replicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }

  /** A copy with another replicationInterval. */
  public NamespaceInCloud withReplicationInterval(TimeSpan newReplicationInterval) {
    return new NamespaceInCloud(
        name,
        machine,
        protectionOverhead,
        reductionRatio,
        maxNodes,
        fillLimit,
        commitmentDiscount,
        newReplicationInterval,
        failoverTime,
        licencePerTbMonth,
        egressPerGib);
  }
}
