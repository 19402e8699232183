package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.load.CatalogReader;
import dev.drplan.load.CompactCatalogs;
import org.junit.jupiter.api.Test;

class BuiltInCatalogsTest {

  /**
   * The class the build generates holds exactly the compact form of the YAML catalogs as they are
   * now: a catalog edited without a rebuild of this module, or a change to the generator's escaping
   * or chunking, fails here.
   */
  @Test
  void theCompiledCompactFormIsTheOneTheYamlCatalogsGive() {
    byte[] fromYaml = CompactCatalogs.ofBuiltInYaml();

    assertThat(fromYaml).hasSizeGreaterThan(30_000); // more than one string constant of the class
    assertThat(BuiltInCatalogs.compactForm()).isEqualTo(fromYaml);
  }

  @Test
  void theCommandLinesCatalogsAreTheBundledOnes() {
    CatalogReader commandLine = Wiring.catalogs();
    CatalogReader bundled = CatalogReader.builtIn();

    assertThat(commandLine.names()).isEqualTo(bundled.names()).isNotEmpty();
    for (String name : bundled.catalogNames()) {
      assertThat(commandLine.load(name).entries()).isEqualTo(bundled.load(name).entries());
      assertThat(commandLine.aliases(name)).isEqualTo(bundled.aliases(name));
    }
  }
}
