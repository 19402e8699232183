package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.catalog.CatalogEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactCatalogsTest {

  /** The YAML files are the source of truth: the compact form the build wrote must say the same. */
  @Test
  void theBuiltCompactFormHoldsExactlyWhatTheYamlFilesSay() throws IOException {
    List<CatalogReader.Loaded> yaml = CatalogReader.builtIn().readYaml();
    List<CatalogReader.Loaded> compact;
    try (InputStream in =
        CompactCatalogs.class.getClassLoader().getResourceAsStream(CompactCatalogs.RESOURCE)) {
      assertThat(in).as("the build wrote " + CompactCatalogs.RESOURCE).isNotNull();
      compact = CompactCatalogs.read(in);
    }

    assertSame(compact, yaml);
  }

  @Test
  void theBuiltInReaderGivesTheEntriesOfTheYamlFiles() {
    CatalogReader.Loaded yaml = CatalogReader.builtIn().readYaml().get(0);

    assertThat(CatalogReader.builtIn().load(yaml.catalog().name()).entries())
        .isEqualTo(yaml.catalog().entries());
  }

  @Test
  void writingAndReadingBackGivesEqualCatalogs() throws IOException {
    List<CatalogReader.Loaded> yaml = CatalogReader.builtIn().readYaml();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactCatalogs.write(yaml, bytes);

    assertSame(CompactCatalogs.read(new ByteArrayInputStream(bytes.toByteArray())), yaml);
  }

  @Test
  void aFileOfAnotherFormatIsRefusedNotMisread() {
    byte[] otherFormat = {0, 0, 0, 99, 0, 0, 0, 0};

    assertThatThrownBy(() -> CompactCatalogs.read(new ByteArrayInputStream(otherFormat)))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("compact format 99, expected 1");
  }

  /** Equal names, dates, aliases, and entries (values compared as records: bit for bit). */
  private static void assertSame(
      List<CatalogReader.Loaded> actual, List<CatalogReader.Loaded> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      CatalogReader.Loaded want = expected.get(i);
      CatalogReader.Loaded got = actual.get(i);
      assertThat(got.catalog().name()).isEqualTo(want.catalog().name());
      assertThat(got.catalog().asOf()).isEqualTo(want.catalog().asOf());
      assertThat(got.aliases()).isEqualTo(want.aliases());
      assertThat(got.valueTexts()).isEqualTo(want.valueTexts());
      List<CatalogEntry> wantEntries = want.catalog().entries();
      assertThat(wantEntries).isNotEmpty();
      assertThat(got.catalog().entries()).containsExactlyElementsOf(wantEntries);
    }
  }
}
