package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.model.Recommendation;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.units.Money;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

  private static String csv(Comparison comparison) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.CSV.writer().write(comparison, out);
    return out.toString();
  }

  /** A strict RFC 4180 reader: records end in CRLF, quoted fields may hold commas and CRLF. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("bare quote or line break at %d", i).isNotIn('"', '\r', '\n');
        field.append(c);
        i++;
      }
    }
    assertThat(record).as("the last record ends in CRLF").isEmpty();
    return records;
  }

  @Test
  void theHeaderNamesEveryColumnWithItsUnit() throws Exception {
    List<List<String>> records = parse(csv(Comparison.of(TestScenarios.walmartLike())));
    assertThat(records.get(0))
        .startsWith(
            "configuration",
            "option",
            "kind",
            "feasible",
            "replication_gbps",
            "replication_gb_per_s",
            "bottleneck",
            "seed_days",
            "rpo_minutes");
    assertThat(records.get(0))
        .contains(
            "horizon_cost_usd",
            "monthly_cost_start_usd",
            "one_time_cost_usd",
            "recovery_event_cost_usd",
            "rto_hours",
            "stored_end_tb",
            "nodes_end");
    assertThat(records.get(0)).isEqualTo(CsvReport.columnNames());
  }

  @Test
  void oneRowPerPairWithPlainNumbers() throws Exception {
    List<List<String>> records = parse(csv(Comparison.of(TestScenarios.walmartLike())));
    assertThat(records).hasSize(1 + 8);
    List<String> header = records.get(0);
    for (List<String> record : records) {
      assertThat(record).hasSameSizeAs(header);
    }
    List<String> archive = records.get(6); // phase-one, gcs-archive
    assertThat(archive.get(header.indexOf("option"))).isEqualTo("gcs-archive");
    // 40e9 B/s x 8 / 1e9 = 320 Gbps
    assertThat(archive.get(header.indexOf("replication_gbps"))).isEqualTo("320");
    assertThat(archive.get(header.indexOf("replication_gb_per_s"))).isEqualTo("40");
    double seedDays = 10e15 / (40e9 - 10e15 * 0.005 / 86_400) / 86_400;
    assertThat(Double.parseDouble(archive.get(header.indexOf("seed_days"))))
        .isCloseTo(seedDays, org.assertj.core.api.Assertions.within(1e-9));
    String cost = archive.get(header.indexOf("horizon_cost_usd"));
    assertThat(cost).matches("[0-9]+(\\.[0-9]+)?");
  }

  @Test
  void theRecommendedPairIsFlaggedAndEveryRowCarriesItsConfigurationsOnPremPurchase()
      throws Exception {
    Scenario scenario = TestScenarios.walmartLike();
    scenario =
        scenario.withPrimary(
            scenario
                .primary()
                .withDboxPrice(Money.ofUsd(950_000))
                .withCboxPrice(Money.ofUsd(200_000)));
    Comparison comparison = Comparison.of(scenario);
    List<List<String>> records = parse(csv(comparison));
    List<String> header = records.get(0);
    Recommendation recommendation = comparison.evaluation().recommendation();
    assertThat(recommendation.found()).isTrue();
    int flagged = 0;
    for (List<String> record : records.subList(1, records.size())) {
      boolean recommended =
          record.get(header.indexOf("configuration")).equals(recommendation.configuration())
              && record.get(header.indexOf("option")).equals(recommendation.option());
      assertThat(record.get(header.indexOf("recommended")))
          .isEqualTo(Boolean.toString(recommended));
      flagged += recommended ? 1 : 0;
      // minimum: 4 C-boxes and 10 D-boxes; phase-one: 4 and 40.
      double purchase =
          record.get(header.indexOf("configuration")).equals("minimum")
              ? 10 * 950_000.0 + 4 * 200_000.0
              : 40 * 950_000.0 + 4 * 200_000.0;
      assertThat(Double.parseDouble(record.get(header.indexOf("purchase_usd"))))
          .isEqualTo(purchase);
      // The spend adds the horizon's expansions to the purchase.
      assertThat(Double.parseDouble(record.get(header.indexOf("onprem_spend_usd"))))
          .isGreaterThanOrEqualTo(purchase);
    }
    assertThat(flagged).isEqualTo(1);
  }

  @Test
  void withoutBoxPricesThePurchaseCellsAreEmpty() throws Exception {
    List<List<String>> records = parse(csv(Comparison.of(TestScenarios.walmartLike())));
    List<String> header = records.get(0);
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record.get(header.indexOf("purchase_usd"))).isEmpty();
      assertThat(record.get(header.indexOf("onprem_spend_usd"))).isEmpty();
    }
  }

  @Test
  void figuresThatCannotExistAreEmptyCells() throws Exception {
    List<List<String>> records = parse(csv(Comparison.of(TestScenarios.walmartLike())));
    List<String> header = records.get(0);
    List<String> trickle = records.get(4); // minimum, gcs-trickle
    assertThat(trickle.get(header.indexOf("option"))).isEqualTo("gcs-trickle");
    assertThat(trickle.get(header.indexOf("seed_days"))).isEmpty();
    assertThat(trickle.get(header.indexOf("rpo_minutes"))).isEmpty();
    assertThat(trickle.get(header.indexOf("nodes_end"))).isEmpty();
    assertThat(trickle.get(header.indexOf("reason_codes")))
        .isEqualTo("seed-never-converges rpo-backlog-grows rto-missed");
    List<String> namespace = records.get(1);
    assertThat(namespace.get(header.indexOf("stored_end_tb"))).isEmpty();
    assertThat(namespace.get(header.indexOf("nodes_end"))).isEqualTo("1186");
  }

  @Test
  void reasonsWithCommasAreQuoted() throws Exception {
    String csv = csv(Comparison.of(TestScenarios.walmartLike()));
    assertThat(csv).contains(",\"1,186 VMs are needed by the end of the horizon, more than");
  }

  @Test
  void aCellThatASpreadsheetWouldRunIsNeutralised() {
    // OWASP: a single quote in front, and the cell quoted.
    assertThat(CsvReport.quote("=HYPERLINK(\"http://evil\",\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(CsvReport.quote("+1+cmd")).isEqualTo("\"'+1+cmd\"");
    assertThat(CsvReport.quote("-2+3")).isEqualTo("\"'-2+3\"");
    assertThat(CsvReport.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvReport.quote("\t=1")).isEqualTo("\"'\t=1\"");
    assertThat(CsvReport.quote("\r=1")).isEqualTo("\"'\r=1\"");
    assertThat(CsvReport.quote("-")).isEqualTo("\"'-\"");
    assertThat(CsvReport.quote("+5")).isEqualTo("\"'+5\"");
  }

  @Test
  void aNumberIsNeverNeutralisedSoNegativeFiguresStayNumbers() {
    assertThat(CsvReport.quote("-0.25")).isEqualTo("-0.25");
    assertThat(CsvReport.quote("-1234")).isEqualTo("-1234");
    assertThat(CsvReport.quote("0")).isEqualTo("0");
    assertThat(CsvReport.quote("-" + Display.plain(1e20))).isEqualTo("-100000000000000000000");
    assertThat(CsvReport.isPlainNumber("-1.")).isFalse();
    assertThat(CsvReport.isPlainNumber("-.5")).isFalse();
    assertThat(CsvReport.isPlainNumber("-1e5")).isFalse();
  }

  @Test
  void hostileNamesAreNeutralisedInEveryRow() throws Exception {
    Scenario scenario =
        TestScenarios.scenario(
            List.of(
                TestScenarios.archive(
                    "=HYPERLINK(\"http://evil\")", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY),
                TestScenarios.archive("@cmd", Seeding.NETWORK, Recovery.RESTORE_TO_PRIMARY)));
    String csv = csv(Comparison.of(scenario));
    List<List<String>> records = parse(csv);
    List<String> header = records.get(0);
    List<String> options = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      options.add(record.get(header.indexOf("option")));
    }
    assertThat(options)
        .containsExactly(
            "'=HYPERLINK(\"http://evil\")", "'@cmd", "'=HYPERLINK(\"http://evil\")", "'@cmd");
    assertThat(csv).doesNotContain(",=").doesNotContain(",@").doesNotContain("\n=");
  }

  @Test
  void quotingFollowsRfc4180() {
    assertThat(CsvReport.quote("plain")).isEqualTo("plain");
    assertThat(CsvReport.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvReport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.quote("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    assertThat(CsvReport.quote("")).isEmpty();
  }
}
