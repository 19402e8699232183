package dev.drplan.cli;

import dev.drplan.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code -f, --format} of every command, as a mixin: the command declares the formats it writes and
 * its default, e.g. {@code @Mixin FormatOption format = FormatOption.of(TABLE, TABLE, JSON)}, and
 * reads its choice with {@link #chosen()} first thing in {@code call()}. Names are read in any
 * case; any other is a usage error worded the same for every command ({@code --format: expected one
 * of table, markdown, csv, json, found "xml"}, exit 2). A command may instead choose by the {@code
 * --out} file's extension when no format is given ({@link #orByOutExtension()}).
 *
 * <p>The option's help is written from the same declaration, so it always lists what the command
 * accepts. (picocli reads an option's help from annotations, which cannot differ per command; the
 * text reaches it through a resource bundle of one entry on the command.)
 */
final class FormatOption {

  private static final String HELP_KEY = "drplan.format";

  private final ReportFormat byDefault;
  private final List<ReportFormat> supported;
  private boolean byOutExtension;
  private String note = "";
  private CommandSpec mixee;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      descriptionKey = HELP_KEY,
      description = "the output format")
  private String given;

  private FormatOption(ReportFormat byDefault, List<ReportFormat> supported) {
    this.byDefault = byDefault;
    this.supported = List.copyOf(supported);
  }

  /** A command that writes {@code supported} (in help order), {@code byDefault} when none given. */
  static FormatOption of(ReportFormat byDefault, List<ReportFormat> supported) {
    if (!supported.contains(byDefault)) {
      throw new IllegalArgumentException(byDefault + " is not among " + supported);
    }
    return new FormatOption(byDefault, supported);
  }

  /** {@link #of(ReportFormat, List)}. */
  static FormatOption of(ReportFormat byDefault, ReportFormat... supported) {
    return of(byDefault, List.of(supported));
  }

  /** The formats of {@code compare} and of the analysis commands built on it. */
  static final List<ReportFormat> TEXT_FORMATS =
      List.of(ReportFormat.TABLE, ReportFormat.MARKDOWN, ReportFormat.CSV, ReportFormat.JSON);

  /** Table (the default), markdown, csv or json: {@code compare} and the analysis commands. */
  static FormatOption text() {
    return of(ReportFormat.TABLE, TEXT_FORMATS);
  }

  /**
   * Without {@code --format}, the format whose extension ends the {@code --out} file's name (any
   * case), before the default.
   */
  FormatOption orByOutExtension() {
    byOutExtension = true;
    return this;
  }

  /** Words appended to the generated help, e.g. " (docs/model.md's output contract)". */
  FormatOption note(String text) {
    note = text;
    return this;
  }

  @Spec(Spec.Target.MIXEE)
  void mixee(CommandSpec spec) {
    mixee = spec;
    String help = help();
    spec.resourceBundle(
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{HELP_KEY, help}};
          }
        });
  }

  /** The formats this command writes, in help order. */
  List<ReportFormat> supported() {
    return supported;
  }

  /**
   * The format to write: the one given, else (when the command chooses so) the one {@code out}'s
   * extension names, else the default.
   *
   * @param out the {@code --out} file, or {@code null}
   * @throws ParameterException when {@code --format} names no format this command writes
   */
  ReportFormat chosen(Path out) {
    if (given != null) {
      ReportFormat format = ReportFormat.byId(given);
      if (format == null || !supported.contains(format)) {
        throw new ParameterException(
            mixee.commandLine(),
            "--format: expected " + alternatives() + ", found \"" + given + "\"");
      }
      return format;
    }
    if (byOutExtension && out != null) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      for (ReportFormat format : supported) {
        if (name.endsWith("." + format.extension())) {
          return format;
        }
      }
    }
    return byDefault;
  }

  /** {@link #chosen(Path)} of a command that does not choose by {@code --out}. */
  ReportFormat chosen() {
    return chosen(null);
  }

  /** "html or xlsx", "one of table, markdown, csv, json". */
  private String alternatives() {
    List<String> ids = ids();
    return ids.size() == 2 ? ids.get(0) + " or " + ids.get(1) : "one of " + String.join(", ", ids);
  }

  /**
   * "table (default), markdown, csv or json"; for a choice by extension, "html or xlsx; by default
   * xlsx for an --out FILE ending in .xlsx, else html".
   */
  private String help() {
    List<String> names = new ArrayList<>();
    for (ReportFormat format : supported) {
      names.add(format.id() + (format == byDefault && !byOutExtension ? " (default)" : ""));
    }
    StringBuilder help = new StringBuilder(orList(names));
    if (byOutExtension) {
      List<String> byExtension = new ArrayList<>();
      for (ReportFormat format : supported) {
        if (format != byDefault) {
          byExtension.add(format.id() + " for an --out FILE ending in ." + format.extension());
        }
      }
      help.append("; by default ")
          .append(String.join(", ", byExtension))
          .append(", else ")
          .append(byDefault.id());
    }
    return help.append(note).toString();
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (ReportFormat format : supported) {
      ids.add(format.id());
    }
    return ids;
  }

  /** "a", "a or b", "a, b or c". */
  private static String orList(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }
}
