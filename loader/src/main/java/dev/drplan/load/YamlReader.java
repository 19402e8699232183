package dev.drplan.load;

import com.fasterxml.jackson.core.Base64Variants;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a scenario file's bytes into a {@link YamlNode} tree with positions, on SnakeYAML's event
 * parser (not Jackson's: its start-up costs more than the whole read). Everything that is not
 * plain, small, single-document YAML text is refused here with a positioned {@link
 * ScenarioException}: binary or non-UTF-8 content, files over {@link #MAX_BYTES}, lines over {@link
 * #MAX_LINE_LENGTH}, nesting deeper than {@link #MAX_DEPTH}, duplicate keys, and anchors, aliases
 * and tags (a scenario needs none of them, and refusing them at the first sight means an alias bomb
 * is never expanded).
 */
final class YamlReader {
  private YamlReader() {}

  /** Largest scenario file accepted: 10 MiB. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Longest line accepted, in characters. SnakeYAML scans a very long single line in time that
   * grows with the square of its length (a 10 MiB line takes minutes), and no scenario needs one.
   */
  static final int MAX_LINE_LENGTH = 65_536;

  /** Deepest nesting of mappings and lists accepted; the format itself needs five levels. */
  static final int MAX_DEPTH = 16;

  /**
   * Most digits a hexadecimal, octal or binary integer may have, the former reader's limit (see
   * {@link #convertsToNothing}).
   */
  private static final int MAX_INTEGER_DIGITS = 1000;

  /** Longest plain value SnakeYAML's resolver reads as an integer (its default limit). */
  private static final int MAX_INTEGER_TEXT = 1024;

  /** How the parser spells the standard tags ({@code !!str}). */
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(MAX_BYTES + 1);
    // Duplicate keys are found by readValue, which names both positions.
    options.setAllowDuplicateKeys(true);
    return options;
  }

  /** The single YAML document in {@code content}, which came from {@code source}. */
  static YamlNode read(String source, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw fileError(
          source,
          "the file is larger than "
              + MAX_BYTES
              + " bytes (10 MiB), the most a scenario file may be; is this the right file?");
    }
    if (content.length == 0) {
      throw fileError(
          source, "the file is empty; expected a scenario (name, horizon, dataset, ...)");
    }
    String text = decode(source, content);
    checkCharacters(source, text);
    return parse(source, text);
  }

  private static ScenarioException fileError(String source, String detail) {
    return new ScenarioException(source, 0, 0, "", detail, null);
  }

  private static String decode(String source, byte[] content) {
    if (content.length >= 2
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
      throw new ScenarioException(
          source, 1, 1, "", "this file is UTF-16 text; save the scenario as UTF-8", null);
    }
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        int[] position = bytePosition(content, i);
        throw new ScenarioException(
            source,
            position[0],
            position[1],
            "",
            "this is a binary file (it holds a NUL byte); expected a YAML text file",
            null);
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int[] position = bytePosition(content, offset);
      throw new ScenarioException(
          source,
          position[0],
          position[1],
          "",
          String.format(
              "this is not a UTF-8 text file (byte 0x%02X cannot start a character here);"
                  + " save the scenario as UTF-8",
              content[Math.min(offset, content.length - 1)] & 0xFF),
          null);
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Line and column (1-based, counting characters) of byte {@code offset} of UTF-8 text. */
  private static int[] bytePosition(byte[] content, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
        column = 1;
      } else if ((content[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** Rejects the characters YAML does not allow in a stream, before the parser sees them. */
  private static void checkCharacters(String source, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean printable =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0x7E)
              || cp == 0x85
              || (cp >= 0xA0 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!printable) {
        throw new ScenarioException(
            source,
            line,
            column,
            "",
            String.format(
                "character U+%04X is not allowed in a YAML file; is this a text file?", cp),
            null);
      }
      if (cp == '\n') {
        line++;
        column = 1;
      } else if (column++ > MAX_LINE_LENGTH) {
        throw new ScenarioException(
            source,
            line,
            1,
            "",
            "this line is longer than "
                + MAX_LINE_LENGTH
                + " characters; break long text over several lines (YAML \"|\" block)",
            null);
      }
    }
  }

  private static YamlNode parse(String source, String text) {
    Events events = new Events(source, new ParserImpl(new StreamReader(text), loaderOptions()));
    Event first = events.nextValue();
    if (first == null || events.nothing) {
      throw fileError(
          source,
          "the file holds no YAML document, only comments or blank lines;"
              + " expected a scenario (name, horizon, dataset, ...)");
    }
    YamlNode root =
        readValue(
            events,
            first,
            "",
            0,
            Math.max(1, line(first.getStartMark())),
            Math.max(1, column(first.getStartMark())));
    Event second = events.nextValue();
    if (second != null && !events.nothing) {
      throw new ScenarioException(
          source,
          line(second.getStartMark()),
          column(second.getStartMark()),
          "",
          "a second YAML document starts here; a scenario file holds exactly one",
          null);
    }
    return root;
  }

  /**
   * One value starting at {@code event}. {@code line}/{@code column} are where errors about it
   * point: its key's position when under a key.
   */
  private static YamlNode readValue(
      Events events, Event event, String path, int depth, int line, int column) {
    Mark at = event.getStartMark();
    rejectAnchorsAndTags(events.source, event, path);
    if (event instanceof CollectionStartEvent && depth >= MAX_DEPTH) {
      throw new ScenarioException(
          events.source,
          line(at),
          column(at),
          path,
          "nesting is deeper than " + MAX_DEPTH + " levels; a scenario needs far fewer",
          null);
    }
    if (event instanceof MappingStartEvent) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      for (Event key = events.next(); !(key instanceof MappingEndEvent); key = events.next()) {
        if (!(key instanceof ScalarEvent)) {
          // Where the list, mapping or alias written as a key ends.
          throw new ScenarioException(
              events.source,
              line(key.getEndMark()),
              Math.max(1, column(key.getEndMark())),
              "",
              "YAML syntax error: a mapping key must be a plain value, not a list or mapping",
              null);
        }
        // A key is its text as written: `null:` is the key "null", and a key's anchor or tag is
        // not looked at (only values are).
        String name = ((ScalarEvent) key).getValue();
        int keyLine = line(key.getStartMark());
        int keyColumn = column(key.getStartMark());
        String childPath = path.isEmpty() ? name : path + "." + name;
        YamlNode.Entry earlier = entries.get(name);
        if (earlier != null) {
          throw new ScenarioException(
              events.source,
              keyLine,
              keyColumn,
              childPath,
              "duplicate key; it was first given at line "
                  + earlier.line()
                  + ", column "
                  + earlier.column()
                  + "; remove or rename one of them",
              null);
        }
        YamlNode value =
            readValue(events, events.nextValue(), childPath, depth + 1, keyLine, keyColumn);
        entries.put(name, new YamlNode.Entry(name, keyLine, keyColumn, value));
      }
      return new YamlNode.Mapping(entries, line, column, path);
    }
    if (event instanceof SequenceStartEvent) {
      List<YamlNode> items = new ArrayList<>();
      for (Event item = events.nextValue();
          !(item instanceof SequenceEndEvent);
          item = events.nextValue()) {
        Mark itemAt = item.getStartMark();
        items.add(
            readValue(
                events,
                item,
                path + "[" + items.size() + "]",
                depth + 1,
                line(itemAt),
                column(itemAt)));
      }
      return new YamlNode.Sequence(items, line, column, path);
    }
    if (event instanceof AliasEvent) {
      throw new ScenarioException(
          events.source,
          line(at),
          column(at),
          path,
          "YAML aliases (*"
              + Messages.clean(((AliasEvent) event).getAnchor(), Messages.MAX_QUOTED)
              + ") are not supported in a scenario; write the value out",
          null);
    }
    ScalarEvent scalar = (ScalarEvent) event;
    return new YamlNode.Scalar(
        isNull(scalar) ? null : scalar.getValue(), line(at), column(at), path);
  }

  /**
   * Whether a scalar is YAML null: written plain (or with the non-specific tag {@code !}) as {@code
   * ~}, {@code null}, {@code Null} or {@code NULL}, the YAML 1.1 null forms. A missing value
   * ({@code key:}) is empty text, not null; quoted text ({@code "null"}) is never null.
   */
  private static boolean isNull(ScalarEvent scalar) {
    String tag = scalar.getTag();
    if ((tag != null && !tag.equals("!")) || !scalar.getImplicit().canOmitTagInPlainScalar()) {
      return false;
    }
    switch (scalar.getValue()) {
      case "~":
      case "null":
      case "Null":
      case "NULL":
        return true;
      default:
        return false;
    }
  }

  /**
   * Refuses an anchor on a mapping or list and a tag on any value. An anchor on a plain value is
   * let through (nothing can expand it: its alias is refused where it is used).
   */
  private static void rejectAnchorsAndTags(String source, Event event, String path) {
    Mark at = event.getStartMark();
    if (event instanceof CollectionStartEvent) {
      String anchor = ((CollectionStartEvent) event).getAnchor();
      if (anchor != null) {
        throw new ScenarioException(
            source,
            line(at),
            column(at),
            path,
            "YAML anchors (&"
                + Messages.clean(anchor, Messages.MAX_QUOTED)
                + ") and aliases are not supported in a scenario; write each value out",
            null);
      }
    }
    String tag =
        event instanceof CollectionStartEvent
            ? ((CollectionStartEvent) event).getTag()
            : event instanceof ScalarEvent ? ((ScalarEvent) event).getTag() : null;
    if (tag != null) {
      throw new ScenarioException(
          source,
          line(at),
          column(at),
          path,
          "YAML tags ("
              + Messages.clean(tagAsWritten(tag), Messages.MAX_QUOTED)
              + ") are not supported in a scenario; write the plain value",
          null);
    }
  }

  /**
   * A resolved tag as the user would recognise it: {@code tag:yaml.org,2002:str} as {@code !!str},
   * any other tag with one {@code !} in front (its own leading ones dropped).
   */
  private static String tagAsWritten(String tag) {
    String name = tag;
    while (name.startsWith("!")) {
      name = name.substring(1);
    }
    return name.startsWith(YAML_TAG_PREFIX)
        ? "!!" + name.substring(YAML_TAG_PREFIX.length())
        : "!" + name;
  }

  /** 1-based line of a parser mark. */
  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  /** 1-based column of a parser mark. */
  private static int column(Mark mark) {
    return mark.getColumn() + 1;
  }

  /**
   * The parser's events without the stream and document markers, every failure of the parser turned
   * into a positioned syntax error.
   */
  private static final class Events {
    final String source;
    private final ParserImpl parser;

    /** The event read last, markers included: where a failure without a mark of its own is. */
    private Event last;

    /** Whether the value {@link #nextValue()} returned last read as no value at all. */
    boolean nothing;

    Events(String source, ParserImpl parser) {
      this.source = source;
      this.parser = parser;
    }

    /** The next node or end-of-collection event; null at the end of the stream. */
    Event next() {
      while (true) {
        Event event;
        try {
          event = parser.getEvent();
        } catch (RuntimeException e) {
          // The parser's own failures only (SnakeYAML throws unchecked exceptions); ours are
          // thrown outside this call.
          throw syntaxError(source, e, last);
        }
        if (event == null || event.is(Event.ID.StreamEnd)) {
          return null;
        }
        last = event;
        if (!event.is(Event.ID.StreamStart)
            && !event.is(Event.ID.DocumentStart)
            && !event.is(Event.ID.DocumentEnd)) {
          return event;
        }
      }
    }

    /**
     * {@link #next()} where a value is expected: a scalar is converted as the former reader did
     * (see {@link #convertsToNothing}), and {@link #nothing} says whether it read as no value.
     */
    Event nextValue() {
      Event event = next();
      nothing = event instanceof ScalarEvent && convertsToNothing(source, (ScalarEvent) event);
      return event;
    }
  }

  /** A positioned, one-line message for a failure of the YAML parser after {@code last}. */
  private static ScenarioException syntaxError(
      String source, RuntimeException failure, Event last) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException) {
        MarkedYAMLException marked = (MarkedYAMLException) cause;
        Mark mark =
            marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        StringBuilder detail = new StringBuilder("YAML syntax error: ");
        detail.append(
            oneLine(marked.getProblem() != null ? marked.getProblem() : "malformed YAML"));
        if (marked.getContext() != null) {
          detail.append(" (").append(oneLine(marked.getContext()));
          Mark context = marked.getContextMark();
          if (context != null && context != mark) {
            detail
                .append(" that starts at line ")
                .append(line(context))
                .append(", column ")
                .append(column(context));
          }
          detail.append(')');
        }
        return new ScenarioException(
            source,
            mark == null ? 0 : line(mark),
            mark == null ? 0 : column(mark),
            "",
            detail.toString(),
            null);
      }
    }
    String message = failure.getMessage();
    String detail;
    if (failure instanceof NumberFormatException) {
      // A number the parser could not read and did not place (SnakeYAML 2.5 has none known),
      // worded as the former reader did.
      detail =
          "YAML syntax error: "
              + oneLine(
                  "Malformed Number token: failed to tokenize due to ("
                      + failure.getClass().getName()
                      + "): "
                      + message);
    } else if (failure instanceof YAMLException) {
      detail = "YAML syntax error: " + oneLine(message == null ? "malformed YAML" : message);
    } else {
      return new ScenarioException(
          source, 0, 0, "", "could not read the YAML: " + oneLine(String.valueOf(message)), null);
    }
    // A failure without a mark of its own points where the last event read ends.
    int line = last == null ? 0 : line(last.getEndMark());
    int column = last == null ? 0 : Math.max(1, column(last.getEndMark()));
    return new ScenarioException(source, line, column, "", detail, null);
  }

  /*
   * The conversions of the former reader. Scenarios used to be read through Jackson, which converts
   * a value it takes for an integer or binary data while reading it, and refuses the file, before
   * any check of ours, when that conversion fails. Those refusals are kept word for word, so that
   * no file reads differently; a scenario needs none of this.
   */

  /**
   * Refuses a value scalar the former reader could not convert: a plain hexadecimal, octal or
   * binary integer of more than {@link #MAX_INTEGER_DIGITS} digits, or a value tagged {@code !!int}
   * or {@code !!binary} that is no such value. Answers whether it read as no value at all (a sign
   * alone tagged {@code !!int}), which that reader took for the end of the stream.
   */
  private static boolean convertsToNothing(String source, ScalarEvent scalar) {
    String value = scalar.getValue();
    String tag = scalar.getTag();
    if (value.isEmpty()) {
      return false;
    }
    if (tag == null || tag.equals("!")) {
      // Untagged, only an integer of more digits than allowed can fail; YAML 1.1 reads a plain
      // value as an integer only up to MAX_INTEGER_TEXT characters.
      return value.length() > MAX_INTEGER_DIGITS
          && value.length() <= MAX_INTEGER_TEXT
          && scalar.getImplicit().canOmitTagInPlainScalar()
          && Resolver.INT.matcher(value).matches()
          && convertsIntegerToNothing(source, scalar);
    }
    String type = tag.startsWith(YAML_TAG_PREFIX) ? tag.substring(YAML_TAG_PREFIX.length()) : tag;
    if (type.contains(",")) {
      String[] parts = type.split(",");
      type = parts.length == 0 ? "" : parts[0];
    }
    if (type.equals("binary")) {
      try {
        // Jackson's own decoder, loaded only here: its messages are the ones to keep.
        Base64Variants.MIME.decode(value.trim());
      } catch (IllegalArgumentException notBase64) {
        throw conversionError(source, scalar, notBase64.getMessage());
      }
      return false;
    }
    return type.equals("int") && convertsIntegerToNothing(source, scalar);
  }

  /**
   * Converts {@code [-+]} then decimal digits, or {@code 0} then octal digits, or {@code 0b}/{@code
   * 0x} then binary/hexadecimal digits (underscores ignored), as the former reader did; other text
   * is left as text. Answers whether the value is a sign alone.
   */
  private static boolean convertsIntegerToNothing(String source, ScalarEvent scalar) {
    String value = scalar.getValue();
    int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
    if (start == value.length()) {
      return true;
    }
    if (value.charAt(start) != '0') {
      boolean underscore = false;
      for (int i = start; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '_') {
          underscore = true;
        } else if (c < '0' || c > '9') {
          return false;
        }
      }
      String digits = (value.charAt(0) == '+' ? value.substring(1) : value).replace("_", "");
      if (underscore && (digits.isEmpty() || digits.equals("-"))) {
        throw conversionError(source, scalar, "Invalid number ('" + value + "')");
      }
      return false;
    }
    if (start + 1 == value.length()) {
      return false;
    }
    char marker = value.charAt(start + 1);
    int radix;
    int from;
    if (marker == 'b' || marker == 'B') {
      radix = 2;
      from = start + 2;
    } else if (marker == 'x' || marker == 'X') {
      radix = 16;
      from = start + 2;
    } else if (marker == '_' || (marker >= '0' && marker <= '9')) {
      radix = 8;
      from = start + 1;
    } else {
      return false;
    }
    String digits = value.substring(from).replace("_", "");
    // The former reader parsed as an int, a long or a big integer by the number of digits.
    int intDigits = radix == 2 ? 31 : radix == 8 ? 10 : 7;
    int longDigits = radix == 2 ? 63 : radix == 8 ? 21 : 15;
    try {
      if (digits.length() <= intDigits) {
        Integer.parseInt(digits, radix);
      } else if (digits.length() <= longDigits) {
        Long.parseLong(digits, radix);
      } else if (digits.length() > MAX_INTEGER_DIGITS) {
        throw new ScenarioException(
            source,
            0,
            0,
            "",
            "YAML syntax error: Number value length ("
                + digits.length()
                + ") exceeds the maximum allowed ("
                + MAX_INTEGER_DIGITS
                + ", from `StreamReadConstraints.getMaxNumberLength()`)",
            null);
      } else {
        new BigInteger(digits, radix);
      }
    } catch (NumberFormatException notANumber) {
      throw conversionError(
          source,
          scalar,
          String.format(
              "Invalid base-%d number ('%s'), problem: %s",
              radix, digits, notANumber.getMessage()));
    }
    return false;
  }

  /** A conversion's failure, where its value ends. */
  private static ScenarioException conversionError(
      String source, ScalarEvent scalar, String message) {
    return new ScenarioException(
        source,
        line(scalar.getEndMark()),
        Math.max(1, column(scalar.getEndMark())),
        "",
        "YAML syntax error: " + oneLine(String.valueOf(message)),
        null);
  }

  /** The first line of a parser message, cleaned of control characters. */
  private static String oneLine(String message) {
    String first = message.strip();
    int newline = first.indexOf('\n');
    if (newline >= 0) {
      first = first.substring(0, newline).strip();
    }
    return Messages.clean(first, 200);
  }
}
