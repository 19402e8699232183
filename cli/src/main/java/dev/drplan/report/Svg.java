package dev.drplan.report;

/**
 * A small writer of inline SVG: shapes with their coordinates through {@link Display#coordinate}
 * (which refuses NaN and infinities, so none can reach an attribute) and every text escaped. The
 * drawing has no script and no external reference.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  /** Opens a drawing {@code width} x {@code height} with {@code title} as its accessible name. */
  Svg(double width, double height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(Display.coordinate(width))
        .append(' ')
        .append(Display.coordinate(height))
        .append("\" width=\"")
        .append(Display.coordinate(width))
        .append("\" height=\"")
        .append(Display.coordinate(height))
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title))
        .append("\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n");
  }

  /**
   * A path: {@code d} from {@link PathData}, stroked at {@code opacity}; {@code dash} may be null
   * for solid.
   */
  Svg path(
      PathData d, String stroke, double strokeWidth, String dash, double opacity, String cssClass) {
    out.append("<path class=\"")
        .append(cssClass)
        .append("\" d=\"")
        .append(d)
        .append("\" fill=\"none\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(Display.coordinate(strokeWidth))
        .append("\" stroke-opacity=\"")
        .append(Display.coordinate(opacity))
        .append('"');
    if (dash != null) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    out.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
    return this;
  }

  /** A filled rectangle; {@code title} (may be null) shows on hover. */
  Svg rect(
      double x, double y, double width, double height, String fill, String cssClass, String title) {
    out.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(Display.coordinate(x))
        .append("\" y=\"")
        .append(Display.coordinate(y))
        .append("\" width=\"")
        .append(Display.coordinate(Math.max(0, width)))
        .append("\" height=\"")
        .append(Display.coordinate(Math.max(0, height)))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (title == null) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Html.escape(title)).append("</title></rect>\n");
    }
    return this;
  }

  /** A straight line. */
  Svg line(
      double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
    out.append("<line x1=\"")
        .append(Display.coordinate(x1))
        .append("\" y1=\"")
        .append(Display.coordinate(y1))
        .append("\" x2=\"")
        .append(Display.coordinate(x2))
        .append("\" y2=\"")
        .append(Display.coordinate(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(Display.coordinate(strokeWidth))
        .append('"');
    if (dash != null) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    out.append("/>\n");
    return this;
  }

  /** A dot, with a hover title (may be null). */
  Svg circle(double cx, double cy, double r, String fill, String title) {
    out.append("<circle cx=\"")
        .append(Display.coordinate(cx))
        .append("\" cy=\"")
        .append(Display.coordinate(cy))
        .append("\" r=\"")
        .append(Display.coordinate(r))
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
    if (title == null) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(Html.escape(title)).append("</title></circle>\n");
    }
    return this;
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text x=\"")
        .append(Display.coordinate(x))
        .append("\" y=\"")
        .append(Display.coordinate(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" class=\"")
        .append(cssClass)
        .append("\">")
        .append(Html.escape(text))
        .append("</text>\n");
    return this;
  }

  /** Text turned a quarter left about (x, y), for a vertical axis title. */
  Svg verticalText(double x, double y, String text, String cssClass) {
    out.append("<text x=\"")
        .append(Display.coordinate(x))
        .append("\" y=\"")
        .append(Display.coordinate(y))
        .append("\" text-anchor=\"middle\" class=\"")
        .append(cssClass)
        .append("\" transform=\"rotate(-90 ")
        .append(Display.coordinate(x))
        .append(' ')
        .append(Display.coordinate(y))
        .append(")\">")
        .append(Html.escape(text))
        .append("</text>\n");
    return this;
  }

  /** The finished drawing. */
  String end() {
    return out + "</svg>\n";
  }

  /** The {@code d} attribute of a path: moves and lines, in drawing coordinates. */
  static final class PathData {
    private final StringBuilder d = new StringBuilder();
    private int points;

    PathData moveTo(double x, double y) {
      d.append(d.length() == 0 ? "" : " ")
          .append('M')
          .append(Display.coordinate(x))
          .append(' ')
          .append(Display.coordinate(y));
      points++;
      return this;
    }

    PathData lineTo(double x, double y) {
      d.append(" L").append(Display.coordinate(x)).append(' ').append(Display.coordinate(y));
      points++;
      return this;
    }

    boolean isEmpty() {
      return points == 0;
    }

    @Override
    public String toString() {
      return d.toString();
    }
  }
}
