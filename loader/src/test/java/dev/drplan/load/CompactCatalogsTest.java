package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.catalog.CatalogEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * The generated class gives back every byte value, including those written as escapes, across
   * several string constants: 70,000 bytes of 128 to 255 take two bytes each in a class file, so a
   * constant of more characters than {@link CompactCatalogs#CHARACTERS_PER_CONSTANT} would not
   * compile.
   */
  @Test
  void theJavaSourceCompilesToAClassGivingBackEveryByte(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[256 + 70_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i < 256 ? i : 128 + i % 128);
    }
    Path source = dir.resolve("generated/EveryByte.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CompactCatalogs.javaSource("generated.EveryByte", bytes));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status =
        compiler.run(null, null, null, "--release", "17", "-d", dir.toString(), source.toString());
    assertThat(status).as("javac's exit status").isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      Method compactForm = loader.loadClass("generated.EveryByte").getDeclaredMethod("compactForm");
      compactForm.setAccessible(true);
      assertThat((byte[]) compactForm.invoke(null)).isEqualTo(bytes);
    }
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
