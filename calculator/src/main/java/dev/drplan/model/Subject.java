package dev.drplan.model;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluated (configuration, option) pair with everything the formulas of its figures read: the
 * scenario, its timeline, the whole evaluation, the configuration's and the pair's results. What
 * {@code drplan explain} derives its figures from. A figure of one year of the configuration's
 * expansion ({@link ExpansionFigure}) or of one cost line ({@link CostLineFigure}) is derived from
 * the subject {@link #atStep at that step} or {@link #onLine on that line}.
 *
 * @param step the year of the expansion plan an {@link ExpansionFigure} is of; {@code null} else
 * @param line the cost line a {@link CostLineFigure} is of; {@code null} else
 */
public record Subject(
    Scenario scenario,
    Timeline timeline,
    Evaluation evaluation,
    ConfigurationResult configuration,
    DrOption option,
    OptionResult result,
    ExpansionStep step,
    CostLine line) {

  /**
   * Evaluates {@code scenario}, its change profile replayed if it has one, and picks one pair.
   *
   * @throws IllegalArgumentException if the scenario has no such configuration or option
   */
  public static Subject of(Scenario scenario, String configurationName, String optionName) {
    Evaluation evaluation = Evaluator.evaluateWithBacklog(scenario);
    ConfigurationResult configuration = null;
    for (ConfigurationResult candidate : evaluation.configurations()) {
      if (candidate.configuration().equals(configurationName)) {
        configuration = candidate;
      }
    }
    DrOption option = null;
    for (DrOption candidate : scenario.options()) {
      if (candidate.name().equals(optionName)) {
        option = candidate;
      }
    }
    OptionResult result = null;
    for (OptionResult candidate : evaluation.results()) {
      if (candidate.configuration().equals(configurationName)
          && candidate.option().equals(optionName)) {
        result = candidate;
      }
    }
    if (configuration == null || option == null || result == null) {
      throw new IllegalArgumentException(
          "no pair (" + configurationName + ", " + optionName + ") in " + scenario.name());
    }
    return new Subject(
        scenario, new Timeline(scenario), evaluation, configuration, option, result, null, null);
  }

  /**
   * This pair at one step of its configuration's expansion plan, for an {@link ExpansionFigure}.
   */
  public Subject atStep(ExpansionStep expansionStep) {
    return new Subject(
        scenario, timeline, evaluation, configuration, option, result, expansionStep, null);
  }

  /** This pair on one of its cost lines, for a {@link CostLineFigure}. */
  public Subject onLine(CostLine costLine) {
    return new Subject(
        scenario, timeline, evaluation, configuration, option, result, null, costLine);
  }

  /**
   * Every figure of the scenario, the configuration and the pair that has a formula for this pair,
   * derived in the order of {@link ScenarioFigure}, {@link ConfigurationFigure}, {@link
   * PairFigure}, then, when the change profile was replayed, {@link ChangeProfileFigure} and {@link
   * BacklogFigure}.
   */
  public List<Derivation> derivations() {
    List<Derivation> steps = new ArrayList<>();
    for (ScenarioFigure figure : ScenarioFigure.values()) {
      add(steps, figure.derive(this));
    }
    for (ConfigurationFigure figure : ConfigurationFigure.values()) {
      add(steps, figure.derive(this));
    }
    for (PairFigure figure : PairFigure.values()) {
      add(steps, figure.derive(this));
    }
    for (ChangeProfileFigure figure : ChangeProfileFigure.values()) {
      add(steps, figure.derive(this));
    }
    for (BacklogFigure figure : BacklogFigure.values()) {
      add(steps, figure.derive(this));
    }
    return steps;
  }

  private static void add(List<Derivation> steps, Derivation step) {
    if (step != null) {
      steps.add(step);
    }
  }

  public Dataset dataset() {
    return scenario.dataset();
  }

  /** L0, the logical size on day one (§1). */
  public DataSize logicalStart() {
    return timeline.logicalStart();
  }

  /** L(H), the logical size at the end of the horizon (§1). */
  public DataSize logicalEnd() {
    return timeline.logicalEnd();
  }

  /** Whether the option is a namespace on cloud VMs. */
  public boolean isNamespace() {
    return option instanceof NamespaceInCloud;
  }

  /** Whether the cost line applies to the pair and the scenario prices it (§7). */
  public boolean priced(CostLine line) {
    return result.costLines().priced(line);
  }

  /** Whether the option is a data copy seeded by transfer appliance. */
  public boolean seedsByAppliance() {
    return option instanceof DataCopy && copy().seed().byAppliance();
  }

  /** Whether the option is a data copy kept from a copy that already exists in a cloud. */
  public boolean seedsFromExistingCopy() {
    return option instanceof DataCopy && copy().seed().fromExistingCopy();
  }

  /** Whether the option is a data copy that restores to the primary. */
  public boolean restoresToPrimary() {
    return option instanceof DataCopy && copy().recovery().restoresToPrimary();
  }

  /** I, the option's replication interval (§5). */
  public TimeSpan replicationInterval() {
    return isNamespace() ? namespace().replicationInterval() : copy().replicationInterval();
  }

  /** The option as a namespace; fails for a data copy. */
  public NamespaceInCloud namespace() {
    return (NamespaceInCloud) option;
  }

  /** The option as a data copy; fails for a namespace. */
  public DataCopy copy() {
    return (DataCopy) option;
  }
}
