package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.catalog.ValueKind;
import org.junit.jupiter.api.Test;

class ConstraintParserTest {

  private static double bound(String text) {
    Constraint parsed = ConstraintParser.parse(text, ValueKind::canonical);
    return ((Constraint.MetricBound) parsed).value();
  }

  @Test
  void boundWithUnitLettersIsReadByTheUnitReaderNeverAsAJavaLiteral() {
    // Double.parseDouble("180d") is 180.0 (a Java double literal); a user means 180 days.
    assertThat(bound("seed<=180d")).isEqualTo(180 * 86_400.0);
    assertThat(bound("seed <= 180 d")).isEqualTo(180 * 86_400.0);
    assertThat(bound("rpo<=4h")).isEqualTo(4 * 3_600.0);
    assertThat(bound("horizon_cost<=2e8")).isEqualTo(2e8);
    assertThat(bound("replication>=1.5e10")).isEqualTo(1.5e10);
  }

  @Test
  void withoutAUnitReaderOnlyPlainNumbersAreBounds() {
    assertThat(((Constraint.MetricBound) ConstraintParser.parse("seed<=.5")).value())
        .isEqualTo(0.5);
    assertThatThrownBy(() -> ConstraintParser.parse("seed<=180d"))
        .isInstanceOf(ConstraintSyntaxException.class);
    assertThatThrownBy(() -> ConstraintParser.parse("seed<=NaN"))
        .isInstanceOf(ConstraintSyntaxException.class);
    assertThatThrownBy(() -> ConstraintParser.parse("seed<=0x1p3"))
        .isInstanceOf(ConstraintSyntaxException.class);
  }
}
