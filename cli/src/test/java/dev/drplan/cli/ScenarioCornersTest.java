package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.catalog.ValueKind;
import dev.drplan.schema.DataLimit;
import dev.drplan.schema.Row;
import dev.drplan.schema.ScenarioSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import picocli.CommandLine;

/**
 * Every numeric key of a scenario at a corner of its domain, through the real loader and {@code
 * drplan compare} in every format: each combination either loads and prints only finite figures
 * (exit 0), or, when the size, growth and horizon together pass the data limit ({@link DataLimit}),
 * is refused with the growth it allows (exit 2). Never an internal error, NaN, Infinity or a count
 * clamped to a long's end.
 *
 * <p>The corners are the domains of the schema rows themselves, so a changed domain is tested as it
 * is.
 */
class ScenarioCornersTest {

  /** A scenario with every numeric key of the format; each {@code {key}} is filled in. */
  private static final String TEMPLATE =
      String.join(
          "\n",
          "name: corners",
          "horizon: {horizon}",
          "dataset:",
          "  logical_size: {logical_size}",
          "  annual_growth: {annual_growth}",
          "  daily_change: {daily_change}",
          "  peak_factor: {peak_factor}",
          "  overwrite_share: {overwrite_share}",
          "  average_file_size: {average_file_size}",
          "  reduction_ratio: {reduction_ratio}",
          "primary:",
          "  dbox: { raw_size: {raw_size}, usable_efficiency: {dbox_efficiency} }",
          "  cbox: { nodes: {cbox_nodes}, per_node_replication: {per_node_replication} }",
          "  fill_limit: {fill_limit}",
          "  configurations:",
          "    first: { cboxes: {cboxes}, dboxes: {dboxes} }",
          "    own: { cboxes: {cboxes}, dboxes: {dboxes}, usable_efficiency: {own_efficiency} }",
          "network:",
          "  circuits: {circuits} x {line_rate}",
          "  efficiency: {efficiency}",
          "  dr_share: {dr_share}",
          "  rtt: {rtt}",
          "  monthly_port_cost: {monthly_port_cost}",
          "objectives:",
          "  rpo: {rpo}",
          "  rto: {rto}",
          "  recovery_scope: {recovery_scope}",
          "  max_seed: {max_seed}",
          "options:",
          "  - name: namespace",
          "    kind: namespace-in-cloud",
          "    machine: { local_ssd: {local_ssd}, network: {machine_network}, hourly: {hourly} }",
          "    protection_overhead: {protection_overhead}",
          "    reduction_ratio: {namespace_reduction}",
          "    max_nodes: {max_nodes}",
          "    fill_limit: {namespace_fill_limit}",
          "    commitment_discount: {commitment_discount}",
          "    replication_interval: {namespace_interval}",
          "    failover_time: {failover_time}",
          "  - name: copy",
          "    kind: data-copy",
          "    storage_class: archive",
          "    location: us-central1",
          "    prices: { storage_per_gib_month: {storage_price}, class_a_per_1000: {class_a},"
              + " retrieval_per_gib: {retrieval}, egress_per_gib: {egress},"
              + " min_storage_duration: {min_storage} }",
          "    object_size: {object_size}",
          "    retention: {retention}",
          "    seed: network",
          "    copy_engine: { hosts: {hosts}, streams_per_host: {streams}, per_stream:"
              + " {per_stream}, host_nic: {host_nic} }",
          "    replication_interval: {copy_interval}",
          "    recovery: restore-to-primary",
          "  - name: by-appliance",
          "    kind: data-copy",
          "    storage_class: coldline",
          "    location: us-central1",
          "    prices: { storage_per_gib_month: {storage_price}, class_a_per_1000: {class_a},"
              + " retrieval_per_gib: {retrieval}, egress_per_gib: {egress},"
              + " min_storage_duration: {min_storage} }",
          "    object_size: files",
          "    retention: {retention}",
          "    seed:",
          "      kind: transfer-appliance",
          "      appliance: { capacity: {capacity}, round_trip: {round_trip}, in_flight:"
              + " {in_flight}, fee: {fee} }",
          "    copy_engine: { hosts: {hosts}, streams_per_host: {streams}, per_stream:"
              + " {per_stream}, host_nic: {host_nic} }",
          "    replication_interval: {copy_interval}",
          "    recovery: { kind: run-in-cloud, cloud_start_time: {cloud_start} }",
          "");

  /** Each placeholder and the schema row whose domain it takes its corners from. */
  private static final Map<String, Row.Quantity<?, ?>> KEYS = keys();

  private static Map<String, Row.Quantity<?, ?>> keys() {
    Map<String, Row.Quantity<?, ?>> keys = new LinkedHashMap<>();
    keys.put("horizon", ScenarioSchema.HORIZON);
    keys.put("logical_size", ScenarioSchema.LOGICAL_SIZE);
    keys.put("annual_growth", ScenarioSchema.ANNUAL_GROWTH);
    keys.put("daily_change", ScenarioSchema.DAILY_CHANGE);
    keys.put("peak_factor", ScenarioSchema.PEAK_FACTOR);
    keys.put("overwrite_share", ScenarioSchema.OVERWRITE_SHARE);
    keys.put("average_file_size", ScenarioSchema.AVERAGE_FILE_SIZE);
    keys.put("reduction_ratio", ScenarioSchema.REDUCTION_RATIO);
    keys.put("raw_size", ScenarioSchema.DBOX_RAW_SIZE);
    keys.put("dbox_efficiency", ScenarioSchema.DBOX_USABLE_EFFICIENCY);
    keys.put("cbox_nodes", ScenarioSchema.CBOX_NODES);
    keys.put("per_node_replication", ScenarioSchema.CBOX_PER_NODE_REPLICATION);
    keys.put("fill_limit", ScenarioSchema.FILL_LIMIT);
    keys.put("cboxes", ScenarioSchema.CBOXES);
    keys.put("dboxes", ScenarioSchema.DBOXES);
    keys.put("own_efficiency", ScenarioSchema.CONFIGURATION_USABLE_EFFICIENCY);
    keys.put("circuits", ScenarioSchema.CIRCUITS);
    keys.put("line_rate", ScenarioSchema.LINE_RATE);
    keys.put("efficiency", ScenarioSchema.EFFICIENCY);
    keys.put("dr_share", ScenarioSchema.DR_SHARE);
    keys.put("rtt", ScenarioSchema.RTT);
    keys.put("monthly_port_cost", ScenarioSchema.MONTHLY_PORT_COST);
    keys.put("rpo", ScenarioSchema.RPO);
    keys.put("rto", ScenarioSchema.RTO);
    keys.put("recovery_scope", ScenarioSchema.RECOVERY_SCOPE);
    keys.put("max_seed", ScenarioSchema.MAX_SEED);
    keys.put("local_ssd", ScenarioSchema.MACHINE_LOCAL_SSD);
    keys.put("machine_network", ScenarioSchema.MACHINE_NETWORK);
    keys.put("hourly", ScenarioSchema.MACHINE_HOURLY);
    keys.put("protection_overhead", ScenarioSchema.PROTECTION_OVERHEAD);
    keys.put("namespace_reduction", ScenarioSchema.NAMESPACE_REDUCTION_RATIO);
    keys.put("max_nodes", ScenarioSchema.MAX_NODES);
    keys.put("namespace_fill_limit", ScenarioSchema.NAMESPACE_FILL_LIMIT);
    keys.put("commitment_discount", ScenarioSchema.COMMITMENT_DISCOUNT);
    keys.put("namespace_interval", ScenarioSchema.NAMESPACE_REPLICATION_INTERVAL);
    keys.put("failover_time", ScenarioSchema.FAILOVER_TIME);
    keys.put("storage_price", ScenarioSchema.STORAGE_PER_GIB_MONTH);
    keys.put("class_a", ScenarioSchema.CLASS_A_PER_1000);
    keys.put("retrieval", ScenarioSchema.RETRIEVAL_PER_GIB);
    keys.put("egress", ScenarioSchema.EGRESS_PER_GIB);
    keys.put("min_storage", ScenarioSchema.MIN_STORAGE_DURATION);
    keys.put("object_size", ScenarioSchema.OBJECT_SIZE_VALUE);
    keys.put("retention", ScenarioSchema.RETENTION);
    keys.put("capacity", ScenarioSchema.APPLIANCE_CAPACITY);
    keys.put("round_trip", ScenarioSchema.APPLIANCE_ROUND_TRIP);
    keys.put("in_flight", ScenarioSchema.APPLIANCE_IN_FLIGHT);
    keys.put("fee", ScenarioSchema.APPLIANCE_FEE);
    keys.put("hosts", ScenarioSchema.HOSTS);
    keys.put("streams", ScenarioSchema.STREAMS_PER_HOST);
    keys.put("per_stream", ScenarioSchema.PER_STREAM);
    keys.put("host_nic", ScenarioSchema.HOST_NIC);
    keys.put("copy_interval", ScenarioSchema.DATA_COPY_REPLICATION_INTERVAL);
    keys.put("cloud_start", ScenarioSchema.CLOUD_START_TIME);
    return keys;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private Path dir;

  @BeforeProperty
  void directory() throws IOException {
    dir = Files.createTempDirectory("drplan-corners");
  }

  @AfterProperty
  void cleanUp() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /** A canonical value as the scenario writes it, in the kind's canonical unit. */
  private static String text(ValueKind kind, double value) {
    String number = Double.toString(value);
    switch (kind) {
      case SIZE:
        return number + " B";
      case RATE:
        return number + " B/s";
      case DURATION:
        return number + " s";
      case FRACTION:
        return value < 0 || value > 1 ? Double.toString(value * 100) + "%" : number;
      case COUNT:
        return Long.toString((long) value);
      default:
        return number;
    }
  }

  /**
   * The scenario with key {@code i} at its highest value where {@code high.get(i)}, else lowest.
   */
  private static String scenario(List<Boolean> high, Map<String, Double> chosen) {
    return scenario(high, chosen, Map.of());
  }

  /** {@link #scenario(List, Map)} with some placeholders written as {@code written} says. */
  private static String scenario(
      List<Boolean> high, Map<String, Double> chosen, Map<String, String> written) {
    int i = 0;
    for (Map.Entry<String, Row.Quantity<?, ?>> key : KEYS.entrySet()) {
      Row.Quantity<?, ?> row = key.getValue();
      chosen.put(key.getKey(), high.get(i++) ? row.domain().highest() : row.domain().lowest());
    }
    Matcher m = PLACEHOLDER.matcher(TEMPLATE);
    StringBuilder yaml = new StringBuilder();
    while (m.find()) {
      Row.Quantity<?, ?> row = KEYS.get(m.group(1));
      String text = written.getOrDefault(m.group(1), text(row.kind(), chosen.get(m.group(1))));
      m.appendReplacement(yaml, Matcher.quoteReplacement(text));
    }
    m.appendTail(yaml);
    return yaml.toString();
  }

  private static int run(List<String> args, StringWriter out, StringWriter err) {
    CommandLine commandLine = DrplanCommand.commandLine(new DrplanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args.toArray(new String[0]));
  }

  @Property(tries = 100)
  void everyCornerComparesToFiniteFiguresOrIsRefusedWithTheLimit(
      @ForAll @Size(53) List<Boolean> high) throws IOException {
    assertThat(KEYS).hasSize(53);
    Map<String, Double> chosen = new LinkedHashMap<>();
    String yaml = scenario(high, chosen);
    double l0 = chosen.get("logical_size");
    double horizon = chosen.get("horizon");
    if (DataLimit.largestBytes(l0, chosen.get("annual_growth"), horizon)
        > DataLimit.LARGEST_BYTES) {
      Path file = Files.writeString(dir.resolve("beyond.yaml"), yaml, StandardCharsets.UTF_8);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertThat(run(List.of("compare", file.toString()), out, err))
          .as(err.toString())
          .isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString())
          .contains("dataset.annual_growth: expected at most ")
          .contains("the most drplan computes")
          .hasLineCount(1);
      assertThat(out.toString()).isEmpty();
      // The largest growth the limit allows is itself a corner: it must compute.
      double growth = DataLimit.largestAnnualGrowth(l0, horizon);
      yaml =
          yaml.replaceFirst(
              "annual_growth: .*",
              Matcher.quoteReplacement("annual_growth: " + text(ValueKind.FRACTION, growth)));
    }
    assertFiniteInEveryFormat(
        Files.writeString(dir.resolve("corners.yaml"), yaml, StandardCharsets.UTF_8));
  }

  /**
   * A corner the property found (jqwik seed -5638009377318470756, shrunk): every key at its highest
   * but the day-one size, the monthly port cost and the hourly machine price at their lowest. The
   * report's chart of cost against size then had costs a rounding error apart, and its log axis
   * divided zero by zero.
   */
  @Example
  void cornerWithCostsAlikeAtEverySizeReportsFiniteFigures() throws IOException {
    List<Boolean> high = new ArrayList<>(Collections.nCopies(53, true));
    for (int low : new int[] {1, 21, 28}) {
      high.set(low, false);
    }
    everyCornerComparesToFiniteFiguresOrIsRefusedWithTheLimit(high);
    // At the data limit's growth, 1 B is the only day-one size: the cost chart says so.
    assertThat(Files.readString(dir.resolve("proposal.html")))
        .contains("drplan computes no other day-one size than 1 B here: no range to draw")
        .contains("but drplan computes no other size than 1 B here");
  }

  /**
   * Uncertain inputs over the whole of their domains: each key that can vary, where {@code
   * uncertain} says, is a uniform distribution from its lowest to its highest value. {@code
   * simulate} samples every corner combination's neighbourhood: it either runs to finite figures or
   * is refused at load (the growth a distribution may reach, by the data limit), never fails.
   */
  @Property(tries = 25)
  void uncertainInputsOverWholeDomainsSimulateToFiniteFigures(
      @ForAll @Size(53) List<Boolean> high, @ForAll @Size(53) List<Boolean> uncertain)
      throws IOException {
    Map<String, String> distributions = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, Row.Quantity<?, ?>> key : KEYS.entrySet()) {
      Row.Quantity<?, ?> row = key.getValue();
      // A link size takes no distribution; the rest that vary may.
      boolean varies =
          row.varies() && !key.getKey().equals("circuits") && !key.getKey().equals("line_rate");
      if (uncertain.get(i++) && varies) {
        distributions.put(
            key.getKey(),
            "{dist: uniform, min: "
                + text(row.kind(), row.domain().lowest())
                + ", max: "
                + text(row.kind(), row.domain().highest())
                + "}");
      }
    }
    String yaml = scenario(high, new LinkedHashMap<>(), distributions);
    if (simulate(yaml)) {
      return;
    }
    // Refused by the data limit: with a shrinking estate the rest of the corners must compute.
    distributions.put("annual_growth", text(ValueKind.FRACTION, -0.5));
    assertThat(simulate(scenario(high, new LinkedHashMap<>(), distributions))).isTrue();
  }

  /** Runs simulate on {@code yaml}: true when it computed finite figures, false when refused. */
  private boolean simulate(String yaml) throws IOException {
    Path file = Files.writeString(dir.resolve("uncertain.yaml"), yaml, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        run(
            List.of(
                "simulate",
                file.toString(),
                "--samples",
                "64",
                "--threads",
                "1",
                "--format",
                "json",
                "--stacktrace"),
            out,
            err);
    if (exit == ExitCodes.BAD_INPUT) {
      assertThat(err.toString().lines().findFirst().orElse(""))
          .as(yaml)
          .contains("dataset.annual_growth: expected ")
          .contains("the most drplan computes");
      return false;
    }
    assertThat(exit).as(err + "\n" + yaml).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .doesNotContainIgnoringCase("nan")
        .doesNotContainIgnoringCase("infinity");
    return true;
  }

  private void assertFiniteInEveryFormat(Path file) throws IOException {
    // The proposal too: its charts sweep the circuits and the size around the scenario's own.
    Path html = dir.resolve("proposal.html");
    StringWriter err = new StringWriter();
    assertThat(
            run(
                List.of(
                    "report", file.toString(), "--out", html.toString(), "--force", "--stacktrace"),
                new StringWriter(),
                err))
        .as(err.toString())
        .isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(html)).doesNotContain("NaN").doesNotContain("Infinity");
    assertFiniteCompare(file);
  }

  private static void assertFiniteCompare(Path file) throws IOException {
    for (String format : List.of("table", "markdown", "csv", "json")) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = run(List.of("compare", file.toString(), "--format", format), out, err);
      assertThat(exit).as(err + "\n" + Files.readString(file)).isEqualTo(ExitCodes.OK);
      assertThat(err.toString()).isEmpty();
      String report = out.toString();
      assertThat(report)
          .doesNotContainIgnoringCase("nan")
          .doesNotContainIgnoringCase("infinity")
          .doesNotContain(Long.toString(Long.MAX_VALUE))
          .doesNotContain("9,223,372,036,854,775,807")
          .doesNotContain("E+")
          .doesNotContain("E-");
      if (format.equals("csv")) {
        for (String line : report.split("\r\n")) {
          for (String cell : line.split(",")) {
            assertThat(cell)
                .as("a CSV cell is never a bare exponent")
                .doesNotMatch(".*[0-9][eE][+-]?[0-9].*");
          }
        }
      }
    }
  }
}
