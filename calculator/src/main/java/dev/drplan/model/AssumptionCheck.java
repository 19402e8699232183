package dev.drplan.model;

import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds each data-copy option's {@code copy_engine} assumption against a measured throughput and
 * recomputes the figures that depend on it (replication rate and bottleneck, seed, RPO, RTO) with
 * the measured figures, for {@code drplan validate}.
 */
public final class AssumptionCheck {
  private AssumptionCheck() {}

  /**
   * One option's assumption beside the measurement.
   *
   * @param assumedPerHost min(streams_per_host · per_stream, host_nic), as the scenario says
   * @param measuredPerHost the measured aggregate at streams_per_host, capped by host_nic
   * @param measuredPerStream measuredPerHost / streams_per_host
   * @param extrapolated whether streams_per_host lies outside the measured stream counts
   * @param optimism assumed / measured − 1: 0.25 means the assumption is 25% optimistic; at or
   *     below zero the assumption holds
   * @param assumed the option evaluated with the scenario's copy engine, per configuration
   * @param measured the option evaluated with the measured copy engine, per configuration
   */
  public record OptionCheck(
      String option,
      CopyEngine assumedEngine,
      CopyEngine measuredEngine,
      DataRate assumedPerHost,
      DataRate measuredPerHost,
      DataRate measuredPerStream,
      boolean extrapolated,
      double optimism,
      List<OptionResult> assumed,
      List<OptionResult> measured) {

    public boolean holds() {
      return optimism <= 0;
    }
  }

  /**
   * One option held to the measurement at the object size nearest its own, or, when the estimate
   * for its streams per host would rest on a step in which not every stream ran, not held to it.
   *
   * @param check the check; {@code null} when there is no verdict
   * @param optionObjectSize the option's {@code object_size}
   * @param probedObjectSize the measured object size it was held against
   * @param noVerdict why there is no verdict; {@code null} when there is one
   */
  public record Matched(
      String option,
      CopyEngine assumedEngine,
      OptionCheck check,
      DataSize optionObjectSize,
      DataSize probedObjectSize,
      NoVerdict noVerdict) {

    /** The data-mover hosts the scenario assumes (the recomputed figures may use another count). */
    public int hostsAssumed() {
      return assumedEngine.hosts();
    }

    /** True when the option was held to the measurement. */
    public boolean hasVerdict() {
      return check != null;
    }
  }

  /**
   * Why an option gets no verdict: the estimate at its streams per host rests on the probe's write
   * step of {@code objectSize} objects on {@code streams} streams, in which only {@code
   * activeStreams} completed an operation (fewer objects than streams, or streams that failed
   * throughout), so the step measured fewer streams than it names.
   */
  public record NoVerdict(DataSize objectSize, int streams, int activeStreams) {}

  /**
   * Checks every data-copy option of the scenario against the measurement taken at the object size
   * nearest the option's own ({@link MeasuredThroughput#nearestObjectSize}), each option evaluated
   * as the only option of the scenario. An option whose estimate would rest on a step in which not
   * every stream ran gets no verdict ({@link NoVerdict}). Empty when the scenario has no data-copy
   * option. {@code hosts}, when not {@code null}, replaces the scenario's host count in the
   * recomputed figures.
   *
   * @param writesBySize the measurement by object size ({@link
   *     MeasuredThroughput#writesByObjectSize}); not empty
   */
  public static List<Matched> atNearestObjectSize(
      Scenario scenario, Map<DataSize, MeasuredThroughput> writesBySize, Integer hosts) {
    List<Matched> checks = new ArrayList<>();
    for (DrOption option : scenario.options()) {
      if (!(option instanceof DataCopy)) {
        continue;
      }
      DataCopy copy = (DataCopy) option;
      DataSize probed =
          MeasuredThroughput.nearestObjectSize(writesBySize.keySet(), copy.objectSize());
      MeasuredThroughput measured = writesBySize.get(probed);
      MeasuredThroughput.Point idle = measured.at(copy.copyEngine().streamsPerHost()).idleBasis();
      if (idle != null) {
        checks.add(
            new Matched(
                copy.name(),
                copy.copyEngine(),
                null,
                copy.objectSize(),
                probed,
                new NoVerdict(probed, idle.streams(), idle.activeStreams())));
        continue;
      }
      OptionCheck check = check(scenario.withOptions(List.of(copy)), measured, hosts).get(0);
      checks.add(
          new Matched(copy.name(), copy.copyEngine(), check, copy.objectSize(), probed, null));
    }
    return checks;
  }

  /**
   * Checks every data-copy option of the scenario. {@code hosts}, when not {@code null}, replaces
   * the scenario's host count in the recomputed figures (the probe measures one host).
   */
  public static List<OptionCheck> check(
      Scenario scenario, MeasuredThroughput measurement, Integer hosts) {
    Evaluation assumedEvaluation = Evaluator.evaluate(scenario);
    List<DrOption> measuredOptions = new ArrayList<>();
    List<OptionCheck> checks = new ArrayList<>();
    List<CopyEngine> measuredEngines = new ArrayList<>();
    for (DrOption option : scenario.options()) {
      if (option instanceof DataCopy) {
        DataCopy copy = (DataCopy) option;
        CopyEngine engine = copy.copyEngine();
        MeasuredThroughput.Estimate estimate = measurement.at(engine.streamsPerHost());
        DataRate perHost = DataRate.min(estimate.aggregate(), engine.hostNic());
        DataRate perStream = perHost.times(1.0 / engine.streamsPerHost());
        CopyEngine measuredEngine = engine.with(hosts == null ? engine.hosts() : hosts, perStream);
        measuredEngines.add(measuredEngine);
        measuredOptions.add(copy.withCopyEngine(measuredEngine));
      } else {
        measuredOptions.add(option);
      }
    }
    Evaluation measuredEvaluation = Evaluator.evaluate(scenario.withOptions(measuredOptions));
    int engineIndex = 0;
    for (DrOption option : scenario.options()) {
      if (!(option instanceof DataCopy)) {
        continue;
      }
      CopyEngine engine = ((DataCopy) option).copyEngine();
      CopyEngine measuredEngine = measuredEngines.get(engineIndex++);
      DataRate assumedPerHost = ReplicationRate.copyEngine(engine).times(1.0 / engine.hosts());
      DataRate measuredPerHost = measuredEngine.perStream().times(measuredEngine.streamsPerHost());
      double optimism =
          measuredPerHost.isZero()
              ? Double.MAX_VALUE
              : assumedPerHost.bytesPerSecond() / measuredPerHost.bytesPerSecond() - 1;
      checks.add(
          new OptionCheck(
              option.name(),
              engine,
              measuredEngine,
              assumedPerHost,
              measuredPerHost,
              measuredEngine.perStream(),
              measurement.at(engine.streamsPerHost()).extrapolated(),
              optimism,
              resultsOf(assumedEvaluation, option.name()),
              resultsOf(measuredEvaluation, option.name())));
    }
    return checks;
  }

  private static List<OptionResult> resultsOf(Evaluation evaluation, String option) {
    List<OptionResult> results = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      if (result.option().equals(option)) {
        results.add(result);
      }
    }
    return results;
  }
}
