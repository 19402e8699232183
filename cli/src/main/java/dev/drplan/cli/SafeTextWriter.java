package dev.drplan.cli;

import dev.drplan.scenario.SafeText;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with every character a terminal would obey rather than show ({@link SafeText}: ESC,
 * other control characters, bidirectional controls) escaped as {@code \u001B}. Every text output of
 * drplan passes through one, to standard output or to a file, so a name or message from any input
 * cannot move the cursor, recolour the screen or reorder what the reader sees. Tab, line feed and a
 * carriage return right before a line feed (CSV's line end) pass unchanged. Call {@link #finish()}
 * at the end: a carriage return is only known to be a line end when the next character is seen.
 */
final class SafeTextWriter extends Writer {
  private final Writer out;
  private boolean carriageReturn;

  SafeTextWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    int run = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (carriageReturn) {
        carriageReturn = false;
        out.write(c == '\n' ? "\r" : SafeText.escape('\r'));
      }
      if (c == '\r' || SafeText.unsafe(c)) {
        out.write(text, run, i - run);
        run = i + 1;
        if (c == '\r') {
          carriageReturn = true;
        } else {
          out.write(SafeText.escape(c));
        }
      }
    }
    out.write(text, run, end - run);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  /** Writes out a carriage return that no line feed followed (escaped). */
  void finish() throws IOException {
    if (carriageReturn) {
      carriageReturn = false;
      out.write(SafeText.escape('\r'));
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
    out.close();
  }
}
