package dev.drplan.report;

import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.Catalog;
import dev.drplan.model.Bottleneck;
import dev.drplan.model.CostLine;
import dev.drplan.model.FeasibilityRules;
import dev.drplan.model.Figure;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.RecommendationFlip;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.CatalogSchema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's words for everything the engine names by an identifier: a figure (by its registry
 * label), a scenario input, an option kind, a bottleneck, a distribution, a catalog entry and a
 * reason. The proposal (HTML and XLSX) words everything through here, so that no JSON key, scenario
 * key or reason code reaches a customer; ProposalWordingTest scans the rendered proposal for them.
 *
 * <p>The terminal, markdown, CSV and JSON outputs of {@code compare} keep the engine's own words
 * (their golden files are a contract), except that the markdown, which is pasted into proposals,
 * names an input a finding rests on as the proposal does, with its key path ({@link
 * #markdownReason}).
 */
final class Wording {
  private Wording() {}

  /**
   * Reason templates reworded for a customer where the engine's name scenario keys ({@code
   * max_seed}) or read as a log line; the other codes' templates already read as sentences. Slots
   * are the engine's ({@link ReasonText}).
   */
  private static final Map<ReasonCode, String> CUSTOMER_TEMPLATES = customerTemplates();

  private static Map<ReasonCode, String> customerTemplates() {
    Map<ReasonCode, String> templates = new EnumMap<>(ReasonCode.class);
    templates.put(
        ReasonCode.RPO_COMPLIANCE_MISSED,
        "over the replayed change profile the recovery point is within its objective"
            + " {rpo_objective} for {within_objective} of the time, less than the {rpo_compliance}"
            + " asked for; {needed_rate} ({circuits} circuits) would meet it");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_CAPPED,
        "over the replayed change profile the recovery point is within its objective"
            + " {rpo_objective} for {within_objective} of the time, less than the {rpo_compliance}"
            + " asked for; that needs {needed_rate}, but {bottleneck} caps the replication rate at"
            + " {capped_rate}, below it, whatever the number of circuits");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_UNREACHABLE,
        "over the replayed change profile the recovery point is within its objective"
            + " {rpo_objective} for {within_objective} of the time, less than the {rpo_compliance}"
            + " asked for, and no replication rate reaches that at this copy interval: copies that"
            + " took no time would reach {best_possible}");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS,
        "the replication rate {needed_rate} that would keep the recovery point within its"
            + " objective {rpo_objective} for the {rpo_compliance} of the time asked for is beyond"
            + " any number of circuits of {circuit_rate} each");
    templates.put(
        ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT,
        "the change profile, scaled from the size it was measured at to this data, takes the"
            + " replay beyond {data_limit} (the changes of one interval, or the largest backlog) or"
            + " {data_limit} a second (the rate needed), more than drplan computes: its recovery"
            + " point figures are not given");
    templates.put(
        ReasonCode.SEED_NEVER_CONVERGES,
        "the first full copy never finishes: the replication rate {replication_rate}, limited by"
            + " {bottleneck}, does not exceed the rate at which data changes, {change_rate}; it"
            + " falls short by {shortfall}");
    templates.put(
        ReasonCode.SEED_TOO_LONG,
        "the first full copy takes {seed}, longer than the {max_seed} allowed for it");
    templates.put(
        ReasonCode.RPO_BACKLOG_GROWS,
        "if the busiest hour's rate of change lasted around the clock (the worst case this plan"
            + " assumes), incremental copies would fall behind without bound: the peak change rate"
            + " {peak_change_rate} is at least the replication rate {replication_rate}, limited by"
            + " {bottleneck}; a replay of the estate's measured pattern of changes would show"
            + " whether they really fall behind");
    templates.put(
        ReasonCode.TOO_MANY_NODES,
        "{nodes} VMs are needed by the end of the horizon, more than the {max_nodes} one cluster"
            + " may hold; it would take {clusters} clusters");
    templates.put(
        ReasonCode.OBJECT_TOO_LARGE,
        "objects of {object_size} exceed the largest object Cloud Storage accepts,"
            + " {max_object_size}");
    templates.put(
        ReasonCode.NO_REPLICATION_RATE, "the replication rate is zero, limited by {bottleneck}");
    templates.put(
        ReasonCode.VERDICT_RESTS_ON,
        "{finding} rests on {key} = {value}, {origin}: at {flip} it would {change}"
            + " ({figure_name} {figure_value}), and {pair_then}");
    templates.put(
        ReasonCode.RECOMMENDATION_RESTS_ON,
        "the recommendation rests on {key} = {value}, {origin}: at {flip} it would be {other}");
    templates.put(
        ReasonCode.EXISTING_COPY_MOVE_NOT_TIMED,
        "moving the existing copy ({moved}) from its cloud into the bucket is not counted in the"
            + " time of the first copy, which counts only the changes since the copy was taken;"
            + " the move costs {copy_egress} of that cloud's egress, once");
    templates.put(
        ReasonCode.APPLIANCE_LOADS,
        "{appliances} transfer appliance loads, shipped {in_flight} at a time: {batches} × the"
            + " round trip, one after another");
    return templates;
  }

  /**
   * Reason templates for the markdown where the engine's name a scenario key: the key's meaning,
   * its path given once beside it as code, as the markdown names the inputs a finding rests on
   * ({@link #markdownReason}).
   */
  private static final Map<ReasonCode, String> MARKDOWN_TEMPLATES = markdownTemplates();

  private static Map<ReasonCode, String> markdownTemplates() {
    Map<ReasonCode, String> templates = new EnumMap<>(ReasonCode.class);
    String compliance =
        "the share of time asked for, {rpo_compliance} (`objectives.rpo_compliance`)";
    templates.put(
        ReasonCode.SEED_TOO_LONG,
        "the first copy takes {seed}, longer than the longest acceptable first full copy,"
            + " {max_seed} (`objectives.max_seed`)");
    templates.put(
        ReasonCode.RPO_BACKLOG_GROWS,
        "at the busiest hour's change rate held without a pause (the model's worst case),"
            + " incremental copies fall behind without bound: the peak change rate"
            + " {peak_change_rate} is at least the replication rate {replication_rate}"
            + " ({bottleneck}); a measured change profile (`change_profile`) replays the real"
            + " pattern (§5, the backlog)");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_MISSED,
        "over the replayed change profile the RPO is within the objective {rpo_objective} for"
            + " {within_objective} of the time, less than "
            + compliance
            + "; {needed_rate} ({circuits} circuits) would meet it");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_CAPPED,
        "over the replayed change profile the RPO is within the objective {rpo_objective} for"
            + " {within_objective} of the time, less than "
            + compliance
            + "; that needs {needed_rate}, but {bottleneck} caps the replication rate at"
            + " {capped_rate}, below it, whatever the circuits");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_UNREACHABLE,
        "over the replayed change profile the RPO is within the objective {rpo_objective} for"
            + " {within_objective} of the time, less than "
            + compliance
            + ", and no replication rate meets it at this interval: instant copies would reach"
            + " {best_possible}");
    templates.put(
        ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS,
        "the replication rate {needed_rate} that would keep the RPO within the objective"
            + " {rpo_objective} for "
            + compliance
            + " of the replayed change profile is beyond any number of circuits of {circuit_rate}"
            + " each");
    templates.put(
        ReasonCode.TOO_MANY_NODES,
        "{nodes} VMs are needed by the end of the horizon, more than the largest node count of"
            + " one cluster, {max_nodes} (the option's `max_nodes`); it would take {clusters}"
            + " clusters");
    return templates;
  }

  /**
   * What the scenario would need to give for a line to be priced, for the markdown: in words, with
   * the keys to set as code.
   */
  private static final Map<CostLine, String> NOT_PRICED_IN_MARKDOWN = notPricedInMarkdown();

  private static Map<CostLine, String> notPricedInMarkdown() {
    Map<CostLine, String> because = new EnumMap<>(CostLine.class);
    because.put(
        CostLine.LICENCE,
        "no licence price per usable TB-month on the VMs, the option's `licence_per_tb_month`");
    because.put(
        CostLine.COPY_ENGINE_HOSTS,
        "no monthly price of a mover host, `copy_engine.host_monthly_cost` or"
            + " `host_machine_type`");
    because.put(
        CostLine.TRANSFER_FEE,
        "the transfer tool, `copy_engine.tool`, not named, or its fee per GiB not known");
    because.put(
        CostLine.REPLICATION,
        "the fee per GiB of inter-region replication, the option's `prices.replication_per_gib`, is a"
            + " catalog placeholder of 0: Google's price was not found");
    because.put(
        CostLine.VLAN_ATTACHMENTS,
        "no price of one VLAN attachment per hour, `network.vlan_attachment_hourly`");
    because.put(CostLine.EGRESS, "no fee per GiB leaving the cloud, the option's `egress_per_gib`");
    because.put(
        CostLine.APPLIANCES,
        "the appliance fee or shipping is a catalog placeholder of 0: Google publishes neither");
    return because;
  }

  /** The lines of a not-priced note in the markdown's words: "licence (no licence price ...)". */
  private static String notPricedInMarkdown(FeasibilityRules.NotPriced lines) {
    List<String> parts = new ArrayList<>();
    for (CostLine line : lines.lines()) {
      parts.add(
          line.label()
              + " ("
              + NOT_PRICED_IN_MARKDOWN.getOrDefault(line, "no price was given")
              + ")");
    }
    return String.join(", ", parts);
  }

  /** What goes wrong, in a few words, for each reason that makes a pair infeasible. */
  private static final Map<ReasonCode, String> FAILURES = failures();

  private static Map<ReasonCode, String> failures() {
    Map<ReasonCode, String> failures = new EnumMap<>(ReasonCode.class);
    failures.put(ReasonCode.SEED_NEVER_CONVERGES, "the first full copy never finishes");
    failures.put(ReasonCode.SEED_TOO_LONG, "the first full copy takes too long");
    failures.put(
        ReasonCode.RPO_BACKLOG_GROWS,
        "incremental copies fall behind at the busiest hour's rate held (the worst case)");
    failures.put(ReasonCode.RPO_MISSED, "the recovery point misses its objective");
    failures.put(ReasonCode.RPO_UNREACHABLE, "no copy interval meets the recovery point objective");
    failures.put(
        ReasonCode.RPO_NEVER_CATCHES_UP, "over the change profile, the copies never catch up");
    failures.put(
        ReasonCode.RPO_COMPLIANCE_MISSED,
        "the recovery point objective is met too little of the time");
    failures.put(
        ReasonCode.RPO_COMPLIANCE_CAPPED,
        "no number of circuits alone meets the recovery point objective often enough");
    failures.put(
        ReasonCode.RPO_COMPLIANCE_UNREACHABLE,
        "no replication rate meets the recovery point objective often enough");
    failures.put(
        ReasonCode.RPO_COMPLIANCE_BEYOND_CIRCUITS,
        "no number of circuits meets the recovery point objective often enough");
    failures.put(
        ReasonCode.RPO_REPLAY_BEYOND_DATA_LIMIT,
        "the replayed change profile goes beyond what drplan computes");
    failures.put(ReasonCode.RTO_MISSED, "the recovery time misses its objective");
    failures.put(ReasonCode.TOO_MANY_NODES, "more VMs are needed than one cluster may hold");
    failures.put(ReasonCode.OBJECT_TOO_LARGE, "the objects are larger than Cloud Storage accepts");
    failures.put(ReasonCode.NO_REPLICATION_RATE, "nothing can be replicated");
    return failures;
  }

  private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9_]+)\\}");

  // ---- figures and inputs --------------------------------------------------------------------

  /** A figure's label from its registry row ({@code "first full copy"}). */
  static String figure(Figure figure) {
    String label = figure.label();
    if (label == null) {
      throw new IllegalStateException(figure.id() + " has no label in its figure registry");
    }
    return label;
  }

  /** A figure's label with a capital first letter, for a column header or a title. */
  static String figureTitle(Figure figure) {
    return capitalised(figure(figure));
  }

  /**
   * A scenario input for a customer: what it means ({@code "Data to protect on day one"}), after
   * the option or configuration it belongs to, if any ({@code "gcs-archive: throughput of one
   * stream"}).
   */
  static String input(ScenarioKey key, Scenario scenario) {
    String owner = owner(key.path(), scenario);
    return owner == null ? capitalised(key.meaning()) : owner + ": " + key.meaning();
  }

  /**
   * An uncertain input for a customer: its key's words, and for a quantity named once for several
   * keys, whose it is ({@code "Throughput of one stream, shared by gcs-archive, gcs-coldline"}).
   */
  static String input(UncertainInput input, ScenarioKey first, Scenario scenario) {
    if (!input.named()) {
      return input(first, scenario);
    }
    List<String> owners = new ArrayList<>();
    for (String path : input.sets()) {
      String owner = owner(path, scenario);
      if (owner != null && !owners.contains(owner)) {
        owners.add(owner);
      }
    }
    return owners.size() < 2
        ? input(first, scenario)
        : capitalised(first.meaning()) + ", shared by " + String.join(", ", owners);
  }

  /**
   * An uncertain input of {@code uncertain} for a customer, by its name: a key path, or the name a
   * quantity is given once in {@code uncertain:}.
   */
  /**
   * An uncertain input in the markdown: its meaning with its key path beside it as code ("Compound
   * growth per year (`dataset.annual_growth`)"), as compare's markdown names a key.
   */
  static String inputInMarkdown(UncertainScenario uncertain, String name) {
    return input(uncertain, name) + " (`" + name + "`)";
  }

  static String input(UncertainScenario uncertain, String name) {
    Scenario scenario = uncertain.base();
    for (UncertainInput input : uncertain.inputs()) {
      if (input.key().equals(name)) {
        return input(input, ScenarioKeys.key(scenario, input.sets().get(0)), scenario);
      }
    }
    return input(ScenarioKeys.key(scenario, name), scenario);
  }

  /** The option or configuration a key's path belongs to, or null for a scenario-wide key. */
  private static String owner(String path, Scenario scenario) {
    String found = null;
    for (DrOption option : scenario.options()) {
      String prefix = "options." + option.name() + ".";
      if (path.startsWith(prefix) && (found == null || option.name().length() > found.length())) {
        found = option.name();
      }
    }
    for (Configuration configuration : scenario.primary().configurations()) {
      String prefix = "primary.configurations." + configuration.name() + ".";
      if (path.startsWith(prefix)) {
        found = configuration.name();
      }
    }
    return found;
  }

  /** A distribution's name: {@code "triangular"}, {@code "PERT"}, {@code "log-normal"}. */
  static String distribution(String id) {
    switch (id) {
      case "pert":
        return "PERT";
      case "lognormal":
        return "log-normal";
      default:
        return id;
    }
  }

  // ---- options and bottlenecks ---------------------------------------------------------------

  /** An option kind: {@code "namespace in the cloud"}, {@code "copy in Cloud Storage"}. */
  static String kind(String kind) {
    switch (kind) {
      case NamespaceInCloud.KIND:
        return "namespace in the cloud";
      case DataCopy.KIND:
        return "copy in Cloud Storage";
      default:
        return kind.replace('-', ' ');
    }
  }

  /** What limits a rate, for a table cell: {@code "network"}, {@code "copy engine"}. */
  static String bottleneck(Bottleneck bottleneck) {
    switch (bottleneck) {
      case NETWORK:
        return "network";
      case PRIMARY:
        return "primary's egress";
      case COPY_ENGINE:
        return "copy engine";
      case CLOUD_NODES:
        return "cloud VMs";
      default:
        return bottleneck.id().replace('-', ' ');
    }
  }

  /** A bottleneck by its id, as a reason's figure carries it, inside a sentence: "the network". */
  private static String bottleneckInSentence(Object id) {
    for (Bottleneck bottleneck : Bottleneck.values()) {
      if (bottleneck.id().equals(id)) {
        return "the " + bottleneck(bottleneck);
      }
    }
    return Display.value(id);
  }

  // ---- catalog entries -----------------------------------------------------------------------

  /**
   * A catalog entry for a customer: the item its path names and what the figure means, from the
   * catalog schema: {@code "Cloud Storage Archive, us-central1: at-rest price per GiB-month"}.
   */
  static String catalogEntry(String path) {
    String[] segments = path.split("\\.", -1);
    CatalogSchema.Field field = CatalogSchema.field(path);
    String meaning =
        field == null ? segments[segments.length - 1].replace('_', ' ') : field.meaning();
    return catalogItem(segments) + ": " + meaning;
  }

  private static String catalogItem(String[] segments) {
    String group = segments[0];
    String name = segments.length > 2 ? segments[1] : "";
    switch (group) {
      case "gcs":
        return "Cloud Storage " + capitalised(name) + ", " + segments[2];
      case "egress":
        return "Egress (" + name + ")";
      case "interconnect":
        return "Interconnect " + name;
      case "machines":
        return "VM " + name;
      case "dboxes":
        return "D-box " + name;
      case "cboxes":
        return "C-box " + name;
      case "appliances":
        return "Transfer Appliance " + name;
      case "transfer":
        return "Transfer tool " + name;
      case "vlan_attachments":
        return "VLAN attachment " + name;
      default:
        return capitalised(group.replace('_', ' ')) + " " + name;
    }
  }

  // ---- reasons -------------------------------------------------------------------------------

  /** The template a customer reads for {@code code}: the reworded one, else the engine's. */
  static String template(ReasonCode code) {
    return CUSTOMER_TEMPLATES.getOrDefault(code, code.template());
  }

  /**
   * A reason about a pair or the recommendation of {@code scenario} in the customer's words, its
   * figures in {@link Display} units: an input it names by key path in the words of its key, a
   * catalog entry in the words of {@link #catalogEntry}, the cost lines without a price in plain
   * words.
   */
  static String reason(Reason reason, Scenario scenario) {
    if (reason.code() == ReasonCode.RECOMMENDATION_RESTS_ON) {
      // The report says how likely the pair is from its own sampled futures, beside this.
      ReasonText.RestingInputs words = new Inputs(scenario, false);
      return ReasonText.flips(reason, flip -> ReasonText.flipInput(flip, words), false);
    }
    Matcher slot = SLOT.matcher(template(reason.code()));
    StringBuilder text = new StringBuilder();
    boolean restsOn = ReasonText.restsOn(reason.code());
    ReasonText.RestingInputs inputs = new Inputs(scenario, false);
    while (slot.find()) {
      String name = slot.group(1);
      Object value = reason.figures().get(name);
      String filled;
      if (!reason.figures().containsKey(name)) {
        filled = slot.group();
      } else if (name.equals("bottleneck")) {
        filled = bottleneckInSentence(value);
      } else if (value instanceof FeasibilityRules.NotPriced) {
        filled = notPriced((FeasibilityRules.NotPriced) value);
      } else if (restsOn && name.equals("key")) {
        filled = inputs.input((String) value);
      } else if (restsOn && name.equals("origin")) {
        filled = inputs.origin(reason);
      } else if (restsOn && name.equals("finding")) {
        String failure = failure((ReasonCode) reason.figures().get("failure"));
        filled =
            Boolean.TRUE.equals(reason.figures().get("held"))
                ? "that " + failure
                : "avoiding that " + failure;
      } else {
        filled = Display.value(value);
      }
      slot.appendReplacement(text, Matcher.quoteReplacement(filled));
    }
    slot.appendTail(text);
    return text.append(ReasonText.restsOn(reason, note -> ReasonText.restingInput(note, inputs)))
        .toString();
  }

  /**
   * The one name of a figure's uncertainty (docs/model.md §8): "uncertain catalog figure", or
   * "catalog placeholder" when no source gives it.
   */
  static String uncertainty(RecommendationFlip.Source source) {
    return Catalog.uncertaintyInSentence(source == RecommendationFlip.Source.CATALOG_PLACEHOLDER);
  }

  /**
   * A reason in the markdown's words: the engine's ({@link ReasonText#of}), except that an input a
   * finding rests on, a catalog placeholder or an uncertain catalog figure, is named as the
   * proposal names it, with its key path beside it as code so that the reader finds the key to set:
   * "appliances used at once (`options.gcs-archive-appliance-seed.appliance.in_flight`) = 1, a
   * catalog placeholder (Transfer Appliance ta300: appliances used at once)". Render it with {@link
   * Prose#markdown}.
   */
  static String markdownReason(Reason reason, Scenario scenario) {
    return ReasonText.of(reason, new Inputs(scenario, true));
  }

  /**
   * The inputs a finding rests on, named in words: an input by its key's meaning, after the option
   * or configuration it belongs to ("appliances used at once (gcs-archive-appliance-seed)"), or
   * with its key path in code ({@code keyPaths}, for the markdown); its origin as a placeholder or
   * an uncertain catalog figure, and which ({@link #catalogEntry}).
   */
  private record Inputs(Scenario scenario, boolean keyPaths) implements ReasonText.RestingInputs {
    @Override
    public String input(String path) {
      ScenarioKey key = ScenarioKeys.key(scenario, path);
      return keyPaths ? key.meaning() + " (`" + path + "`)" : inputInSentence(key, scenario);
    }

    @Override
    public String entry(String path) {
      return catalogEntry(path);
    }

    @Override
    public String distribution(String name, String path) {
      // The one figure of every key it sets, by that figure's meaning.
      String meaning = ScenarioKeys.key(scenario, path).meaning();
      return keyPaths ? meaning + " (`" + name + "`)" : meaning;
    }

    @Override
    public String template(ReasonCode code) {
      return keyPaths ? MARKDOWN_TEMPLATES.getOrDefault(code, code.template()) : code.template();
    }

    @Override
    public String value(Object value) {
      return keyPaths && value instanceof FeasibilityRules.NotPriced
          ? notPricedInMarkdown((FeasibilityRules.NotPriced) value)
          : Display.value(value);
    }

    @Override
    public String origin(Reason note) {
      // The catalog entry too, in words: the note that would name it is left out when the
      // reason says it (ReasonText.notesToSay), so the clause is where a reader finds it.
      return Catalog.uncertaintyInSentence(Boolean.TRUE.equals(note.figures().get("placeholder")))
          + " ("
          + catalogEntry((String) note.figures().get("entry"))
          + ")";
    }
  }

  /** Reasons in the customer's words, as one sentence ({@link ReasonText#sentence}'s shape). */
  static String sentence(List<Reason> reasons, Scenario scenario) {
    return ReasonText.sentence(reasons, reason -> reason(reason, scenario));
  }

  /** An input inside a sentence: "appliances used at once (gcs-archive-appliance-seed)". */
  private static String inputInSentence(ScenarioKey key, Scenario scenario) {
    String owner = owner(key.path(), scenario);
    return owner == null ? key.meaning() : key.meaning() + " (" + owner + ")";
  }

  /** What the scenario would need to give for each line to be priced, in the customer's words. */
  private static final Map<CostLine, String> NOT_PRICED_BECAUSE = notPricedBecause();

  private static Map<CostLine, String> notPricedBecause() {
    Map<CostLine, String> because = new EnumMap<>(CostLine.class);
    because.put(CostLine.LICENCE, "no licence price per TB-month was given");
    because.put(CostLine.COPY_ENGINE_HOSTS, "no monthly price of a mover host was given");
    because.put(CostLine.TRANSFER_FEE, "the transfer tool, or its fee per GiB, is not known");
    because.put(
        CostLine.REPLICATION,
        "Google bills it on every write to a dual- or multi-region bucket, but its price per GiB"
            + " was not found");
    because.put(CostLine.VLAN_ATTACHMENTS, "no hourly price of a VLAN attachment was given");
    because.put(CostLine.EGRESS, "no egress price per GiB was given");
    because.put(
        CostLine.APPLIANCES,
        "Google publishes no appliance usage fee or shipping price; a quote is needed");
    return because;
  }

  /** The lines of a not-priced note: "licence (no licence price per TB-month was given)". */
  private static String notPriced(FeasibilityRules.NotPriced lines) {
    List<String> parts = new ArrayList<>();
    for (CostLine line : lines.lines()) {
      parts.add(
          line.label() + " (" + NOT_PRICED_BECAUSE.getOrDefault(line, "no price was given") + ")");
    }
    return String.join(", ", parts);
  }

  /**
   * What goes wrong when {@code code} holds, in a few words: "the first full copy takes too long".
   */
  static String failure(ReasonCode code) {
    return FAILURES.getOrDefault(code, "it is not feasible");
  }

  /** Whether {@code code} has its own words in {@link #failure}. */
  static boolean hasFailureWords(ReasonCode code) {
    return FAILURES.containsKey(code);
  }

  /** The reasons' failures joined: "a and b", "a, b and c". */
  static String failures(List<ReasonCode> codes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      if (i > 0) {
        out.append(i == codes.size() - 1 ? " and " : ", ");
      }
      out.append(failure(codes.get(i)));
    }
    return out.toString();
  }

  /**
   * A label inside a sentence: its first letter in lower case unless the first word is an acronym
   * or a name ("VLAN attachments", "gcs-archive: ..." stay as they are).
   */
  static String inSentence(String text) {
    if (text.length() < 2
        || !Character.isUpperCase(text.charAt(0))
        || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
