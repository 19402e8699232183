package dev.drplan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command's output goes: standard output, or {@code --out FILE} in UTF-8. The one way every
 * command writes a file, so that nothing a user owns is lost:
 *
 * <ul>
 *   <li>{@link #check()}, first thing in a command, refuses an {@code --out} that is a directory,
 *       whose directory is missing or not writable, that exists (without {@code --force}), or that
 *       is, through symbolic or hard links, one of the command's own input files ({@code --force}
 *       or not): every {@code Path} argument of the command other than {@code --out} counts as an
 *       input, so a new file option is covered without a change here;
 *   <li>{@link #write} produces the whole output into a temporary file beside the target and
 *       renames it into place ({@link AtomicFile}): a failure half-way (a full disk, a broken
 *       report) leaves the old file as it was and no temporary file behind.
 * </ul>
 *
 * <p>An existing {@code --out} that is a character device or a pipe ({@code /dev/stdout}, {@code
 * /dev/null}, a FIFO) holds nothing to lose: it is written in place, without {@code --force}.
 */
final class OutputFile {

  /** Produces a text output. */
  @FunctionalInterface
  interface Text {
    void writeTo(Writer out) throws IOException;
  }

  /** Most symbolic links followed from {@code --out} to the file, as the kernel's own limit. */
  private static final int MAX_LINKS = 40;

  // Constants and package-private fields for CompareCommandModel, which builds the same options.
  static final String OUT_LABEL = "FILE";
  static final String OUT_HELP =
      "write to FILE instead of standard output (in full, then moved into place); an"
          + " existing FILE is kept unless --force is given, and an input file never replaced";
  static final String FORCE_HELP = "replace the --out FILE if it exists";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-o", "--out"},
      paramLabel = OUT_LABEL,
      description = OUT_HELP)
  Path out;

  @Option(names = "--force", description = FORCE_HELP)
  boolean force;

  private final List<Path> alsoRead = new ArrayList<>();

  /**
   * Fails early, as {@link #check()} does and after it, and also when a command without {@code
   * --format}, writing {@code what}, is given an {@code --out} whose extension names another format
   * ({@code catalog --out c.csv} would write a table into a file every reader takes for CSV): a
   * name ending in one of {@code endings}, in {@code .txt}, in no extension or in one that names no
   * format is accepted.
   *
   * @param what what the command writes, in words: "a text table", "JSON"
   * @param endings the extensions, lower case without the dot, of what it writes
   * @throws InputException naming the file, what the command writes and the endings it takes
   */
  void check(String what, String... endings) {
    // First what every command checks first (FormatOption#chosen too): an input file, an
    // existing file; then the name.
    check();
    if (out != null) {
      String extension = FormatOption.extensionOf(out);
      List<String> own = List.of(endings);
      if (extension != null
          && !extension.equals("txt")
          && !own.contains(extension)
          && FormatOption.namesAFormat(extension)) {
        List<String> accepted = new ArrayList<>();
        for (String ending : own) {
          accepted.add("." + ending);
        }
        if (!own.contains("txt")) {
          accepted.add(".txt");
        }
        throw InputException.of(
            "--out "
                + out
                + ": drplan "
                + mixee.name()
                + " writes "
                + what
                + ", not "
                + extension
                + "; name the file "
                + String.join(", ", accepted.subList(0, accepted.size() - 1))
                + (accepted.size() > 1 ? " or " : "")
                + accepted.get(accepted.size() - 1)
                + ", or give it no extension");
      }
    }
  }

  /**
   * Fails early, before any work, when {@code --out} names a file that cannot or must not be
   * written.
   *
   * @throws InputException naming the file and why
   */
  void check() {
    if (out == null) {
      return;
    }
    Path target = target();
    if (Files.isDirectory(target)) {
      throw InputException.of("--out " + out + " is a directory");
    }
    Path directory = target.getParent();
    if (!Files.isDirectory(directory)) {
      throw InputException.of(
          "cannot write --out " + out + ": its directory " + directory + " does not exist");
    }
    for (Path input : inputs()) {
      if (sameFile(input, target)) {
        throw InputException.of(
            "--out "
                + out
                + (target.equals(out.toAbsolutePath().normalize()) ? " is" : " leads to")
                + " the input file "
                + input
                + "; drplan never writes over a file it reads, --force or not: write to another"
                + " file");
      }
    }
    if (!Files.isWritable(directory)) {
      throw InputException.of(
          "cannot write --out " + out + ": its directory " + directory + " is not writable");
    }
    if (Files.exists(target) && !inPlace(target)) {
      if (!Files.isRegularFile(target)) {
        throw InputException.of("--out " + out + " is not a regular file");
      }
      if (!force) {
        throw exists();
      }
    }
  }

  /** The --out file, or {@code null} for standard output. */
  Path path() {
    return out;
  }

  /** Writes {@code report} to standard output or to the --out file. */
  void write(String report) throws IOException {
    write(writer -> writer.write(report));
  }

  /** Writes what {@code text} produces to standard output or, whole or not at all, to --out. */
  void write(Text text) throws IOException {
    if (out == null) {
      // Checked: a write that fails (a full disk, a closed pipe) stops the output there.
      Writer stdout =
          new BufferedWriter(StandardOutput.checked(mixee.commandLine().getOut()), 1 << 16);
      writeSafely(text, stdout);
      return;
    }
    writeFile(stream -> writeText(text, stream));
  }

  /** Writes {@code report} to the --out file, if one was given ({@code probe} keeps JSON there). */
  void writeIfGiven(String report) throws IOException {
    if (out != null) {
      writeFile(stream -> writeText(writer -> writer.write(report), stream));
    }
  }

  /**
   * Writes a binary report (a workbook) to the --out file; binary output needs one.
   *
   * @throws InputException when no --out file was given
   */
  void write(byte[] report, String what) throws IOException {
    if (out == null) {
      throw InputException.of(what + " is binary: give --out FILE to write it");
    }
    writeFile(stream -> stream.write(report));
  }

  private static void writeText(Text text, OutputStream stream) throws IOException {
    writeSafely(
        text, new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
  }

  /** {@code text} to {@code writer} with unsafe characters escaped ({@link SafeTextWriter}). */
  private static void writeSafely(Text text, Writer writer) throws IOException {
    SafeTextWriter safe = new SafeTextWriter(writer);
    text.writeTo(safe);
    safe.finish();
    writer.flush();
  }

  private void writeFile(AtomicFile.Content content) throws IOException {
    check();
    Path target = target();
    if (Files.exists(target) && inPlace(target)) {
      try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
        content.writeTo(stream);
      } catch (IOException e) {
        throw new WriteFailure("cannot write --out " + out + ": " + e.getMessage(), e);
      }
      return;
    }
    try {
      files().write(target, force, content);
    } catch (FileAlreadyExistsException e) {
      throw exists();
    } catch (NoSuchFileException e) {
      throw InputException.of(
          "cannot write --out "
              + out
              + ": its directory "
              + target.getParent()
              + " does not exist");
    } catch (IOException e) {
      throw new WriteFailure("cannot write --out " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * A file that could not be written (a full disk, an I/O error): exit 1 with this one line; the
   * old file, if any, is as it was.
   */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** How files are written: the root command's (tests inject failures there), else to disk. */
  private AtomicFile files() {
    Object root = mixee.root().userObject();
    return root instanceof DrplanCommand ? ((DrplanCommand) root).files() : AtomicFile.onDisk();
  }

  /**
   * The file {@code --out} leads to: absolute, with symbolic links followed (of its directories and
   * of the file itself), so that the new file replaces the file a link points to, not the link.
   */
  private Path target() {
    Path file = out.toAbsolutePath().normalize();
    for (int links = 0; ; links++) {
      Path directory = file.getParent();
      try {
        directory = directory.toRealPath();
      } catch (IOException missing) {
        // Reported by check() as a missing directory.
      }
      file = directory.resolve(file.getFileName());
      if (!Files.isSymbolicLink(file)) {
        return file;
      }
      if (links == MAX_LINKS) {
        throw InputException.of("--out " + out + ": too many levels of symbolic links");
      }
      try {
        file = directory.resolve(Files.readSymbolicLink(file)).normalize();
      } catch (IOException unreadable) {
        throw InputException.of("--out " + out + ": cannot read the symbolic link " + file);
      }
    }
  }

  /**
   * Counts {@code files} as inputs of the command too: files it reads that are not {@code Path}
   * arguments (the report files among {@code probe merge}'s sources).
   */
  void alsoReads(Collection<Path> files) {
    alsoRead.addAll(files);
  }

  /**
   * Every file the command reads: its {@code Path} arguments other than {@code --out}, the files
   * its scenario named ({@link ScenarioFile#alsoRead()}, known once the scenario is read, so
   * checked again before the write), and those given to {@link #alsoReads}.
   */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(alsoRead);
    for (CommandSpec mixin : mixee.mixins().values()) {
      if (mixin.userObject() instanceof ScenarioFile) {
        inputs.addAll(((ScenarioFile) mixin.userObject()).alsoRead());
      }
    }
    for (ArgSpec arg : mixee.args()) {
      if (arg instanceof OptionSpec && ((OptionSpec) arg).longestName().equals("--out")) {
        continue;
      }
      Object value = arg.getValue();
      if (value instanceof Path) {
        inputs.add((Path) value);
      } else if (value instanceof Collection) {
        for (Object item : (Collection<?>) value) {
          if (item instanceof Path) {
            inputs.add((Path) item);
          }
        }
      }
    }
    return inputs;
  }

  /** Whether both name the same file, through any symbolic or hard link. */
  private static boolean sameFile(Path input, Path target) {
    try {
      return Files.exists(input) && Files.exists(target) && Files.isSameFile(input, target);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether {@code target} is written where it is rather than replaced: a character device or a
   * pipe, whose "content" no one keeps ({@code /dev/null}, {@code /dev/stdout}, a FIFO). Replacing
   * one would remove the device node (or, for root, {@code /dev/null} itself).
   */
  private static boolean inPlace(Path target) {
    try {
      int type = (Integer) Files.getAttribute(target, "unix:mode") & 0170000;
      return type == 0020000 || type == 0010000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private InputException exists() {
    return InputException.of(
        "--out " + out + " exists; not overwriting it (add --force to overwrite)");
  }
}
