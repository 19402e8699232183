package dev.drplan.report;

/**
 * The one markup a sentence shared by several formats carries: a {@code `code`} span, Markdown's
 * backticks around a key path or a catalog name (the assumptions, a reason in the markdown's
 * words). Each format renders such a sentence here: Markdown keeps the spans and escapes the rest,
 * HTML sets the spans as {@code <code>}, and plain text (a spreadsheet cell) drops the backticks,
 * since a cell cannot show markup. A backtick without a closing one is text.
 */
final class Prose {
  private Prose() {}

  /** How one kind of output writes a run of text and a code span. */
  private interface Format {
    void text(StringBuilder out, String text);

    void code(StringBuilder out, String code);
  }

  /**
   * {@code text} for Markdown: Markdown's escape, emphasis and underscore characters escaped
   * outside the code spans (a scenario name or a reason may hold them); a span kept as it is, since
   * a backslash inside one would show.
   */
  static String markdown(String text) {
    return render(
        text,
        new Format() {
          @Override
          public void text(StringBuilder out, String text) {
            out.append(text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_"));
          }

          @Override
          public void code(StringBuilder out, String code) {
            out.append('`').append(code).append('`');
          }
        });
  }

  /** {@code text} for HTML: escaped ({@link Html#escape}), each span a {@code <code>} element. */
  static String html(String text) {
    return render(
        text,
        new Format() {
          @Override
          public void text(StringBuilder out, String text) {
            out.append(Html.escape(text));
          }

          @Override
          public void code(StringBuilder out, String code) {
            out.append("<code>").append(Html.escape(code)).append("</code>");
          }
        });
  }

  /** {@code text} as plain text: each span without its backticks. */
  static String plain(String text) {
    if (text.indexOf('`') < 0) {
      return text;
    }
    return render(
        text,
        new Format() {
          @Override
          public void text(StringBuilder out, String text) {
            out.append(text);
          }

          @Override
          public void code(StringBuilder out, String code) {
            out.append(code);
          }
        });
  }

  private static String render(String text, Format format) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    while (from < text.length()) {
      int open = text.indexOf('`', from);
      int close = open < 0 ? -1 : text.indexOf('`', open + 1);
      if (close < 0) {
        format.text(out, text.substring(from));
        break;
      }
      format.text(out, text.substring(from, open));
      format.code(out, text.substring(open + 1, close));
      from = close + 1;
    }
    return out.toString();
  }
}
