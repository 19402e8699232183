package dev.drplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a report goes: standard output, or {@code --out FILE} in UTF-8. An existing file is never
 * overwritten without {@code --force}; the report is rendered whole before the file is opened, so a
 * failure leaves no half-written file.
 */
final class OutputFile {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description =
          "write the report to FILE instead of standard output; an existing FILE is"
              + " kept unless --force is given")
  private Path out;

  @Option(names = "--force", description = "overwrite the --out FILE if it exists")
  private boolean force;

  /** Fails early, before any work, when --out names a file that must not be overwritten. */
  void check() {
    if (out == null) {
      return;
    }
    if (Files.isDirectory(out)) {
      throw InputException.of("--out " + out + " is a directory");
    }
    if (Files.exists(out) && !force) {
      throw exists();
    }
  }

  /** The --out file, or {@code null} for standard output. */
  Path path() {
    return out;
  }

  /** Writes {@code report} to standard output or to the --out file. */
  void write(String report) throws IOException {
    if (out == null) {
      PrintWriter stdout = mixee.commandLine().getOut();
      stdout.print(report);
      stdout.flush();
      return;
    }
    writeFile(report.getBytes(StandardCharsets.UTF_8));
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
    writeFile(report);
  }

  private void writeFile(byte[] report) throws IOException {
    check();
    try {
      if (force) {
        Files.write(out, report);
      } else {
        Files.write(out, report, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      }
    } catch (FileAlreadyExistsException e) {
      throw exists();
    } catch (NoSuchFileException e) {
      throw InputException.of(
          "cannot write --out "
              + out
              + ": its directory "
              + out.toAbsolutePath().getParent()
              + " does not exist");
    }
  }

  private InputException exists() {
    return InputException.of(
        "--out " + out + " exists; not overwriting it (add --force to overwrite)");
  }
}
