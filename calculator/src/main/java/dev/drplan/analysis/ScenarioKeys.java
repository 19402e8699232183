package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The registry of every numeric key of a scenario, by its path in spec/scenario-format.md.
 *
 * <p>Which keys exist depends on the scenario: {@code primary.configurations.<name>.dboxes} for
 * each configuration, {@code options.<name>.<key>} for each option by kind (data-copy: copy engine,
 * intervals, object size, prices; namespace-in-cloud: nodes, overhead, discount, machine), {@code
 * dataset.average_file_size} only when the scenario has one. {@link #keysOf} lists them in a stable
 * order (the order of the scenario format); {@link #key} finds one or throws {@link
 * UnknownScenarioKeyException} with every valid key and a "did you mean".
 *
 * <p>Linked values stay linked: a data-copy option with {@code object_size: files} copies one
 * object per file, so setting {@code dataset.average_file_size} also sets those options' object
 * size, and such an option offers no {@code object_size} key of its own. Defaults the loader
 * resolved (a namespace's {@code reduction_ratio} and {@code fill_limit} taken from the primary)
 * are not linked: they are the option's own keys.
 */
public final class ScenarioKeys {
  private ScenarioKeys() {}

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double POSITIVE = Double.MIN_VALUE;

  /** Every numeric key of {@code scenario}, in the order of the scenario format. */
  public static List<ScenarioKey> keysOf(Scenario scenario) {
    List<ScenarioKey> keys = new ArrayList<>();
    datasetKeys(scenario, keys);
    primaryKeys(scenario, keys);
    networkKeys(keys);
    objectiveKeys(keys);
    keys.add(
        new ScenarioKey(
            "horizon",
            ValueKind.DURATION,
            "planning horizon",
            0,
            INF,
            s -> s.horizon().seconds(),
            (s, v) -> s.withHorizon(TimeSpan.ofSeconds(v))));
    for (DrOption option : scenario.options()) {
      if (option instanceof DataCopy) {
        dataCopyKeys((DataCopy) option, keys);
      } else {
        namespaceKeys((NamespaceInCloud) option, keys);
      }
    }
    return Collections.unmodifiableList(keys);
  }

  /** The paths of every key of {@code scenario}, in {@link #keysOf} order. */
  public static List<String> pathsOf(Scenario scenario) {
    List<String> paths = new ArrayList<>();
    for (ScenarioKey key : keysOf(scenario)) {
      paths.add(key.path());
    }
    return paths;
  }

  /**
   * The key at {@code path} in {@code scenario}.
   *
   * @throws UnknownScenarioKeyException listing the valid keys and the closest one
   */
  public static ScenarioKey key(Scenario scenario, String path) {
    List<ScenarioKey> keys = keysOf(scenario);
    for (ScenarioKey key : keys) {
      if (key.path().equals(path)) {
        return key;
      }
    }
    List<String> paths = new ArrayList<>();
    for (ScenarioKey key : keys) {
      paths.add(key.path());
    }
    throw new UnknownScenarioKeyException(path, paths);
  }

  /** The canonical value at {@code path} in {@code scenario}. */
  public static double get(Scenario scenario, String path) {
    return key(scenario, path).get(scenario);
  }

  /** A copy of {@code scenario} with {@code path} set to {@code value} (canonical units). */
  public static Scenario with(Scenario scenario, String path, double value) {
    return key(scenario, path).with(scenario, value);
  }

  // ---------------------------------------------------------------------------------- dataset

  private static void datasetKeys(Scenario scenario, List<ScenarioKey> keys) {
    keys.add(
        new ScenarioKey(
            "dataset.logical_size",
            ValueKind.SIZE,
            "data to protect on day one",
            0,
            INF,
            s -> s.dataset().logicalSize().bytes(),
            (s, v) -> dataset(s, d -> d.withLogicalSize(DataSize.ofBytes(v)))));
    keys.add(
        new ScenarioKey(
            "dataset.annual_growth",
            ValueKind.FRACTION,
            "compound growth per year",
            -1,
            INF,
            s -> s.dataset().annualGrowth().value(),
            (s, v) -> dataset(s, d -> d.withAnnualGrowth(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "dataset.daily_change",
            ValueKind.FRACTION,
            "share of the data written or rewritten per day",
            0,
            1,
            s -> s.dataset().dailyChange().value(),
            (s, v) -> dataset(s, d -> d.withDailyChange(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "dataset.peak_factor",
            ValueKind.NUMBER,
            "peak-hour change rate over the daily average",
            1,
            INF,
            s -> s.dataset().peakFactor(),
            (s, v) -> dataset(s, d -> d.withPeakFactor(v))));
    keys.add(
        new ScenarioKey(
            "dataset.overwrite_share",
            ValueKind.FRACTION,
            "share of the daily change that replaces existing data",
            0,
            1,
            s -> s.dataset().overwriteShare().value(),
            (s, v) -> dataset(s, d -> d.withOverwriteShare(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "dataset.reduction_ratio",
            ValueKind.NUMBER,
            "data reduction on the primary cluster",
            1,
            INF,
            s -> s.dataset().reductionRatio(),
            (s, v) -> dataset(s, d -> d.withReductionRatio(v))));
    if (scenario.dataset().averageFileSize() != null) {
      keys.add(
          new ScenarioKey(
              "dataset.average_file_size",
              ValueKind.SIZE,
              "average file size (object size of options copying one object per file)",
              POSITIVE,
              INF,
              s -> s.dataset().averageFileSize().bytes(),
              ScenarioKeys::withAverageFileSize));
    }
  }

  private static Scenario withAverageFileSize(Scenario s, double v) {
    Dataset d = s.dataset();
    DataSize size = DataSize.ofBytes(v);
    Scenario changed = dataset(s, x -> d.withAverageFileSize(size));
    List<DrOption> options = new ArrayList<>(changed.options());
    options.replaceAll(
        option -> {
          if (option instanceof DataCopy && ((DataCopy) option).objectPerFile()) {
            DataCopy c = (DataCopy) option;
            return new DataCopy(
                c.name(),
                c.storageClass(),
                c.location(),
                c.prices(),
                size,
                true,
                c.retention(),
                c.seed(),
                c.copyEngine(),
                c.replicationInterval(),
                c.recovery());
          }
          return option;
        });
    return changed.withOptions(options);
  }

  // ---------------------------------------------------------------------------------- primary

  private static void primaryKeys(Scenario scenario, List<ScenarioKey> keys) {
    keys.add(
        new ScenarioKey(
            "primary.fill_limit",
            ValueKind.FRACTION,
            "highest planned fill of the primary",
            POSITIVE,
            1,
            s -> s.primary().fillLimit().value(),
            (s, v) -> primary(s, p -> p.withFillLimit(Fraction.of(v)))));
    for (Configuration configuration : scenario.primary().configurations()) {
      String name = configuration.name();
      String base = "primary.configurations." + name;
      keys.add(
          new ScenarioKey(
              base + ".dboxes",
              ValueKind.COUNT,
              "D-boxes of " + name,
              1,
              Integer.MAX_VALUE,
              s -> configuration(s, name).dboxes(),
              (s, v) -> withConfiguration(s, name, c -> c.withDboxes((int) v))));
      keys.add(
          new ScenarioKey(
              base + ".cboxes",
              ValueKind.COUNT,
              "C-boxes of " + name,
              1,
              Integer.MAX_VALUE,
              s -> configuration(s, name).cboxes(),
              (s, v) -> withConfiguration(s, name, c -> c.withCboxes((int) v))));
      if (configuration.usableEfficiency() != null) {
        keys.add(
            new ScenarioKey(
                base + ".usable_efficiency",
                ValueKind.FRACTION,
                "usable share of raw in " + name,
                POSITIVE,
                1,
                s -> configuration(s, name).usableEfficiency().value(),
                (s, v) -> withConfiguration(s, name, c -> c.withUsableEfficiency(Fraction.of(v)))));
      }
    }
    keys.add(
        new ScenarioKey(
            "primary.dbox.raw_size",
            ValueKind.SIZE,
            "raw capacity of a D-box",
            POSITIVE,
            INF,
            s -> s.primary().dbox().rawSize().bytes(),
            (s, v) ->
                primary(
                    s,
                    p ->
                        p.withDbox(
                            new DBoxSpec(
                                p.dbox().name(),
                                DataSize.ofBytes(v),
                                p.dbox().usableEfficiency())))));
    keys.add(
        new ScenarioKey(
            "primary.dbox.usable_efficiency",
            ValueKind.FRACTION,
            "usable share of raw (erasure coding and reserve)",
            POSITIVE,
            1,
            s -> s.primary().dbox().usableEfficiency().value(),
            (s, v) ->
                primary(
                    s,
                    p ->
                        p.withDbox(
                            new DBoxSpec(p.dbox().name(), p.dbox().rawSize(), Fraction.of(v))))));
    keys.add(
        new ScenarioKey(
            "primary.cbox.per_node_replication",
            ValueKind.RATE,
            "replication egress of one C-node",
            0,
            INF,
            s -> s.primary().cbox().perNodeReplication().bytesPerSecond(),
            (s, v) ->
                primary(
                    s,
                    p ->
                        p.withCbox(
                            new CBoxSpec(
                                p.cbox().name(),
                                p.cbox().nodes(),
                                DataRate.ofBytesPerSecond(v))))));
  }

  private static Configuration configuration(Scenario s, String name) {
    for (Configuration c : s.primary().configurations()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no configuration " + name + " in " + s.name());
  }

  private static Scenario withConfiguration(
      Scenario s, String name, UnaryOperator<Configuration> change) {
    return primary(
        s,
        p -> {
          List<Configuration> configurations = new ArrayList<>(p.configurations());
          configurations.replaceAll(c -> c.name().equals(name) ? change.apply(c) : c);
          return p.withConfigurations(configurations);
        });
  }

  // ---------------------------------------------------------------------------------- network

  private static void networkKeys(List<ScenarioKey> keys) {
    keys.add(
        new ScenarioKey(
            "network.circuits",
            ValueKind.COUNT,
            "circuits to the cloud region",
            0,
            Integer.MAX_VALUE,
            s -> s.network().circuits(),
            (s, v) -> network(s, n -> n.withCircuits((int) v))));
    keys.add(
        new ScenarioKey(
            "network.line_rate",
            ValueKind.RATE,
            "line rate of one circuit",
            0,
            INF,
            s -> s.network().lineRate().bytesPerSecond(),
            (s, v) -> network(s, n -> n.withLineRate(DataRate.ofBytesPerSecond(v)))));
    keys.add(
        new ScenarioKey(
            "network.efficiency",
            ValueKind.FRACTION,
            "achievable share of line rate for bulk copy",
            0,
            1,
            s -> s.network().efficiency().value(),
            (s, v) -> network(s, n -> n.withEfficiency(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "network.dr_share",
            ValueKind.FRACTION,
            "share of the link DR traffic may use",
            0,
            1,
            s -> s.network().drShare().value(),
            (s, v) -> network(s, n -> n.withDrShare(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "network.monthly_port_cost",
            ValueKind.MONEY,
            "cost per circuit per month",
            0,
            INF,
            s -> s.network().monthlyPortCost().usd(),
            (s, v) -> network(s, n -> n.withMonthlyPortCost(Money.ofUsd(v)))));
  }

  // ------------------------------------------------------------------------------- objectives

  private static void objectiveKeys(List<ScenarioKey> keys) {
    keys.add(
        new ScenarioKey(
            "objectives.rpo",
            ValueKind.DURATION,
            "most data (in time) that may be lost",
            0,
            INF,
            s -> s.objectives().rpo().seconds(),
            (s, v) -> objectives(s, o -> o.withRpo(TimeSpan.ofSeconds(v)))));
    keys.add(
        new ScenarioKey(
            "objectives.rto",
            ValueKind.DURATION,
            "longest time until the recovery scope is usable",
            0,
            INF,
            s -> s.objectives().rto().seconds(),
            (s, v) -> objectives(s, o -> o.withRto(TimeSpan.ofSeconds(v)))));
    keys.add(
        new ScenarioKey(
            "objectives.recovery_scope",
            ValueKind.FRACTION,
            "share of the data that must be usable within the RTO",
            0,
            1,
            s -> s.objectives().recoveryScope().value(),
            (s, v) -> objectives(s, o -> o.withRecoveryScope(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            "objectives.max_seed",
            ValueKind.DURATION,
            "longest acceptable first full copy",
            0,
            INF,
            s -> s.objectives().maxSeed().seconds(),
            (s, v) -> objectives(s, o -> o.withMaxSeed(TimeSpan.ofSeconds(v)))));
  }

  // -------------------------------------------------------------------------------- data-copy

  private static void dataCopyKeys(DataCopy option, List<ScenarioKey> keys) {
    String name = option.name();
    String base = "options." + name + ".";
    keys.add(
        new ScenarioKey(
            base + "copy_engine.hosts",
            ValueKind.COUNT,
            "data mover hosts",
            1,
            Integer.MAX_VALUE,
            s -> dataCopy(s, name).copyEngine().hosts(),
            (s, v) -> engine(s, name, e -> e.withHosts((int) v))));
    keys.add(
        new ScenarioKey(
            base + "copy_engine.streams_per_host",
            ValueKind.COUNT,
            "concurrent streams per mover host",
            1,
            Integer.MAX_VALUE,
            s -> dataCopy(s, name).copyEngine().streamsPerHost(),
            (s, v) -> engine(s, name, e -> e.withStreamsPerHost((int) v))));
    keys.add(
        new ScenarioKey(
            base + "copy_engine.per_stream",
            ValueKind.RATE,
            "throughput of one stream",
            0,
            INF,
            s -> dataCopy(s, name).copyEngine().perStream().bytesPerSecond(),
            (s, v) -> engine(s, name, e -> e.withPerStream(DataRate.ofBytesPerSecond(v)))));
    keys.add(
        new ScenarioKey(
            base + "copy_engine.host_nic",
            ValueKind.RATE,
            "network rate of one mover host",
            0,
            INF,
            s -> dataCopy(s, name).copyEngine().hostNic().bytesPerSecond(),
            (s, v) -> engine(s, name, e -> e.withHostNic(DataRate.ofBytesPerSecond(v)))));
    keys.add(
        new ScenarioKey(
            base + "replication_interval",
            ValueKind.DURATION,
            "time between incremental copies",
            0,
            INF,
            s -> dataCopy(s, name).replicationInterval().seconds(),
            (s, v) -> dataCopy(s, name, c -> c.withReplicationInterval(TimeSpan.ofSeconds(v)))));
    keys.add(
        new ScenarioKey(
            base + "retention",
            ValueKind.DURATION,
            "how long replaced data is kept",
            0,
            INF,
            s -> dataCopy(s, name).retention().seconds(),
            (s, v) -> dataCopy(s, name, c -> c.withRetention(TimeSpan.ofSeconds(v)))));
    if (!option.objectPerFile()) {
      keys.add(
          new ScenarioKey(
              base + "object_size",
              ValueKind.SIZE,
              "size of each object",
              POSITIVE,
              INF,
              s -> dataCopy(s, name).objectSize().bytes(),
              (s, v) ->
                  dataCopy(
                      s,
                      name,
                      c ->
                          new DataCopy(
                              c.name(),
                              c.storageClass(),
                              c.location(),
                              c.prices(),
                              DataSize.ofBytes(v),
                              false,
                              c.retention(),
                              c.seed(),
                              c.copyEngine(),
                              c.replicationInterval(),
                              c.recovery()))));
    }
    if (!option.recovery().restoresToPrimary()) {
      keys.add(
          new ScenarioKey(
              base + "cloud_start_time",
              ValueKind.DURATION,
              "time until workloads run in the cloud (the RTO of run-in-cloud)",
              0,
              INF,
              s -> dataCopy(s, name).recovery().cloudStartTime().seconds(),
              (s, v) ->
                  dataCopy(
                      s, name, c -> c.withRecovery(Recovery.runInCloud(TimeSpan.ofSeconds(v))))));
    }
    keys.add(
        new ScenarioKey(
            base + "prices.storage_per_gib_month",
            ValueKind.MONEY,
            "at-rest price per GiB-month",
            0,
            INF,
            s -> dataCopy(s, name).prices().storagePerGibMonth().usd(),
            (s, v) -> prices(s, name, p -> p.withStoragePerGibMonth(Money.ofUsd(v)))));
    keys.add(
        new ScenarioKey(
            base + "prices.class_a_per_1000",
            ValueKind.MONEY,
            "price of 1,000 object writes",
            0,
            INF,
            s -> dataCopy(s, name).prices().classAPer1000().usd(),
            (s, v) -> prices(s, name, p -> p.withClassAPer1000(Money.ofUsd(v)))));
    keys.add(
        new ScenarioKey(
            base + "prices.retrieval_per_gib",
            ValueKind.MONEY,
            "fee per GiB read back",
            0,
            INF,
            s -> dataCopy(s, name).prices().retrievalPerGib().usd(),
            (s, v) -> prices(s, name, p -> p.withRetrievalPerGib(Money.ofUsd(v)))));
    keys.add(
        new ScenarioKey(
            base + "prices.egress_per_gib",
            ValueKind.MONEY,
            "fee per GiB leaving the cloud on restore",
            0,
            INF,
            s -> dataCopy(s, name).prices().egressPerGib().usd(),
            (s, v) -> prices(s, name, p -> p.withEgressPerGib(Money.ofUsd(v)))));
    keys.add(
        new ScenarioKey(
            base + "prices.min_storage_duration",
            ValueKind.DURATION,
            "billed minimum storage duration of the class",
            0,
            INF,
            s -> dataCopy(s, name).prices().minStorageDuration().seconds(),
            (s, v) -> prices(s, name, p -> p.withMinStorageDuration(TimeSpan.ofSeconds(v)))));
  }

  private static DataCopy dataCopy(Scenario s, String name) {
    return (DataCopy) option(s, name);
  }

  private static Scenario dataCopy(Scenario s, String name, UnaryOperator<DataCopy> change) {
    return withOption(s, name, o -> change.apply((DataCopy) o));
  }

  private static Scenario engine(Scenario s, String name, UnaryOperator<CopyEngine> change) {
    return dataCopy(s, name, c -> c.withCopyEngine(change.apply(c.copyEngine())));
  }

  private static Scenario prices(Scenario s, String name, UnaryOperator<GcsPrices> change) {
    return dataCopy(s, name, c -> c.withPrices(change.apply(c.prices())));
  }

  // ----------------------------------------------------------------------- namespace-in-cloud

  private static void namespaceKeys(NamespaceInCloud option, List<ScenarioKey> keys) {
    String name = option.name();
    String base = "options." + name + ".";
    keys.add(
        new ScenarioKey(
            base + "max_nodes",
            ValueKind.COUNT,
            "largest node count of one cluster",
            1,
            Integer.MAX_VALUE,
            s -> namespace(s, name).maxNodes(),
            (s, v) -> namespace(s, name, n -> n.withMaxNodes((int) v))));
    keys.add(
        new ScenarioKey(
            base + "protection_overhead",
            ValueKind.FRACTION,
            "share of raw SSD spent on protection",
            0,
            Math.nextDown(1.0),
            s -> namespace(s, name).protectionOverhead().value(),
            (s, v) -> namespace(s, name, n -> n.withProtectionOverhead(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            base + "reduction_ratio",
            ValueKind.NUMBER,
            "data reduction inside the cloud cluster",
            1,
            INF,
            s -> namespace(s, name).reductionRatio(),
            (s, v) -> namespace(s, name, n -> n.withReductionRatio(v))));
    keys.add(
        new ScenarioKey(
            base + "fill_limit",
            ValueKind.FRACTION,
            "highest planned fill of the cloud cluster",
            POSITIVE,
            1,
            s -> namespace(s, name).fillLimit().value(),
            (s, v) -> namespace(s, name, n -> n.withFillLimit(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            base + "commitment_discount",
            ValueKind.FRACTION,
            "fraction off the hourly price",
            0,
            1,
            s -> namespace(s, name).commitmentDiscount().value(),
            (s, v) -> namespace(s, name, n -> n.withCommitmentDiscount(Fraction.of(v)))));
    keys.add(
        new ScenarioKey(
            base + "replication_interval",
            ValueKind.DURATION,
            "time between replicated snapshots",
            0,
            INF,
            s -> namespace(s, name).replicationInterval().seconds(),
            (s, v) -> namespace(s, name, n -> n.withReplicationInterval(TimeSpan.ofSeconds(v)))));
    keys.add(
        new ScenarioKey(
            base + "failover_time",
            ValueKind.DURATION,
            "time to switch clients over (the RTO)",
            0,
            INF,
            s -> namespace(s, name).failoverTime().seconds(),
            (s, v) -> namespace(s, name, n -> n.withFailoverTime(TimeSpan.ofSeconds(v)))));
    keys.add(
        new ScenarioKey(
            base + "machine.hourly",
            ValueKind.MONEY,
            "on-demand price of one VM per hour",
            0,
            INF,
            s -> namespace(s, name).machine().hourly().usd(),
            (s, v) -> machine(s, name, m -> m.withHourly(Money.ofUsd(v)))));
    keys.add(
        new ScenarioKey(
            base + "machine.local_ssd",
            ValueKind.SIZE,
            "local SSD of one VM",
            POSITIVE,
            INF,
            s -> namespace(s, name).machine().localSsd().bytes(),
            (s, v) -> machine(s, name, m -> m.withLocalSsd(DataSize.ofBytes(v)))));
    keys.add(
        new ScenarioKey(
            base + "machine.network",
            ValueKind.RATE,
            "network rate of one VM",
            0,
            INF,
            s -> namespace(s, name).machine().network().bytesPerSecond(),
            (s, v) -> machine(s, name, m -> m.withNetwork(DataRate.ofBytesPerSecond(v)))));
  }

  private static NamespaceInCloud namespace(Scenario s, String name) {
    return (NamespaceInCloud) option(s, name);
  }

  private static Scenario namespace(
      Scenario s, String name, UnaryOperator<NamespaceInCloud> change) {
    return withOption(s, name, o -> change.apply((NamespaceInCloud) o));
  }

  private static Scenario machine(Scenario s, String name, UnaryOperator<MachineSpec> change) {
    return namespace(s, name, n -> n.withMachine(change.apply(n.machine())));
  }

  // ------------------------------------------------------------------------- record copying

  private static DrOption option(Scenario s, String name) {
    for (DrOption option : s.options()) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    throw new IllegalArgumentException("no option " + name + " in " + s.name());
  }

  private static Scenario withOption(Scenario s, String name, UnaryOperator<DrOption> change) {
    List<DrOption> options = new ArrayList<>(s.options());
    boolean found = false;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).name().equals(name)) {
        options.set(i, change.apply(options.get(i)));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no option " + name + " in " + s.name());
    }
    return s.withOptions(options);
  }

  private static Scenario dataset(Scenario s, UnaryOperator<Dataset> change) {
    return s.withDataset(change.apply(s.dataset()));
  }

  private static Scenario primary(Scenario s, UnaryOperator<Primary> change) {
    return s.withPrimary(change.apply(s.primary()));
  }

  private static Scenario network(Scenario s, UnaryOperator<Network> change) {
    return s.withNetwork(change.apply(s.network()));
  }

  private static Scenario objectives(Scenario s, UnaryOperator<Objectives> change) {
    return s.withObjectives(change.apply(s.objectives()));
  }
}
