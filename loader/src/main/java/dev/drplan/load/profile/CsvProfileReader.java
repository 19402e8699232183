package dev.drplan.load.profile;

import dev.drplan.load.Messages;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.model.backlog.ChangeProfileException;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.QuantityParser;
import dev.drplan.units.TimeSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a change profile from a CSV file: a header naming the columns and the unit, then one row
 * per interval with the time it starts and what changed in it.
 *
 * <pre>
 * timestamp,changed_GiB
 * 2025-01-06T00:00:00Z,812.5
 * 2025-01-06T00:01:00Z,790
 * </pre>
 *
 * <ul>
 *   <li>The header is {@code timestamp,bytes_changed} (amounts in bytes) or {@code
 *       timestamp,changed_UNIT} with UNIT a size unit as the scenario format writes it, case and
 *       all: B, kB, MB, GB, TB, PB, EB are powers of 1000 and KiB, MiB, GiB, TiB, PiB, EiB powers
 *       of 1024, so {@code changed_TB} and {@code changed_TiB} differ by 10%. Rates and bits are
 *       not accepted.
 *   <li>A timestamp is where its interval starts: ISO-8601 with a zone, a date alone (midnight
 *       UTC), or Unix epoch seconds (see {@link Timestamps}). An amount is a plain decimal number
 *       in the header's unit, 0 or more.
 *   <li>Rows are evenly spaced; the spacing of the first two is the interval length, and the last
 *       row's interval is as long as the others. A row more than one interval after the one before
 *       is a gap: an error unless gaps are allowed, when it is read as nothing written and counted
 *       in {@link ChangeProfile#gaps()}.
 *   <li>Blank lines and lines starting with {@code #} are skipped; a field may be in double quotes;
 *       a byte-order mark is ignored. The file is UTF-8.
 * </ul>
 *
 * The file is read a line at a time: a five-million-row file holds one {@code double} per row.
 */
public final class CsvProfileReader {
  private CsvProfileReader() {}

  /** The first column's name. */
  public static final String TIMESTAMP_COLUMN = "timestamp";

  /** The second column's name for amounts in bytes. */
  public static final String BYTES_COLUMN = "bytes_changed";

  /** The second column's name is this and a size unit, e.g. {@code changed_GiB}. */
  public static final String UNIT_PREFIX = "changed_";

  // For the "did you mean" of a unit in the wrong case; the factors come from QuantityParser.
  private static final String[] SIZE_UNITS = {
    "B", "kB", "MB", "GB", "TB", "PB", "EB", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"
  };

  private static final String HEADER_FORM =
      "a header \"timestamp,bytes_changed\" or \"timestamp,changed_UNIT\" with UNIT one of B, kB,"
          + " MB, GB, TB, PB, EB (powers of 1000) or KiB, MiB, GiB, TiB, PiB, EiB (powers of 1024),"
          + " written as here";

  /**
   * The profile in {@code file}, its interval the spacing of the first two rows.
   *
   * @throws ProfileFormatException if the file cannot be opened or is not a valid profile
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static ChangeProfile read(Path file, GapPolicy gaps) {
    return read(file, null, gaps);
  }

  /**
   * The profile in {@code file} with intervals of {@code step}, or of the spacing of the first two
   * rows when {@code step} is {@code null}. With a stated step, one row is a profile, and a first
   * row more than a step before the second is a gap.
   *
   * @throws ProfileFormatException if the file cannot be opened or is not a valid profile
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static ChangeProfile read(Path file, TimeSpan step, GapPolicy gaps) {
    String name = file.toString();
    Parser parser = new Parser(name, step, gaps);
    // Bytes that are not UTF-8 become U+FFFD, which the parser refuses with its line: a decoder
    // that reports them fails a whole buffer ahead of the line being read.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
      return parser.read(in);
    } catch (NoSuchFileException missing) {
      throw new ProfileFormatException(name, 0, 0, "a readable file", "no such file");
    } catch (AccessDeniedException denied) {
      throw new ProfileFormatException(name, 0, 0, "a readable file", "permission denied");
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** One reading of one file. */
  private static final class Parser {
    final RowProblems.Place place;
    final ChangeProfile.Builder builder;
    final Timestamps timestamps = new Timestamps();
    long headerLine;
    double bytesPerUnit;
    String unit;
    long rows;

    Parser(String file, TimeSpan step, GapPolicy gaps) {
      this.place = new RowProblems.Place(file, "row", true);
      this.place.stepStated = step != null;
      this.builder = step == null ? ChangeProfile.builder(gaps) : ChangeProfile.builder(step, gaps);
    }

    ChangeProfile read(BufferedReader in) throws IOException {
      String text;
      while ((text = in.readLine()) != null) {
        place.line++;
        if (place.line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        String content = text.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        int notUtf8 = text.indexOf('\uFFFD');
        if (notUtf8 >= 0) {
          throw place.at(notUtf8 + 1, "UTF-8 text", "bytes that are not UTF-8");
        }
        if (headerLine == 0) {
          header(text);
        } else {
          row(text);
        }
      }
      place.throwHeldGap();
      if (headerLine == 0) {
        throw new ProfileFormatException(place.file, 0, 0, HEADER_FORM, "an empty file");
      }
      if (rows == 0 || (rows == 1 && !place.stepStated)) {
        throw new ProfileFormatException(
            place.file,
            rows == 0 ? headerLine : place.firstLine,
            0,
            place.stepStated
                ? "at least one row after the header"
                : "at least two rows after the header (the interval is the spacing of the first"
                    + " two, unless change_profile.step states it)",
            rows == 0 ? "none" : "one");
      }
      return builder.build();
    }

    private void header(String text) {
      headerLine = place.line;
      Fields fields = Fields.split(text);
      if (fields == null) {
        throw place.at(1, HEADER_FORM, Messages.quote(text.strip()));
      }
      if (!fields.first.equalsIgnoreCase(TIMESTAMP_COLUMN)) {
        throw place.at(fields.firstColumn, HEADER_FORM, Messages.quote(text.strip()));
      }
      String column = fields.second;
      if (column.equals(BYTES_COLUMN)) {
        bytesPerUnit = 1;
        unit = "bytes";
        return;
      }
      if (!column.startsWith(UNIT_PREFIX)) {
        throw place.at(fields.secondColumn, HEADER_FORM, Messages.quote(column));
      }
      unit = column.substring(UNIT_PREFIX.length());
      try {
        bytesPerUnit = QuantityParser.size("1 " + unit).bytes();
      } catch (QuantityFormatException unknown) {
        throw place.at(fields.secondColumn, HEADER_FORM, Messages.quote(column) + whyNot(unit));
      }
    }

    /** Why {@code unit} is not a size unit, for the message. */
    private static String whyNot(String unit) {
      if (unit.endsWith("/s") || unit.endsWith("ps")) {
        return " (a rate: give what changed in each interval instead)";
      }
      String bytes = null;
      for (String known : SIZE_UNITS) {
        if (known.equalsIgnoreCase(unit)) {
          bytes = known;
        }
      }
      if (bytes == null) {
        return " (an unknown unit)";
      }
      if (unit.length() == 2 && unit.charAt(1) == 'b') {
        return " (" + unit + " reads as bits; amounts are in bytes: " + bytes + "?)";
      }
      return " (units are case-sensitive: " + bytes + "?)";
    }

    private void row(String text) {
      Fields fields = Fields.split(text);
      if (fields == null) {
        place.throwHeldGap();
        throw place.at(
            1,
            "two fields, a timestamp and an amount, separated by a comma",
            Messages.quote(text.strip()));
      }
      place.timestampText = fields.first;
      place.timestampColumn = fields.firstColumn;
      place.valueText = fields.second;
      place.valueColumn = fields.secondColumn;
      double start;
      try {
        start = timestamps.parse(fields.first);
      } catch (Timestamps.Unreadable unreadable) {
        place.throwHeldGap();
        throw place.at(fields.firstColumn, unreadable.expected, Messages.quote(fields.first));
      }
      place.afterHeldGap(start);
      if (!ProfileText.isDecimal(fields.second)) {
        throw place.at(
            fields.secondColumn,
            "an amount changed as a plain number of " + unit + ", without a unit",
            Messages.quote(fields.second));
      }
      double bytes = ProfileText.decimal(fields.second) * bytesPerUnit;
      try {
        builder.append(start, bytes);
      } catch (ChangeProfileException refused) {
        if (refused.problem() != ChangeProfileException.Problem.GAP) {
          throw RowProblems.describe(refused, place);
        }
        place.holdGap(RowProblems.describe(refused, place), start);
        return;
      }
      rows++;
      place.accepted(start);
    }
  }

  /** The two fields of a line, unquoted, with their 1-based columns; null if not two. */
  private static final class Fields {
    final String first;
    final long firstColumn;
    final String second;
    final long secondColumn;

    private Fields(String first, long firstColumn, String second, long secondColumn) {
      this.first = first;
      this.firstColumn = firstColumn;
      this.second = second;
      this.secondColumn = secondColumn;
    }

    static Fields split(String line) {
      int comma = line.indexOf(',');
      if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
        return null;
      }
      return new Fields(
          unquote(line.substring(0, comma)),
          column(line, 0),
          unquote(line.substring(comma + 1)),
          column(line, comma + 1));
    }

    /** 1-based column of the first non-blank character from {@code from}. */
    private static long column(String line, int from) {
      int i = from;
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      return i + 1;
    }

    private static String unquote(String field) {
      String stripped = field.strip();
      if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
        return stripped.substring(1, stripped.length() - 1).strip();
      }
      return stripped;
    }
  }
}
