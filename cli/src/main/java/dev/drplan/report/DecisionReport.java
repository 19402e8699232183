package dev.drplan.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drplan.analysis.DecisionResult;
import dev.drplan.analysis.DecisionResult.Alternative;
import dev.drplan.analysis.DecisionResult.Blocking;
import dev.drplan.analysis.DecisionResult.Choice;
import dev.drplan.analysis.DecisionResult.Information;
import dev.drplan.analysis.DecisionResult.InputFlips;
import dev.drplan.analysis.DecisionResult.LeverReach;
import dev.drplan.analysis.DecisionResult.Question;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.analysis.decision.FeasibilityDriver;
import dev.drplan.analysis.decision.FlipPoint;
import dev.drplan.analysis.decision.VoiEstimate;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.ReasonCode;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report of {@code drplan decide} (docs/model.md, "Deciding under uncertainty"): each
 * alternative's chance of being feasible and its horizon cost over the sampled futures, the
 * recommendation at the stated confidence or the alternative that comes closest and what it lacks,
 * the flip points of {@code compare}'s recommendation along each uncertain input, and the inputs
 * worth learning first with the question to ask about each. Table and markdown in human units; JSON
 * with canonical units in its key names; CSV one row per record (an alternative, a flip point, an
 * input). Nothing in it depends on the thread count.
 */
public final class DecisionReport {
  private DecisionReport() {}

  /** How many questions the text reports put first. */
  static final int TOP_QUESTIONS = 3;

  /** Writes the report of {@code result} about {@code scenario} in {@code format}. */
  public static void write(
      ReportFormat format, UncertainScenario uncertain, DecisionResult result, Writer out)
      throws IOException {
    if (format == ReportFormat.JSON) {
      Figures.writeJson(json(uncertain, result), out);
    } else if (format == ReportFormat.CSV) {
      csv(uncertain, result, out);
    } else if (format == ReportFormat.TABLE) {
      text(uncertain, result, Words.plain(uncertain), out);
    } else if (format == ReportFormat.MARKDOWN) {
      text(uncertain, result, Words.markdown(uncertain, result), out);
    } else {
      throw new IllegalArgumentException(
          "decide writes table, markdown, csv or json, not " + format.id());
    }
  }

  // ---- words shared with the HTML report ---------------------------------------------------

  /**
   * How the decision names inputs and alternatives: by key path and label for {@code drplan decide}
   * (the architect's words, traceable to the scenario), or in a customer's words for the proposal.
   */
  interface Words {
    /**
     * An uncertain input: by its key path or the name given in {@code uncertain:} (the architect's
     * words, the default), or as the words override it.
     */
    default String input(String input) {
      return input;
    }

    /**
     * An alternative: by its label ("gcs-archive on phase-one with network.circuits = 9"), or as
     * the words override it.
     */
    default String alternative(String label) {
      return label;
    }

    /** Whether the words are a customer's (no key names, no objective keys); not by default. */
    default boolean customer() {
      return false;
    }

    /**
     * Whether the words are the markdown's: inputs and limits by their meaning, each key path given
     * once beside it as code, as {@code compare}'s markdown names them.
     */
    default boolean markdown() {
      return false;
    }

    /**
     * The input's mark as a table, CSV and JSON say it ({@link InputMarks#source}), or {@code null}
     * when the scenario marks none of its inputs.
     */
    default String source(String input) {
      return null;
    }

    /**
     * The input's mark in a sentence ({@link InputMarks#word}, "unmarked" when the scenario marks
     * others but not this one), or {@code null} when the scenario marks none of its inputs.
     */
    default String markInWords(String input) {
      return null;
    }

    /** A blocking reason in a few words, with no key name but the markdown's one in code. */
    default String blocking(ReasonCode code) {
      return customer()
          ? Wording.failure(code)
          : markdown() && code == ReasonCode.SEED_TOO_LONG
              ? "the first copy takes longer than the longest acceptable first full copy"
                  + " (`objectives.max_seed`)"
              : reason(code);
    }

    /** The architect's words without marks, for a report that has no scenario at hand. */
    Words PLAIN = new Words() {};

    /**
     * The architect's words: inputs and alternatives as the engine names them, each input with the
     * scenario's mark.
     */
    static Words plain(UncertainScenario uncertain) {
      return new Marked(uncertain) {};
    }

    /**
     * The markdown's words: an input by its meaning with its key path beside it as code ("Compound
     * growth per year (`dataset.annual_growth`)"), alternatives with their lever in words, as
     * compare's markdown words a remedy.
     */
    static Words markdown(UncertainScenario uncertain, DecisionResult result) {
      return new Marked(uncertain) {
        @Override
        public String input(String input) {
          return Wording.inputInMarkdown(uncertain, input);
        }

        @Override
        public String alternative(String label) {
          return inWords(uncertain.base(), result, label);
        }

        @Override
        public boolean markdown() {
          return true;
        }
      };
    }

    /** Words that mark each input as the scenario does ({@link InputMarks}). */
    abstract class Marked implements Words {
      private final UncertainScenario uncertain;

      Marked(UncertainScenario uncertain) {
        this.uncertain = uncertain;
      }

      @Override
      public String source(String input) {
        return InputMarks.any(uncertain.base())
            ? InputMarks.source(InputMarks.of(uncertain, input))
            : null;
      }

      @Override
      public String markInWords(String input) {
        if (!InputMarks.any(uncertain.base())) {
          return null;
        }
        Provenance mark = InputMarks.of(uncertain, input);
        return mark == null ? InputMarks.NOT_MARKED : InputMarks.word(mark);
      }
    }

    /** A customer's words: inputs by their meaning, alternatives with their lever in words. */
    static Words customer(UncertainScenario uncertain, DecisionResult result) {
      Scenario scenario = uncertain.base();
      return new Marked(uncertain) {
        @Override
        public String input(String input) {
          return Wording.input(uncertain, input);
        }

        @Override
        public String alternative(String label) {
          return inWords(scenario, result, label);
        }

        @Override
        public boolean customer() {
          return true;
        }
      };
    }

    /**
     * The alternative labelled {@code label} with its lever in words ({@link #name}); a label that
     * is no alternative's (a pair compare recommends) as it is.
     */
    private static String inWords(Scenario scenario, DecisionResult result, String label) {
      for (Alternative alternative : result.alternatives()) {
        if (alternative.label().equals(label)) {
          return name(scenario, alternative);
        }
      }
      return label;
    }
  }

  /** The alternative's name: the pair, and its lever's change in words. */
  static String name(Scenario scenario, Alternative alternative) {
    String pair = alternative.option() + " on " + alternative.configuration();
    if (!alternative.remedied()) {
      return pair;
    }
    return pair
        + " with "
        + RemedyText.change(
            scenario, alternative.lever(), alternative.leverValue(), alternative.steps());
  }

  /** The opening paragraph: samples, seed, confidence. */
  static String opening(DecisionResult result) {
    return opening(result, Words.PLAIN);
  }

  static String opening(DecisionResult result, Words words) {
    return Display.count(result.samples())
        + " sampled futures from seed "
        + result.seed()
        + "; a pair is recommended when it is feasible in at least "
        + Display.percent(result.confidence())
        + (words.customer()
            ? " of them"
            : words.markdown()
                ? " of them (`objectives.confidence`)"
                : " of them (objectives.confidence)")
        + ", at the lowest mean horizon cost.";
  }

  /**
   * How sure the sizing's recommendation is, for the proposal's Recommendation section: the share
   * of sampled futures in which that pair is feasible against the confidence asked for, and along
   * how many uncertain inputs it changes within their ranges (the figures are in the section
   * "Deciding under uncertainty"). Empty when the scenario has no uncertain input or recommends
   * nothing.
   */
  static String howSure(String configuration, String option, DecisionResult result) {
    if (result.flips().isEmpty() || configuration == null) {
      return "";
    }
    Alternative pair = null;
    for (Alternative alternative : result.alternatives()) {
      if (!alternative.remedied()
          && alternative.configuration().equals(configuration)
          && alternative.option().equals(option)) {
        pair = alternative;
      }
    }
    if (pair == null) {
      return "";
    }
    int changing = 0;
    for (InputFlips input : result.flips()) {
      if (!input.points().isEmpty()) {
        changing++;
      }
    }
    String confidence = Display.percent(result.confidence());
    return "How sure: this recommendation is sized with each uncertain input at its base value"
        + " (its most likely value, or its median). Over "
        + Display.count(result.samples())
        + " sampled futures it is feasible in "
        + share(pair.feasible())
        + (pair.feasible() >= result.confidence().value()
            ? ", at least the " + confidence + " asked for"
            : ", short of the " + confidence + " asked for")
        + "; "
        + (changing == 0
            ? "it stays the recommendation across the range of every uncertain input"
            : "it changes within the range of "
                + changing
                + " of the "
                + result.flips().size()
                + " uncertain inputs")
        + " (see Deciding under uncertainty).";
  }

  /** The recommendation, or the alternative that comes closest and what it lacks. */
  static List<String> choice(Scenario scenario, DecisionResult result) {
    return choice(scenario, result, Words.PLAIN);
  }

  static List<String> choice(Scenario scenario, DecisionResult result, Words words) {
    Choice choice = result.choice();
    List<String> lines = new ArrayList<>();
    String confidence = Display.percent(result.confidence());
    if (choice.recommended() != null) {
      Alternative best = choice.recommended();
      lines.add(
          "Recommendation at "
              + confidence
              + " confidence: "
              + name(scenario, best)
              + ". Feasible in "
              + share(best.feasible())
              + " of the futures, mean horizon cost "
              + money(best.meanCostUsd())
              + " (P10 "
              + money(best.p10CostUsd())
              + ", P90 "
              + money(best.p90CostUsd())
              + ")"
              + (best.remedied() && !best.lever().priced()
                  ? "; " + RemedyText.pricing(best.lever())
                  : "")
              + ".");
      return lines;
    }
    Alternative closest = choice.closest();
    lines.add(
        "No alternative is feasible in "
            + confidence
            + " of the futures. The closest is "
            + name(scenario, closest)
            + ", feasible in "
            + share(closest.feasible())
            + " at a mean horizon cost of "
            + money(closest.meanCostUsd())
            + ". "
            + lacks(closest, words)
            + ".");
    List<String> levers = new ArrayList<>();
    double now = 0;
    for (LeverReach reach : result.reaches()) {
      if (reach.configuration().equals(closest.configuration())
          && reach.option().equals(closest.option())
          && reach.shareAtBound() > reach.shareNow()) {
        now = reach.shareNow();
        levers.add(
            RemedyText.keyName(reach.lever())
                + (reach.up() ? " up to " : " down to ")
                + RemedyText.value(
                    reach.lever(), reach.up() ? reach.lever().upper() : reach.lever().lower())
                + ": "
                + share(reach.shareAtBound()));
      }
    }
    if (!levers.isEmpty()) {
      lines.add(
          "On the first "
              + Display.count(result.searchSamples())
              + " futures, where it is feasible in "
              + share(now)
              + ", one lever at its bound would make it feasible in: "
              + String.join("; ", levers)
              + ".");
    } else {
      lines.add("No single lever within its bounds makes it feasible more often.");
    }
    return lines;
  }

  /** What an alternative lacks: the reasons that block it, with how often. */
  static String lacks(Alternative alternative) {
    return lacks(alternative, Words.PLAIN);
  }

  static String lacks(Alternative alternative, Words words) {
    List<String> parts = new ArrayList<>();
    for (Blocking blocking : alternative.blocking()) {
      parts.add(words.blocking(blocking.code()) + " in " + share(blocking.share()));
    }
    return parts.isEmpty()
        ? "Nothing blocks it"
        : "It is held back because " + String.join("; ", parts);
  }

  /** A blocking reason in a few words. */
  static String reason(ReasonCode code) {
    switch (code) {
      case SEED_NEVER_CONVERGES:
        return "the first copy never converges";
      case SEED_TOO_LONG:
        return "the first copy takes longer than max_seed";
      case RPO_BACKLOG_GROWS:
        return "incremental copies fall behind at the busiest hour's rate held (the model's worst"
            + " case; no RPO)";
      case RPO_MISSED:
        return "the RPO misses its objective at the configured interval";
      case RPO_UNREACHABLE:
        return "no copy interval meets the RPO";
      case RTO_MISSED:
        return "the RTO misses its objective";
      case TOO_MANY_NODES:
        return "it needs more VMs than one cluster takes";
      case OBJECT_TOO_LARGE:
        return "its objects exceed the GCS maximum";
      case NO_REPLICATION_RATE:
        return "nothing can be replicated";
      default:
        return code.id();
    }
  }

  /** The input's flips in one sentence. */
  static String flips(InputFlips input) {
    return flips(input, Words.PLAIN);
  }

  static String flips(InputFlips input, Words words) {
    if (input.points().isEmpty()) {
      return words.alternative(input.atLower()) + " throughout";
    }
    StringBuilder text = new StringBuilder();
    String current = words.alternative(input.atLower());
    for (FlipPoint point : input.points()) {
      text.append(current)
          .append(text.length() == 0 ? " below " : " up to ")
          .append(at(input, point))
          .append("; ");
      current = words.alternative(point.to());
    }
    text.append("above it, ").append(current);
    return text.toString();
  }

  private static String at(InputFlips input, FlipPoint point) {
    // A count changes at a half: the recommendation holds up to the whole number below.
    double value = input.whole() ? Math.floor(point.at()) : point.at();
    return Figures.human(input.kind(), value, input.base());
  }

  /**
   * "60.0% to 90.0%"; in the unit family of {@code writtenAs}, the input's base value as the
   * scenario gave it ("10.3 MiB to 1.55 GiB" for a size written in MiB), as compare and explain
   * show an input.
   */
  static String range(ValueKind kind, double lower, double upper, double writtenAs) {
    return Figures.human(kind, lower, writtenAs) + " to " + Figures.human(kind, upper, writtenAs);
  }

  /**
   * The note under the flip table when a flip leads to no feasible pair: what blocks the pair
   * recommended on the other side of it, said once for every input ("... fails because incremental
   * copies fall behind at the busiest hour's rate held (the model's worst case; no RPO)", as
   * compare words it); empty when every flip leads to a pair.
   */
  static String nothingFeasibleNote(DecisionResult result, Words words) {
    Set<ReasonCode> codes = new LinkedHashSet<>();
    for (InputFlips input : result.flips()) {
      codes.addAll(input.nothingFeasibleBecause());
    }
    if (codes.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (ReasonCode code : codes) {
      parts.add(words.blocking(code));
    }
    return "Where no pair is feasible, the pair recommended on the other side of the flip fails"
        + " because "
        + String.join("; ", parts)
        + (codes.contains(ReasonCode.RPO_BACKLOG_GROWS) && !words.customer()
            ? (words.markdown()
                ? "; a measured change profile (`change_profile`) replays the real pattern (§5,"
                    + " the backlog)."
                : "; a change_profile replays the real pattern (§5, the backlog).")
            : ".");
  }

  /** "$6.20 M ± $0.10 M". */
  static String estimate(VoiEstimate estimate) {
    return money(estimate.usd()) + " ± " + money(estimate.standardErrorUsd());
  }

  static String estimatorText(Information information) {
    return information.estimator() == dev.drplan.analysis.decision.EvppiEstimator.REGRESSION
        ? "regression on each input (piecewise linear, pieces chosen by BIC)"
        : "binning on each input";
  }

  /** The samples {@code drplan decide} draws by default, the count its figures are quoted at. */
  public static final int DECIDE_SAMPLES = dev.drplan.analysis.ProposalAnalysis.DEFAULT_SAMPLES;

  /** The value of information in a sentence. */
  static String evpi(Information information, int samples) {
    return evpi(information, samples, Words.PLAIN);
  }

  /**
   * The value of information in a sentence, with what its ± covers: sampling noise, measured by
   * batch means. Each input's value is also biased upwards (a maximum of noisy estimated means runs
   * high), by an amount that shrinks as the samples grow and that the ± does not cover; on
   * walmart.yaml the value of knowing the growth averaged about $122 k over six seeds at 10,000
   * samples and about $32 k at 100,000, with a stated ± near $28 k and $16 k. So the sentence says
   * the sample count, and below {@link #DECIDE_SAMPLES} where a less biased figure comes from.
   */
  static String evpi(Information information, int samples, Words words) {
    String larger =
        samples >= DECIDE_SAMPLES
            ? ""
            : " With more samples each value is lower and closer to the truth; "
                + (words.customer()
                    ? "an analysis at "
                        + Display.count(DECIDE_SAMPLES)
                        + " samples can rank the questions differently."
                    : "drplan decide draws "
                        + Display.count(DECIDE_SAMPLES)
                        + " by default, and its figures can differ from these by several times"
                        + " the ±.");
    return "Knowing every uncertain input before choosing is worth "
        + estimate(information.evpi())
        + " (expected value of perfect information), against "
        + words.alternative(information.reference())
        + ", the choice without more information once a plan that proves infeasible is paid for"
        + " and replaced by the cheapest that works. Each input's value is estimated by "
        + estimatorText(information)
        + " from "
        + Display.count(samples)
        + " samples; ± is one standard error by batch means ("
        + information.evpi().batches()
        + " batches), which covers sampling noise only, not the estimate's upward bias (the"
        + " largest of several noisy estimates runs high), which shrinks as the samples grow."
        + larger
        + nothingFeasible(information);
  }

  /**
   * Where no alternative works, information cannot choose between them (docs/model.md, "Value of
   * information"): said, so that a small EVPI is not read as "nothing to learn".
   */
  static String nothingFeasible(Information information) {
    if (information.nothingFeasible() == 0) {
      return "";
    }
    return " In "
        + share(information.nothingFeasible())
        + " of the futures no alternative is feasible: there knowing the inputs cannot pick one"
        + " plan over another, only show that the plan must change; the inputs that decide whether"
        + " it works are named above.";
  }

  /** The top questions worth more than twice their standard error, numbered "1. ...". */
  static List<String> questions(Information information) {
    return questions(information, Words.PLAIN);
  }

  static List<String> questions(Information information, Words words) {
    List<String> lines = new ArrayList<>();
    for (Question question : information.questions()) {
      if (lines.size() == TOP_QUESTIONS) {
        break;
      }
      if (!aboveNoise(question.evppi())) {
        continue;
      }
      lines.add(
          (lines.size() + 1)
              + ". "
              + question.question()
              + " ("
              + whoseRange(question.input(), words)
              + range(question.kind(), question.lower(), question.upper(), question.base())
              + "; knowing it is worth "
              + estimate(question.evppi())
              + ")");
    }
    return lines;
  }

  /**
   * What a question says of its input before the range: its key path (the architect's words; as
   * code in the markdown's), then whose figure it is, "assumed" or "stated by the customer", when
   * the scenario marks its inputs ("dataset.annual_growth, assumed, range "), or "our assumed
   * range" when it marks none.
   */
  private static String whoseRange(String input, Words words) {
    String key = words.customer() ? "" : words.markdown() ? "`" + input + "`, " : input + ", ";
    String mark = words.markInWords(input);
    return key + (mark == null ? "our assumed range " : mark + ", range ");
  }

  /**
   * Whether a value of information is worth asking about: more than twice its standard error, so
   * that sampling noise alone would seldom give it (an input worth $0 never is).
   */
  static boolean aboveNoise(VoiEstimate value) {
    return value.usd() > 0 && value.usd() > 2 * value.standardErrorUsd();
  }

  /** What follows the questions: how the others stand, or that no input alone is worth asking. */
  static String afterQuestions(Information information) {
    return afterQuestions(information, Words.PLAIN);
  }

  /**
   * What follows the questions: how the others stand, or that no input alone is worth asking; then
   * the inputs that decide most of whether the focus alternative is feasible, when some do.
   */
  static String afterQuestions(Information information, Words words) {
    int asked = questions(information).size();
    int rest = information.questions().size() - asked;
    String after;
    if (asked == 0) {
      after =
          "No single input is worth knowing before choosing: none changes the choice alone by"
              + " more than twice the standard error of its value.";
    } else {
      after =
          rest == 0
              ? ""
              : "The other "
                  + rest
                  + " input"
                  + (rest == 1 ? " is" : "s are")
                  + " worth less or no more than twice the standard error of their value (table"
                  + " above); an input worth $0 would not change the choice on its own.";
    }
    String drivers = drivers(information, words);
    String text = after.isEmpty() ? drivers : drivers.isEmpty() ? after : after + " " + drivers;
    String wait = canWait(information, words, asked > 0 || !drivers.isEmpty());
    return wait.isEmpty() ? text : text + " " + wait;
  }

  /**
   * The inputs whose answers can wait: not worth asking before choosing, and deciding less than
   * {@link #DRIVER_MINIMUM} of whether the focus works. Said only after something was asked or
   * named, so that what to ask now and what can wait add up.
   */
  static String canWait(Information information, Words words, boolean somethingNamed) {
    if (!somethingNamed) {
      return "";
    }
    int waiting = 0;
    for (Question question : information.questions()) {
      if (!aboveNoise(question.evppi()) && question.feasibilityExplained() < DRIVER_MINIMUM) {
        waiting++;
      }
    }
    if (waiting == 0) {
      return "";
    }
    return "The answers on the other "
        + (waiting == 1 ? "input" : waiting + " inputs")
        + " can wait: "
        + (waiting == 1 ? "it is not" : "none is")
        + " worth knowing before choosing, and "
        + (waiting == 1 ? "it decides" : "each decides")
        + " less than "
        + share(DRIVER_MINIMUM)
        + " of whether "
        + words.alternative(information.focus())
        + " works"
        // The proposal prints the table after this text; decide's table and markdown before it.
        + (words.customer() ? " (table below)." : " (table above).");
  }

  /** What the table's two feasibility columns mean. */
  static String feasibilityColumns(Information information, Words words) {
    return "The last two columns are about "
        + words.alternative(information.focus())
        + ": the share of futures in which it is feasible when the input lies in the lowest and in"
        + " the highest fifth of its sampled values, and how much of whether it is feasible the"
        + " input decides (the share of the variation explained by the fifths, beyond chance); —"
        + " when it is feasible in every future or in none.";
  }

  /** The share of feasibility an input must decide to be named as a driver. */
  static final double DRIVER_MINIMUM = 0.05;

  /** Drivers named after the questions, at most. */
  static final int TOP_DRIVERS = 5;

  /**
   * The inputs that decide at least {@link #DRIVER_MINIMUM} of whether the focus alternative is
   * feasible, most first, each as its question in plain words with its range: "What decides most
   * whether X works, ...: 1. How much data is written or rewritten on a typical day?
   * (dataset.daily_change, our assumed range 0.25% to 1.50%: feasible in 97.1% of the futures in
   * the lowest fifth of its range, 2.9% in the highest; ...)"; empty when none does. An input can
   * be worth $0 as information between the alternatives and still decide whether the plan works at
   * all.
   */
  static String drivers(Information information, Words words) {
    List<Question> drivers = new ArrayList<>();
    for (Question question : information.questions()) {
      if (question.feasibilityExplained() >= DRIVER_MINIMUM) {
        drivers.add(question);
      }
    }
    if (drivers.isEmpty()) {
      return "";
    }
    drivers.sort(Comparator.comparingDouble((Question q) -> -q.feasibilityExplained()));
    List<String> named = new ArrayList<>();
    for (Question question : drivers.subList(0, Math.min(TOP_DRIVERS, drivers.size()))) {
      FeasibilityDriver driver = question.feasibility();
      named.add(
          (named.size() + 1)
              + ". "
              + question.question()
              + " ("
              + whoseRange(question.input(), words)
              + range(question.kind(), question.lower(), question.upper(), question.base())
              + ": feasible in "
              + share(driver.lowestFifth())
              + " of the futures in the lowest fifth of its range, "
              + share(driver.highestFifth())
              + " in the highest; "
              + share(driver.explained())
              + " of the variation explained)");
    }
    return "What decides most whether "
        + words.alternative(information.focus())
        + " works, and so what to ask the customer before committing to it: "
        + String.join("; ", named)
        + ".";
  }

  private static String share(double share) {
    return Figures.probability(share);
  }

  static String money(double usd) {
    return Display.signedMoney(usd);
  }

  // ---- tables ------------------------------------------------------------------------------

  static Table alternatives(Scenario scenario, DecisionResult result) {
    return alternatives(scenario, result, Words.PLAIN);
  }

  static Table alternatives(Scenario scenario, DecisionResult result, Words words) {
    Table table =
        new Table()
            .left("alternative")
            .right("feasible")
            .right(words.customer() || words.markdown() ? "first copy in time" : "meets max_seed")
            .right("meets RPO")
            .right("meets RTO")
            .right("mean cost")
            .right("P10")
            .right("P50")
            .right("P90");
    for (Alternative alternative : result.alternatives()) {
      table.row(
          List.of(
              name(scenario, alternative),
              share(alternative.feasible()),
              share(alternative.meetsMaxSeed()),
              share(alternative.meetsRpo()),
              share(alternative.meetsRto()),
              money(alternative.meanCostUsd()),
              money(alternative.p10CostUsd()),
              money(alternative.p50CostUsd()),
              money(alternative.p90CostUsd())));
    }
    return table;
  }

  static Table flipTable(DecisionResult result) {
    return flipTable(result, Words.PLAIN);
  }

  static Table flipTable(DecisionResult result, Words words) {
    boolean marked =
        !result.flips().isEmpty() && words.source(result.flips().get(0).input()) != null;
    Table table = new Table().left("input");
    if (marked) {
      table.left("source");
    }
    table.left("range").left(words.customer() ? "the sizing recommends" : "compare recommends");
    for (InputFlips input : result.flips()) {
      List<String> cells = new ArrayList<>();
      cells.add(words.input(input.input()));
      if (marked) {
        cells.add(words.source(input.input()));
      }
      cells.add(range(input.kind(), input.lower(), input.upper(), input.base()));
      cells.add(flips(input, words));
      table.row(cells);
    }
    return table;
  }

  static Table inputTable(Information information) {
    return inputTable(information, Words.PLAIN);
  }

  static Table inputTable(Information information, Words words) {
    boolean marked =
        !information.questions().isEmpty()
            && words.source(information.questions().get(0).input()) != null;
    Table table = new Table().right("rank").left("input");
    if (marked) {
      table.left("source");
    }
    table
        .left("range")
        .right("value of knowing it")
        .right("± standard error")
        .right("feasible, lowest → highest fifth")
        .right("decides feasibility");
    int rank = 0;
    for (Question question : information.questions()) {
      rank++;
      FeasibilityDriver driver = question.feasibility();
      List<String> cells = new ArrayList<>();
      cells.add(Integer.toString(rank));
      cells.add(words.input(question.input()));
      if (marked) {
        cells.add(words.source(question.input()));
      }
      cells.add(range(question.kind(), question.lower(), question.upper(), question.base()));
      cells.add(money(question.evppi().usd()));
      cells.add(money(question.evppi().standardErrorUsd()));
      cells.add(
          driver == null
              ? Display.NONE
              : share(driver.lowestFifth()) + " → " + share(driver.highestFifth()));
      cells.add(driver == null ? Display.NONE : share(driver.explained()));
      table.row(cells);
    }
    return table;
  }

  // ---- table and markdown ------------------------------------------------------------------

  private static void text(
      UncertainScenario uncertain, DecisionResult result, Words words, Writer out)
      throws IOException {
    Scenario scenario = uncertain.base();
    boolean markdown = words.markdown();
    String title = "drplan decide: " + scenario.name();
    out.write(markdown ? "# " + title + "\n\n" : title + "\n");
    Figures.paragraph(out, markdown, opening(result, words));
    Figures.section(
        out,
        markdown,
        "Alternatives over the sampled futures",
        alternatives(scenario, result, words));
    out.write("\n");
    for (String line : choice(scenario, result, words)) {
      Figures.paragraph(out, markdown, line);
      if (markdown) {
        out.write("\n");
      }
    }
    if (result.flips().isEmpty()) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "No input of the scenario is uncertain: every future is the same, so there are no flip"
              + " points and no input to learn first. Give inputs a distribution to see them.");
      return;
    }
    Figures.section(
        out,
        markdown,
        "Flip points: where compare's recommendation changes along each input",
        flipTable(result, words));
    out.write("\n");
    Figures.paragraph(
        out,
        markdown,
        "Each input is moved over its range (the distribution's bounds, or its P1 to P99) with"
            + " every other input at its base; each change is located by root-finding.");
    String nothingFeasible = nothingFeasibleNote(result, words);
    if (!nothingFeasible.isEmpty()) {
      Figures.paragraph(out, markdown, nothingFeasible);
    }
    Information information = result.information();
    if (information == null) {
      out.write("\n");
      Figures.paragraph(
          out,
          markdown,
          "The value of information needs at least 100 samples and an uncertain input.");
      return;
    }
    Figures.section(
        out, markdown, "What to ask the customer first", inputTable(information, words));
    out.write("\n");
    Figures.paragraph(out, markdown, feasibilityColumns(information, words));
    out.write("\n");
    List<String> questions = questions(information, words);
    for (String line : questions) {
      Figures.paragraph(out, markdown, line);
    }
    if (markdown && !questions.isEmpty()) {
      out.write("\n"); // ends the numbered list, so that what follows is a paragraph of its own
    }
    String after = afterQuestions(information, words);
    if (!after.isEmpty()) {
      Figures.paragraph(out, markdown, after);
    }
    out.write("\n");
    Figures.paragraph(out, markdown, evpi(information, result.samples(), words));
  }

  // ---- json ------------------------------------------------------------------------------

  static ObjectNode json(UncertainScenario uncertain, DecisionResult result) {
    Scenario scenario = uncertain.base();
    ObjectNode root = Figures.NODES.objectNode();
    root.put("scenario", scenario.name());
    root.put("samples", result.samples());
    root.put("seed", result.seed());
    root.set("confidence", Figures.json(result.confidence().value()));
    ArrayNode alternatives = root.putArray("alternatives");
    for (Alternative alternative : result.alternatives()) {
      alternatives.add(alternative(scenario, alternative));
    }
    Choice choice = result.choice();
    ObjectNode recommendation = root.putObject("recommendation");
    recommendation.put("reaches_confidence", choice.recommended() != null);
    Alternative chosen = choice.recommended() != null ? choice.recommended() : choice.closest();
    recommendation.put("configuration", chosen.configuration());
    recommendation.put("option", chosen.option());
    recommendation.put("lever", chosen.remedied() ? chosen.lever().path() : null);
    recommendation.set(
        "lever_value", chosen.remedied() ? Figures.json(chosen.leverValue()) : Figures.json(null));
    recommendation.set("feasible_probability", Figures.json(chosen.feasible()));
    recommendation.set("horizon_cost_usd_mean", Figures.json(chosen.meanCostUsd()));
    recommendation.put("text", String.join(" ", choice(scenario, result)));
    root.put("search_samples", result.searchSamples());
    ArrayNode reaches = root.putArray("lever_reach");
    for (LeverReach reach : result.reaches()) {
      ObjectNode node = reaches.addObject();
      node.put("configuration", reach.configuration());
      node.put("option", reach.option());
      node.put("lever", reach.lever().path());
      node.put("unit", reach.lever().key().kind().unit());
      node.put("direction", reach.up() ? "up" : "down");
      node.set("feasible_probability_now", Figures.json(reach.shareNow()));
      node.set("bound", Figures.json(reach.up() ? reach.lever().upper() : reach.lever().lower()));
      node.set("feasible_probability_at_bound", Figures.json(reach.shareAtBound()));
      if (reach.stepsForConfidence() == 0) {
        node.putNull("steps_for_confidence");
        node.putNull("value_for_confidence");
      } else {
        node.put("steps_for_confidence", reach.stepsForConfidence());
        node.set("value_for_confidence", Figures.json(reach.valueForConfidence()));
      }
    }
    ArrayNode flips = root.putArray("flip_points");
    for (InputFlips input : result.flips()) {
      ObjectNode node = flips.addObject();
      node.put("input", input.input());
      mark(node, uncertain, input.input());
      node.put("unit", input.kind().unit());
      node.set("lower", Figures.json(input.lower()));
      node.set("upper", Figures.json(input.upper()));
      node.put("recommendation_at_lower", input.atLower());
      ArrayNode because = node.putArray("nothing_feasible_because");
      for (ReasonCode code : input.nothingFeasibleBecause()) {
        because.add(code.id());
      }
      ArrayNode points = node.putArray("points");
      for (FlipPoint point : input.points()) {
        ObjectNode at = points.addObject();
        at.set("at", Figures.json(point.at()));
        at.set("low", Figures.json(point.low()));
        at.set("high", Figures.json(point.high()));
        at.put("from", point.from());
        at.put("to", point.to());
        at.put("located", point.located().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    Information information = result.information();
    if (information == null) {
      root.putNull("value_of_information");
      return root;
    }
    ObjectNode voi = root.putObject("value_of_information");
    voi.put("estimator", information.estimator().name().toLowerCase(Locale.ROOT));
    voi.put("reference", information.reference());
    voi.set("evpi_usd", Figures.json(information.evpi().usd()));
    voi.set("evpi_standard_error_usd", Figures.json(information.evpi().standardErrorUsd()));
    voi.put("batches", information.evpi().batches());
    voi.put("feasibility_of", information.focus());
    voi.set("nothing_feasible_probability", Figures.json(information.nothingFeasible()));
    ArrayNode inputs = voi.putArray("inputs");
    for (Question question : information.questions()) {
      ObjectNode node = inputs.addObject();
      node.put("input", question.input());
      mark(node, uncertain, question.input());
      node.put("question", question.question());
      node.put("unit", question.kind().unit());
      node.set("lower", Figures.json(question.lower()));
      node.set("upper", Figures.json(question.upper()));
      node.set("evppi_usd", Figures.json(question.evppi().usd()));
      node.set("evppi_standard_error_usd", Figures.json(question.evppi().standardErrorUsd()));
      FeasibilityDriver driver = question.feasibility();
      if (driver == null) {
        node.putNull("feasible_lowest_fifth");
        node.putNull("feasible_highest_fifth");
        node.putNull("feasibility_explained");
      } else {
        node.set("feasible_lowest_fifth", Figures.json(driver.lowestFifth()));
        node.set("feasible_highest_fifth", Figures.json(driver.highestFifth()));
        node.set("feasibility_explained", Figures.json(driver.explained()));
      }
    }
    return root;
  }

  /** The input's {@code source} and {@code source_note} ({@link InputMarks}). */
  private static void mark(ObjectNode node, UncertainScenario uncertain, String input) {
    Provenance mark = InputMarks.of(uncertain, input);
    node.put("source", InputMarks.source(mark));
    node.put("source_note", InputMarks.note(mark));
  }

  private static ObjectNode alternative(Scenario scenario, Alternative alternative) {
    ObjectNode node = Figures.NODES.objectNode();
    node.put("configuration", alternative.configuration());
    node.put("option", alternative.option());
    node.put("name", name(scenario, alternative));
    if (alternative.remedied()) {
      node.put("lever", alternative.lever().path());
      node.put("lever_unit", alternative.lever().key().kind().unit());
      node.set("lever_value", Figures.json(alternative.leverValue()));
      node.put("lever_steps", alternative.steps());
    } else {
      node.putNull("lever");
      node.putNull("lever_unit");
      node.putNull("lever_value");
      node.put("lever_steps", 0);
    }
    node.set("feasible_probability", Figures.json(alternative.feasible()));
    node.set("meets_max_seed_probability", Figures.json(alternative.meetsMaxSeed()));
    node.set("meets_rpo_probability", Figures.json(alternative.meetsRpo()));
    node.set("meets_rto_probability", Figures.json(alternative.meetsRto()));
    node.set("horizon_cost_usd_mean", Figures.json(alternative.meanCostUsd()));
    node.set("horizon_cost_usd_p10", Figures.json(alternative.p10CostUsd()));
    node.set("horizon_cost_usd_p50", Figures.json(alternative.p50CostUsd()));
    node.set("horizon_cost_usd_p90", Figures.json(alternative.p90CostUsd()));
    ArrayNode blocking = node.putArray("blocking");
    for (Blocking reason : alternative.blocking()) {
      ObjectNode entry = blocking.addObject();
      entry.put("code", reason.code().id());
      entry.set("probability", Figures.json(reason.share()));
    }
    return node;
  }

  // ---- csv -------------------------------------------------------------------------------

  private static final List<String> CSV_HEADER =
      List.of(
          "record",
          "configuration",
          "option",
          "lever",
          "lever_unit",
          "lever_value",
          "feasible_probability",
          "meets_max_seed_probability",
          "meets_rpo_probability",
          "meets_rto_probability",
          "horizon_cost_usd_mean",
          "horizon_cost_usd_p10",
          "horizon_cost_usd_p50",
          "horizon_cost_usd_p90",
          "choice",
          "input",
          "unit",
          "lower",
          "upper",
          "flip_at",
          "from",
          "to",
          "evppi_usd",
          "evppi_standard_error_usd",
          "question",
          "feasible_lowest_fifth",
          "feasible_highest_fifth",
          "feasibility_explained",
          "nothing_feasible_probability",
          // Added after the others, so that a reader by position keeps its columns.
          "source",
          "source_note");

  private static void csv(UncertainScenario uncertain, DecisionResult result, Writer out)
      throws IOException {
    Scenario scenario = uncertain.base();
    Figures.csvLine(out, CSV_HEADER);
    Choice choice = result.choice();
    for (Alternative alternative : result.alternatives()) {
      String chosen =
          alternative == choice.recommended()
              ? "recommended"
              : alternative == choice.closest() ? "closest" : "";
      List<String> cells =
          row(
              "alternative",
              alternative.configuration(),
              alternative.option(),
              alternative.remedied() ? alternative.lever().path() : "",
              alternative.remedied() ? alternative.lever().key().kind().unit() : "",
              alternative.remedied() ? Display.plain(alternative.leverValue()) : "",
              Display.plain(alternative.feasible()),
              Display.plain(alternative.meetsMaxSeed()),
              Display.plain(alternative.meetsRpo()),
              Display.plain(alternative.meetsRto()),
              Display.plain(alternative.meanCostUsd()),
              Display.plain(alternative.p10CostUsd()),
              Display.plain(alternative.p50CostUsd()),
              Display.plain(alternative.p90CostUsd()),
              chosen);
      Figures.csvLine(out, cells);
    }
    for (InputFlips input : result.flips()) {
      for (FlipPoint point : input.points()) {
        List<String> cells = row("flip_point");
        set(cells, "input", input.input());
        set(cells, "unit", input.kind().unit());
        set(cells, "lower", Display.plain(input.lower()));
        set(cells, "upper", Display.plain(input.upper()));
        set(cells, "flip_at", Display.plain(point.at()));
        set(cells, "from", point.from());
        set(cells, "to", point.to());
        mark(cells, uncertain, input.input());
        Figures.csvLine(out, cells);
      }
    }
    Information information = result.information();
    if (information != null) {
      for (Question question : information.questions()) {
        List<String> cells = row("input");
        set(cells, "input", question.input());
        set(cells, "unit", question.kind().unit());
        set(cells, "lower", Display.plain(question.lower()));
        set(cells, "upper", Display.plain(question.upper()));
        set(cells, "evppi_usd", Display.plain(question.evppi().usd()));
        set(cells, "evppi_standard_error_usd", Display.plain(question.evppi().standardErrorUsd()));
        set(cells, "question", question.question());
        mark(cells, uncertain, question.input());
        FeasibilityDriver driver = question.feasibility();
        if (driver != null) {
          set(cells, "feasible_lowest_fifth", Display.plain(driver.lowestFifth()));
          set(cells, "feasible_highest_fifth", Display.plain(driver.highestFifth()));
          set(cells, "feasibility_explained", Display.plain(driver.explained()));
        }
        Figures.csvLine(out, cells);
      }
      List<String> cells = row("evpi");
      set(cells, "evppi_usd", Display.plain(information.evpi().usd()));
      set(cells, "evppi_standard_error_usd", Display.plain(information.evpi().standardErrorUsd()));
      set(cells, "nothing_feasible_probability", Display.plain(information.nothingFeasible()));
      Figures.csvLine(out, cells);
    }
  }

  /** A CSV row: the cells given, then empty cells to the header's width. */
  private static List<String> row(String... cells) {
    List<String> row = new ArrayList<>(List.of(cells));
    while (row.size() < CSV_HEADER.size()) {
      row.add("");
    }
    return row;
  }

  private static void mark(List<String> row, UncertainScenario uncertain, String input) {
    Provenance mark = InputMarks.of(uncertain, input);
    set(row, "source", InputMarks.source(mark));
    set(row, "source_note", mark == null ? "" : mark.note());
  }

  private static void set(List<String> row, String column, String value) {
    row.set(CSV_HEADER.indexOf(column), value);
  }
}
