package dev.drplan.gcs.probe;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr. On a terminal: one line redrawn in place with a bar, the current rate and the
 * time left for the whole run. Elsewhere (logs, CI, pipes): plain lines, one per step start and end
 * and one every {@value #PLAIN_EVERY_SECONDS} seconds in between.
 */
public interface ProbeProgress {

  int PLAIN_EVERY_SECONDS = 5;

  /** A step begins. */
  void stepStarted(int step, int steps, String description);

  /** A second of the current step has passed. */
  void tick(double stepFraction, double rateBytesPerSecond, double runSecondsLeft, int elapsed);

  /** The current step ended. */
  void stepFinished(StepResult result);

  /** Anything else worth a line: preparation, cleanup, warnings. */
  void note(String message);

  /** Says nothing (for tests). */
  static ProbeProgress silent() {
    return new ProbeProgress() {
      @Override
      public void stepStarted(int step, int steps, String description) {}

      @Override
      public void tick(double f, double r, double left, int elapsed) {}

      @Override
      public void stepFinished(StepResult result) {}

      @Override
      public void note(String message) {}
    };
  }

  /** A bar when {@code terminal}, plain lines otherwise. */
  static ProbeProgress on(PrintWriter err, boolean terminal) {
    return terminal ? new Bar(err) : new Lines(err);
  }

  /** Plain lines for logs. */
  final class Lines implements ProbeProgress {
    private final PrintWriter err;
    private String current = "";

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void stepStarted(int step, int steps, String description) {
      current = String.format(Locale.ROOT, "step %d/%d %s", step, steps, description);
      err.println("probe: " + current + ": started");
      err.flush();
    }

    @Override
    public void tick(double fraction, double rate, double runSecondsLeft, int elapsed) {
      if (elapsed % PLAIN_EVERY_SECONDS == 0) {
        err.println(
            String.format(
                Locale.ROOT,
                "probe: %s: %3.0f%% %s, about %s left",
                current,
                Math.min(1, fraction) * 100,
                Figures.rate(rate),
                Figures.duration(runSecondsLeft)));
        err.flush();
      }
    }

    @Override
    public void stepFinished(StepResult r) {
      err.println(
          String.format(
              Locale.ROOT,
              "probe: %s: done, %d objects, %s aggregate, %s per stream, %d errors, %d retries",
              current,
              r.objects(),
              Figures.rate(r.aggregateThroughputBytesPerSecond()),
              Figures.rate(r.perStreamThroughputBytesPerSecond()),
              r.errorCount(),
              r.retryCount()));
      err.flush();
    }

    @Override
    public void note(String message) {
      err.println("probe: " + message);
      err.flush();
    }
  }

  /** A redrawn bar for terminals. */
  final class Bar implements ProbeProgress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private String current = "";
    private boolean drawn;

    Bar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void stepStarted(int step, int steps, String description) {
      current = String.format(Locale.ROOT, "%d/%d %s", step, steps, description);
      draw(0, 0, Double.NaN);
    }

    @Override
    public void tick(double fraction, double rate, double runSecondsLeft, int elapsed) {
      draw(fraction, rate, runSecondsLeft);
    }

    private void draw(double fraction, double rate, double left) {
      int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
      String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
      String eta = Double.isNaN(left) ? "--" : Figures.duration(left);
      err.print(
          String.format(
              Locale.ROOT,
              "\r\u001b[2K%s [%s] %3.0f%% %s ETA %s",
              current,
              bar,
              Math.min(1, fraction) * 100,
              Figures.rate(rate),
              eta));
      err.flush();
      drawn = true;
    }

    @Override
    public void stepFinished(StepResult r) {
      endLine();
      err.println(
          String.format(
              Locale.ROOT,
              "%s: %s aggregate, %s per stream, %d objects",
              current,
              Figures.rate(r.aggregateThroughputBytesPerSecond()),
              Figures.rate(r.perStreamThroughputBytesPerSecond()),
              r.objects()));
      err.flush();
    }

    @Override
    public void note(String message) {
      endLine();
      err.println(message);
      err.flush();
    }

    private void endLine() {
      if (drawn) {
        err.print("\r\u001b[2K");
        drawn = false;
      }
    }
  }
}
