package dev.drplan.load.profile;

import dev.drplan.load.Messages;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfileException;

/**
 * Says a {@link ChangeProfileException} in the file's own terms: its lines, its timestamps as
 * written, the interval in words. Readers keep a {@link Place} up to date as rows go by.
 */
final class RowProblems {
  private RowProblems() {}

  /** Where the reader is, and what it has seen, when a row is refused. */
  static final class Place {
    /** The file name as the user gave it. */
    final String file;

    /** "row" for a CSV, "point" for a Prometheus series. */
    final String row;

    /**
     * Whether rows are referred to by line (a CSV) or by number (a JSON series, on one line as a
     * server writes it).
     */
    final boolean byLine;

    long line;
    long timestampColumn;
    long valueColumn;
    String timestampText = "";
    String valueText = "";
    double previousStart = Double.NaN;
    long accepted;
    long previousLine;
    long firstLine;
    long secondLine;

    /** Whether the interval length was stated rather than learnt from the first two rows. */
    boolean stepStated;

    /**
     * A gap found at a row, held until the next row is read: when that row is earlier, two rows
     * were swapped, and that is what is reported, not a gap. {@code null} when none is held.
     */
    private ProfileFormatException heldGap;

    private double heldGapStart;
    private String heldGapRow;

    Place(String file, String row, boolean byLine) {
      this.file = file;
      this.row = row;
      this.byLine = byLine;
    }

    /** Records that the current row was accepted. */
    void accepted(double start) {
      accepted++;
      if (firstLine == 0) {
        firstLine = line;
      } else if (secondLine == 0) {
        secondLine = line;
      }
      previousStart = start;
      previousLine = line;
    }

    /** Holds {@code gap}, found at the current row, which starts at {@code start}. */
    void holdGap(ProfileFormatException gap, double start) {
      heldGap = gap;
      heldGapStart = start;
      heldGapRow = byLine ? "line " + line : row + " " + (accepted + 1);
    }

    /** Throws the held gap, if any: the file ended, or the next row is unreadable. */
    void throwHeldGap() {
      if (heldGap != null) {
        throw heldGap;
      }
    }

    /**
     * After a held gap, the next row, starting at {@code start}, decides what is wrong: when it is
     * earlier than the row of the gap, the two are out of order (swapped); otherwise the gap
     * stands. Nothing when no gap is held.
     */
    void afterHeldGap(double start) {
      if (heldGap == null) {
        return;
      }
      if (start < heldGapStart) {
        throw at(
            timestampColumn,
            row + "s in time order, each after the one before",
            timestamp(start)
                + ", before "
                + ProfileText.iso(heldGapStart)
                + " ("
                + heldGapRow
                + ")");
      }
      throw heldGap;
    }

    /** The row before the current one: "line 6" or "point 6". */
    String previous() {
      return byLine ? "line " + previousLine : row + " " + accepted;
    }

    /**
     * Where the interval length comes from: the spacing of the first two rows ("the spacing of
     * lines 2 and 3", "... of points 1 and 2"), or the step the scenario states.
     */
    String stepSource() {
      if (stepStated) {
        return "the step the scenario states";
      }
      return "the spacing of "
          + (byLine ? "lines " + firstLine + " and " + secondLine : row + "s 1 and 2");
    }

    /** The current timestamp as written, with its UTC form when it was written as a number. */
    String timestamp(double epochSeconds) {
      String quoted = Messages.quote(timestampText);
      return ProfileText.isDecimal(timestampText)
          ? quoted + " (" + ProfileText.iso(epochSeconds) + ")"
          : quoted;
    }

    ProfileFormatException at(long column, String expected, String found) {
      return new ProfileFormatException(file, line, column, expected, found);
    }
  }

  /** The exception for {@code problem} at {@code place}. */
  static ProfileFormatException describe(ChangeProfileException problem, Place place) {
    double found = problem.foundStart();
    double step = problem.stepSeconds();
    switch (problem.problem()) {
      case NOT_FINITE:
        return place.at(
            place.valueColumn,
            "an amount changed that is a finite number of bytes",
            Messages.quote(place.valueText) + " (too large once converted to bytes)");
      case TOO_LARGE:
        return place.at(
            place.valueColumn,
            "an amount changed of at most 1,000 EB in one interval (more is a unit mistake)",
            Messages.quote(place.valueText));
      case NEGATIVE:
        return place.at(
            place.valueColumn, "an amount changed of 0 or more", Messages.quote(place.valueText));
      case UNSORTED:
        return place.at(
            place.timestampColumn,
            place.row + "s in time order, each after the one before",
            place.timestamp(found)
                + ", before "
                + ProfileText.iso(place.previousStart)
                + " ("
                + place.previous()
                + ")");
      case DUPLICATE:
        return place.at(
            place.timestampColumn,
            "each timestamp once",
            place.timestamp(found) + " again, as in " + place.previous());
      case OFF_GRID:
        return place.at(
            place.timestampColumn,
            "evenly spaced "
                + place.row
                + "s, one every "
                + ProfileText.duration(step)
                + " ("
                + place.stepSource()
                + "), the next at "
                + ProfileText.iso(problem.expectedStart()),
            place.timestamp(found));
      case GAP:
        double missing = (found - problem.expectedStart()) / step;
        return place.at(
            place.timestampColumn,
            "the next "
                + place.row
                + " at "
                + ProfileText.iso(problem.expectedStart())
                + ", one interval ("
                + ProfileText.duration(step)
                + ") after "
                + place.previous(),
            place.timestamp(found)
                + ": a gap of "
                + ProfileText.duration(found - problem.expectedStart())
                + " ("
                + ProfileText.number(Math.rint(missing))
                + " missing "
                + place.row
                + (Math.rint(missing) == 1 ? "" : "s")
                + ") from "
                + ProfileText.iso(problem.expectedStart())
                + " to "
                + ProfileText.iso(found)
                + "; add "
                + place.row
                + "s of 0 where nothing was written, or allow gaps with change_profile.gaps:"
                + " nothing-written");
      case BAD_GRID:
        return place.at(
            place.timestampColumn,
            place.row + "s at least 1 s apart",
            place.timestamp(found)
                + ", "
                + ProfileText.duration(found - place.previousStart)
                + " after "
                + place.previous());
      case TOO_LONG:
        return place.at(
            place.timestampColumn,
            "at most "
                + ProfileText.number(ChangeProfile.MAX_INTERVALS)
                + " intervals, gap fill included",
            "more by " + place.timestamp(found));
      default:
        return place.at(0, "a usable change profile", problem.getMessage());
    }
  }
}
