package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure definitions are consistent: one id each, and values of the kind they declare. */
class FigureRegistryTest {

  private static Evaluation evaluation() {
    return Evaluator.evaluate(Fixtures.everyCostLine());
  }

  @Test
  void everyFigureHasItsOwnIdNamedLikeItsConstant() {
    List<String> ids = new ArrayList<>();
    List<Figure> figures = new ArrayList<>(List.of(ScenarioFigure.values()));
    figures.addAll(List.of(ConfigurationFigure.values()));
    figures.addAll(List.of(PairFigure.values()));
    figures.addAll(List.of(ChangeProfileFigure.values()));
    figures.addAll(List.of(BacklogFigure.values()));
    figures.addAll(List.of(ExpansionFigure.values()));
    figures.addAll(List.of(CostLineFigure.values()));
    for (Figure figure : figures) {
      ids.add(figure.id());
      assertThat(figure.id())
          .isEqualTo(((Enum<?>) figure).name().toLowerCase(java.util.Locale.ROOT));
      assertThat(figure.section()).matches("§[1-8]");
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyValueIsOfTheDeclaredKindOrNull() {
    Evaluation evaluation = evaluation();
    for (ScenarioFigure figure : ScenarioFigure.values()) {
      assertThat(figure.value(evaluation)).isInstanceOf(figure.kind().valueType());
    }
    for (ConfigurationResult configuration : evaluation.configurations()) {
      for (ConfigurationFigure figure : ConfigurationFigure.values()) {
        assertThat(figure.value(configuration))
            .as(figure.id())
            .isInstanceOf(figure.kind().valueType());
      }
    }
    for (ConfigurationResult configuration : evaluation.configurations()) {
      for (ExpansionStep step : configuration.expansion()) {
        for (ExpansionFigure figure : ExpansionFigure.values()) {
          Object value = figure.value(step);
          if (value != null) {
            assertThat(value).as(figure.id()).isInstanceOf(figure.kind().valueType());
          }
        }
      }
    }
    for (OptionResult result : evaluation.results()) {
      for (CostLine line : result.costLines().lines()) {
        for (CostLineFigure figure : CostLineFigure.values()) {
          Object value = figure.value(result.costLines(), line);
          if (value != null) {
            assertThat(value).as(figure.id()).isInstanceOf(figure.kind().valueType());
          }
        }
      }
      for (PairFigure figure : PairFigure.reportedFigures()) {
        Object value = figure.value(result);
        if (value != null) {
          assertThat(value).as(figure.id()).isInstanceOf(figure.kind().valueType());
        }
      }
    }
  }

  @Test
  void theCanonicalValueIsTheTypedValueInItsBaseUnitAndNanWhereItCannotExist() {
    OptionResult namespace = evaluation().results().get(0);
    assertThat(PairFigure.RTO_SECONDS.canonical(namespace)).isEqualTo(30 * 60);
    assertThat(PairFigure.NODES_END.canonical(namespace)).isEqualTo((double) namespace.nodesEnd());
    assertThat(PairFigure.STORED_BYTES_END.canonical(namespace)).isNaN();
  }
}
