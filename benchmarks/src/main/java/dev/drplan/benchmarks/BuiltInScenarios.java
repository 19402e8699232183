package dev.drplan.benchmarks;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the repository's scenarios for benchmarks, outside every measured method. */
public final class BuiltInScenarios {
  private BuiltInScenarios() {}

  /** scenarios/NAME.yaml, found from the working directory or its parent (benchmarks/). */
  static Scenario load(String name) {
    return loader().load(file(name));
  }

  /** scenarios/NAME.yaml with its distributions. */
  public static UncertainScenario loadUncertain(String name) {
    return loader().loadUncertain(file(name));
  }

  /** scenarios/NAME.yaml, from the working directory or its parent. */
  static Path file(String name) {
    Path file = Path.of("scenarios", name + ".yaml");
    return Files.exists(file) ? file : Path.of("..", "scenarios", name + ".yaml");
  }

  private static ScenarioLoader loader() {
    return new ScenarioLoader(CatalogReader.builtIn());
  }
}
