package dev.drplan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.model.AssumptionCheck;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairFigure;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drplan validate}: each data-copy option's copy-engine assumption beside the probe's
 * measurement, the verdict, and the figures that depend on it recomputed with the measured
 * throughput. Table, Markdown and JSON.
 */
public final class ValidationReport {

  /**
   * Where the measurement came from, for the heading and the JSON.
   *
   * @param hostsMeasured 1 for a probe (one host); N for a fleet of N hosts measured together
   * @param merged whether the file is a fleet's merged report (of which one worker may have
   *     reported)
   */
  public record Source(
      String file,
      String endpoint,
      boolean emulator,
      String outcome,
      List<String> warnings,
      int hostsMeasured,
      boolean merged) {

    /** True for a fleet's merged report. */
    public boolean fleet() {
      return hostsMeasured > 1;
    }
  }

  /**
   * Which figure the per-host throughput is, in words: one host's, multiplied by the hosts; or a
   * fleet's aggregate, divided by the hosts that reached it together.
   */
  static String basis(Source source) {
    if (!source.fleet()) {
      return (source.merged()
              ? "one host of the fleet reported (drplan probe merge)"
              : "one host measured (drplan probe)")
          + ": its throughput is taken per host and multiplied by the hosts";
    }
    int n = source.hostsMeasured();
    return "a fleet of "
        + n
        + " hosts measured together (drplan probe merge): per host is the aggregate over the"
        + " window where all "
        + n
        + " ran, divided by "
        + n
        + "; for "
        + n
        + " hosts the figures use the measured aggregate itself, for other counts it is scaled";
  }

  /** The basis of one option: {@code single_host}, {@code fleet} or {@code fleet_scaled}. */
  static String basisId(Source source, int hostsUsed) {
    if (!source.fleet()) {
      return "single_host";
    }
    return hostsUsed == source.hostsMeasured() ? "fleet" : "fleet_scaled";
  }

  private ValidationReport() {}

  public static String render(
      ReportFormat format, String scenario, Source source, List<AssumptionCheck.Matched> checks) {
    if (format == ReportFormat.JSON) {
      return json(scenario, source, checks);
    }
    boolean markdown = format == ReportFormat.MARKDOWN;
    StringBuilder out = new StringBuilder();
    out.append(markdown ? "# " : "").append("drplan validate: ").append(scenario).append('\n');
    out.append(markdown ? "\n" : "")
        .append("Probe: ")
        .append(source.file())
        .append(", endpoint ")
        .append(source.endpoint())
        .append(source.emulator() ? " (an emulator: these figures measure it, not GCS)" : "")
        .append(", outcome ")
        .append(source.outcome())
        .append('\n');
    out.append("Basis: ").append(basis(source)).append(".\n");
    for (String warning : source.warnings()) {
      out.append("warning: ").append(warning).append('\n');
    }
    out.append('\n')
        .append(markdown ? "## " : "")
        .append("Copy-engine assumptions against the probe\n\n");
    Table assumptions =
        new Table()
            .left("option")
            .right("object size (probed)")
            .right("streams per host")
            .right("per stream, assumed")
            .right("per stream, measured")
            .right("per host, assumed")
            .right("per host, measured")
            .right("hosts")
            .left("verdict");
    for (AssumptionCheck.Matched matched : checks) {
      AssumptionCheck.OptionCheck check = matched.check();
      if (check == null) {
        assumptions.row(
            List.of(
                matched.option(),
                Display.mebibytes(matched.optionObjectSize())
                    + " ("
                    + Display.mebibytes(matched.probedObjectSize())
                    + ")",
                Display.count(matched.assumedEngine().streamsPerHost()),
                Display.byteRate(matched.assumedEngine().perStream()),
                "-",
                "-",
                "-",
                Display.count(matched.hostsAssumed()),
                "no verdict (see below)"));
        continue;
      }
      assumptions.row(
          List.of(
              check.option(),
              Display.mebibytes(matched.optionObjectSize())
                  + " ("
                  + Display.mebibytes(matched.probedObjectSize())
                  + ")",
              Display.count(check.assumedEngine().streamsPerHost()),
              Display.byteRate(check.assumedEngine().perStream()),
              Display.byteRate(check.measuredPerStream()),
              Display.byteRate(check.assumedPerHost()),
              Display.byteRate(check.measuredPerHost()) + (check.extrapolated() ? " *" : ""),
              hosts(matched, source),
              verdict(check)));
    }
    out.append(markdown ? assumptions.toMarkdown() : assumptions.toText());
    if (checks.stream().anyMatch(m -> m.hasVerdict() && m.check().extrapolated())) {
      out.append(
          "\n* streams per host lie outside the probed stream counts: the nearest"
              + " measurement is used, never an extrapolated gain.\n");
    }
    if (checks.stream().anyMatch(m -> scaled(m, source))) {
      out.append('\n').append(scaledNote(source)).append('\n');
    }
    for (AssumptionCheck.Matched matched : checks) {
      if (!matched.hasVerdict()) {
        out.append('\n').append(noVerdict(matched)).append('\n');
      }
    }
    if (checks.stream().noneMatch(AssumptionCheck.Matched::hasVerdict)) {
      return out.toString();
    }
    out.append('\n')
        .append(markdown ? "## " : "")
        .append("Figures recomputed with the measured throughput (assumed -> measured)\n\n");
    Table figures =
        new Table()
            .left("configuration")
            .left("option")
            .right("replication")
            .left("bottleneck")
            .right("seed")
            .right("RPO")
            .right("RTO")
            .left("feasible");
    for (AssumptionCheck.Matched matched : checks) {
      if (!matched.hasVerdict()) {
        continue;
      }
      List<OptionResult> assumed = matched.check().assumed();
      List<OptionResult> measured = matched.check().measured();
      for (int i = 0; i < assumed.size(); i++) {
        OptionResult a = assumed.get(i);
        OptionResult m = measured.get(i);
        figures.row(
            List.of(
                a.configuration(),
                a.option(),
                Display.byteRate(a.replication().rate())
                    + " -> "
                    + Display.byteRate(m.replication().rate()),
                a.replication().bottleneck().id() + " -> " + m.replication().bottleneck().id(),
                pair(a.seed().time(), m.seed().time()),
                pair(a.rpo(), m.rpo()),
                pair(a.rto(), m.rto()),
                Display.yesNo(a.feasible()) + " -> " + Display.yesNo(m.feasible())));
      }
    }
    out.append(markdown ? figures.toMarkdown() : figures.toText());
    return out.toString();
  }

  private static String hosts(AssumptionCheck.Matched matched, Source source) {
    int used = matched.check().measuredEngine().hosts();
    String hosts =
        used == matched.hostsAssumed()
            ? Display.count(used)
            : Display.count(matched.hostsAssumed()) + " -> " + Display.count(used);
    return scaled(matched, source) ? hosts + " (scaled)" : hosts;
  }

  /**
   * True when the option's recomputed figures rest on a fleet's per-host figure times a host count
   * other than the fleet's ({@code fleet_scaled}): per host × hosts again, not the aggregate.
   */
  private static boolean scaled(AssumptionCheck.Matched matched, Source source) {
    return matched.hasVerdict()
        && "fleet_scaled".equals(basisId(source, matched.check().measuredEngine().hosts()));
  }

  /** The note on the rows marked (scaled): which figure they multiply, and what that assumes. */
  static String scaledNote(Source source) {
    int n = source.hostsMeasured();
    return "(scaled): these rows multiply the fleet's per-host figure (its aggregate / "
        + n
        + ") by a host count other than the "
        + n
        + " it measured together; for more than "
        + n
        + " hosts that assumes the bucket, the project's quotas and the network keep scaling,"
        + " which was not measured. Probe with a fleet of that size, or pass --hosts "
        + n
        + " for the measured aggregate itself.";
  }

  /**
   * Why an option has no verdict, in a sentence: the step its estimate would rest on did not run
   * all its streams, and how to probe again.
   */
  static String noVerdict(AssumptionCheck.Matched matched) {
    AssumptionCheck.NoVerdict why = matched.noVerdict();
    return "no verdict for "
        + matched.option()
        + ": it would rest on the probe's write step of "
        + Display.mebibytes(why.objectSize())
        + " objects on "
        + Display.count(why.streams())
        + " streams, in which only "
        + Display.count(why.activeStreams())
        + " of the "
        + Display.count(why.streams())
        + " streams completed an object (a --bytes budget of fewer objects than streams leaves"
        + " streams idle); probe again with --bytes of at least "
        + Display.count(why.streams())
        + " x "
        + Display.mebibytes(why.objectSize())
        + ".";
  }

  /** "holds", or "optimistic by 37.5%": how far the assumption is above the measurement. */
  static String verdict(AssumptionCheck.OptionCheck check) {
    if (check.holds()) {
      return "holds";
    }
    return "optimistic by " + Display.number(check.optimism() * 100) + "%";
  }

  private static String pair(TimeSpan assumed, TimeSpan measured) {
    return Display.durationOrNever(assumed) + " -> " + Display.durationOrNever(measured);
  }

  private static String json(String scenario, Source source, List<AssumptionCheck.Matched> checks) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", scenario);
    ObjectNode probe = root.putObject("probe");
    probe.put("file", source.file());
    probe.put("endpoint", source.endpoint());
    probe.put("emulator", source.emulator());
    probe.put("outcome", source.outcome());
    probe.put("hosts_measured", source.hostsMeasured());
    probe.put("basis", source.fleet() ? "fleet" : "single_host");
    ArrayNode warnings = probe.putArray("warnings");
    source.warnings().forEach(warnings::add);
    ArrayNode options = root.putArray("options");
    for (AssumptionCheck.Matched matched : checks) {
      AssumptionCheck.OptionCheck check = matched.check();
      ObjectNode option = options.addObject();
      if (check == null) {
        option.put("option", matched.option());
        option.put("object_size_bytes", Display.decimal(matched.optionObjectSize().bytes()));
        option.put("probed_object_size_bytes", Display.decimal(matched.probedObjectSize().bytes()));
        option.put("streams_per_host", matched.assumedEngine().streamsPerHost());
        option.put("hosts_assumed", matched.hostsAssumed());
        option.put("verdict", "none");
        option.put("no_verdict_reason", noVerdict(matched));
        continue;
      }
      option.put("option", check.option());
      option.put("object_size_bytes", Display.decimal(matched.optionObjectSize().bytes()));
      option.put("probed_object_size_bytes", Display.decimal(matched.probedObjectSize().bytes()));
      option.put("streams_per_host", check.assumedEngine().streamsPerHost());
      option.put("hosts_assumed", matched.hostsAssumed());
      option.put("hosts_used", check.measuredEngine().hosts());
      option.put("basis", basisId(source, check.measuredEngine().hosts()));
      option.put(
          "host_nic_bytes_per_second",
          Display.decimal(check.assumedEngine().hostNic().bytesPerSecond()));
      option.put(
          "per_stream_assumed_bytes_per_second",
          Display.decimal(check.assumedEngine().perStream().bytesPerSecond()));
      option.put(
          "per_stream_measured_bytes_per_second",
          Display.decimal(check.measuredPerStream().bytesPerSecond()));
      option.put(
          "per_host_assumed_bytes_per_second",
          Display.decimal(check.assumedPerHost().bytesPerSecond()));
      option.put(
          "per_host_measured_bytes_per_second",
          Display.decimal(check.measuredPerHost().bytesPerSecond()));
      option.put("extrapolated", check.extrapolated());
      option.put("verdict", check.holds() ? "holds" : "optimistic");
      option.put("optimism_percent", Display.decimal(check.optimism() * 100));
      ArrayNode results = option.putArray("results");
      for (int i = 0; i < check.assumed().size(); i++) {
        ObjectNode result = results.addObject();
        result.put("configuration", check.assumed().get(i).configuration());
        figures(result.putObject("assumed"), check.assumed().get(i));
        figures(result.putObject("measured"), check.measured().get(i));
      }
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The figures recomputed with the measurement, by their definitions (as in compare's JSON). */
  private static void figures(ObjectNode node, OptionResult result) {
    node.put("feasible", result.feasible());
    put(node, result, PairFigure.REPLICATION_BYTES_PER_SECOND);
    node.put("bottleneck", result.replication().bottleneck().id());
    put(node, result, PairFigure.SEED_SECONDS);
    put(node, result, PairFigure.RPO_SECONDS);
    put(node, result, PairFigure.RTO_SECONDS);
    List<String> codes = new ArrayList<>();
    result.reasons().forEach(r -> codes.add(r.code().id()));
    ArrayNode reasons = node.putArray("reason_codes");
    codes.forEach(reasons::add);
  }

  private static void put(ObjectNode node, OptionResult result, PairFigure figure) {
    double canonical = figure.canonical(result);
    if (Double.isNaN(canonical)) {
      node.putNull(figure.id());
    } else {
      node.put(figure.id(), Display.decimal(canonical));
    }
  }
}
