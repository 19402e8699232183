package dev.drplan.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
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

/**
 * Reads a scenario file's bytes into a {@link YamlNode} tree with positions, on Jackson's YAML
 * streaming parser. Everything that is not plain, small, single-document YAML text is refused here
 * with a positioned {@link ScenarioException}: binary or non-UTF-8 content, files over {@link
 * #MAX_BYTES}, lines over {@link #MAX_LINE_LENGTH}, nesting deeper than {@link #MAX_DEPTH},
 * duplicate keys, and anchors, aliases and tags (a scenario needs none of them, and refusing them
 * at the first sight means an alias bomb is never expanded).
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

  private static final YAMLFactory FACTORY = factory();

  /** How the parser spells the standard tags ({@code !!str}). */
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(MAX_BYTES + 1);
    // Duplicate keys are found by readValue, which names both positions.
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH * 2)
                .maxDocumentLength(MAX_BYTES + 1L)
                .maxStringLength(MAX_BYTES + 1)
                .maxNameLength(MAX_BYTES + 1)
                .build())
        .build();
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
    try (YAMLParser parser = FACTORY.createParser(text)) {
      Tokens tokens = new Tokens(source, parser);
      JsonToken first = tokens.next();
      if (first == null) {
        throw fileError(
            source,
            "the file holds no YAML document, only comments or blank lines;"
                + " expected a scenario (name, horizon, dataset, ...)");
      }
      JsonLocation rootAt = parser.currentTokenLocation();
      YamlNode root =
          readValue(
              tokens,
              first,
              "",
              0,
              Math.max(1, rootAt.getLineNr()),
              Math.max(1, rootAt.getColumnNr()));
      if (tokens.next() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ScenarioException(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            "",
            "a second YAML document starts here; a scenario file holds exactly one",
            null);
      }
      return root;
    } catch (IOException closing) {
      throw syntaxError(source, closing);
    }
  }

  /**
   * One value starting at {@code token}. {@code line}/{@code column} are where errors about it
   * point: its key's position when under a key.
   */
  private static YamlNode readValue(
      Tokens tokens, JsonToken token, String path, int depth, int line, int column) {
    YAMLParser parser = tokens.parser;
    JsonLocation at = parser.currentTokenLocation();
    tokens.rejectAnchorsAndTags(path, at);
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth >= MAX_DEPTH) {
        throw new ScenarioException(
            tokens.source,
            at.getLineNr(),
            at.getColumnNr(),
            path,
            "nesting is deeper than " + MAX_DEPTH + " levels; a scenario needs far fewer",
            null);
      }
    }
    if (token == JsonToken.START_OBJECT) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      for (JsonToken next = tokens.next(); next != JsonToken.END_OBJECT; next = tokens.next()) {
        if (next != JsonToken.FIELD_NAME) {
          throw tokens.unexpected(next, path);
        }
        String key = tokens.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        String childPath = path.isEmpty() ? key : path + "." + key;
        YamlNode.Entry earlier = entries.get(key);
        if (earlier != null) {
          throw new ScenarioException(
              tokens.source,
              keyAt.getLineNr(),
              keyAt.getColumnNr(),
              childPath,
              "duplicate key; it was first given at line "
                  + earlier.line()
                  + ", column "
                  + earlier.column()
                  + "; remove or rename one of them",
              null);
        }
        YamlNode value =
            readValue(
                tokens,
                tokens.next(),
                childPath,
                depth + 1,
                keyAt.getLineNr(),
                keyAt.getColumnNr());
        entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
      }
      return new YamlNode.Mapping(entries, line, column, path);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken next = tokens.next(); next != JsonToken.END_ARRAY; next = tokens.next()) {
        JsonLocation itemAt = parser.currentTokenLocation();
        items.add(
            readValue(
                tokens,
                next,
                path + "[" + items.size() + "]",
                depth + 1,
                itemAt.getLineNr(),
                itemAt.getColumnNr()));
      }
      return new YamlNode.Sequence(items, line, column, path);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new YamlNode.Scalar(null, at.getLineNr(), at.getColumnNr(), path);
    }
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_EMBEDDED_OBJECT) {
      if (parser.isCurrentAlias()) {
        throw new ScenarioException(
            tokens.source,
            at.getLineNr(),
            at.getColumnNr(),
            path,
            "YAML aliases (*"
                + Messages.clean(tokens.text(), Messages.MAX_QUOTED)
                + ") are not supported in a scenario; write the value out",
            null);
      }
      return new YamlNode.Scalar(tokens.text(), at.getLineNr(), at.getColumnNr(), path);
    }
    throw tokens.unexpected(token, path);
  }

  /** The parser, with every call's failure turned into a positioned syntax error. */
  private static final class Tokens {
    final String source;
    final YAMLParser parser;

    Tokens(String source, YAMLParser parser) {
      this.source = source;
      this.parser = parser;
    }

    JsonToken next() {
      try {
        return parser.nextToken();
      } catch (IOException | RuntimeException e) {
        // The parser's own failures only (SnakeYAML throws unchecked exceptions); ours are thrown
        // outside this call.
        throw syntaxError(source, e);
      }
    }

    String currentName() {
      try {
        return parser.currentName();
      } catch (IOException | RuntimeException e) {
        throw syntaxError(source, e);
      }
    }

    String text() {
      try {
        return parser.getText();
      } catch (IOException | RuntimeException e) {
        throw syntaxError(source, e);
      }
    }

    void rejectAnchorsAndTags(String path, JsonLocation at) {
      String anchor;
      String tag;
      try {
        anchor = parser.getObjectId();
        tag = parser.getTypeId();
      } catch (IOException | RuntimeException e) {
        throw syntaxError(source, e);
      }
      if (anchor != null) {
        throw new ScenarioException(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            path,
            "YAML anchors (&"
                + Messages.clean(anchor, Messages.MAX_QUOTED)
                + ") and aliases are not supported in a scenario; write each value out",
            null);
      }
      if (tag != null) {
        throw new ScenarioException(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            path,
            "YAML tags ("
                + Messages.clean(
                    tag.startsWith(YAML_TAG_PREFIX)
                        ? "!!" + tag.substring(YAML_TAG_PREFIX.length())
                        : "!" + tag,
                    Messages.MAX_QUOTED)
                + ") are not supported in a scenario; write the plain value",
            null);
      }
    }

    ScenarioException unexpected(JsonToken token, String path) {
      JsonLocation at = parser.currentTokenLocation();
      return new ScenarioException(
          source,
          at.getLineNr(),
          at.getColumnNr(),
          path,
          "unexpected YAML content (" + token + "); expected a plain value, a mapping or a list",
          null);
    }
  }

  /** A positioned, one-line message for a failure of the YAML parser. */
  static ScenarioException syntaxError(String source, Throwable failure) {
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
                .append(context.getLine() + 1)
                .append(", column ")
                .append(context.getColumn() + 1);
          }
          detail.append(')');
        }
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        return new ScenarioException(source, line, column, "", detail.toString(), null);
      }
    }
    int line = 0;
    int column = 0;
    String message = failure.getMessage();
    if (failure instanceof JsonProcessingException) {
      JsonProcessingException processing = (JsonProcessingException) failure;
      JsonLocation at = processing.getLocation();
      if (at != null && at.getLineNr() > 0) {
        line = at.getLineNr();
        column = Math.max(1, at.getColumnNr());
      }
      message = processing.getOriginalMessage();
    }
    String detail;
    if (message != null && message.startsWith("Expected a field name")) {
      detail = "YAML syntax error: a mapping key must be a plain value, not a list or mapping";
    } else if (failure instanceof YAMLException || failure instanceof JsonProcessingException) {
      detail = "YAML syntax error: " + oneLine(message == null ? "malformed YAML" : message);
    } else {
      detail = "could not read the YAML: " + oneLine(String.valueOf(message));
    }
    return new ScenarioException(source, line, column, "", detail, null);
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
