package dev.drplan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output that does not fail silently. A {@link PrintWriter} swallows write errors (it only
 * sets a flag), so a report written to a full disk ({@code > /dev/full}) or a closed pipe would end
 * with exit code 0 and nothing written. Here:
 *
 * <ul>
 *   <li>the process's standard output is a {@code StandardOutput}, which keeps the first error of
 *       the stream under it, so that the failure can be named;
 *   <li>commands write through {@link #checked}, which throws {@link Failure} at the first failed
 *       write, so a long report stops there;
 *   <li>after every command the root checks the flag ({@link DrplanCommand#commandLine}), so output
 *       printed any other way (help, probe's table) is checked too.
 * </ul>
 *
 * <p>A failure is exit code 1 with one line on standard error ({@code drplan: error: cannot write
 * to standard output: No space left on device}), except a pipe whose reader has gone ({@code drplan
 * compare x | head -1}): that ends quietly with {@link ExitCodes#CLOSED_PIPE}, the code a shell
 * shows for tools that a closed pipe stops (128 + SIGPIPE).
 */
final class StandardOutput extends PrintWriter {

  private final Recording stream;

  private StandardOutput(Recording stream) {
    super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    this.stream = stream;
  }

  /** Standard output over {@code stream}, in UTF-8 (reports hold "§", "·" and "—"). */
  static StandardOutput of(OutputStream stream) {
    return new StandardOutput(new Recording(stream));
  }

  /** The first error of the stream, or {@code null}. */
  IOException failure() {
    return stream.failure;
  }

  /** A failed write to standard output; {@code cause} is the stream's error, when known. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(cause == null ? "the write failed" : cause.getMessage(), cause);
    }

    /** Whether the reader of a pipe has gone (EPIPE): not an error of drplan's. */
    boolean closedPipe() {
      String message = getMessage() == null ? "" : getMessage().toLowerCase(Locale.ROOT);
      return message.contains("broken pipe");
    }
  }

  /** The failure of {@code out}, if writing to it failed since it was made; else {@code null}. */
  static Failure failureOf(PrintWriter out) {
    if (!out.checkError()) {
      return null;
    }
    return new Failure(out instanceof StandardOutput ? ((StandardOutput) out).failure() : null);
  }

  /**
   * A writer to {@code out} that throws {@link Failure} at the first write that fails. Buffer it:
   * every write through it also checks (and flushes) {@code out}.
   */
  static Writer checked(PrintWriter out) {
    return new Writer() {
      @Override
      public void write(char[] text, int offset, int length) {
        out.write(text, offset, length);
        check();
      }

      @Override
      public void write(String text, int offset, int length) {
        out.write(text, offset, length);
        check();
      }

      @Override
      public void flush() {
        check();
      }

      @Override
      public void close() {
        check();
      }

      private void check() {
        Failure failure = failureOf(out);
        if (failure != null) {
          throw failure;
        }
      }
    };
  }

  /** Keeps the first error of the stream it writes to. */
  private static final class Recording extends FilterOutputStream {
    private IOException failure;

    Recording(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw kept(e);
      }
    }

    private IOException kept(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
