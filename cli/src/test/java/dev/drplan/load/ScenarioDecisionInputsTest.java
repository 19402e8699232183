package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.decision.RankCorrelation;
import dev.drplan.scenario.Lever;
import dev.drplan.units.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keys of deciding under uncertainty: named uncertain quantities, rank correlations, the
 * question of a distribution, levers and the confidence (docs/scenario-format.md).
 */
class ScenarioDecisionInputsTest {

  private static final double MB = 1e6;

  private static UncertainScenario load(String text) {
    return TestCatalogs.loader().loadUncertain("full.yaml", text);
  }

  private static ScenarioException error(String text) {
    return catchThrowableOfType(() -> load(text), ScenarioException.class);
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** full.yaml with both data copies' per_stream one named quantity. */
  private static String shared() {
    String text = ScenarioLoaderTest.resource("full.yaml");
    text =
        replace(
            text,
            "overrides:",
            "uncertain:\n"
                + "  stream_rate: {dist: pert, min: 40 MB/s, mode: 80 MB/s, max: 120 MB/s,\n"
                + "                question: \"What does one stream reach?\"}\n"
                + "overrides:");
    text = replace(text, "per_stream: 100 MB/s", "per_stream: {uncertain: stream_rate}");
    text = replace(text, "per_stream: 50 MB/s", "per_stream: {uncertain: stream_rate}");
    return text;
  }

  @Test
  void aNamedQuantityIsOneInputThatSetsEveryKeyUsingIt() {
    UncertainScenario uncertain = load(shared());
    assertThat(uncertain.inputs())
        .containsExactly(
            new UncertainInput(
                "stream_rate",
                new Distribution.Pert(40 * MB, 80 * MB, 120 * MB),
                List.of(
                    "options.gcs-archive.copy_engine.per_stream",
                    "options.gcs-archive-per-file.copy_engine.per_stream"),
                "What does one stream reach?"));
    assertThat(ScenarioKeys.get(uncertain.base(), "options.gcs-archive.copy_engine.per_stream"))
        .isEqualTo(80 * MB);
    assertThat(
            ScenarioKeys.get(
                uncertain.base(), "options.gcs-archive-per-file.copy_engine.per_stream"))
        .isEqualTo(80 * MB);
    assertThat(uncertain.question(0)).isEqualTo("What does one stream reach?");
  }

  @Test
  void aDistributionMayAskItsQuestionAndOtherwiseItsKeyDoes() {
    String text =
        replace(
            ScenarioLoaderTest.resource("full.yaml"),
            "daily_change: 0.5%",
            "daily_change: {dist: triangular, min: 0.25%, mode: 0.5%, max: 2%}");
    text =
        replace(
            text,
            "efficiency: 80%",
            "efficiency: {dist: uniform, min: 60%, max: 100%, question: \"How clean is the link?\"}");
    UncertainScenario uncertain = load(text);
    assertThat(uncertain.question(0))
        .isEqualTo("How much data is written or rewritten on a typical day?");
    assertThat(uncertain.question(1)).isEqualTo("How clean is the link?");
  }

  @Test
  void correlationsAreReadBetweenKeyPathsAndNames() {
    String text =
        replace(shared(), "efficiency: 80%", "efficiency: {dist: uniform, min: 60%, max: 100%}");
    text += "\ncorrelations:\n" + "  - {between: [network.efficiency, stream_rate], rank: -0.4}\n";
    UncertainScenario uncertain = load(text);
    assertThat(uncertain.correlations())
        .containsExactly(new RankCorrelation.Pair("network.efficiency", "stream_rate", -0.4));
  }

  @Test
  void leversAreReadInTheirKeysUnits() {
    String text =
        ScenarioLoaderTest.resource("full.yaml")
            + "\nlevers:\n"
            + "  network.circuits: {step: 2, max: 12, monthly_cost: 250}\n"
            + "  options.gcs-archive.copy_engine.per_stream: {max: 200 MB/s, one_time_cost: 9000}\n"
            + "  objectives.recovery_scope: fixed\n";
    UncertainScenario uncertain = load(text);
    assertThat(uncertain.base().levers())
        .containsExactly(
            new Lever("network.circuits", false, 2.0, null, 12.0, Money.ofUsd(250), null),
            new Lever(
                "options.gcs-archive.copy_engine.per_stream",
                false,
                null,
                null,
                200 * MB,
                null,
                Money.ofUsd(9000)),
            Lever.fixed("objectives.recovery_scope"));
  }

  @Test
  void emptySectionsAreNone() {
    UncertainScenario uncertain =
        load(ScenarioLoaderTest.resource("full.yaml") + "\nlevers:\ncorrelations:\nuncertain:\n");
    assertThat(uncertain.base().levers()).isEmpty();
    assertThat(uncertain.correlations()).isEmpty();
  }

  @Test
  void theConfidenceIs90PercentUnlessTheObjectivesSay() {
    assertThat(
            load(ScenarioLoaderTest.resource("full.yaml")).base().objectives().confidence().value())
        .isEqualTo(0.9);
    String text =
        replace(
            ScenarioLoaderTest.resource("full.yaml"),
            "max_seed: 180 d",
            "max_seed: 180 d\n  confidence: 80%");
    assertThat(load(text).base().objectives().confidence().value()).isEqualTo(0.8);
  }

  @Test
  void aNameNoKeyUsesIsRefused() {
    String text =
        replace(
            shared(),
            "uncertain:\n",
            "uncertain:\n  unused: {dist: uniform, min: 1 d, max: 2 d}\n");
    ScenarioException error = error(text);
    assertThat(error.detail())
        .isEqualTo(
            "the uncertain quantity \"unused\" is used by no key; use it with \"{uncertain:"
                + " unused}\" or remove it");
  }

  @Test
  void anUnknownNameGetsAHint() {
    String text = shared().replaceFirst("\\{uncertain: stream_rate\\}", "{uncertain: stream_rat}");
    ScenarioException error = error(text);
    assertThat(error.keyPath()).startsWith("options[1].copy_engine.per_stream");
    assertThat(error.detail()).isEqualTo("no uncertain quantity \"stream_rat\" in \"uncertain:\"");
    assertThat(error.allowed()).isEqualTo("it names: stream_rate");
    assertThat(error.suggestion()).isEqualTo("stream_rate");
  }

  @Test
  void aNameUsedByKeysOfTwoKindsIsRefused() {
    // gcs-archive-per-file's retention comes after gcs-archive's per_stream, the first use.
    String text = replace(shared(), "retention: 90 d", "retention: {uncertain: stream_rate}");
    ScenarioException error = error(text);
    assertThat(error.detail())
        .isEqualTo(
            "the uncertain quantity \"stream_rate\" is a rate (its first use is"
                + " options.gcs-archive.copy_engine.per_stream), but this key takes a duration");
    // Used first where a duration is meant, its fields are read as durations, and it says so.
    String first = replace(shared(), "retention: 30 d", "retention: {uncertain: stream_rate}");
    assertThat(error(first).detail())
        .startsWith("expected a duration")
        .endsWith(
            "(the uncertain quantity \"stream_rate\" is read as a value of its first use,"
                + " options[1].retention)");
  }

  @Test
  void aNameWithADotIsRefused() {
    ScenarioException error = error(shared().replace("stream_rate", "stream.rate"));
    assertThat(error.detail()).contains("no dots");
  }

  @Test
  void aCorrelationMustNameInputsAndBePossible() {
    String base =
        replace(shared(), "efficiency: 80%", "efficiency: {dist: uniform, min: 60%, max: 100%}");
    ScenarioException unknown =
        error(
            base + "\ncorrelations:\n  - {between: [network.efficency, stream_rate], rank: 0.3}\n");
    assertThat(unknown.detail()).startsWith("no uncertain input \"network.efficency\"");
    assertThat(unknown.suggestion()).isEqualTo("network.efficiency");

    ScenarioException range =
        error(
            base + "\ncorrelations:\n  - {between: [network.efficiency, stream_rate], rank: 1}\n");
    assertThat(range.detail())
        .isEqualTo("expected a rank correlation strictly between -1 and 1, found \"1\"");

    String three =
        replace(
            base,
            "daily_change: 0.5%",
            "daily_change: {dist: triangular, min: 0.25%, mode: 0.5%, max: 2%}");
    ScenarioException impossible =
        error(
            three
                + "\ncorrelations:\n"
                + "  - {between: [network.efficiency, stream_rate], rank: 0.9}\n"
                + "  - {between: [dataset.daily_change, stream_rate], rank: 0.9}\n"
                + "  - {between: [dataset.daily_change, network.efficiency], rank: -0.9}\n");
    assertThat(impossible.detail()).contains("not positive definite");
  }

  @Test
  void aLeverMustNameANumericKeyAndHoldItsValue() {
    String full = ScenarioLoaderTest.resource("full.yaml");
    ScenarioException unknown = error(full + "\nlevers:\n  network.circuit: {max: 8}\n");
    assertThat(unknown.detail()).startsWith("unknown key path for a lever");
    assertThat(unknown.suggestion()).isEqualTo("network.circuits");

    ScenarioException word = error(full + "\nlevers:\n  network.circuits: frozen\n");
    assertThat(word.detail()).startsWith("expected \"fixed\"");

    ScenarioException below = error(full + "\nlevers:\n  network.circuits: {max: 2}\n");
    assertThat(below.detail()).startsWith("a lever's max must not be below the key's value");

    ScenarioException field = error(full + "\nlevers:\n  network.circuits: {most: 8}\n");
    assertThat(field.detail()).startsWith("unknown key \"most\"");

    ScenarioException step = error(full + "\nlevers:\n  network.circuits: {step: 0.5}\n");
    assertThat(step.detail()).startsWith("expected a whole number");

    ScenarioException stuck = error(full + "\nlevers:\n  dataset.reduction_ratio: {step: 0.1}\n");
    assertThat(stuck.detail()).startsWith("this lever cannot move");
  }
}
