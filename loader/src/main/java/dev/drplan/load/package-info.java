/**
 * The YAML edge: reads scenario files and the built-in catalog resources into the engine's typed
 * records, and turns every bad input into one positioned, one-paragraph message
 * (docs/scenario-format.md).
 *
 * <p>{@link dev.drplan.load.ScenarioLoader} is the entry point for scenarios: YAML (via {@code
 * YamlReader}, a positioned tree on SnakeYAML's event parser) → the rows of {@link
 * dev.drplan.schema.ScenarioSchema}, walked by {@code ScenarioWalker} → {@link
 * dev.drplan.scenario.Scenario}, with catalog references resolved through a {@link
 * dev.drplan.load.CatalogSource}. Every refusal is a {@link dev.drplan.load.ScenarioException},
 * shaped {@code FILE:LINE:COL: error: KEY.PATH: expected ..., found ...} with an optional {@code
 * did you mean "..."?} line. Each value is read by its {@link dev.drplan.catalog.ValueKind}.
 */
package dev.drplan.load;
