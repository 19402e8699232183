package dev.drplan.gcs.probe;

import dev.drplan.scenario.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The names the probe will write under: what Cloud Storage refuses, and what it accepts but would
 * mislead whoever reads the names later (a path tool, a shell, a terminal). Each rule is one method
 * that returns what is wrong in words, or {@code null}; {@link #prefixProblem} and {@link
 * #bucketProblem} apply them in order. GCS's rules: object names are 1 to 1,024 bytes of UTF-8,
 * hold no carriage return or line feed, are not "." or "..", and do not begin with
 * ".well-known/acme-challenge/"; bucket names are up to 63 characters (222 with dots, 63 between
 * dots) of lower-case letters, digits, "-", "_" and ".", begin and end with a letter or digit, are
 * not an IP address and do not begin with "goog". (GCS also wants 3 characters at least; a shorter
 * name is left for the server to refuse, since no such bucket can exist.)
 */
public final class GcsNames {

  private GcsNames() {}

  /** GCS's longest object name, in bytes of UTF-8. */
  public static final int MAX_OBJECT_NAME_BYTES = 1024;

  /**
   * Bytes the probe's own part of a name can take after the prefix: the run folder
   * (drplan-probe-20260101t000000z-abcdef/, 37 bytes), a step folder and object name (w-SIZE-sN-N/
   * N-N, 50 bytes at most), and a composite upload's part suffix, with room to spare.
   */
  public static final int PROBE_SUFFIX_BYTES = 160;

  /** What is wrong with {@code prefix} as the start of object names, or {@code null}. */
  public static String prefixProblem(String prefix) {
    for (String problem :
        new String[] {
          notUtf8(prefix),
          lineBreak(prefix),
          controlCharacter(prefix),
          acmeChallenge(prefix),
          leadingSlash(prefix),
          emptySegment(prefix),
          dotSegment(prefix),
          wildcardOrGeneration(prefix),
          tooLong(prefix)
        }) {
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** What is wrong with {@code bucket} as a bucket name, or {@code null}. */
  public static String bucketProblem(String bucket) {
    if (bucket.isEmpty()) {
      return "the bucket name is empty";
    }
    if (!bucket.matches("[a-z0-9._-]+")) {
      return "bucket names hold only lower-case letters, digits, \"-\", \"_\" and \".\"";
    }
    if (!bucket.matches("[a-z0-9](.*[a-z0-9])?")) {
      return "bucket names begin and end with a letter or digit";
    }
    int limit = bucket.contains(".") ? 222 : 63;
    if (bucket.length() > limit) {
      return "bucket names are at most 63 characters long (222 with dots), this one is "
          + bucket.length();
    }
    for (String part : bucket.split("\\.", -1)) {
      if (part.length() > 63) {
        return "each dot-separated part of a bucket name is at most 63 characters";
      }
    }
    if (bucket.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
      return "bucket names cannot be an IP address";
    }
    if (bucket.startsWith("goog")) {
      return "bucket names cannot begin with \"goog\"";
    }
    return null;
  }

  /**
   * Text fit to quote in a message: control characters, line breaks among them, written as escapes
   * ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}).
   */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (Character.isISOControl(c) || SafeText.unsafe(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * Not valid UTF-8: bytes that are not UTF-8 arrive as U+FFFD, and a lone surrogate has no UTF-8
   * form.
   */
  static String notUtf8(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= prefix.length() || !Character.isLowSurrogate(prefix.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(prefix.charAt(i - 1)));
      if (c == '\uFFFD' || lone) {
        return "the prefix is not valid UTF-8 text, and GCS object names are UTF-8";
      }
    }
    return null;
  }

  /** A carriage return or line feed: GCS refuses object names that hold one. */
  static String lineBreak(String prefix) {
    if (prefix.indexOf('\r') >= 0 || prefix.indexOf('\n') >= 0) {
      return "GCS refuses object names that hold a carriage return or line feed";
    }
    return null;
  }

  /**
   * Another control character, a bidirectional control or a Unicode line separator ({@link
   * SafeText#unsafe}): GCS takes it, but no terminal or log shows the name truthfully (a U+202E
   * shows the rest of the name reversed).
   */
  static String controlCharacter(String prefix) {
    int at =
        prefix
            .codePoints()
            .filter(c -> Character.isISOControl(c) || SafeText.unsafe(c))
            .findFirst()
            .orElse(-1);
    if (at < 0) {
      return null;
    }
    if (Character.isISOControl(at)) {
      return "object names with control characters cannot be shown or typed faithfully";
    }
    return "object names with " + SafeText.describe(at) + " cannot be shown or typed faithfully";
  }

  /** GCS refuses object names that begin with ".well-known/acme-challenge/". */
  static String acmeChallenge(String prefix) {
    if ((prefix.endsWith("/") ? prefix : prefix + "/").startsWith(".well-known/acme-challenge/")) {
      return "GCS refuses object names that begin with \".well-known/acme-challenge/\"";
    }
    return null;
  }

  /** A leading "/": the names would begin with an empty segment no path tool shows. */
  static String leadingSlash(String prefix) {
    if (prefix.startsWith("/")) {
      return "the prefix begins with \"/\", an empty first segment (gs://BUCKET//...) that tools"
          + " mapping names to paths drop";
    }
    return null;
  }

  /** An empty segment ("a//b"): tools that map names to paths cannot represent it. */
  static String emptySegment(String prefix) {
    if (prefix.contains("//")) {
      return "the prefix holds an empty segment (\"//\"), which tools mapping names to paths"
          + " (gcsfuse, copies to disk) cannot represent";
    }
    return null;
  }

  /** A "." or ".." segment: path tools read it as this or the parent folder. */
  static String dotSegment(String prefix) {
    for (String segment : prefix.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return "the prefix holds a \""
            + segment
            + "\" segment: GCS refuses \".\" and \"..\" as names, and tools mapping names to"
            + " paths (gcsfuse, gcloud storage cp to disk) read such a segment as this or the"
            + " parent folder";
      }
    }
    return null;
  }

  /**
   * "*", "?", "[", "]" or "#": gcloud storage reads the first four as wildcards and "#" as the
   * start of a generation, so the objects could not be named on its command line.
   */
  static String wildcardOrGeneration(String prefix) {
    for (char c : new char[] {'*', '?', '[', ']', '#'}) {
      if (prefix.indexOf(c) >= 0) {
        return "the prefix holds \""
            + c
            + "\", which gcloud storage reads as a wildcard (* ? [ ]) or a generation (#), so the"
            + " objects could not be named on its command line";
      }
    }
    return null;
  }

  /** Longer than GCS allows once the probe's own folder and object names are added. */
  static String tooLong(String prefix) {
    int bytes = prefix.getBytes(StandardCharsets.UTF_8).length;
    int most = MAX_OBJECT_NAME_BYTES - PROBE_SUFFIX_BYTES;
    if (bytes > most) {
      return "the prefix is "
          + bytes
          + " bytes of UTF-8; GCS object names are at most "
          + MAX_OBJECT_NAME_BYTES
          + " bytes and the probe's own folder and names take up to "
          + PROBE_SUFFIX_BYTES
          + ", so the prefix may have at most "
          + most;
    }
    return null;
  }
}
