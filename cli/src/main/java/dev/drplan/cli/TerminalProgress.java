package dev.drplan.cli;

import dev.drplan.analysis.Progress;
import dev.drplan.report.Display;
import java.io.PrintWriter;

/**
 * Progress of a long analysis on standard error, one line rewritten in place ({@code drplan
 * simulate: 45% (450,000 of 1,000,000 samples)}), only when standard error is a terminal ({@code
 * System.console() != null}): redirected output and tests see nothing. {@link #close()} clears the
 * line.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private final PrintWriter err;
  private final String label;
  private final String unit;
  private final boolean shown;
  private int lastPercent = -1;
  private int width;

  private TerminalProgress(PrintWriter err, String label, String unit, boolean shown) {
    this.err = err;
    this.label = label;
    this.unit = unit;
    this.shown = shown;
  }

  /** Progress of {@code command} counted in {@code unit}, shown if stderr is a terminal. */
  static TerminalProgress of(PrintWriter err, String command, String unit) {
    return new TerminalProgress(err, "drplan " + command + ": ", unit, System.console() != null);
  }

  @Override
  public synchronized void update(long done, long total) {
    if (!shown || total <= 0) {
      return;
    }
    int percent = (int) (100 * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    String line =
        label
            + percent
            + "% ("
            + Display.count(done)
            + " of "
            + Display.count(total)
            + " "
            + unit
            + ")";
    width = Math.max(width, line.length());
    err.print("\r" + line);
    err.flush();
  }

  @Override
  public synchronized void close() {
    if (shown && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
