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
        .append('"');
    attribute("width", width).attribute("height", height).attribute("role", "img");
    attribute("aria-label", Html.escape(title));
    out.append("><title>").append(Html.escape(title)).append("</title>\n");
  }

  /**
   * A path: {@code d} from {@link PathData}, stroked at {@code opacity}; {@code dash} may be null
   * for solid.
   */
  Svg path(
      PathData d, String stroke, double strokeWidth, String dash, double opacity, String cssClass) {
    out.append("<path");
    attribute("class", cssClass).attribute("d", d.toString()).attribute("fill", "none");
    attribute("stroke", stroke).attribute("stroke-width", strokeWidth);
    attribute("stroke-opacity", opacity).dash(dash);
    attribute("stroke-linejoin", "round").attribute("stroke-linecap", "round");
    out.append("/>\n");
    return this;
  }

  /** A filled rectangle; {@code title} (may be null) shows on hover. */
  Svg rect(
      double x, double y, double width, double height, String fill, String cssClass, String title) {
    out.append("<rect");
    attribute("class", cssClass).attribute("x", x).attribute("y", y);
    attribute("width", Math.max(0, width)).attribute("height", Math.max(0, height));
    attribute("fill", fill);
    return close("rect", title);
  }

  /** A straight line. */
  Svg line(
      double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
    out.append("<line");
    attribute("x1", x1).attribute("y1", y1).attribute("x2", x2).attribute("y2", y2);
    attribute("stroke", stroke).attribute("stroke-width", strokeWidth).dash(dash);
    out.append("/>\n");
    return this;
  }

  /** A dot, with a hover title (may be null). */
  Svg circle(double cx, double cy, double r, String fill, String title) {
    out.append("<circle");
    attribute("cx", cx).attribute("cy", cy).attribute("r", r).attribute("fill", fill);
    attribute("stroke", "#ffffff").attribute("stroke-width", "1");
    return close("circle", title);
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text");
    attribute("x", x)
        .attribute("y", y)
        .attribute("text-anchor", anchor)
        .attribute("class", cssClass);
    out.append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  /** Text turned a quarter left about (x, y), for a vertical axis title. */
  Svg verticalText(double x, double y, String text, String cssClass) {
    out.append("<text");
    attribute("x", x).attribute("y", y).attribute("text-anchor", "middle");
    attribute("class", cssClass);
    attribute(
        "transform", "rotate(-90 " + Display.coordinate(x) + " " + Display.coordinate(y) + ")");
    out.append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  /** {@code name="value"} for a coordinate or length, through {@link Display#coordinate}. */
  private Svg attribute(String name, double value) {
    return attribute(name, Display.coordinate(value));
  }

  /**
   * {@code name="value"}; the value is the program's own (a colour, a class) or already escaped.
   */
  private Svg attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** A dash pattern, or nothing for a solid stroke. */
  private Svg dash(String pattern) {
    return pattern == null ? this : attribute("stroke-dasharray", pattern);
  }

  /** Ends an element, with a hover {@code title} inside it when there is one. */
  private Svg close(String tag, String title) {
    if (title == null) {
      out.append("/>\n");
    } else {
      out.append("><title>")
          .append(Html.escape(title))
          .append("</title></")
          .append(tag)
          .append(">\n");
    }
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
