package dev.drplan.report;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.Catalog;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenarios the proposal tests render: {@code scenarios/walmart.yaml} as shipped (read by the
 * YAML loader with the built-in catalogs), and the same with uncertain inputs built in code.
 */
public final class ProposalFixtures {
  private ProposalFixtures() {}

  /** Few samples: the tests check structure and figures, not the distribution's precision. */
  public static final int SAMPLES = 400;

  public static final long SEED = 7;

  private static final double PB = 1e15;

  /** The repository root: the module's parent when tests run in {@code cli/}. */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("scenarios")) ? here : here.getParent();
  }

  public static Catalog builtInCatalog(String name) {
    return CatalogReader.builtIn().load(name);
  }

  /** scenarios/walmart.yaml through the shipped loader. */
  public static Scenario walmart() {
    ScenarioLoader loader = new ScenarioLoader(CatalogReader.builtIn());
    return loader.load(root().resolve("scenarios/walmart.yaml"));
  }

  /** Walmart with the discovery call's open questions as distributions. */
  public static UncertainScenario walmartUncertain() {
    return new UncertainScenario(
        walmart(),
        List.of(
            new UncertainInput(
                "dataset.logical_size", new Distribution.Triangular(50 * PB, 80 * PB, 130 * PB)),
            new UncertainInput(
                "dataset.annual_growth", new Distribution.Triangular(0.25, 0.45, 0.6)),
            new UncertainInput("dataset.daily_change", new Distribution.Pert(0.002, 0.005, 0.012)),
            new UncertainInput("network.efficiency", new Distribution.Uniform(0.6, 0.9)),
            new UncertainInput(
                "options.gcs-archive-nam4-run-in-cloud.copy_engine.per_stream",
                new Distribution.Triangular(100e6, 200e6, 300e6))));
  }

  /** The proposal of walmart as shipped: no uncertain inputs. */
  public static Proposal certainProposal() {
    Scenario walmart = walmart();
    return Proposal.of(
        UncertainScenario.certain(walmart),
        builtInCatalog(walmart.catalogName()),
        SAMPLES,
        SEED,
        2);
  }

  /** The proposal of walmart-profile.yaml: walmart's options with a change profile replayed. */
  public static Proposal profileProposal() {
    Scenario profile =
        new ScenarioLoader(CatalogReader.builtIn())
            .load(root().resolve("scenarios/walmart-profile.yaml"));
    return Proposal.of(
        UncertainScenario.certain(profile),
        builtInCatalog(profile.catalogName()),
        SAMPLES,
        SEED,
        2);
  }

  /** The proposal of walmart with uncertain inputs. */
  public static Proposal uncertainProposal() {
    UncertainScenario uncertain = walmartUncertain();
    return Proposal.of(uncertain, builtInCatalog(uncertain.base().catalogName()), SAMPLES, SEED, 2);
  }
}
