package dev.drplan.load.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.drplan.load.Messages;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.model.backlog.ChangeProfileException;
import dev.drplan.scenario.PrometheusValues;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a change profile from the JSON a Prometheus server returns for a range query ({@code
 * /api/v1/query_range}), saved to a file:
 *
 * <pre>
 * {"status":"success","data":{"resultType":"matrix","result":[
 *   {"metric":{"cluster":"vast-01"},"values":[[1736121660,"8.1e9"],[1736121720,"7.9e9"]]}]}}
 * </pre>
 *
 * <ul>
 *   <li>The status is {@code success} and the result type {@code matrix}.
 *   <li>Exactly one series: several are refused, naming their labels, since adding them up here
 *       would hide which rule did it; sum them in the query ({@code sum(rate(...))}).
 *   <li>The values are what {@link PrometheusValues} says, which the caller states. A point at t
 *       describes the interval that ends at t, so the profile starts one step before the first
 *       point.
 *   <li>Points are evenly spaced, as a range query's steps are; the spacing of the first two is the
 *       step. A missing step (Prometheus leaves out steps without data) is a gap: an error unless
 *       gaps are allowed, when it is read as nothing written and counted in {@link
 *       ChangeProfile#gaps()}.
 *   <li>{@code NaN} and {@code ±Inf} values, negative values and unknown result shapes (instant
 *       vectors, native histograms) are refused.
 * </ul>
 *
 * The file is streamed; a Prometheus server returns at most 11,000 points per series and query.
 * Positions in messages are line and column of the JSON (the server writes it on one line).
 */
public final class PrometheusProfileReader {
  private PrometheusProfileReader() {}

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final String SERIES_FORM =
      "exactly one series (sum several in the query, e.g. sum(rate(...)))";

  /**
   * The profile in {@code file}, whose values are {@code values}.
   *
   * @throws ProfileFormatException if the file cannot be opened or is not a valid profile
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static ChangeProfile read(Path file, PrometheusValues values, GapPolicy gaps) {
    return read(file, values, null, gaps);
  }

  /**
   * The profile in {@code file}, whose values are {@code values}, with points {@code step} apart,
   * or the spacing of the first two points when {@code step} is {@code null} (a query's step is not
   * in its JSON). With a stated step, one point is a profile, and a step missing between the first
   * two points is a gap rather than a longer step.
   *
   * @throws ProfileFormatException if the file cannot be opened or is not a valid profile
   * @throws UncheckedIOException if reading fails for another reason
   */
  public static ChangeProfile read(
      Path file, PrometheusValues values, TimeSpan step, GapPolicy gaps) {
    String name = file.toString();
    Parser parser = new Parser(name, values, step, gaps);
    try (InputStream in = Files.newInputStream(file);
        JsonParser json = JSON.createParser(in)) {
      return parser.read(json);
    } catch (NoSuchFileException missing) {
      throw new ProfileFormatException(name, 0, 0, "a readable file", "no such file");
    } catch (AccessDeniedException denied) {
      throw new ProfileFormatException(name, 0, 0, "a readable file", "permission denied");
    } catch (JsonProcessingException malformed) {
      JsonLocation at = malformed.getLocation();
      throw new ProfileFormatException(
          name,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "well-formed JSON",
          // Jackson names where an unclosed array or object began as "[Source: REDACTED (...);
          // line: 1, column: 83]": the user's own words are the line and column.
          malformed
              .getOriginalMessage()
              .replaceAll(
                  "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2"));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** One reading of one file. */
  private static final class Parser {
    final RowProblems.Place place;
    final PrometheusValues values;
    final ChangeProfile.Builder builder;
    JsonParser json;
    String status;
    String error;
    String resultType;
    boolean sawData;
    int series;
    Map<String, String> firstLabels;
    long points;
    double firstPoint = Double.NaN;

    Parser(String file, PrometheusValues values, TimeSpan step, GapPolicy gaps) {
      this.place = new RowProblems.Place(file, "point", false);
      this.place.stepStated = step != null;
      this.values = values;
      this.builder = step == null ? ChangeProfile.builder(gaps) : ChangeProfile.builder(step, gaps);
    }

    ChangeProfile read(JsonParser parser) throws IOException {
      this.json = parser;
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw here("a JSON object, the body of a /api/v1/query_range response", found());
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        switch (field) {
          case "status":
            status = text("a status string");
            break;
          case "error":
          case "errorType":
            String part = json.getValueAsString();
            error = error == null ? part : error + ": " + part;
            break;
          case "data":
            sawData = true;
            data();
            break;
          default:
            json.skipChildren();
        }
      }
      if (!"success".equals(status)) {
        throw new ProfileFormatException(
            place.file,
            0,
            0,
            "\"status\": \"success\"",
            status == null
                ? "no status"
                : Messages.quote(status) + (error == null ? "" : " (" + error + ")"));
      }
      if (!sawData || resultType == null) {
        throw new ProfileFormatException(
            place.file, 0, 0, "\"data\" with a \"resultType\" and a \"result\"", "neither");
      }
      if (series == 0) {
        throw new ProfileFormatException(
            place.file, 0, 0, SERIES_FORM, "no series: the query matched nothing in its range");
      }
      if (points == 0 || (points == 1 && !place.stepStated)) {
        throw new ProfileFormatException(
            place.file,
            place.firstLine,
            0,
            place.stepStated
                ? "at least one point"
                : "at least two points (the step is the spacing of the first two, unless"
                    + " change_profile.step states it)",
            points == 0 ? "none" : "one");
      }
      ChangeProfile profile = builder.build();
      double step = profile.step().seconds();
      if (values == PrometheusValues.BYTES_PER_SECOND) {
        try {
          profile = profile.scaledBy(step);
        } catch (ChangeProfileException tooLarge) {
          throw new ProfileFormatException(
              place.file,
              0,
              0,
              "rates whose bytes over a step are at most 1,000 EB (more is a unit mistake)",
              "the point at " + ProfileText.iso(tooLarge.foundStart()) + " too large");
        }
      }
      // A point at t describes the step that ends at t.
      return profile.withOrigin(epochInstant(firstPoint - step));
    }

    private void data() throws IOException {
      if (json.currentToken() != JsonToken.START_OBJECT) {
        throw here("\"data\" to be an object", found());
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (field.equals("resultType")) {
          resultType = text("a resultType string");
          if (!resultType.equals("matrix")) {
            throw here(
                "\"resultType\": \"matrix\", the result of a range query (/api/v1/query_range)",
                Messages.quote(resultType));
          }
        } else if (field.equals("result")) {
          result();
        } else {
          json.skipChildren();
        }
      }
    }

    private void result() throws IOException {
      if (json.currentToken() != JsonToken.START_ARRAY) {
        throw here("\"result\" to be an array of series", found());
      }
      while (json.nextToken() == JsonToken.START_OBJECT) {
        series++;
        Map<String, String> labels = new TreeMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          json.nextToken();
          switch (field) {
            case "metric":
              labels = labels();
              if (series == 2) {
                throw here(SERIES_FORM, "a second series " + labels + " after " + firstLabels);
              }
              break;
            case "values":
              if (series == 1) {
                points();
              } else {
                json.skipChildren();
              }
              break;
            case "value":
              throw here(
                  "a range query's series, with \"values\"",
                  "an instant query's, with \"value\" (use /api/v1/query_range)");
            case "histogram":
            case "histograms":
              throw here("float samples", "native histogram samples");
            default:
              json.skipChildren();
          }
        }
        if (series == 1) {
          firstLabels = labels;
        } else {
          throw here(SERIES_FORM, "a second series " + labels + " after " + firstLabels);
        }
      }
      if (json.currentToken() != JsonToken.END_ARRAY) {
        throw here("a series object", found());
      }
    }

    private Map<String, String> labels() throws IOException {
      Map<String, String> labels = new TreeMap<>();
      if (json.currentToken() != JsonToken.START_OBJECT) {
        throw here("\"metric\" to be an object of labels", found());
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        json.nextToken();
        labels.put(name, json.getValueAsString());
        json.skipChildren();
      }
      return labels;
    }

    private void points() throws IOException {
      if (json.currentToken() != JsonToken.START_ARRAY) {
        throw here("\"values\" to be an array of points", found());
      }
      while (json.nextToken() == JsonToken.START_ARRAY) {
        JsonLocation at = json.currentTokenLocation();
        place.line = at.getLineNr();
        place.timestampColumn = at.getColumnNr();
        JsonToken time = json.nextToken();
        if (time != JsonToken.VALUE_NUMBER_INT && time != JsonToken.VALUE_NUMBER_FLOAT) {
          place.throwHeldGap();
          throw here("a point [<unix time>, \"<value>\"]", found());
        }
        place.timestampText = json.getText();
        double seconds = json.getDoubleValue();
        // A gap at the point before stands unless this point is earlier: then two were swapped.
        place.afterHeldGap(seconds);
        if (json.nextToken() != JsonToken.VALUE_STRING) {
          throw here("a point's value as a string, like \"8.1e9\"", found());
        }
        place.valueColumn = json.currentTokenLocation().getColumnNr();
        place.valueText = json.getText();
        double value = value(place.valueText);
        if (json.nextToken() != JsonToken.END_ARRAY) {
          throw here("a point of two elements, [<unix time>, \"<value>\"]", found());
        }
        try {
          builder.append(seconds, value);
        } catch (ChangeProfileException refused) {
          if (refused.problem() == ChangeProfileException.Problem.TOO_LARGE
              && values == PrometheusValues.BYTES_PER_SECOND) {
            throw here(
                "a rate of at most 1,000 EB per second (more is a unit mistake)",
                Messages.quote(place.valueText));
          }
          if (refused.problem() != ChangeProfileException.Problem.GAP) {
            throw RowProblems.describe(refused, place);
          }
          // Said once the next point is read: it may be the one that belongs here (two swapped).
          place.holdGap(RowProblems.describe(refused, place), seconds);
          continue;
        }
        points++;
        if (points == 1) {
          firstPoint = seconds;
        }
        place.accepted(seconds);
      }
      place.throwHeldGap();
      if (json.currentToken() != JsonToken.END_ARRAY) {
        throw here("a point [<unix time>, \"<value>\"]", found());
      }
    }

    private double value(String text) {
      if (text.equals("NaN") || text.endsWith("Inf")) {
        throw place.at(
            place.valueColumn,
            "a finite number (Prometheus gives NaN or ±Inf where an expression divides by zero"
                + " or has no data)",
            Messages.quote(text));
      }
      if (!ProfileText.isDecimal(text)) {
        throw place.at(
            place.valueColumn,
            values == PrometheusValues.BYTES_PER_SECOND
                ? "a rate in bytes per second as a plain number"
                : "a number of bytes as a plain number",
            Messages.quote(text));
      }
      return Double.parseDouble(text);
    }

    private String text(String expected) throws IOException {
      if (json.currentToken() != JsonToken.VALUE_STRING) {
        throw here(expected, found());
      }
      return json.getText();
    }

    /** What the current token is, in words. */
    private String found() throws IOException {
      JsonToken token = json.currentToken();
      if (token == null) {
        return "the end of the file";
      }
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case END_OBJECT:
        case END_ARRAY:
          return "the end of " + (token == JsonToken.END_OBJECT ? "an object" : "an array");
        case VALUE_STRING:
          return "the string " + Messages.quote(json.getText());
        case VALUE_NULL:
          return "null";
        default:
          return Messages.quote(json.getText());
      }
    }

    private ProfileFormatException here(String expected, String found) {
      JsonLocation at = json.currentTokenLocation();
      return new ProfileFormatException(
          place.file, at.getLineNr(), at.getColumnNr(), expected, found);
    }

    private static Instant epochInstant(double seconds) {
      double whole = Math.floor(seconds);
      return Instant.ofEpochSecond((long) whole, Math.round((seconds - whole) * 1e9));
    }
  }
}
