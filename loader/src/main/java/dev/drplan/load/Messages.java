package dev.drplan.load;

import java.util.List;

/**
 * Small text helpers that keep every error message one readable paragraph: the scenario loader's
 * and the change-profile readers' ({@link dev.drplan.load.profile}).
 */
public final class Messages {
  private Messages() {}

  /** Longest piece of user text quoted back in a message. */
  public static final int MAX_QUOTED = 80;

  /** Most valid names listed after "expected one of". */
  static final int MAX_LISTED = 40;

  /** {@code text} in double quotes, control characters escaped, cut at {@link #MAX_QUOTED}. */
  public static String quote(String text) {
    if (text == null) {
      return "nothing";
    }
    return "\"" + clean(text, MAX_QUOTED) + "\"";
  }

  /** {@code text} on one line: control characters escaped, cut at {@code max} characters. */
  public static String clean(String text, int max) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (count++ >= max) {
        out.append("...");
        break;
      }
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(cp)
          || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.UNASSIGNED
          || Character.getType(cp) == Character.SURROGATE
          || cp == 0x2028
          || cp == 0x2029) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** The names as {@code a, b, c}, cut after {@link #MAX_LISTED} with the count left out. */
  static String list(List<String> names) {
    if (names.isEmpty()) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    int shown = Math.min(names.size(), MAX_LISTED);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(names.get(i));
    }
    if (names.size() > shown) {
      out.append(" and ").append(names.size() - shown).append(" more");
    }
    return out.toString();
  }
}
