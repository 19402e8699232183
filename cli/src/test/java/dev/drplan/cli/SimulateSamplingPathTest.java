package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.analysis.Distribution;
import dev.drplan.analysis.Metric;
import dev.drplan.analysis.SamplingPath;
import dev.drplan.analysis.ScenarioKey;
import dev.drplan.analysis.ScenarioKeys;
import dev.drplan.analysis.UncertainInput;
import dev.drplan.analysis.UncertainScenario;
import dev.drplan.catalog.ValueKind;
import dev.drplan.load.CatalogReader;
import dev.drplan.load.ScenarioLoader;
import dev.drplan.model.ConfigurationResult;
import dev.drplan.model.Evaluation;
import dev.drplan.model.Evaluator;
import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import dev.drplan.model.ReasonCode;
import dev.drplan.model.SamplingEvaluator;
import dev.drplan.model.Verdict;
import dev.drplan.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo's sampling path ({@link SamplingEvaluator}) against the definition ({@link
 * Evaluator}), sample by sample, for every scenario in {@code scenarios/}: with the inputs it
 * states as uncertain, and with every key it has that can vary drawn over a wide range (a third to
 * three times its value, inside its domain), which reaches infeasible pairs, seeds that never
 * converge, configurations that fill and cost ties.
 *
 * <p>Each figure must agree within {@link SamplingEvaluator#RELATIVE_TOLERANCE} (NaN where the
 * reference has none). The flags (feasible, meets max_seed, RPO, RTO), the codes of the blocking
 * reasons, each configuration's fit and the recommended pair must be equal, except where the
 * reference's figure lies within that tolerance of the threshold it is compared with, or, for the
 * recommendation, where the two pairs' horizon costs lie within it of the verdict's cost tie: there
 * a last-bit difference may fall on either side.
 */
class SimulateSamplingPathTest {
  private static final double TOLERANCE = SamplingEvaluator.RELATIVE_TOLERANCE;
  private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogReader.builtIn());

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("scenarios")) ? here : here.getParent();
  }

  /**
   * The pilot with its mover hosts as cloud VMs priced by the hour: a catalog machine, and one
   * defined inline with an uncertain hourly price.
   */
  private static Path vmMovers() {
    return root().resolve("cli/src/test/resources/scenarios/vm-movers.yaml");
  }

  private static List<Path> scenarioFiles() {
    try (Stream<Path> files = Files.list(root().resolve("scenarios"))) {
      List<Path> found =
          files
              .filter(file -> file.toString().endsWith(".yaml"))
              .sorted()
              .collect(Collectors.toList());
      found.add(vmMovers());
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Both forms of a mover VM's hourly price are keys the samples draw, so the agreement covers
   * them.
   */
  @Test
  void theMoverVmsHourlyPricesAreSampled() {
    UncertainScenario written = LOADER.loadUncertain(vmMovers());
    String inline = "options.gcs-archive-appliance-seed.copy_engine.host_machine.hourly";
    String catalog = "options.gcs-nearline.copy_engine.host_machine.hourly";
    assertThat(written.names()).contains(inline);
    assertThat(everyKeyVaried(written.base(), false).names()).contains(inline, catalog);
    assertThat(SamplingPath.whyNot(written)).isNull();
  }

  /** Each scenario as written, and with every key that can vary (but the horizon) uncertain. */
  private static List<UncertainScenario> variants() {
    List<UncertainScenario> variants = new ArrayList<>();
    for (Path file : scenarioFiles()) {
      UncertainScenario written = LOADER.loadUncertain(file);
      variants.add(written);
      variants.add(everyKeyVaried(written.base(), false));
    }
    return variants;
  }

  /** Every key of {@code scenario} that can vary, uniform over a third to three times its value. */
  private static UncertainScenario everyKeyVaried(Scenario scenario, boolean horizonToo) {
    List<UncertainInput> inputs = new ArrayList<>();
    for (ScenarioKey key : ScenarioKeys.keysOf(scenario)) {
      if (key.path().equals("horizon") && !horizonToo) {
        continue;
      }
      double value = key.get(scenario);
      double low = Math.max(key.min(), value / 3);
      double high = Math.min(key.max(), value * 3);
      if (key.kind() == ValueKind.COUNT) {
        low = Math.max(key.min(), Math.ceil(low));
        high = Math.min(key.max(), Math.floor(high));
      }
      if (!(low < high) || value <= 0 || !key.admits(low) || !key.admits(high)) {
        continue;
      }
      inputs.add(
          new UncertainInput(
              key.path(), new Distribution.Uniform(low, high), List.of(key.path()), null));
    }
    return new UncertainScenario(scenario, inputs);
  }

  @Provide
  Arbitrary<UncertainScenario> scenarios() {
    return Arbitraries.of(variants());
  }

  @Test
  void everyScenarioTakesTheSamplingPath() {
    for (UncertainScenario uncertain : variants()) {
      assertThat(SamplingPath.whyNot(uncertain)).as(uncertain.base().name()).isNull();
    }
  }

  @Test
  void aSampledHorizonFallsBackToTheReference() {
    for (Path file : scenarioFiles()) {
      UncertainScenario varied = everyKeyVaried(LOADER.loadUncertain(file).base(), true);
      assertThat(varied.names()).contains("horizon");
      assertThat(SamplingPath.whyNot(varied)).as(file.toString()).contains("horizon");
    }
  }

  @Property(tries = 400)
  void everySampleAgreesWithTheReference(
      @ForAll("scenarios") UncertainScenario uncertain, @ForAll Random random) {
    SamplingPath path = SamplingPath.of(uncertain);
    SamplingEvaluator evaluator = path.evaluator();
    SamplingEvaluator.Sample sample = evaluator.newSample();
    sample.withReasons = true;
    double[] state = path.newState();
    for (int n = 0; n < 20; n++) {
      double[] values = new double[uncertain.inputs().size()];
      for (int j = 0; j < values.length; j++) {
        values[j] = uncertain.inputs().get(j).distribution().quantile(random.nextDouble());
      }
      Scenario scenario = uncertain.at(values);
      Evaluation reference = Evaluator.evaluate(scenario);
      path.state(values, state);
      evaluator.evaluate(state, sample);
      agree(scenario, reference, sample);
    }
  }

  /**
   * Objects above GCS's largest, a blocking reason the varied scenarios above never reach (their
   * objects stay far below 5 TiB): every object_size at 6 TiB, and both paths must agree. (The
   * other reason they never reach, RPO_UNREACHABLE, cannot arise without a replayed profile: a
   * finite RPO means the peak is below the replication rate, and then a positive objective always
   * has a longest interval that meets it, §5.)
   */
  @Test
  void objectsTooLargeAgreeWithTheReference() {
    long reached = 0;
    for (Path file : scenarioFiles()) {
      Scenario base = LOADER.loadUncertain(file).base();
      List<UncertainInput> inputs = new ArrayList<>();
      for (ScenarioKey key : ScenarioKeys.keysOf(base)) {
        if (key.path().endsWith(".object_size")) {
          inputs.add(
              new UncertainInput(
                  key.path(),
                  new Distribution.Uniform(key.min(), key.max()),
                  List.of(key.path()),
                  null));
        }
      }
      double[] drawn = new double[inputs.size()];
      Arrays.fill(drawn, 6 * Math.pow(2, 40));
      UncertainScenario uncertain = new UncertainScenario(base, inputs);
      SamplingPath path = SamplingPath.of(uncertain);
      SamplingEvaluator.Sample sample = path.evaluator().newSample();
      sample.withReasons = true;
      double[] state = path.newState();
      path.state(drawn, state);
      path.evaluator().evaluate(state, sample);
      Scenario scenario = uncertain.at(drawn);
      agree(scenario, Evaluator.evaluate(scenario), sample);
      for (long codes : sample.reasons) {
        reached |= codes;
      }
    }
    assertThat(reached & (1L << ReasonCode.OBJECT_TOO_LARGE.ordinal()))
        .as("some pair has objects too large")
        .isNotZero();
  }

  private static void agree(
      Scenario scenario, Evaluation reference, SamplingEvaluator.Sample sample) {
    double maxSeed = scenario.objectives().maxSeed().seconds();
    double rpo = scenario.objectives().rpo().seconds();
    double rto = scenario.objectives().rto().seconds();
    List<OptionResult> results = reference.results();
    for (int p = 0; p < results.size(); p++) {
      OptionResult result = results.get(p);
      String pair = scenario.name() + " " + result.configuration() + "/" + result.option();
      for (Metric metric : Metric.values()) {
        Double expected = metric.of(result);
        double actual =
            sample
                .figures[
                p * SamplingEvaluator.FIGURES + SamplingEvaluator.figureIndex(metric.figure())];
        if (expected == null) {
          assertThat(actual).as("%s %s", pair, metric).isNaN();
        } else {
          assertThat(actual)
              .as("%s %s", pair, metric)
              .isCloseTo(expected, within(TOLERANCE * Math.abs(expected)));
        }
      }
      int flags = sample.flags[p];
      Double seed = Metric.SEED_SECONDS.of(result);
      Double rpoFigure = Metric.RPO_SECONDS.of(result);
      Double rtoFigure = Metric.RTO_SECONDS.of(result);
      boolean nearThreshold = near(seed, maxSeed) || near(rpoFigure, rpo) || near(rtoFigure, rto);
      if (!nearThreshold) {
        assertThat((flags & SamplingEvaluator.FEASIBLE) != 0)
            .as("%s feasible", pair)
            .isEqualTo(result.feasible());
        assertThat((flags & SamplingEvaluator.MEETS_SEED) != 0)
            .as("%s meets max_seed", pair)
            .isEqualTo(seed != null && seed <= maxSeed);
        assertThat((flags & SamplingEvaluator.MEETS_RPO) != 0)
            .as("%s meets the RPO", pair)
            .isEqualTo(rpoFigure != null && rpoFigure <= rpo);
        assertThat((flags & SamplingEvaluator.MEETS_RTO) != 0)
            .as("%s meets the RTO", pair)
            .isEqualTo(rtoFigure != null && rtoFigure <= rto);
        long codes = 0;
        for (Reason reason : result.reasons()) {
          codes |= 1L << reason.code().ordinal();
        }
        assertThat(sample.reasons[p]).as("%s reasons %s", pair, result.reasons()).isEqualTo(codes);
      }
    }
    List<ConfigurationResult> configurations = reference.configurations();
    for (int c = 0; c < configurations.size(); c++) {
      assertThat(sample.fitsHorizon[c])
          .as("%s fits the horizon", configurations.get(c).configuration())
          .isEqualTo(configurations.get(c).fitsHorizon());
    }
    int expected = -1;
    for (int p = 0; p < results.size(); p++) {
      if (results.get(p).option().equals(reference.recommendation().option())
          && results.get(p).configuration().equals(reference.recommendation().configuration())) {
        expected = p;
      }
    }
    // The same option in two configurations costs the same to the bit on both paths, so there the
    // verdict's order of configurations (on-prem spend, holding, lasting, D-boxes) decides alone.
    boolean twins =
        expected >= 0
            && sample.recommended >= 0
            && results.get(expected).option().equals(results.get(sample.recommended).option());
    if (sample.recommended != expected && expected >= 0 && sample.recommended >= 0 && !twins) {
      // Only on a near-tie: the two horizon costs within the tolerance of the verdict's tie.
      double a = results.get(expected).horizonCost().usd();
      double b = results.get(sample.recommended).horizonCost().usd();
      double gap = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
      assertThat(Verdict.compareCosts(a, b) == 0 || gap <= 2e-9)
          .as("recommended %s, the reference %s", sample.recommended, expected)
          .isTrue();
    } else {
      assertThat(sample.recommended)
          .as("recommended pair of %s", scenario.name())
          .isEqualTo(expected);
    }
  }

  private static boolean near(Double figure, double threshold) {
    return figure != null && Math.abs(figure - threshold) <= TOLERANCE * Math.abs(threshold);
  }
}
