package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.Bottleneck;
import dev.drplan.model.FeasibilityRules;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer's words for what the engine and the scenario format name by identifiers. */
class WordingTest {

  private static Reason reason(ReasonCode code, Object... namesAndValues) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      figures.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Reason(code, figures);
  }

  @Test
  void aReasonNamesItsBottleneckAndObjectiveInWords() {
    // d(0) = 10 PB x 0.5% / 86,400 s = 578.7 MB/s; 1 MB/s falls short by 577.7 MB/s
    double changeRate = 10e15 * 0.005 / 86_400;
    Reason neverFinishes =
        reason(
            ReasonCode.SEED_NEVER_CONVERGES,
            "replication_rate",
            DataRate.ofMegabytesPerSecond(1),
            "bottleneck",
            Bottleneck.COPY_ENGINE.id(),
            "change_rate",
            DataRate.ofBytesPerSecond(changeRate),
            "shortfall",
            DataRate.ofBytesPerSecond(changeRate - 1e6));
    assertThat(Wording.reason(neverFinishes, null))
        .isEqualTo(
            "the first full copy never finishes: the replication rate 1.00 MB/s (0.00800 Gbps),"
                + " limited by the copy engine, does not exceed the rate at which data changes,"
                + " 578.7 MB/s (4.63 Gbps); it falls short by 577.7 MB/s (4.62 Gbps)");
    Reason tooLong =
        reason(
            ReasonCode.SEED_TOO_LONG,
            "seed",
            TimeSpan.ofDays(200),
            "max_seed",
            TimeSpan.ofDays(180));
    assertThat(Wording.sentence(List.of(tooLong), null))
        .isEqualTo("The first full copy takes 200.0 d, longer than the 180.0 d allowed for it.");
    // A code without its own customer template reads as the engine's.
    Reason rto =
        reason(
            ReasonCode.RTO_MISSED, "rto", TimeSpan.ofDays(8), "rto_objective", TimeSpan.ofDays(7));
    assertThat(Wording.reason(rto, null)).isEqualTo(ReasonText.of(rto));
  }

  /**
   * The notes costs added read without keys: a verdict resting on a catalog placeholder names the
   * input and the catalog entry by their meaning, and a line without a price says what was not
   * given.
   */
  @Test
  void aVerdictOnAPlaceholderAndAnUnpricedLineAreSaidInWords() {
    Scenario walmart = ProposalFixtures.walmart();
    Comparison comparison = Comparison.of(walmart);
    List<String> notes = new java.util.ArrayList<>();
    for (OptionResult result : comparison.evaluation().results()) {
      if (result.configuration().equals("phase-one")) {
        for (Reason note : result.notes()) {
          if ((result.option().equals("gcs-archive-appliance-seed")
                  && note.code() == ReasonCode.VERDICT_RESTS_ON
                  && note.figures().get("key").toString().endsWith(".in_flight"))
              || (result.option().equals("vast-on-z3") && note.code() == ReasonCode.NOT_PRICED)) {
            notes.add(Wording.reason(note, walmart));
          }
        }
      }
    }
    assertThat(notes)
        .containsExactly(
            "not priced, so not in the costs: licence (no licence price per TB-month was given)",
            "that the first full copy takes too long rests on appliances used at once"
                + " (gcs-archive-appliance-seed) = 1, a catalog placeholder (Transfer"
                + " Appliance ta300: appliances used at once): at 23 it would no longer hold (first"
                + " copy 178.3 d), and the pair would stay infeasible for another reason");
  }

  /**
   * The closed form's backlog holds the busiest hour's rate for ever (§5): every wording of it says
   * so, and the engine's and the customer's point to the replay of a change profile, the way to
   * judge the real pattern (finding 2 of the review: "fall behind without bound" read as a fact).
   */
  @Test
  void aBacklogThatGrowsIsSaidToBeAtTheBusiestHoursRateHeld() {
    Reason grows =
        reason(
            ReasonCode.RPO_BACKLOG_GROWS,
            "peak_change_rate",
            DataRate.ofBytesPerSecond(1.5 * 0.009 * 512.8e15 / 86_400),
            "replication_rate",
            DataRate.ofGigabytesPerSecond(80),
            "bottleneck",
            Bottleneck.NETWORK.id());
    assertThat(ReasonText.of(grows))
        .startsWith("at the busiest hour's change rate held without a pause (the model's worst")
        .contains("80.1 GB/s")
        .endsWith("a change_profile replays the real pattern (§5, the backlog)");
    assertThat(Wording.reason(grows, null))
        .startsWith("if the busiest hour's rate of change lasted around the clock")
        .contains("would show whether they really fall behind")
        .doesNotContain("change_profile", "§");
    assertThat(Wording.failure(ReasonCode.RPO_BACKLOG_GROWS))
        .contains("at the busiest hour's rate held");
    assertThat(DecisionReport.reason(ReasonCode.RPO_BACKLOG_GROWS))
        .contains("at the busiest hour's rate held");
  }

  @Test
  void aFeasibilityEdgeSaysWhatGoesWrong() {
    assertThat(Wording.failures(List.of(ReasonCode.RTO_MISSED)))
        .isEqualTo("the recovery time misses its objective");
    assertThat(
            Wording.failures(
                List.of(ReasonCode.SEED_TOO_LONG, ReasonCode.RPO_MISSED, ReasonCode.RTO_MISSED)))
        .isEqualTo(
            "the first full copy takes too long, the recovery point misses its objective and the"
                + " recovery time misses its objective");
  }

  @Test
  void inputsFiguresKindsAndCatalogEntriesInWords() {
    Scenario walmart = ProposalFixtures.walmart();
    assertThat(Wording.input(ScenarioKeys.key(walmart, "dataset.logical_size"), walmart))
        .isEqualTo("Data to protect on day one");
    assertThat(
            Wording.input(
                ScenarioKeys.key(walmart, "options.gcs-archive.copy_engine.per_stream"), walmart))
        .isEqualTo("gcs-archive: throughput of one stream");
    assertThat(
            Wording.input(
                ScenarioKeys.key(walmart, "primary.configurations.phase-one.dboxes"), walmart))
        .isEqualTo("phase-one: D-boxes of the configuration");
    assertThat(Wording.figureTitle(PairFigure.SEED_SECONDS)).isEqualTo("First full copy");
    assertThat(Wording.kind("namespace-in-cloud")).isEqualTo("namespace in the cloud");
    assertThat(Wording.kind("data-copy")).isEqualTo("copy in Cloud Storage");
    assertThat(Wording.bottleneck(Bottleneck.CLOUD_NODES)).isEqualTo("cloud VMs");
    assertThat(Wording.distribution("pert")).isEqualTo("PERT");
    assertThat(Wording.catalogEntry("gcs.archive.us-central1.storage_per_gib_month"))
        .isEqualTo("Cloud Storage Archive, us-central1: at-rest price per GiB-month");
    assertThat(Wording.catalogEntry("appliances.ta300.in_flight"))
        .isEqualTo("Transfer Appliance ta300: appliances used at once");
  }

  @Test
  void aLabelInASentenceStartsInLowerCaseUnlessItIsAnAcronymOrAName() {
    assertThat(Wording.inSentence("Share of the data written per day"))
        .isEqualTo("share of the data written per day");
    assertThat(Wording.inSentence("VLAN attachments")).isEqualTo("VLAN attachments");
    assertThat(Wording.inSentence("gcs-archive: throughput of one stream"))
        .isEqualTo("gcs-archive: throughput of one stream");
    assertThat(Wording.inSentence("")).isEmpty();
  }

  @Test
  void theMarkdownNamesAnInputAsTheProposalDoesWithItsKeyPathAsCode() {
    Scenario walmart = ProposalFixtures.walmart();
    String path = "options.gcs-archive.copy_engine.fee_per_gib";
    Reason reason =
        FeasibilityRules.recommendationRestsOn(
            java.util.List.of(
                new RecommendationFlip(
                    path,
                    path,
                    RecommendationFlip.Source.UNCERTAIN_CATALOG_FIGURE,
                    "transfer.storage-transfer-agents.per_gib",
                    ValueKind.MONEY,
                    0.0125,
                    0.00625,
                    0.025,
                    0.02,
                    "gcs-coldline on phase-one")),
            false);
    assertThat(Wording.reason(reason, walmart))
        .isEqualTo(
            "within the inputs' ranges, each moved alone, the recommendation changes nearest where"
                + " the tool's fee per GiB moved, on the seed and every change (gcs-archive) (an"
                + " uncertain catalog figure: Transfer tool storage-transfer-agents: a transfer"
                + " tool's fee per GiB moved) is $0.0200 instead of $0.0125 (then gcs-coldline on"
                + " phase-one)");
    // The same input named by its meaning, the key path beside it as code.
    assertThat(Wording.markdownReason(reason, walmart))
        .isEqualTo(
            "within the inputs' ranges, each moved alone, the recommendation changes nearest where"
                + " the tool's fee per GiB moved, on the seed and every change"
                + " (`options.gcs-archive.copy_engine.fee_per_gib`) (an uncertain catalog figure:"
                + " Transfer tool storage-transfer-agents: a transfer tool's fee per GiB moved) is"
                + " $0.0200 instead of $0.0125 (then gcs-coldline on phase-one)");
  }
}
