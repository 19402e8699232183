package dev.drplan.model;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * An output figure, defined once: its JSON key, its kind (which fixes its canonical unit), the
 * section of docs/model.md that defines it, the formulas {@code drplan explain} prints for it, and
 * how it is read from a result. Every report, {@code explain} and the analyses' metrics read the
 * figures of {@link ScenarioFigure}, {@link ConfigurationFigure} and {@link PairFigure} (and of a
 * year of an expansion plan, {@link ExpansionFigure}, and of a cost line, {@link CostLineFigure})
 * instead of spelling keys and units themselves.
 */
public interface Figure {

  /** What defines a figure besides its value: the parts every kind of figure shares. */
  record Definition(String id, ValueKind kind, String section, List<Formula> formulas) {
    public Definition {
      formulas = List.copyOf(formulas);
    }
  }

  /** The figure's definition. */
  Definition definition();

  /** The JSON key of the output contract, its unit in the name: {@code seed_seconds}. */
  default String id() {
    return definition().id();
  }

  /**
   * What a reader of a proposal calls the figure, in plain words and without its unit: {@code
   * "first full copy"} for {@code seed_seconds}. The customer's report labels figures by this,
   * never by the id; {@code null} only for a figure nobody has worded yet, which FigureLabelTest
   * refuses.
   */
  String label();

  /** The kind of quantity, which fixes the canonical unit the id names. */
  default ValueKind kind() {
    return definition().kind();
  }

  /** The section of docs/model.md that defines the figure: {@code §4}. */
  default String section() {
    return definition().section();
  }

  /**
   * The formulas {@code explain} prints, the first that applies to a pair winning; empty for a
   * figure explain does not derive.
   */
  default List<Formula> formulas() {
    return definition().formulas();
  }

  /**
   * A typed figure in its canonical unit (bytes, bytes/s, seconds, USD, a share, a count); NaN for
   * a figure that cannot exist ({@code null}). Reads the number the record holds: no allocation.
   */
  static double canonical(Object value) {
    if (value == null) {
      return Double.NaN;
    }
    if (!isQuantity(value)) {
      throw new IllegalArgumentException("not a quantity: " + value);
    }
    if (value instanceof DataSize) {
      return ((DataSize) value).bytes();
    }
    if (value instanceof DataRate) {
      return ((DataRate) value).bytesPerSecond();
    }
    if (value instanceof TimeSpan) {
      return ((TimeSpan) value).seconds();
    }
    if (value instanceof Money) {
      return ((Money) value).usd();
    }
    if (value instanceof Fraction) {
      return ((Fraction) value).value();
    }
    return ((Number) value).doubleValue();
  }

  /** Whether {@code value} is a typed quantity or a number: what {@link #canonical} reads. */
  static boolean isQuantity(Object value) {
    return value instanceof DataSize
        || value instanceof DataRate
        || value instanceof TimeSpan
        || value instanceof Money
        || value instanceof Fraction
        || value instanceof Number;
  }
}
