package dev.drplan.scenario;

/** One way to do DR (docs/scenario-format.md, "options"). */
public sealed interface DrOption permits NamespaceInCloud, DataCopy {
  /** The option's free-form name from the scenario. */
  String name();

  /**
   * The option's kind as the scenario writes it: {@code namespace-in-cloud} or {@code data-copy}.
   */
  String kind();
}
