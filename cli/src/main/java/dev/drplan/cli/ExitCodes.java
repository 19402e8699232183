package dev.drplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit code of {@code drplan}, what each means, and which failures map to which: the one
 * place a code is decided. An infeasible option is a result, not a failure: {@code compare} exits
 * {@link #OK} whatever the verdicts.
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** Done; the report was written. */
  public static final int OK = 0;

  /** Anything else: an internal error, a report that cannot be written, a broken environment. */
  public static final int FAILURE = 1;

  /**
   * Bad input or usage: an unknown option, a missing or invalid scenario, an existing --out, an
   * --out that is an input file.
   */
  public static final int BAD_INPUT = 2;

  /**
   * Standard output was a pipe whose reader stopped reading ({@code drplan compare x | head -1}):
   * the output ends there, quietly, with the code a shell shows for tools a closed pipe stops (128
   * + SIGPIPE), so a script under {@code set -o pipefail} treats drplan like them.
   */
  public static final int CLOSED_PIPE = 141;

  /**
   * Ended by SIGINT (Ctrl-C): 128 + 2, the exit status the JVM and shells give a process a signal
   * ended. {@code drplan probe} first stops, cleans up and writes its report.
   */
  public static final int SIGINT = 130;

  /** Ended by SIGTERM: 128 + 15; as {@link #SIGINT}. */
  public static final int SIGTERM = 143;

  /** The exit codes as {@code --help} lists them. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put(Integer.toString(OK), "done (infeasible options are a result, not an error)");
    list.put(
        Integer.toString(FAILURE),
        "anything else: an internal error, a report that cannot be written (a full disk)");
    list.put(
        Integer.toString(BAD_INPUT),
        "bad input or usage: an unknown option, a missing or invalid scenario file,"
            + " an --out file that exists (without --force) or is one of the input files");
    list.put(
        Integer.toString(CLOSED_PIPE),
        "standard output was closed by its reader (as '| head' does); nothing is printed");
    return list;
  }

  /** The exit code of a failure while a command ran. */
  static int of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputException) {
        return BAD_INPUT;
      }
    }
    return FAILURE;
  }
}
