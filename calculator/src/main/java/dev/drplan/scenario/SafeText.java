package dev.drplan.scenario;

import java.util.Locale;

/**
 * Which characters of a scenario's text a report or a terminal cannot show safely, in one place:
 * the loader refuses them in names and descriptions, and every text output escapes any that reach
 * it from elsewhere (an argument, a probe file).
 *
 * <p>Unsafe are the C0 control characters other than tab and line feed (ESC starts the terminal's
 * escape sequences; a carriage return lets later text overwrite a line), DEL, the C1 control
 * characters (U+0080 to U+009F, which some terminals also obey), the bidirectional controls that
 * let text display in another order than it reads (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066
 * to U+2069) and the Unicode line and paragraph separators (U+2028, U+2029). An escaped character
 * is written {@code \\u001B}: visible, and in a JSON string the same character again.
 */
public final class SafeText {
  private SafeText() {}

  /** Whether {@code cp} cannot be shown safely (line feed and tab can). */
  public static boolean unsafe(int cp) {
    if (cp == '\n' || cp == '\t') {
      return false;
    }
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x2028
        || cp == 0x2029;
  }

  /**
   * Whether {@code cp} is invisible or shows as nothing agreed: a Unicode format character (general
   * category Cf: U+200B zero width space, U+00AD soft hyphen, U+FEFF, U+FFF9…) or a private-use
   * character (Co). Harmless in running text, but in a name it makes {@code a\u200Bb} look like
   * {@code ab}, a different name.
   */
  public static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT || type == Character.PRIVATE_USE;
  }

  /**
   * The index of the first character of {@code text} that a report cannot show, or -1: an unsafe
   * character, or, unless {@code lineBreaks}, a line feed, a tab (names stay on one line) or an
   * {@link #invisible} character (a name reads as what it is).
   */
  public static int firstUnsafe(String text, boolean lineBreaks) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (unsafe(cp) || (!lineBreaks && (cp == '\n' || cp == '\t' || invisible(cp)))) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** The character in words: {@code U+001B (ESC, a control character)}. */
  public static String describe(int cp) {
    String code = String.format(Locale.ROOT, "U+%04X", cp);
    if (cp == 0x1B) {
      return code + " (ESC, a control character)";
    }
    if (cp == '\n') {
      return code + " (a line break)";
    }
    if (cp == '\t') {
      return code + " (a tab)";
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return code + " (a control character)";
    }
    if (cp == 0x2028 || cp == 0x2029) {
      return code + " (a Unicode line separator)";
    }
    if (unsafe(cp)) {
      return code + " (a bidirectional control, which reorders the text around it)";
    }
    if (Character.getType(cp) == Character.PRIVATE_USE) {
      return code + " (a private-use character, which fonts show as anything or nothing)";
    }
    return code + " (an invisible format character, which makes the name look like another)";
  }

  /** {@code text} with every unsafe character written as {@code \\uXXXX}; line ends kept. */
  public static String escaped(String text) {
    if (firstUnsafe(text, true) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (unsafe(cp) && !(cp == '\r' && i < text.length() && text.charAt(i) == '\n')) {
        out.append(escape(cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** {@code \\u001B}. */
  public static String escape(int cp) {
    return String.format(Locale.ROOT, "\\u%04X", cp);
  }
}
