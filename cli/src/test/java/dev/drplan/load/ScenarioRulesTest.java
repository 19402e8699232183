package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Suggestions;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per loading rule that the good and bad-input files do not show on their own. */
class ScenarioRulesTest {

  private static final String FULL = ScenarioLoaderTest.resource("full.yaml");
  private static final String INLINE = ScenarioLoaderTest.resource("inline.yaml");

  private static Scenario load(String text) {
    return TestCatalogs.loader().load("s.yaml", text);
  }

  private static ScenarioException refused(String text) {
    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> load(text));
    assertThat(e).as("must be refused").isNotNull();
    return e;
  }

  private static String replace(String text, String old, String with) {
    assertThat(text).contains(old);
    return text.replace(old, with);
  }

  // ---- the exception ---------------------------------------------------------------------------

  @Test
  void errorCarriesPositionPathDetailAndHintApart() {
    ScenarioException e = refused(replace(FULL, "logical_size: 500 PB", "logical_sise: 500 PB"));
    assertThat(e.source()).isEqualTo("s.yaml");
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("dataset.logical_sise");
    assertThat(e.suggestion()).isEqualTo("logical_size");
    assertThat(e.getMessage())
        .isEqualTo(
            "s.yaml:11:3: error: dataset.logical_sise: unknown key \"logical_sise\" in dataset;"
                + " did you mean \"logical_size\"?\n"
                + "expected one of: logical_size, annual_growth, daily_change, peak_factor,"
                + " overwrite_share, average_file_size, reduction_ratio");
  }

  @Test
  void userTextInMessagesIsCutAndEscapedToStayOneParagraph() {
    String longValue = "x".repeat(5000);
    ScenarioException e =
        refused(replace(FULL, "rtt: 30 ms", "rtt: \"" + longValue + "\\n\\u0007\""));
    assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400).contains("...");
    ScenarioException escaped = refused(replace(FULL, "rtt: 30 ms", "rtt: \"3\\n0 ms\""));
    assertThat(escaped.getMessage()).contains("found \"3\\n0 ms\"").doesNotContain("\n");
  }

  // ---- files -----------------------------------------------------------------------------------

  @Test
  void missingFileNamesThePath(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yaml");
    assertThatThrownBy(() -> TestCatalogs.loader().load(missing))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(missing + ": error: cannot read the scenario: there is no such file");
  }

  @Test
  void directoryIsNotAScenario(@TempDir Path dir) {
    assertThatThrownBy(() -> TestCatalogs.loader().load(dir))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(dir + ": error: cannot read the scenario: this is a directory, not a file");
  }

  @Test
  void filesOverTenMebibytesAreRefusedUnread(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.yaml");
    byte[] content = new byte[YamlReader.MAX_BYTES + 1];
    Arrays.fill(content, (byte) '#');
    Files.write(huge, content);
    assertThatThrownBy(() -> TestCatalogs.loader().load(huge))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith(
            "huge.yaml: error: the file is larger than 10485760 bytes (10 MiB), the most a"
                + " scenario file may be; is this the right file?");
  }

  @Test
  void missingTopLevelKeysPointAtTheDocumentsFirstKey() {
    String text = "# a comment first\n\nname: x\n";
    assertThat(refused(text).getMessage())
        .isEqualTo(
            "s.yaml:3:1: error: missing key \"horizon\" (a duration like \"4 h\", \"180 d\" or"
                + " \"5 y\") in the scenario");
  }

  @Test
  void aLargeFileUnderTheCapStillLoadsQuickly() {
    String line = "  " + "d".repeat(98) + "\n";
    String padded =
        replace(
            FULL,
            "description: Walmart big-data DR, phase one\n",
            "description: |\n" + line.repeat(100_000));
    assertThat(padded.length()).isGreaterThan(9_000_000).isLessThan(YamlReader.MAX_BYTES);
    long start = System.nanoTime();
    assertThat(load(padded).description()).hasSize(100_000 * 99);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void veryLongLinesAreRefusedBeforeTheParserSpendsQuadraticTimeOnThem() {
    String longLine = replace(FULL, "description: Walmart", "description: " + "w".repeat(70_000));
    long start = System.nanoTime();
    assertThat(refused(longLine).getMessage())
        .isEqualTo(
            "s.yaml:3:1: error: this line is longer than 65536 characters; break long text over"
                + " several lines (YAML \"|\" block)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void quantityTextFarTooLongIsRefusedBeforeItIsParsed() {
    String spaces =
        replace(FULL, "circuits: 4 x 100 Gbps", "circuits: 4 x 1" + " ".repeat(60_000) + "x");
    long start = System.nanoTime();
    assertThat(refused(spaces).getMessage())
        .contains("network.circuits: expected a link like \"4 x 100 Gbps\", found \"4 x 1 ")
        .contains("...\" (far too long)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void emptyBytesAndBlankTextAreRefused() {
    assertThatThrownBy(() -> TestCatalogs.loader().load("e.yaml", new byte[0]))
        .hasMessage(
            "e.yaml: error: the file is empty; expected a scenario (name, horizon, dataset, ...)");
    assertThatThrownBy(() -> load("\n  \n"))
        .hasMessageStartingWith("s.yaml: error: the file holds no YAML document");
  }

  // ---- YAML that a scenario never needs --------------------------------------------------------

  @Test
  void aliasBombIsAnsweredAtTheFirstAnchorInstantly() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'z'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = c;
    }
    long start = System.nanoTime();
    ScenarioException e = refused(bomb.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(e.getMessage()).startsWith("s.yaml:1:4: error: a: YAML anchors (&a)");
  }

  @Test
  void veryDeepNestingStopsAtTheLimitWithoutOverflowingTheStack() {
    String deep = "name: x\nhorizon: " + "[".repeat(60_000) + "\n" + "]".repeat(60_000) + "\n";
    ScenarioException e = refused(deep);
    assertThat(e.getMessage()).contains("nesting is deeper than 16 levels");
    String deepMaps = "a:\n  b:\n" + buildDeepMapping(40);
    assertThat(refused(deepMaps).getMessage()).contains("nesting is deeper than 16 levels");
  }

  private static String buildDeepMapping(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append("  ".repeat(i + 2)).append("k").append(i).append(":\n");
    }
    return out.toString();
  }

  @Test
  void aKeyWrittenAsAListIsASyntaxErrorWithItsPosition() {
    ScenarioException e = refused("? [a, b]\n: 3\n");
    assertThat(e.getMessage())
        .startsWith("s.yaml:1:")
        .contains("a mapping key must be a plain value");
  }

  // ---- values and ranges -----------------------------------------------------------------------

  @Test
  void drShareDefaultsToTheWholeLinkAndRttIsOptional() {
    String without = replace(replace(FULL, "  dr_share: 50%\n", ""), "  rtt: 30 ms\n", "");
    Scenario scenario = load(without);
    assertThat(scenario.network().drShare().value()).isEqualTo(1.0);
    assertThat(scenario.network().rtt().seconds()).isZero();
    assertThat(load(FULL).network().drShare().value()).isEqualTo(0.5);
  }

  @Test
  void hundredExabytesLoadsAndSizesBeyondDoubleAreRefused() {
    assertThat(load(replace(FULL, "500 PB", "100 EB")).dataset().logicalSize().bytes())
        .isEqualTo(100e18);
    assertThat(refused(replace(FULL, "500 PB", "1e400 PB")).getMessage())
        .contains(
            "dataset.logical_size: expected a size from 1 B to 1,000 EB, found \"1e400 PB\""
                + " (too large)");
  }

  @Test
  void growthAboveOneThousandPercentIsASlip() {
    assertThat(
            load(replace(FULL, "annual_growth: 20%", "annual_growth: 1000%"))
                .dataset()
                .annualGrowth()
                .value())
        .isEqualTo(10.0);
    assertThat(refused(replace(FULL, "annual_growth: 20%", "annual_growth: 1001%")).getMessage())
        .contains("expected an annual growth above -100% and at most 1000%");
    assertThat(
            load(replace(FULL, "annual_growth: 20%", "annual_growth: -99%"))
                .dataset()
                .annualGrowth()
                .value())
        .isEqualTo(-0.99);
  }

  @Test
  void sharesThatDivideMustStayBelowOneHundredPercent() {
    assertThat(
            refused(replace(FULL, "protection_overhead: 25%", "protection_overhead: 100%"))
                .getMessage())
        .contains("options[0].protection_overhead: expected a share from 0% to 90%");
    assertThat(refused(replace(FULL, "efficiency: 80%", "efficiency: 0%")).getMessage())
        .contains("network.efficiency: expected a share from 1% to 100%, found \"0%\"");
  }

  @Test
  void aLinkNeedsAtLeastOneCircuitOfSomeRate() {
    assertThat(refused(replace(FULL, "4 x 100 Gbps", "0 x 100 Gbps")).getMessage())
        .contains(
            "network.circuits: expected a link of 1 to 1,000,000 circuits of 1 bps to 1,000 EB/s"
                + " each, like \"4 x 100 Gbps\"");
    assertThat(refused(replace(FULL, "4 x 100 Gbps", "4 x 0 Gbps")).getMessage())
        .contains("network.circuits: expected a link of 1 to 1,000,000 circuits");
  }

  @Test
  void negativeZeroReadsAsZero() {
    Scenario scenario =
        load(
            replace(
                replace(FULL, "retention: 30 d", "retention: -0 d"),
                "monthly_port_cost: 5000",
                "monthly_port_cost: -0"));
    assertThat(((DataCopy) scenario.options().get(1)).retention()).isEqualTo(TimeSpan.ZERO);
    assertThat(scenario.network().monthlyPortCost()).isEqualTo(Money.ZERO);
  }

  @Test
  void moneyIsAPlainNumber() {
    assertThat(
            refused(replace(FULL, "monthly_port_cost: 5000", "monthly_port_cost: $5000"))
                .getMessage())
        .contains("network.monthly_port_cost: expected an amount of US dollars as a plain number");
  }

  @Test
  void anEmptyOverridesMappingIsAllowedEvenWithoutCatalog() {
    String text = replace(INLINE, "horizon: 3 y\n", "horizon: 3 y\noverrides: {}\n");
    assertThat(new ScenarioLoader(CatalogSource.none()).load("i.yaml", text).name())
        .isEqualTo("inline-only");
  }

  // ---- catalog ---------------------------------------------------------------------------------

  @Test
  void overridesReplaceCatalogFiguresBeforeResolution() {
    Scenario scenario = load(FULL);
    NamespaceInCloud cloud = (NamespaceInCloud) scenario.options().get(0);
    DataCopy archive = (DataCopy) scenario.options().get(1);
    assertThat(cloud.machine().hourly()).isEqualTo(Money.ofUsd(11.2));
    assertThat(archive.prices().storagePerGibMonth()).isEqualTo(Money.ofUsd(0.0011));
    String capacity =
        replace(
            FULL,
            "  machines.z3-highmem-88-highlssd.hourly: 11.2\n",
            "  appliances.ta300.capacity: 100 TB\n  appliances.ta300.in_flight: 3\n");
    DataCopy overridden = (DataCopy) load(capacity).options().get(1);
    assertThat(overridden.seed().appliance().capacity()).isEqualTo(DataSize.ofBytes(100e12));
    assertThat(overridden.seed().appliance().inFlight()).isEqualTo(3);
  }

  @Test
  void anOverrideMayNotMakeACatalogFigureUnusable() {
    String zero =
        replace(FULL, "machines.z3-highmem-88-highlssd.hourly: 11.2", "cboxes.cbox-4node.nodes: 0");
    assertThat(refused(zero).getMessage())
        .contains(
            "overrides.cboxes.cbox-4node.nodes: expected a whole number from 1 to 1,000,000, found"
                + " \"0\"");
    String zeroSize =
        replace(
            FULL,
            "machines.z3-highmem-88-highlssd.hourly: 11.2",
            "dboxes.ceres-df3060.raw_size: 0 TB");
    assertThat(refused(zeroSize).getMessage()).contains("expected a size from 1 GB to 1,000 EB");
  }

  @Test
  void partialInlinePricesFillInFromTheCatalog() {
    DataCopy perFile = (DataCopy) load(FULL).options().get(2);
    assertThat(perFile.prices().egressPerGib()).isEqualTo(Money.ofUsd(0.05));
    assertThat(perFile.prices().retrievalPerGib()).isEqualTo(Money.ofUsd(0.05));
    assertThat(perFile.prices().minStorageDuration()).isEqualTo(TimeSpan.ofDays(365));
  }

  @Test
  void completeInlinePricesNeedNoCatalogEntryForTheLocation() {
    String text =
        replace(
            FULL,
            "    prices: { egress_per_gib: 0.05 }\n",
            "    prices: { storage_per_gib_month: 0.02, class_a_per_1000: 0.005, retrieval_per_gib: 0,"
                + " egress_per_gib: 0.05, min_storage_duration: 0 d }\n");
    text =
        replace(
            text, "    location: us-central1\n    prices", "    location: mars-north1\n    prices");
    DataCopy perFile = (DataCopy) load(text).options().get(2);
    assertThat(perFile.location()).isEqualTo("mars-north1");
    assertThat(perFile.prices().storagePerGibMonth()).isEqualTo(Money.ofUsd(0.02));
  }

  @Test
  void aReferenceWithoutCatalogSaysSo() {
    String text =
        replace(FULL, "catalog: test-2025\n", "")
            .replace(
                "overrides:\n  gcs.archive.us-central1.storage_per_gib_month: 0.0011\n  machines.z3-highmem-88-highlssd.hourly: 11.2\n",
                "");
    assertThat(refused(text).getMessage())
        .contains(
            "primary.dbox_model: names catalog entry \"ceres-df3060\", but the scenario names no catalog");
  }

  @Test
  void catalogsListTheirNamesWhenNoneIsKnown() {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> new ScenarioLoader(CatalogSource.none()).load("n.yaml", FULL));
    assertThat(e.getMessage())
        .contains("catalog: unknown catalog \"test-2025\"; expected one of: (none)");
  }

  // ---- seed and recovery forms -----------------------------------------------------------------

  @Test
  void seedAndRecoveryMayBeWordsWithSiblingKeysOrMappings() {
    String asWords =
        replace(
            replace(
                INLINE,
                "    seed:\n      kind: transfer-appliance\n      appliance:",
                "    seed: transfer-appliance\n    appliance:"),
            "    recovery:\n      kind: run-in-cloud\n      cloud_start_time: 6 h\n",
            "    recovery: run-in-cloud\n    cloud_start_time: 6 h\n");
    ScenarioLoader loader = new ScenarioLoader(CatalogSource.none());
    assertThat(loader.load("w.yaml", asWords)).isEqualTo(loader.load("m.yaml", INLINE));
  }

  @Test
  void aMappingSeedTakesItsApplianceInsideIt() {
    String text =
        replace(INLINE, "    copy_engine:", "    appliance_model: ta300\n    copy_engine:");
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> new ScenarioLoader(CatalogSource.none()).load("s.yaml", text));
    assertThat(e.getMessage())
        .contains(
            "options[1].appliance_model: when seed is a mapping, appliance_model goes inside it");
  }

  // ---- suggestions -----------------------------------------------------------------------------

  @Test
  void suggestionsAreCloseOrContainingNeverFarFetched() {
    List<String> keys = List.of("logical_size", "annual_growth", "daily_change");
    assertThat(Suggestions.closest("logical_sise", keys)).isEqualTo("logical_size");
    assertThat(Suggestions.closest("Logical-Size", keys)).isEqualTo("logical_size");
    assertThat(Suggestions.closest("anual_growht", keys)).isEqualTo("annual_growth");
    assertThat(Suggestions.closest("growth", keys)).isEqualTo("annual_growth");
    assertThat(Suggestions.closest("colour", keys)).isNull();
    assertThat(Suggestions.closest("", keys)).isNull();
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
