package dev.drplan.cli;

import dev.drplan.analysis.Constraint;
import dev.drplan.analysis.ConstraintParser;
import dev.drplan.analysis.ConstraintSyntaxException;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.Solution;
import dev.drplan.analysis.Solve;
import dev.drplan.analysis.UnknownNameException;
import dev.drplan.catalog.ValueKind;
import dev.drplan.report.ReportFormat;
import dev.drplan.report.SolutionReport;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drplan solve FILE --find KEY --minimize|--maximize --subject-to EXPR,...}. */
@Command(
    name = "solve",
    header = "The smallest or largest value of one key that meets constraints.",
    description = {
      "Searches --find KEY (distributions at their base) for the best value that meets every"
          + " --subject-to constraint, and names the constraint that binds there. \"No solution"
          + " in range\" is a result (exit 0), not an error.",
      "Constraints: METRIC[(OPTION|CONFIGURATION/OPTION)] OP BOUND, feasible(OPTION) or"
          + " fits_horizon(CONFIGURATION); METRIC is seed, rpo, rto, horizon_cost, replication or a"
          + " JSON key such as monthly_cost_usd_end; OP is <=, <, >= or >; BOUND is objective, a"
          + " plain number in canonical units, or a value with its unit (\"seed<=90 d\").",
      "Examples: --find network.circuits --minimize --subject-to 'rpo<=objective,seed<=objective';"
          + " --find dataset.logical_size --maximize --subject-to 'feasible(gcs-archive)'."
    },
    sortOptions = false)
final class SolveCommand implements Callable<Integer> {

  @Mixin private ScenarioFile scenario;

  @Option(
      names = "--find",
      paramLabel = "KEY",
      required = true,
      description = "the numeric scenario key to choose, e.g. network.circuits")
  private String find;

  @Option(names = "--minimize", description = "look for the smallest value")
  private boolean minimize;

  @Option(names = "--maximize", description = "look for the largest value")
  private boolean maximize;

  @Option(
      names = "--subject-to",
      paramLabel = "EXPR",
      split = ",",
      required = true,
      description = "constraints, comma-separated or the option repeated")
  private List<String> subjectTo;

  @Option(
      names = "--range",
      paramLabel = "FROM..TO",
      description =
          "search only FROM..TO, in the key's unit (default: every legal value; keys"
              + " without an upper end up to 2^40 times their value)")
  private String range;

  @Mixin private FormatOption format = FormatOption.text();

  @Mixin private OutputFile output;

  @Override
  public Integer call() throws IOException {
    ReportFormat outputFormat = format.chosen();
    if (minimize == maximize) {
      throw InputException.of(
          "expected exactly one of --minimize and --maximize, found "
              + (minimize ? "both" : "neither"));
    }
    output.check();
    Scenario base = scenario.readUncertain().base();
    ScenarioKey key = KeyArguments.key(base, "--find", find);
    List<Constraint> constraints = constraints(base, subjectTo);
    Solve.Goal goal = minimize ? Solve.Goal.MINIMIZE : Solve.Goal.MAXIMIZE;
    Solution solution;
    if (range == null) {
      solution = Solve.find(base, key.path(), goal, constraints);
    } else {
      double[] bounds = KeyArguments.range(key, "--range", range);
      solution = Solve.find(base, key.path(), goal, constraints, bounds[0], bounds[1]);
    }
    StringWriter report = new StringWriter();
    SolutionReport.write(outputFormat, base.name(), solution, constraints, report);
    output.write(report.toString());
    return ExitCodes.OK;
  }

  /** The parsed constraints, each checked against the scenario's names. */
  static List<Constraint> constraints(Scenario scenario, List<String> texts) {
    List<Constraint> constraints = new ArrayList<>();
    for (String text : texts) {
      if (text.isBlank()) {
        continue;
      }
      Constraint constraint;
      String where = "--subject-to \"" + text.strip() + "\"";
      try {
        constraint = ConstraintParser.parse(text.strip(), ValueKind::canonical);
        constraint.check(scenario);
      } catch (ConstraintSyntaxException e) {
        throw InputException.of("--subject-to: " + e.getMessage());
      } catch (UnknownNameException e) {
        throw UnknownNames.of(where, e);
      } catch (IllegalArgumentException e) {
        throw InputException.of(where + ": " + e.getMessage());
      }
      constraints.add(constraint);
    }
    if (constraints.isEmpty()) {
      throw InputException.of(
          "--subject-to: expected at least one constraint, like" + " 'rpo<=objective', found none");
    }
    return constraints;
  }
}
