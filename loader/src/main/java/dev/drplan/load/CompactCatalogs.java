package dev.drplan.load;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.ValueKind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalogs in a compact binary form, written at build time from their YAML files (the
 * source of truth) into {@link #RESOURCE}, so that a run reads a few kilobytes of strings instead
 * of parsing 60 KB of YAML through Jackson (about 30 ms of every {@code drplan compare}'s start;
 * benchmarks/README.md, "Issue 12, second round: start-up").
 *
 * <p>It holds, per catalog: name, as-of date, aliases, and per entry its path, kind, value as
 * written, source URL, as-of date, uncertain flag and note. A value is parsed by its kind from the
 * same text the YAML reader parsed, so both forms give equal entries (CompactCatalogsTest checks
 * every one); every other check of the YAML reader (schema rows, domains, sources) ran when the
 * build wrote the file.
 */
public final class CompactCatalogs {

  /** Where the build writes the compact form on the classpath. */
  static final String RESOURCE = CatalogReader.DIRECTORY + "catalogs.bin";

  /** Changes whenever the layout below does; a file of another version is not read. */
  private static final int FORMAT = 1;

  private CompactCatalogs() {}

  /**
   * Build step: reads the bundled YAML catalogs and writes their compact form to {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(CatalogReader.builtIn().readYaml(), out);
    }
  }

  static void write(List<CatalogReader.Loaded> catalogs, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(FORMAT);
    out.writeInt(catalogs.size());
    for (CatalogReader.Loaded loaded : catalogs) {
      Catalog catalog = loaded.catalog();
      out.writeUTF(catalog.name());
      out.writeUTF(catalog.asOf());
      out.writeInt(loaded.aliases().size());
      for (String alias : loaded.aliases()) {
        out.writeUTF(alias);
      }
      List<CatalogEntry> entries = catalog.entries();
      out.writeInt(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        CatalogEntry entry = entries.get(i);
        out.writeUTF(entry.path());
        out.writeUTF(entry.kind().name());
        out.writeUTF(loaded.valueTexts().get(i));
        out.writeUTF(entry.source());
        out.writeUTF(entry.asOf());
        out.writeBoolean(entry.uncertain());
        out.writeUTF(entry.note());
      }
    }
    out.flush();
  }

  static List<CatalogReader.Loaded> read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    int format = in.readInt();
    if (format != FORMAT) {
      throw new CatalogFormatException(
          RESOURCE, "", "compact format " + format + ", expected " + FORMAT + "; rebuild drplan");
    }
    int count = in.readInt();
    List<CatalogReader.Loaded> catalogs = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      String name = in.readUTF();
      String asOf = in.readUTF();
      List<String> aliases = new ArrayList<>();
      for (int a = in.readInt(); a > 0; a--) {
        aliases.add(in.readUTF());
      }
      int size = in.readInt();
      List<CatalogEntry> entries = new ArrayList<>(size);
      List<String> valueTexts = new ArrayList<>(size);
      for (int e = 0; e < size; e++) {
        String path = in.readUTF();
        ValueKind kind = ValueKind.valueOf(in.readUTF());
        String valueText = in.readUTF();
        entries.add(
            new CatalogEntry(
                path,
                kind,
                kind.parse(valueText),
                in.readUTF(),
                in.readUTF(),
                in.readBoolean(),
                in.readUTF()));
        valueTexts.add(valueText);
      }
      catalogs.add(
          new CatalogReader.Loaded(
              new Catalog(name, asOf, entries), List.copyOf(aliases), List.copyOf(valueTexts)));
    }
    return catalogs;
  }
}
