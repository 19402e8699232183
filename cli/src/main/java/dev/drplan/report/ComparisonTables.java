package dev.drplan.report;

import dev.drplan.analysis.PairRemedies;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.CostLine;
import dev.drplan.model.Evaluation;
import dev.drplan.model.ExpansionStep;
import dev.drplan.model.LineCosts;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairBacklog;
import dev.drplan.model.Reason;
import dev.drplan.model.Recommendation;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.CompliantRate;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of a comparison as display strings, shared by the terminal and the markdown report: a
 * summary of the inputs, the configurations, their expansion plan, the results (replication and
 * recovery, then cost), the numbered reasons and notes, and the recommendation.
 *
 * <p>The same tables serve the customer's proposal ({@link #forCustomer}): the figures are the
 * same, and the words are {@link Wording}'s (option kinds, bottlenecks and reasons in plain English
 * instead of the identifiers {@code compare} prints).
 */
final class ComparisonTables {
  private final Comparison comparison;
  private final boolean customer;
  private final Function<Reason, String> words;
  private final ReasonNotes notes;

  /** The tables in {@code compare}'s words (the golden files of the terminal). */
  ComparisonTables(Comparison comparison) {
    this(comparison, false, ReasonText::of);
  }

  private ComparisonTables(
      Comparison comparison, boolean customer, Function<Reason, String> words) {
    this.comparison = comparison;
    this.customer = customer;
    this.words = words;
    this.notes = new ReasonNotes(comparison.evaluation().results(), words);
  }

  /** The tables in the customer's words, for the proposal. */
  static ComparisonTables forCustomer(Comparison comparison) {
    return new ComparisonTables(comparison, true, r -> Wording.reason(r, comparison.scenario()));
  }

  /**
   * The tables in {@code compare}'s words with the inputs a finding rests on named as the proposal
   * names them, key path beside ({@link Wording#markdownReason}): the markdown, pasted into
   * proposals. Its reasons carry code spans: render them with {@link Prose#markdown}.
   */
  static ComparisonTables forMarkdown(Comparison comparison) {
    return new ComparisonTables(
        comparison, false, r -> Wording.markdownReason(r, comparison.scenario()));
  }

  /** The data, objectives and network in one line each. */
  List<String> summary() {
    Scenario scenario = comparison.scenario();
    Evaluation evaluation = comparison.evaluation();
    Dataset dataset = scenario.dataset();
    Objectives objectives = scenario.objectives();
    Network network = scenario.network();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Data: "
            + Display.sizeAsWritten(evaluation.logicalStart())
            + " on day one, "
            + Display.sizeLike(evaluation.logicalEnd(), evaluation.logicalStart())
            + " at the end of the "
            + Display.duration(evaluation.horizon())
            + " horizon (growth "
            + Display.percent(dataset.annualGrowth())
            + " a year, daily change "
            + Display.percent(dataset.dailyChange())
            + ", peak factor "
            + Display.number(dataset.peakFactor())
            + ")."
            + InputMarks.marksOf(
                scenario,
                List.of("day-one size", "horizon", "growth", "daily change", "peak factor"),
                List.of(
                    "dataset.logical_size",
                    "horizon",
                    "dataset.annual_growth",
                    "dataset.daily_change",
                    "dataset.peak_factor")));
    lines.add(
        "Objectives: RPO "
            + Display.duration(objectives.rpo())
            + ", RTO "
            + Display.duration(objectives.rto())
            + " for "
            + Display.percent(objectives.recoveryScope())
            + " of the data, first copy within "
            + Display.duration(objectives.maxSeed())
            + "."
            + InputMarks.marksOf(
                scenario,
                List.of("RPO", "RTO", "recovery scope", "first-copy limit"),
                List.of(
                    "objectives.rpo",
                    "objectives.rto",
                    "objectives.recovery_scope",
                    "objectives.max_seed")));
    lines.add(
        "Network: "
            + network.circuits()
            + " x "
            + Display.gigabits(network.lineRate())
            + " at "
            + Display.percent(network.efficiency())
            + " efficiency, "
            + Display.percent(network.drShare())
            + " for DR."
            + InputMarks.marksOf(
                scenario,
                List.of("circuits", "line rate", "efficiency", "DR share"),
                List.of(
                    "network.circuits",
                    "network.line_rate",
                    "network.efficiency",
                    "network.dr_share")));
    lines.add(InputMarks.summary(scenario, ""));
    if (replayed()) {
      lines.add(BacklogText.profileLine(comparison));
    }
    return lines;
  }

  /**
   * Every input of the scenario with whether the customer stated it or it is an assumption, and
   * what was said or the reason ({@link InputMarks}); empty for a scenario that marks none.
   */
  Table inputs() {
    Table table =
        new Table().left("input").right("value").left("source").left("said, or the reason");
    if (!InputMarks.any(comparison.scenario())) {
      return table;
    }
    for (InputMarks.Entry entry : InputMarks.of(comparison.scenario())) {
      table.row(
          List.of(
              entry.label(),
              entry.value(),
              entry.mark() == null ? InputMarks.NOT_MARKED : InputMarks.word(entry.mark()),
              entry.mark() == null ? Display.NONE : entry.note()));
    }
    return table;
  }

  /**
   * Whether the evaluation replayed a change profile (docs/model.md §5, "The backlog"): only then
   * do {@link #replayedRpo()} and {@link #backlog()} exist.
   */
  boolean replayed() {
    return comparison.evaluation().replay() != null;
  }

  /** The title of {@link #replayedRpo()}. */
  String replayedRpoTitle() {
    Objectives objectives = comparison.scenario().objectives();
    return "DR options: RPO over the change profile (objective "
        + Display.duration(objectives.rpo())
        + ", "
        + Display.percent(objectives.rpoCompliance())
        + " of the time)";
  }

  /** The achieved RPO of every pair over the replayed change profile, and the verdict. */
  Table replayedRpo() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("interval")
            .right("RPO P50")
            .right("RPO P95")
            .right("RPO P99")
            .right("RPO max")
            .right("within objective")
            .right("violations a day")
            .left("feasible");
    for (OptionResult result : comparison.evaluation().results()) {
      BacklogResult simulated = result.backlog().simulated();
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              Display.duration(BacklogText.interval(comparison.scenario(), result.option())),
              simulated == null ? Display.NONE : Display.duration(simulated.rpoP50()),
              simulated == null ? Display.NONE : Display.duration(simulated.rpoP95()),
              simulated == null ? Display.NONE : Display.duration(simulated.rpoP99()),
              simulated == null ? Display.NONE : Display.duration(simulated.rpoMax()),
              simulated == null ? Display.NONE : Display.percent(simulated.withinObjective()),
              simulated == null ? Display.NONE : Display.number(simulated.violationsPerDay()),
              Display.yesNo(result.feasible())));
    }
    return table;
  }

  /** The title of {@link #backlog()}. */
  String backlogTitle() {
    Objectives objectives = comparison.scenario().objectives();
    return "DR options: backlog, and the bandwidth for an RPO of "
        + Display.duration(objectives.rpo())
        + " "
        + Display.percent(objectives.rpoCompliance())
        + " of the time";
  }

  /**
   * The queue of every pair (its largest backlog, when, how long it took to drain, whether the
   * copies keep up), and the replication rate and circuits that meet the RPO objective for
   * rpo_compliance of the time, with the RPO met all of the time at that rate.
   */
  Table backlog() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("largest backlog")
            .left("at")
            .right("drained in")
            .left("catches up")
            .right("rate needed")
            .right("circuits")
            .left("other limit")
            .right("RPO max at that rate");
    for (OptionResult result : comparison.evaluation().results()) {
      PairBacklog backlog = result.backlog();
      BacklogResult simulated = backlog.simulated();
      CompliantRate needed = backlog.compliance();
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              simulated == null ? Display.NONE : Display.size(simulated.largestBacklog()),
              simulated == null ? Display.NONE : BacklogText.instant(simulated.largestBacklogAt()),
              simulated == null ? Display.NONE : BacklogText.drain(simulated),
              BacklogText.catchesUp(backlog),
              needed.reachable()
                  ? Display.rate(needed.rate())
                  : backlog.beyondDataLimit() ? Display.NONE : "none",
              backlog.circuits() == null ? Display.NONE : Display.count(backlog.circuits()),
              backlog.cappedBy() == null
                  ? Display.NONE
                  : BacklogText.cappedBy(backlog, result, customer),
              needed.reachable() ? Display.duration(needed.rpoMax()) : Display.NONE));
    }
    return table;
  }

  /** One row per configuration: capacity, time to full, whether it holds the horizon. */
  Table configurations() {
    Table table =
        new Table()
            .left("configuration")
            .right("C-boxes")
            .right("D-boxes")
            .right("raw")
            .right("usable")
            .right("logical capacity")
            .right("time to full")
            .left("fits horizon")
            .right("replication egress");
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      table.row(
          List.of(
              configuration.configuration(),
              Display.count(configuration.cboxes()),
              Display.count(configuration.dboxes()),
              Display.size(configuration.raw()),
              Display.size(configuration.usable()),
              Display.size(configuration.logicalCapacity()),
              timeToFull(configuration),
              Display.yesNo(configuration.fitsHorizon()),
              Display.rate(configuration.replicationEgress())));
    }
    return table;
  }

  /** D-boxes needed at the end of each year, with the number added that year. */
  Table expansion() {
    int years = 0;
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      years = Math.max(years, configuration.expansion().size());
    }
    Table table = new Table().left("configuration");
    for (int year = 1; year <= years; year++) {
      table.right("year " + year);
    }
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      List<String> row = new ArrayList<>();
      row.add(configuration.configuration());
      for (ExpansionStep step : configuration.expansion()) {
        row.add(dboxes(step));
      }
      while (row.size() < years + 1) {
        row.add(Display.NONE);
      }
      table.row(row);
    }
    return table;
  }

  /** Whether the configurations have prices or a lead time, so {@link #onPremSpend} says more. */
  boolean hasOnPremSpend() {
    Primary primary = comparison.scenario().primary();
    return primary.dboxPrice() != null || primary.leadTime().seconds() > 0;
  }

  /**
   * What each configuration costs to buy and to expand, year by year, with the latest order date of
   * each expansion: when the D-boxes already owned fill, minus the lead time.
   */
  Table onPremSpend() {
    int years = 0;
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      years = Math.max(years, configuration.expansion().size());
    }
    Table table = new Table().left("configuration").right("purchase");
    for (int year = 1; year <= years; year++) {
      table.right("year " + year);
    }
    table.right("total");
    for (ConfigurationResult configuration : comparison.evaluation().configurations()) {
      List<String> row = new ArrayList<>();
      row.add(configuration.configuration());
      row.add(moneyOrNone(configuration.purchase()));
      for (ExpansionStep step : configuration.expansion()) {
        row.add(expansionSpend(step));
      }
      while (row.size() < years + 2) {
        row.add(Display.NONE);
      }
      row.add(moneyOrNone(configuration.onPremSpend()));
      table.row(row);
    }
    return table;
  }

  /**
   * {@link #onPremSpend} with one row per year (the purchase first, the total last) and a column
   * per configuration: the proposal's layout, which fits the page whatever the horizon.
   */
  Table onPremSpendDown() {
    List<ConfigurationResult> configurations = comparison.evaluation().configurations();
    int years = 0;
    Table table = new Table().left("year");
    for (ConfigurationResult configuration : configurations) {
      years = Math.max(years, configuration.expansion().size());
      table.right(configuration.configuration());
    }
    List<String> purchase = new ArrayList<>();
    purchase.add("purchase");
    for (ConfigurationResult configuration : configurations) {
      purchase.add(moneyOrNone(configuration.purchase()));
    }
    table.row(purchase);
    for (int year = 1; year <= years; year++) {
      List<String> row = new ArrayList<>();
      row.add("year " + year);
      for (ConfigurationResult configuration : configurations) {
        List<ExpansionStep> steps = configuration.expansion();
        row.add(year <= steps.size() ? expansionSpend(steps.get(year - 1)) : Display.NONE);
      }
      table.row(row);
    }
    List<String> total = new ArrayList<>();
    total.add("total");
    for (ConfigurationResult configuration : configurations) {
      total.add(moneyOrNone(configuration.onPremSpend()));
    }
    table.row(total);
    return table;
  }

  /** One expansion's spend and latest order date: "$16.2 M, order by day 24"; — when none. */
  private static String expansionSpend(ExpansionStep step) {
    if (step.dboxesToAdd() == 0) {
      return Display.NONE;
    }
    String when =
        step.lateBy().seconds() > 0
            ? Display.duration(step.lateBy()) + " late"
            : "order by day " + Display.count(Math.round(Math.floor(step.orderBy().days())));
    return (step.spend() == null ? "" : Display.money(step.spend()) + ", ") + when;
  }

  /** Years the expansion plan lists across the page; a longer plan lists them down it. */
  static final int YEARS_ACROSS = 10;

  /** The expansion plan with one row per year and a column per configuration. */
  Table expansionDown() {
    List<ConfigurationResult> configurations = comparison.evaluation().configurations();
    int years = 0;
    Table table = new Table().left("year");
    for (ConfigurationResult configuration : configurations) {
      years = Math.max(years, configuration.expansion().size());
      table.right(configuration.configuration());
    }
    for (int year = 1; year <= years; year++) {
      List<String> row = new ArrayList<>();
      row.add("year " + year);
      for (ConfigurationResult configuration : configurations) {
        List<ExpansionStep> steps = configuration.expansion();
        row.add(year <= steps.size() ? dboxes(steps.get(year - 1)) : Display.NONE);
      }
      table.row(row);
    }
    return table;
  }

  /**
   * Every cost line of every option over the horizon (recurring plus one-time): what the horizon
   * cost is made of. Costs do not depend on the configuration, so one row per option.
   */
  Table costLines() {
    List<OptionResult> options = onePerOption(comparison.evaluation().results());
    List<CostLine> used = horizonLinesOf(options);
    Table table = new Table().left("option");
    for (CostLine line : used) {
      table.right(line.label());
    }
    table.right("horizon cost");
    for (OptionResult result : options) {
      List<String> row = new ArrayList<>();
      row.add(result.option());
      LineCosts lines = result.costLines();
      for (CostLine line : used) {
        if (!lines.applies(line)) {
          row.add(Display.NONE);
        } else if (!lines.priced(line)) {
          row.add(Display.NOT_PRICED);
        } else {
          row.add(Display.money(lines.horizon(line)));
        }
      }
      row.add(Display.money(result.horizonCost()));
      table.row(row);
    }
    return table;
  }

  /**
   * The results of the first configuration: one per option, since an option's costs do not depend
   * on the configuration (§7).
   */
  static List<OptionResult> onePerOption(List<OptionResult> results) {
    List<OptionResult> options = new ArrayList<>();
    for (OptionResult result : results) {
      if (result.configuration().equals(results.get(0).configuration())) {
        options.add(result);
      }
    }
    return options;
  }

  /**
   * The cost lines that add to the horizon cost of at least one of {@code options}, in {@link
   * CostLine}'s order: the columns of a cost-lines table.
   */
  static List<CostLine> horizonLinesOf(List<OptionResult> options) {
    List<CostLine> used = new ArrayList<>();
    for (CostLine line : CostLine.values()) {
      for (OptionResult result : options) {
        if (line.inHorizonCost() && result.costLines().applies(line)) {
          used.add(line);
          break;
        }
      }
    }
    return used;
  }

  private static String moneyOrNone(Money money) {
    return money == null ? Display.NONE : Display.money(money);
  }

  private static String dboxes(ExpansionStep step) {
    return step.dboxesToAdd() > 0
        ? Display.count(step.dboxesNeeded()) + " (+" + Display.count(step.dboxesToAdd()) + ")"
        : Display.count(step.dboxesNeeded());
  }

  /** Replication, seed, RPO, RTO, cloud footprint and the verdict of every pair. */
  Table performance() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .left("kind")
            .right("replication")
            .left("bottleneck")
            .right("seed")
            .right("RPO")
            .right("RTO")
            .right("cloud at end")
            .left("feasible")
            .left("see");
    for (OptionResult result : comparison.evaluation().results()) {
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              customer ? Wording.kind(result.kind()) : result.kind(),
              Display.rate(result.replication().rate()),
              customer
                  ? Wording.bottleneck(result.replication().bottleneck())
                  : result.replication().bottleneck().id(),
              Display.durationOrNever(result.seed().time()),
              Display.durationOrNone(result.rpo()),
              Display.durationOrNone(result.rto()),
              footprint(result),
              Display.yesNo(result.feasible()),
              notes.references(result)));
    }
    return table;
  }

  /** Recurring, one-time, horizon and recovery-event cost of every pair. */
  Table costs() {
    Table table =
        new Table()
            .left("configuration")
            .left("option")
            .right("monthly at start")
            .right("monthly at end")
            .right("one-time")
            .right("horizon cost (" + Display.duration(comparison.evaluation().horizon()) + ")")
            .right("per recovery event")
            .left("feasible");
    for (OptionResult result : comparison.evaluation().results()) {
      table.row(
          List.of(
              result.configuration(),
              result.option(),
              Display.moneyPerMonth(result.monthlyCostStart()),
              Display.moneyPerMonth(result.monthlyCostEnd()),
              Display.money(result.oneTimeCost()),
              Display.money(result.horizonCost()),
              Display.money(result.recoveryEventCost()),
              Display.yesNo(result.feasible())));
    }
    return table;
  }

  /**
   * What the cost table's totals leave out, said under it so that no total reads as complete:
   * "These costs leave out what is not priced: licence (vast-on-z3); inter-region replication
   * (gcs-archive-nam4-run-in-cloud); the cost lines below show each."; empty when every line is
   * priced.
   */
  String notPricedNote() {
    return notPricedNote(
        onePerOption(comparison.evaluation().results()), "; the cost lines below show each.");
  }

  /**
   * "These costs leave out what is not priced: " each line with the options of {@code results} that
   * leave it out, then {@code tail}; empty when every line of them is priced.
   */
  static String notPricedNote(List<OptionResult> results, String tail) {
    Map<String, List<CostLine>> linesByOption = new LinkedHashMap<>();
    for (OptionResult result : results) {
      linesByOption.put(result.option(), result.costLines().notPriced());
    }
    return notPricedNote(linesByOption, tail);
  }

  /** {@link #notPricedNote(List, String)} from each option's lines not priced, in option order. */
  static String notPricedNote(Map<String, List<CostLine>> linesByOption, String tail) {
    Map<String, List<String>> optionsByLine = new LinkedHashMap<>();
    for (Map.Entry<String, List<CostLine>> option : linesByOption.entrySet()) {
      for (CostLine line : option.getValue()) {
        optionsByLine.computeIfAbsent(line.label(), l -> new ArrayList<>()).add(option.getKey());
      }
    }
    if (optionsByLine.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> line : optionsByLine.entrySet()) {
      parts.add(line.getKey() + " (" + String.join(", ", line.getValue()) + ")");
    }
    return "These costs leave out what is "
        + Display.NOT_PRICED
        + ": "
        + String.join("; ", parts)
        + tail;
  }

  /** The numbered reasons and notes the {@code see} column refers to. */
  List<ReasonNotes.Entry> notes() {
    return notes.entries();
  }

  /**
   * One line per infeasible pair: its best remedy in words, or that no single change within the
   * levers' bounds makes it feasible (docs/model.md, "Remedies").
   */
  List<String> remedies() {
    List<String> lines = new ArrayList<>();
    for (PairRemedies pair : comparison.remedies()) {
      lines.add(
          pair.option()
              + " on "
              + pair.configuration()
              + ": "
              + RemedyText.best(comparison.scenario(), pair));
    }
    return lines;
  }

  /** The recommended pair, or "none". */
  String recommended() {
    Recommendation recommendation = comparison.evaluation().recommendation();
    return recommendation.found()
        ? recommendation.option() + " on " + recommendation.configuration()
        : "none";
  }

  /**
   * That the figures are at the base values of the scenario's distributions, and where their
   * uncertainty is analysed (docs/model.md, "Deciding under uncertainty"); empty without any.
   */
  static String uncertainInputs(Comparison comparison) {
    int count = comparison.uncertainInputs().size();
    if (count == 0) {
      return "";
    }
    return "Uncertain inputs: "
        + (count == 1
            ? "1 input of this scenario is a distribution, so every figure above is at its"
            : count
                + " inputs of this scenario are distributions, so every figure above is at their")
        + " base value (the mode, or the median). How likely each pair is to be feasible and what"
        + " to ask the customer first: drplan decide; the spread of every figure: drplan"
        + " simulate.";
  }

  /** Why, as one sentence. */
  String why() {
    List<Reason> why = comparison.evaluation().recommendation().why();
    return ReasonText.sentence(why, words);
  }

  private static String timeToFull(ConfigurationResult configuration) {
    if (!configuration.fitsNow()) {
      return "already full";
    }
    return Display.durationOrNever(configuration.timeToFull());
  }

  private static String footprint(OptionResult result) {
    if (result.nodesEnd() != null) {
      String vms = Display.count(result.nodesEnd()) + " VMs";
      return result.clustersEnd() != null && result.clustersEnd() > 1
          ? vms + " in " + Display.count(result.clustersEnd()) + " clusters"
          : vms;
    }
    return result.storedEnd() == null ? Display.NONE : Display.size(result.storedEnd());
  }
}
