package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every output figure has the words a proposal shows for it: a label in plain English, not its JSON
 * key. A figure added without one fails here, naming it.
 */
class FigureLabelTest {

  private static List<Figure> everyFigure() {
    List<Figure> figures = new ArrayList<>(List.of(ScenarioFigure.values()));
    figures.addAll(List.of(ConfigurationFigure.values()));
    figures.addAll(List.of(PairFigure.values()));
    figures.addAll(List.of(ChangeProfileFigure.values()));
    figures.addAll(List.of(BacklogFigure.values()));
    figures.addAll(List.of(ExpansionFigure.values()));
    figures.addAll(List.of(CostLineFigure.values()));
    return figures;
  }

  @Test
  void everyFigureHasAPlainLabel() {
    List<String> labels = new ArrayList<>();
    for (Figure figure : everyFigure()) {
      assertThat(figure.label())
          .as("the label of %s (add it to the label() switch of its enum)", figure.id())
          .isNotBlank()
          .doesNotContain("_")
          .isNotEqualTo(figure.id())
          .isEqualTo(figure.label().strip());
      // A phrase a sentence or a column header can carry: no full stop, no unit (the writer adds
      // it).
      assertThat(figure.label()).as(figure.id()).doesNotEndWith(".").doesNotContain("USD");
      labels.add(figure.label());
    }
    assertThat(labels).as("labels tell the figures apart").doesNotHaveDuplicates();
  }

  @Test
  void theFirstCopyIsCalledWhatACustomerCallsIt() {
    assertThat(PairFigure.SEED_SECONDS.label()).isEqualTo("first full copy");
    assertThat(PairFigure.HORIZON_COST_USD.label()).isEqualTo("horizon cost");
    assertThat(ConfigurationFigure.TIME_TO_FULL_SECONDS.label()).isEqualTo("time to full");
  }
}
