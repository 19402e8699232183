package dev.drplan.load;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.ValueKind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The command line does not read the resource: its build writes the same bytes into a Java
 * source ({@link #javaSource}), compiled into the command line and handed to {@link
 * CatalogReader#ofCompactForm}, so that a run reads no file of the class path for its catalogs and
 * the class loader never reads the directory of drplan's 72 MB jar (benchmarks/README.md, "Issue
 * 12, eighth round"). The resource stays for everything else that loads scenarios (the benchmarks,
 * tests).
 */
public final class CompactCatalogs {

  /** Where the build writes the compact form on the classpath. */
  static final String RESOURCE = CatalogReader.DIRECTORY + "catalogs.bin";

  /** Changes whenever the layout below does; a file of another version is not read. */
  private static final int FORMAT = 1;

  private CompactCatalogs() {}

  /**
   * Build step: reads the bundled YAML catalogs and writes their compact form to {@code args[0]};
   * with a second argument, a class name such as {@code dev.drplan.cli.BuiltInCatalogs}, writes
   * instead the Java source of that class holding the compact form ({@link #javaSource}).
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] compact = ofBuiltInYaml();
    if (args.length > 1) {
      Files.writeString(file, javaSource(args[1], compact), StandardCharsets.US_ASCII);
    } else {
      Files.write(file, compact);
    }
  }

  /** The compact form of the bundled YAML catalogs: the bytes the build step writes. */
  public static byte[] ofBuiltInYaml() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(CatalogReader.builtIn().readYaml(), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The longest string constant of {@link #javaSource}, in characters: a class file holds a
   * constant of at most 65,535 bytes of modified UTF-8, and each character here takes one byte or
   * two (0 and 128 to 255).
   */
  static final int CHARACTERS_PER_CONSTANT = 30_000;

  /**
   * The Java source of a package-private class {@code className} (qualified) whose static method
   * {@code compactForm()} returns {@code compact}: the bytes as ISO 8859-1 text in string constants
   * of {@link #CHARACTERS_PER_CONSTANT} characters, every character other than printable ASCII
   * written as a three-digit octal escape, so the source is plain ASCII.
   */
  static String javaSource(String className, byte[] compact) {
    int dot = className.lastIndexOf('.');
    String simpleName = className.substring(dot + 1);
    StringBuilder java = new StringBuilder();
    if (dot > 0) {
      java.append("package ").append(className, 0, dot).append(";\n\n");
    }
    java.append("import java.nio.charset.StandardCharsets;\n\n")
        .append("/**\n")
        .append(
            " * The built-in catalogs in their compact form, written by the build from the YAML\n")
        .append(" * catalogs (dev.drplan.load.CompactCatalogs); generated, not to be edited.\n")
        .append(" */\n")
        .append("final class ")
        .append(simpleName)
        .append(" {\n")
        .append("  private ")
        .append(simpleName)
        .append("() {}\n\n")
        .append("  /** A new copy of the compact form's ")
        .append(compact.length)
        .append(" bytes. */\n")
        .append("  static byte[] compactForm() {\n")
        .append("    byte[] bytes = new byte[")
        .append(compact.length)
        .append("];\n")
        .append("    int at = 0;\n");
    for (int start = 0; start < compact.length; start += CHARACTERS_PER_CONSTANT) {
      int end = Math.min(compact.length, start + CHARACTERS_PER_CONSTANT);
      java.append("    at = copy(\"");
      for (int i = start; i < end; i++) {
        int b = compact[i] & 0xff;
        if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
          java.append((char) b);
        } else {
          java.append('\\')
              .append((char) ('0' + (b >> 6)))
              .append((char) ('0' + ((b >> 3) & 7)))
              .append((char) ('0' + (b & 7)));
        }
      }
      java.append("\", bytes, at);\n");
    }
    java.append("    return bytes;\n")
        .append("  }\n\n")
        .append("  private static int copy(String part, byte[] bytes, int at) {\n")
        .append("    byte[] latin1 = part.getBytes(StandardCharsets.ISO_8859_1);\n")
        .append("    System.arraycopy(latin1, 0, bytes, at, latin1.length);\n")
        .append("    return at + latin1.length;\n")
        .append("  }\n")
        .append("}\n");
    return java.toString();
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
