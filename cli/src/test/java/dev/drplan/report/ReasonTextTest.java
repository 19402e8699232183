package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Evaluation;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.units.DataRate;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

  private static Reason reason(ReasonCode code, Object... namesAndValues) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Reason(code, figures);
  }

  @Test
  void aReasonAPlaceholderDecidesNamesItAndTheValueItWouldNeed() {
    Reason restsOn =
        reason(
            ReasonCode.VERDICT_RESTS_ON,
            "key",
            "options.ta.appliance.in_flight",
            "value",
            1L,
            "origin",
            "a catalog placeholder (appliances.ta300.in_flight)",
            "flip",
            23L,
            "change",
            "no longer hold",
            "figure_name",
            "first copy",
            "figure_value",
            TimeSpan.ofDays(178.3),
            "pair_then",
            "the pair would stay infeasible for another reason",
            "feasible_then",
            false);
    Reason seed =
        reason(
            ReasonCode.SEED_TOO_LONG,
            "seed",
            TimeSpan.ofDays(400),
            "max_seed",
            TimeSpan.ofDays(180),
            "rests_on",
            List.of(restsOn));
    assertThat(ReasonText.of(seed))
        .isEqualTo(
            "the first copy takes 1.10 y, longer than max_seed 180.0 d; this rests on"
                + " options.ta.appliance.in_flight = 1, a catalog placeholder"
                + " (appliances.ta300.in_flight) (at 23 it would no longer hold: first copy"
                + " 178.3 d); the pair would then stay infeasible for another reason");
    // Said in the reason, the note is not said again beside it (finding 11 of the review).
    assertThat(ReasonText.saidInAReason(restsOn, List.of(seed))).isTrue();
    assertThat(ReasonText.saidInAReason(restsOn, List.of())).isFalse();
  }

  /**
   * A flip of a size the scenario wrote in MiB is said in binary units, as its base value: 128 MiB
   * flips at 300 MiB, not "314.6 MB instead of 134.2 MB".
   */
  @Test
  void aFlipOfASizeWrittenInBinaryUnitsIsSaidInThem() {
    double mib = 1024 * 1024;
    RecommendationFlip flip =
        new RecommendationFlip(
            "dataset.average_file_size",
            "dataset.average_file_size",
            RecommendationFlip.Source.DISTRIBUTION,
            null,
            ValueKind.SIZE,
            128 * mib,
            10 * mib,
            1024 * mib,
            300 * mib,
            "b on minimum");
    Reason reason =
        reason(ReasonCode.RECOMMENDATION_RESTS_ON, "flips", List.of(flip), "at_base_values", false);
    assertThat(ReasonText.flips(reason, f -> f.input(), false))
        .endsWith(
            "dataset.average_file_size is 300.0 MiB instead of 128.0 MiB (then b on minimum)");
  }

  @Test
  void slotsAreFilledInDisplayUnits() {
    // d(0) = 10 PB x 0.5% / 86,400 s = 578.7 MB/s; 1 MB/s falls short by 577.7 MB/s
    double changeRate = 10e15 * 0.005 / 86_400;
    Reason neverConverges =
        reason(
            ReasonCode.SEED_NEVER_CONVERGES,
            "replication_rate",
            DataRate.ofMegabytesPerSecond(1),
            "bottleneck",
            "copy-engine",
            "change_rate",
            DataRate.ofBytesPerSecond(changeRate),
            "shortfall",
            DataRate.ofBytesPerSecond(changeRate - 1e6));
    assertThat(ReasonText.of(neverConverges))
        .isEqualTo(
            "the first copy never converges: the replication rate 1.00 MB/s (0.00800 Gbps)"
                + " (copy-engine) does not exceed the change rate 578.7 MB/s (4.63 Gbps); it falls"
                + " short by 577.7 MB/s (4.62 Gbps)");
  }

  @Test
  void countsAreGroupedAndMissingFiguresShow() {
    Reason nodes =
        reason(ReasonCode.TOO_MANY_NODES, "nodes", 1_186L, "max_nodes", 1_000L, "clusters", 2L);
    assertThat(ReasonText.of(nodes))
        .isEqualTo(
            "1,186 VMs are needed by the end of the horizon,"
                + " more than max_nodes 1,000 of one cluster; it would take 2 clusters");
    Reason incomplete = reason(ReasonCode.RTO_MISSED, "rto", TimeSpan.ofDays(40));
    assertThat(ReasonText.of(incomplete))
        .isEqualTo("the RTO is 40.0 d, above the objective {rto_objective}");
  }

  @Test
  void aFigureThatCannotExistReadsNever() {
    Reason rto = reason(ReasonCode.RTO_MISSED, "rto", null, "rto_objective", TimeSpan.ofDays(30));
    assertThat(ReasonText.of(rto)).isEqualTo("the RTO is never, above the objective 30.0 d");
  }

  @Test
  void theWhyListIsOneSentence() {
    List<Reason> why =
        List.of(
            reason(
                ReasonCode.RECOMMENDED_ONLY_OPTION,
                "horizon_cost",
                Money.ofUsd(5.99e6),
                "horizon",
                TimeSpan.ofYears(5),
                "feasible_pairs",
                2),
            reason(ReasonCode.CONFIGURATION_HOLDS, "configuration", "phase-one"));
    assertThat(ReasonText.sentence(why))
        .isEqualTo(
            "The only feasible option, at $5.99 M over 5.00 y (2 feasible pairs); phase-one holds"
                + " the data through the horizon without expansion.");
    assertThat(ReasonText.sentence(List.of())).isEmpty();
  }

  @Test
  void theEngineFillsEverySlotOfEveryReason() {
    List<Reason> all = new ArrayList<>();
    for (Evaluation evaluation :
        List.of(
            Comparison.of(TestScenarios.walmartLike()).evaluation(),
            Comparison.of(TestScenarios.nothingFeasible()).evaluation())) {
      for (OptionResult result : evaluation.results()) {
        all.addAll(result.reasons());
        all.addAll(result.notes());
      }
      all.addAll(evaluation.recommendation().why());
    }
    assertThat(all)
        .extracting(Reason::code)
        .contains(
            ReasonCode.SEED_NEVER_CONVERGES,
            ReasonCode.RPO_BACKLOG_GROWS,
            ReasonCode.TOO_MANY_NODES,
            ReasonCode.APPLIANCE_LOADS,
            ReasonCode.NOTHING_FEASIBLE);
    for (Reason reason : all) {
      assertThat(ReasonText.of(reason)).doesNotContain("{", "}", "NaN", "Infinity");
    }
  }
}
