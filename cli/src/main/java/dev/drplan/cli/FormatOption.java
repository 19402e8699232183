package dev.drplan.cli;

import dev.drplan.report.ReportFormat;
import dev.drplan.scenario.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.Messages;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code -f, --format} of every command, as a mixin: the command declares the formats it writes and
 * its default, e.g. {@code @Mixin FormatOption format = FormatOption.of(TABLE, TABLE, JSON)}, and
 * reads its choice with {@link #chosen()} first thing in {@code call()}. Names are read in any
 * case; any other is a usage error worded the same for every command ({@code --format: expected one
 * of table, markdown, csv, json, found "xml"}, exit 2). Without {@code --format}, the {@code --out}
 * file's extension chooses; an extension that contradicts the format, or names one the command does
 * not write, is refused with the choices ({@link #chosen(Path)}).
 *
 * <p>The option's help is written from the same declaration, so it always lists what the command
 * accepts. (picocli reads an option's help from annotations, which cannot differ per command; the
 * text reaches it through a resource bundle of one entry on the command.)
 */
final class FormatOption {

  // Constants and a package-private field for CompareCommandModel, which builds the same option.
  static final String HELP_KEY = "drplan.format";
  static final String LABEL = "FORMAT";

  /** The option's help when no resource bundle gives it: never shown, {@link #mixee} gives one. */
  static final String HELP_WITHOUT_BUNDLE = "the output format";

  private final ReportFormat byDefault;
  private final List<ReportFormat> supported;
  private boolean followsOut = true;
  private String note = "";
  private CommandSpec mixee;

  @Option(
      names = {"-f", "--format"},
      paramLabel = LABEL,
      descriptionKey = HELP_KEY,
      description = HELP_WITHOUT_BUNDLE)
  String given;

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
   * The format applies to standard output only and the {@code --out} file is of its own kind
   * ({@code probe} prints a table or JSON and keeps JSON in its {@code --out}): the file's name
   * neither chooses nor contradicts the format.
   */
  FormatOption standardOutputOnly() {
    followsOut = false;
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
    ResourceBundle bundle =
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{HELP_KEY, help}};
          }
        };
    // What spec.resourceBundle(bundle) does, but with the bundle's base name given (a bundle made
    // here has none: null) rather than read by reflection, which on JDK 25 generates method-handle
    // classes on every start (benchmarks/README.md, "Issue 12, eighth round"): the messages go to
    // the command and to each of its arguments.
    Messages messages = new Messages(spec, null, bundle);
    spec.usageMessage().messages(messages);
    for (OptionSpec option : spec.options()) {
      option.messages(messages);
    }
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      parameter.messages(messages);
    }
    for (ArgGroupSpec group : spec.argGroups()) {
      group.messages(messages);
    }
  }

  /** The formats this command writes, in help order. */
  List<ReportFormat> supported() {
    return supported;
  }

  /**
   * The format to write: the one given, else the one the {@code --out} file's extension names
   * ({@code .md}, {@code .csv}, {@code .json}, {@code .txt}, {@code .html}, {@code .xlsx}, in any
   * case), else the default. An {@code --out} file whose extension names a format this command does
   * not write, a document type drplan never writes ({@code .pdf}, {@code .docx}, ...) or another
   * format than the one given is refused with the choices, before any work is done.
   *
   * @param out the {@code --out} file, or {@code null} to read the command's own {@code --out}
   * @throws ParameterException when {@code --format} names no format this command writes, or it and
   *     the {@code --out} file disagree
   */
  ReportFormat chosen(Path out) {
    Path file = !followsOut ? null : out != null ? out : outOption();
    ReportFormat named = given == null ? null : named(given);
    String extension = file == null ? null : extension(file);
    ReportFormat byExtension = extension == null ? null : BY_EXTENSION.get(extension);
    if (extension != null && (FOREIGN.contains(extension) || byExtension != null)) {
      if (byExtension == null || !supported.contains(byExtension)) {
        throw usage(
            "--out "
                + file
                + ": "
                + mixee.qualifiedName()
                + " writes "
                + orList(ids())
                + ", not "
                + extension
                + "; name the file "
                + orList(endings()));
      }
      if (named != null && named != byExtension) {
        throw usage(
            "--format "
                + named.id()
                + " disagrees with --out "
                + file
                + ", whose name says "
                + byExtension.id()
                + "; give --format "
                + byExtension.id()
                + " or name the file ."
                + ending(named));
      }
    } else if (extension != null && byExtension == null && named == null && !textOnly()) {
      throw usage(
          "--out "
              + file
              + ": "
              + mixee.qualifiedName()
              + " writes "
              + orList(ids())
              + "; name the file "
              + orList(endings())
              + " or give --format");
    }
    if (named != null) {
      return named;
    }
    return byExtension != null ? byExtension : byDefault;
  }

  /**
   * {@link #chosen(Path)} with the command's own {@code --out}, if it has one, once {@link
   * OutputFile#check()} has found it a file the command may write: every command says first that an
   * {@code --out} is one of its input files, or exists, whatever its name, and only then what its
   * extension should be ({@code simulate s.yaml --out s.yaml} says the file is the scenario, not
   * that it is not a table).
   *
   * @throws InputException from {@link OutputFile#check()}
   */
  ReportFormat chosen() {
    for (CommandSpec mixin : mixee.mixins().values()) {
      if (mixin.userObject() instanceof OutputFile) {
        ((OutputFile) mixin.userObject()).check();
      }
    }
    return chosen(null);
  }

  /** The format {@code name} names, or a usage error listing this command's formats. */
  private ReportFormat named(String name) {
    ReportFormat format = ReportFormat.byId(name);
    if (format == null || !supported.contains(format)) {
      String suggestion = Suggestions.closest(name.toLowerCase(Locale.ROOT), ids());
      throw usage(
          "--format: expected "
              + alternatives()
              + ", found \""
              + name
              + "\""
              + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
    }
    return format;
  }

  /** The value of the command's {@code --out} option, or {@code null}. */
  private Path outOption() {
    OptionSpec option = mixee.findOption("--out");
    if (option == null || !(option.getValue() instanceof Path)) {
      return null;
    }
    return option.getValue();
  }

  /** Whether this command writes only text (so a file without a known ending gets the default). */
  private boolean textOnly() {
    for (ReportFormat format : supported) {
      if (format == ReportFormat.HTML || format == ReportFormat.XLSX) {
        return false;
      }
    }
    return true;
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }

  /** The lower-case text after the last dot of the file's name, or {@code null}. */
  private static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String text = name.toString().toLowerCase(Locale.ROOT);
    int dot = text.lastIndexOf('.');
    return dot <= 0 || dot == text.length() - 1 ? null : text.substring(dot + 1);
  }

  /** ".md", ".csv", ... of this command's formats. */
  private List<String> endings() {
    List<String> endings = new ArrayList<>();
    for (ReportFormat format : supported) {
      endings.add("." + ending(format));
    }
    return endings;
  }

  private static String ending(ReportFormat format) {
    for (Map.Entry<String, ReportFormat> entry : BY_EXTENSION.entrySet()) {
      if (entry.getValue() == format) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("no file ending for " + format);
  }

  /** File endings and the format each names; the first of a format is the one suggested. */
  private static final Map<String, ReportFormat> BY_EXTENSION = byExtension();

  private static Map<String, ReportFormat> byExtension() {
    Map<String, ReportFormat> map = new LinkedHashMap<>();
    map.put("txt", ReportFormat.TABLE);
    map.put("md", ReportFormat.MARKDOWN);
    map.put("markdown", ReportFormat.MARKDOWN);
    map.put("csv", ReportFormat.CSV);
    map.put("json", ReportFormat.JSON);
    map.put("html", ReportFormat.HTML);
    map.put("htm", ReportFormat.HTML);
    map.put("xlsx", ReportFormat.XLSX);
    return map;
  }

  /** Document types a reader may expect but no report of drplan is written as. */
  private static final Set<String> FOREIGN =
      Set.of(
          "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsm", "ods", "ppt", "pptx", "odp", "png",
          "jpg", "jpeg", "svg", "yaml", "yml", "xml", "tsv", "sh", "bash", "zsh");

  /**
   * Whether {@code extension} (lower case, no dot) names a file format: one drplan writes or a
   * document type a reader may expect. An {@code --out} ending in one of them must be of that
   * format; any other ending ({@code .out}, {@code .log}) names none and is taken as text.
   */
  static boolean namesAFormat(String extension) {
    return BY_EXTENSION.containsKey(extension) || FOREIGN.contains(extension);
  }

  /** {@link #extension(Path)}, for {@link OutputFile}'s check of commands without a format. */
  static String extensionOf(Path file) {
    return extension(file);
  }

  /** "html or xlsx", "one of table, markdown, csv, json". */
  private String alternatives() {
    List<String> ids = ids();
    return ids.size() == 2 ? ids.get(0) + " or " + ids.get(1) : "one of " + String.join(", ", ids);
  }

  /**
   * "table (default), markdown, csv or json; without --format, an --out FILE ending in .md, .csv or
   * .json gets that format".
   */
  private String help() {
    List<String> names = new ArrayList<>();
    for (ReportFormat format : supported) {
      names.add(format.id() + (format == byDefault ? " (default)" : ""));
    }
    StringBuilder help = new StringBuilder(orList(names)).append(note);
    if (followsOut) {
      List<String> endings = new ArrayList<>();
      for (ReportFormat format : supported) {
        if (format != byDefault) {
          endings.add("." + ending(format));
        }
      }
      help.append("; without --format, an --out FILE ending in ")
          .append(orList(endings))
          .append(" gets that format");
    }
    return help.toString();
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
