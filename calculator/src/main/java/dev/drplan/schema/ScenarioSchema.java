package dev.drplan.schema;

import static dev.drplan.catalog.ValueKind.COUNT;
import static dev.drplan.catalog.ValueKind.DURATION;
import static dev.drplan.catalog.ValueKind.FRACTION;
import static dev.drplan.catalog.ValueKind.MONEY;
import static dev.drplan.catalog.ValueKind.NUMBER;
import static dev.drplan.catalog.ValueKind.RATE;
import static dev.drplan.catalog.ValueKind.SIZE;
import static dev.drplan.schema.Domain.POSITIVE_SHARE;
import static dev.drplan.schema.Domain.SHARE;
import static dev.drplan.schema.Domain.SHARE_BELOW_ONE;

import dev.drplan.catalog.Catalog;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.CBoxSpec;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DBoxSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.ProfileFile;
import dev.drplan.scenario.PrometheusValues;
import dev.drplan.scenario.Recovery;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.Seeding;
import dev.drplan.scenario.StorageClass;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.scenario.TransferTool;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The scenario format (docs/scenario-format.md, version 1) as one table: every key a row with its
 * kind, domain, default or requirement, meaning and section of the format, and for the numeric keys
 * that can vary the accessor and wither on the scenario records. The loader reads a file by walking
 * these rows, {@link dev.drplan.analysis.ScenarioKeys} lists the keys of {@code sweep}, {@code
 * solve} and distributions from them, and {@code drplan schema} writes them as a JSON Schema.
 *
 * <p>Adding a key is adding its row here (and its component to the record the section builds).
 */
public final class ScenarioSchema {
  private ScenarioSchema() {}

  /** The name a catalog spec defined inline carries. */
  public static final String INLINE = "inline";

  /** The sections of docs/scenario-format.md, as rows name them. */
  public static final String TOP = "Top level";

  public static final String DATASET_DOC = "dataset";
  public static final String PRIMARY_DOC = "primary";
  public static final String NETWORK_DOC = "network";
  public static final String OBJECTIVES_DOC = "objectives";
  public static final String OPTIONS_DOC = "options";
  public static final String NAMESPACE_DOC = "kind: namespace-in-cloud";
  public static final String DATA_COPY_DOC = "kind: data-copy";
  public static final String OVERRIDES_DOC = "overrides";
  public static final String CHANGE_PROFILE_DOC = "change_profile";
  public static final String DISTRIBUTIONS_DOC = "Distributions";
  public static final String LEVERS_DOC = "levers";
  public static final String PROVENANCE_DOC = "provenance";

  // ------------------------------------------------------------------------------ top level

  public static final Row.Text NAME =
      new Row.Text(
          "name",
          "the scenario's name, as reports show it",
          TOP,
          true,
          "the scenario's name",
          "a name of lower-case letters, digits and hyphens",
          "[a-z0-9-]+",
          "walmart-dr");

  public static final Row.Text DESCRIPTION =
      new Row.Text(
          "description", "free text for the reader", TOP, false, "text", "text", null, null);

  public static final Row.Quantity<Scenario, TimeSpan> HORIZON =
      QuantityRow.<Scenario, TimeSpan>of(
              TOP, "horizon", DURATION, Domain.HORIZON, "planning horizon")
          .varies(Scenario::horizon, Scenario::withHorizon)
          .limitedBy(DataLimit::longestHorizonSeconds)
          .row();

  /** The built-in catalog whose prices and hardware the scenario starts from. */
  public static final Row.Text CATALOG =
      new Row.Text(
          "catalog",
          "built-in price and hardware catalog to start from",
          TOP,
          false,
          "the name of a built-in catalog",
          "the name of a built-in catalog",
          null,
          null);

  public static final Row.Overrides OVERRIDES =
      new Row.Overrides(
          "overrides", "catalog entries replaced for this scenario, by path", OVERRIDES_DOC);

  // -------------------------------------------------------------------------------- dataset

  public static final Row.Quantity<Dataset, DataSize> LOGICAL_SIZE =
      QuantityRow.<Dataset, DataSize>of(
              DATASET_DOC, "logical_size", SIZE, Domain.SIZE, "data to protect on day one")
          .varies(Dataset::logicalSize, Dataset::withLogicalSize)
          .limitedBy(DataLimit::largestLogicalSize)
          .row();

  public static final Row.Quantity<Dataset, Fraction> ANNUAL_GROWTH =
      QuantityRow.<Dataset, Fraction>of(
              DATASET_DOC,
              "annual_growth",
              FRACTION,
              Domain.ANNUAL_GROWTH,
              "compound growth per year")
          .form("an annual growth like \"20%\"")
          .varies(Dataset::annualGrowth, Dataset::withAnnualGrowth)
          .limitedBy(DataLimit::largestAnnualGrowth)
          .row();

  public static final Row.Quantity<Dataset, Fraction> DAILY_CHANGE =
      QuantityRow.<Dataset, Fraction>of(
              DATASET_DOC,
              "daily_change",
              FRACTION,
              SHARE,
              "share of the data written or rewritten per day")
          .varies(Dataset::dailyChange, Dataset::withDailyChange)
          .row();

  public static final Row.Quantity<Dataset, Double> PEAK_FACTOR =
      QuantityRow.<Dataset, Double>of(
              DATASET_DOC,
              "peak_factor",
              NUMBER,
              Domain.RATIO,
              "peak-hour change rate over the daily average")
          .orElse(1.0)
          .varies(Dataset::peakFactor, Dataset::withPeakFactor)
          .row();

  public static final Row.Quantity<Dataset, Fraction> OVERWRITE_SHARE =
      QuantityRow.<Dataset, Fraction>of(
              DATASET_DOC,
              "overwrite_share",
              FRACTION,
              SHARE,
              "share of the daily change that replaces existing data")
          .orElse(Fraction.ZERO)
          .varies(Dataset::overwriteShare, Dataset::withOverwriteShare)
          .row();

  public static final Row.Quantity<Dataset, DataSize> AVERAGE_FILE_SIZE =
      QuantityRow.<Dataset, DataSize>of(
              DATASET_DOC,
              "average_file_size",
              SIZE,
              Domain.SIZE,
              "average file size (object size of options copying one object per file)")
          .optional()
          .varies(Dataset::averageFileSize, Dataset::withAverageFileSize)
          .when(d -> d.averageFileSize() != null)
          .alsoSets(ScenarioSchema::objectsPerFile)
          .row();

  public static final Row.Quantity<Dataset, Double> REDUCTION_RATIO =
      QuantityRow.<Dataset, Double>of(
              DATASET_DOC,
              "reduction_ratio",
              NUMBER,
              Domain.RATIO,
              "data reduction on the primary cluster")
          .orElse(1.0)
          .varies(Dataset::reductionRatio, Dataset::withReductionRatio)
          .row();

  public static final Row.Section<Scenario, Dataset> DATASET =
      new Row.Section<>(
          "dataset",
          "the data to protect",
          DATASET_DOC,
          true,
          null,
          null,
          List.of(
              LOGICAL_SIZE,
              ANNUAL_GROWTH,
              DAILY_CHANGE,
              PEAK_FACTOR,
              OVERWRITE_SHARE,
              AVERAGE_FILE_SIZE,
              REDUCTION_RATIO),
          v ->
              new Dataset(
                  v.get(LOGICAL_SIZE),
                  v.get(ANNUAL_GROWTH),
                  v.get(DAILY_CHANGE),
                  v.get(PEAK_FACTOR),
                  v.get(OVERWRITE_SHARE),
                  v.get(AVERAGE_FILE_SIZE),
                  v.get(REDUCTION_RATIO)),
          Row.Lens.of(Scenario::dataset, Scenario::withDataset));

  // -------------------------------------------------------------------------------- primary

  public static final Row.Quantity<DBoxSpec, DataSize> DBOX_RAW_SIZE =
      QuantityRow.<DBoxSpec, DataSize>of(
              PRIMARY_DOC, "raw_size", SIZE, Domain.CAPACITY, "raw capacity of a D-box")
          .varies(DBoxSpec::rawSize, DBoxSpec::withRawSize)
          .row();

  public static final Row.Quantity<DBoxSpec, Fraction> DBOX_USABLE_EFFICIENCY =
      QuantityRow.<DBoxSpec, Fraction>of(
              PRIMARY_DOC,
              "usable_efficiency",
              FRACTION,
              Domain.CAPACITY_SHARE,
              "usable share of raw (erasure coding and reserve)")
          .varies(DBoxSpec::usableEfficiency, DBoxSpec::withUsableEfficiency)
          .row();

  public static final Row.Reference<Primary, DBoxSpec> DBOX =
      new Row.Reference<>(
          "dbox_model",
          "a catalog D-box model",
          "D-box model",
          inline(
              "dbox",
              "the D-box: raw size and usable share",
              PRIMARY_DOC,
              List.of(DBOX_RAW_SIZE, DBOX_USABLE_EFFICIENCY),
              v -> new DBoxSpec(INLINE, v.get(DBOX_RAW_SIZE), v.get(DBOX_USABLE_EFFICIENCY)),
              Row.Lens.of(Primary::dbox, Primary::withDbox)),
          Catalog::dbox,
          "dboxes");

  public static final Row.Quantity<CBoxSpec, Integer> CBOX_NODES =
      QuantityRow.<CBoxSpec>count(PRIMARY_DOC, "nodes", "C-nodes in one C-box").row();

  public static final Row.Quantity<CBoxSpec, DataRate> CBOX_PER_NODE_REPLICATION =
      QuantityRow.<CBoxSpec, DataRate>of(
              PRIMARY_DOC,
              "per_node_replication",
              RATE,
              Domain.RATE,
              "replication egress of one C-node")
          .varies(CBoxSpec::perNodeReplication, CBoxSpec::withPerNodeReplication)
          .row();

  public static final Row.Reference<Primary, CBoxSpec> CBOX =
      new Row.Reference<>(
          "cbox_model",
          "a catalog C-box model",
          "C-box model",
          inline(
              "cbox",
              "the C-box: nodes and replication rate of each",
              PRIMARY_DOC,
              List.of(CBOX_NODES, CBOX_PER_NODE_REPLICATION),
              v -> new CBoxSpec(INLINE, v.get(CBOX_NODES), v.get(CBOX_PER_NODE_REPLICATION)),
              Row.Lens.of(Primary::cbox, Primary::withCbox)),
          Catalog::cbox,
          "cboxes");

  public static final Row.Quantity<Primary, Fraction> FILL_LIMIT =
      QuantityRow.<Primary, Fraction>of(
              PRIMARY_DOC,
              "fill_limit",
              FRACTION,
              Domain.CAPACITY_SHARE,
              "highest planned fill of the primary")
          .varies(Primary::fillLimit, Primary::withFillLimit)
          .row();

  public static final Row.Quantity<Configuration, Integer> CBOXES =
      QuantityRow.<Configuration>count(PRIMARY_DOC, "cboxes", "C-boxes of the configuration")
          .varies(Configuration::cboxes, Configuration::withCboxes)
          .row();

  public static final Row.Quantity<Configuration, Integer> DBOXES =
      QuantityRow.<Configuration>count(PRIMARY_DOC, "dboxes", "D-boxes of the configuration")
          .varies(Configuration::dboxes, Configuration::withDboxes)
          .row();

  public static final Row.Quantity<Configuration, Fraction> CONFIGURATION_USABLE_EFFICIENCY =
      QuantityRow.<Configuration, Fraction>of(
              PRIMARY_DOC,
              "usable_efficiency",
              FRACTION,
              Domain.CAPACITY_SHARE,
              "usable share of raw in this configuration, where the D-box's does not apply")
          .optional()
          .varies(Configuration::usableEfficiency, Configuration::withUsableEfficiency)
          .when(c -> c.usableEfficiency() != null)
          .row();

  /**
   * The name a {@link Row.NamedMap} item is given under: the loader sets it to the key the item is
   * written at, and the item's builder reads it like any row.
   */
  public static final class NamedMapName {
    private NamedMapName() {}

    public static final Row.Text ROW =
        new Row.Text("name", "the entry's name", PRIMARY_DOC, true, "a name", "a name", null, null);
  }

  public static final Row.NamedMap<Primary, Configuration> CONFIGURATIONS =
      new Row.NamedMap<>(
          "configurations",
          "the on-prem purchases to compare, by name",
          PRIMARY_DOC,
          "a mapping of configuration names to {cboxes, dboxes}",
          "minimum: { cboxes: 4, dboxes: 20 }",
          new Row.Section<>(
              "configuration",
              "one on-prem purchase",
              PRIMARY_DOC,
              true,
              "a mapping like \"{ cboxes: 4, dboxes: 20 }\"",
              null,
              List.of(CBOXES, DBOXES, CONFIGURATION_USABLE_EFFICIENCY),
              v ->
                  new Configuration(
                      v.get(NamedMapName.ROW),
                      v.get(CBOXES),
                      v.get(DBOXES),
                      v.get(CONFIGURATION_USABLE_EFFICIENCY)),
              null),
          p -> {
            List<String> names = new ArrayList<>();
            for (Configuration c : p.configurations()) {
              names.add(c.name());
            }
            return names;
          },
          ScenarioSchema::configuration);

  public static final Row.Quantity<Primary, Money> DBOX_PRICE =
      QuantityRow.<Primary, Money>of(
              PRIMARY_DOC,
              "dbox_price",
              MONEY,
              Domain.MONEY,
              "price of one D-box, installed (a quote)")
          .optional()
          .varies(Primary::dboxPrice, Primary::withDboxPrice)
          .when(p -> p.dboxPrice() != null)
          .row();

  public static final Row.Quantity<Primary, Money> CBOX_PRICE =
      QuantityRow.<Primary, Money>of(
              PRIMARY_DOC,
              "cbox_price",
              MONEY,
              Domain.MONEY,
              "price of one C-box, installed (a quote)")
          .optional()
          .varies(Primary::cboxPrice, Primary::withCboxPrice)
          .when(p -> p.cboxPrice() != null)
          .row();

  public static final Row.Quantity<Primary, TimeSpan> LEAD_TIME =
      QuantityRow.<Primary, TimeSpan>of(
              PRIMARY_DOC,
              "lead_time",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "procurement lead time: from order to a D-box in service")
          .orElse(TimeSpan.ZERO)
          .varies(Primary::leadTime, Primary::withLeadTime)
          .row();

  public static final Row.Section<Scenario, Primary> PRIMARY =
      new Row.Section<>(
          "primary",
          "the on-prem cluster: its hardware and the configurations proposed",
          PRIMARY_DOC,
          true,
          null,
          null,
          List.of(DBOX, CBOX, FILL_LIMIT, CONFIGURATIONS, DBOX_PRICE, CBOX_PRICE, LEAD_TIME),
          v ->
              new Primary(
                  v.get(DBOX),
                  v.get(CBOX),
                  v.get(FILL_LIMIT),
                  v.get(CONFIGURATIONS),
                  v.get(DBOX_PRICE),
                  v.get(CBOX_PRICE),
                  v.get(LEAD_TIME)),
          Row.Lens.of(Scenario::primary, Scenario::withPrimary));

  // -------------------------------------------------------------------------------- network

  public static final Row.Quantity<Network, Integer> CIRCUITS =
      QuantityRow.<Network>count(NETWORK_DOC, "circuits", "circuits to the cloud region")
          .varies(Network::circuits, Network::withCircuits)
          .row();

  public static final Row.Quantity<Network, DataRate> LINE_RATE =
      QuantityRow.<Network, DataRate>of(
              NETWORK_DOC, "line_rate", RATE, Domain.RATE, "line rate of one circuit")
          .varies(Network::lineRate, Network::withLineRate)
          .row();

  public static final Row.Link LINK =
      new Row.Link(
          "circuits",
          "link between the primary site and the cloud region: circuits x line rate",
          NETWORK_DOC,
          CIRCUITS,
          LINE_RATE);

  public static final Row.Quantity<Network, Fraction> EFFICIENCY =
      QuantityRow.<Network, Fraction>of(
              NETWORK_DOC,
              "efficiency",
              FRACTION,
              Domain.LINK_SHARE,
              "achievable share of line rate for bulk copy")
          .varies(Network::efficiency, Network::withEfficiency)
          .row();

  public static final Row.Quantity<Network, Fraction> DR_SHARE =
      QuantityRow.<Network, Fraction>of(
              NETWORK_DOC,
              "dr_share",
              FRACTION,
              Domain.LINK_SHARE,
              "share of the link DR traffic may use")
          .orElse(Fraction.ONE)
          .varies(Network::drShare, Network::withDrShare)
          .row();

  /** Informative: the model does not use the round-trip time, so it cannot vary. */
  public static final Row.Quantity<Network, TimeSpan> RTT =
      QuantityRow.<Network, TimeSpan>of(
              NETWORK_DOC,
              "rtt",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "round-trip time to the region (informative)")
          .orElse(TimeSpan.ZERO)
          .row();

  public static final Row.Quantity<Network, Money> MONTHLY_PORT_COST =
      QuantityRow.<Network, Money>of(
              NETWORK_DOC, "monthly_port_cost", MONEY, Domain.MONEY, "cost per circuit per month")
          .orElse(Money.ZERO)
          .fromCatalog(v -> portCostEntry(v.get(LINK).lineRate()))
          .varies(Network::monthlyPortCost, Network::withMonthlyPortCost)
          .row();

  /**
   * The catalog's port price of a Dedicated Interconnect circuit of {@code lineRate} ({@code
   * interconnect.dedicated-100g.monthly_port_cost}), the default of {@code monthly_port_cost}: a
   * scenario that leaves the price out pays the catalog's list price, never a silent zero. {@code
   * null} for a rate that is not a whole number of Gbps (no such circuit).
   */
  static String portCostEntry(DataRate lineRate) {
    double gbps = lineRate.gigabitsPerSecond();
    if (gbps != Math.rint(gbps) || gbps < 1 || gbps > 1e6) {
      return null;
    }
    return "interconnect.dedicated-" + (long) gbps + "g.monthly_port_cost";
  }

  /** The catalog entry of the largest VLAN attachment, the default for both keys below. */
  public static final String VLAN_ATTACHMENT_ENTRY = "vlan_attachments.dedicated-50g";

  public static final Row.Quantity<Network, DataRate> VLAN_ATTACHMENT_CAPACITY =
      QuantityRow.<Network, DataRate>of(
              NETWORK_DOC,
              "vlan_attachment_capacity",
              RATE,
              Domain.RATE,
              "capacity of one Interconnect VLAN attachment")
          .orElse(Network.LARGEST_VLAN_ATTACHMENT)
          .fromCatalog(v -> VLAN_ATTACHMENT_ENTRY + ".capacity")
          .varies(Network::vlanAttachmentCapacity, Network::withVlanAttachmentCapacity)
          .row();

  public static final Row.Quantity<Network, Money> VLAN_ATTACHMENT_HOURLY =
      QuantityRow.<Network, Money>of(
              NETWORK_DOC,
              "vlan_attachment_hourly",
              MONEY,
              Domain.MONEY,
              "price of one VLAN attachment per hour")
          .optional()
          .fromCatalog(v -> VLAN_ATTACHMENT_ENTRY + ".hourly")
          .varies(Network::vlanAttachmentHourly, Network::withVlanAttachmentHourly)
          .when(n -> n.vlanAttachmentHourly() != null)
          .row();

  public static final Row.Section<Scenario, Network> NETWORK =
      new Row.Section<>(
          "network",
          "the link between the primary site and the cloud region",
          NETWORK_DOC,
          true,
          null,
          null,
          List.of(
              LINK,
              EFFICIENCY,
              DR_SHARE,
              RTT,
              MONTHLY_PORT_COST,
              VLAN_ATTACHMENT_CAPACITY,
              VLAN_ATTACHMENT_HOURLY),
          v ->
              new Network(
                  v.get(LINK).circuits(),
                  v.get(LINK).lineRate(),
                  v.get(EFFICIENCY),
                  v.get(DR_SHARE),
                  v.get(RTT),
                  v.get(MONTHLY_PORT_COST),
                  v.get(VLAN_ATTACHMENT_CAPACITY),
                  v.get(VLAN_ATTACHMENT_HOURLY)),
          Row.Lens.of(Scenario::network, Scenario::withNetwork));

  // ----------------------------------------------------------------------------- objectives

  public static final Row.Quantity<Objectives, TimeSpan> RPO =
      QuantityRow.<Objectives, TimeSpan>of(
              OBJECTIVES_DOC,
              "rpo",
              DURATION,
              Domain.DURATION,
              "most data (in time) that may be lost")
          .varies(Objectives::rpo, Objectives::withRpo)
          .row();

  public static final Row.Quantity<Objectives, TimeSpan> RTO =
      QuantityRow.<Objectives, TimeSpan>of(
              OBJECTIVES_DOC,
              "rto",
              DURATION,
              Domain.DURATION,
              "longest time until the recovery scope is usable")
          .varies(Objectives::rto, Objectives::withRto)
          .row();

  public static final Row.Quantity<Objectives, Fraction> RECOVERY_SCOPE =
      QuantityRow.<Objectives, Fraction>of(
              OBJECTIVES_DOC,
              "recovery_scope",
              FRACTION,
              POSITIVE_SHARE,
              "share of the data that must be usable within the RTO")
          .orElse(Fraction.ONE)
          .varies(Objectives::recoveryScope, Objectives::withRecoveryScope)
          .row();

  public static final Row.Quantity<Objectives, TimeSpan> MAX_SEED =
      QuantityRow.<Objectives, TimeSpan>of(
              OBJECTIVES_DOC,
              "max_seed",
              DURATION,
              Domain.DURATION,
              "longest acceptable first full copy")
          .varies(Objectives::maxSeed, Objectives::withMaxSeed)
          .row();

  /**
   * The share of time the RPO objective must be met over a change profile's replay; read but not
   * varied, since only compare, explain and report replay the profile (docs/model.md §5).
   */
  public static final Row.Quantity<Objectives, Fraction> RPO_COMPLIANCE =
      QuantityRow.<Objectives, Fraction>of(
              OBJECTIVES_DOC,
              "rpo_compliance",
              FRACTION,
              POSITIVE_SHARE,
              "share of time the RPO objective must be met when a change_profile is replayed")
          .orElse(Objectives.DEFAULT_RPO_COMPLIANCE)
          .row();

  /**
   * How sure {@code drplan decide} must be that a pair is feasible to recommend it: a decision
   * setting, not an input of the model, so it takes no distribution.
   */
  public static final Row.Quantity<Objectives, Fraction> CONFIDENCE =
      QuantityRow.<Objectives, Fraction>of(
              OBJECTIVES_DOC,
              "confidence",
              FRACTION,
              POSITIVE_SHARE,
              "share of sampled futures in which a recommended pair must be feasible")
          .orElse(Objectives.DEFAULT_CONFIDENCE)
          .row();

  public static final Row.Section<Scenario, Objectives> OBJECTIVES =
      new Row.Section<>(
          "objectives",
          "the recovery objectives every option is held to",
          OBJECTIVES_DOC,
          true,
          null,
          null,
          List.of(RPO, RTO, RECOVERY_SCOPE, MAX_SEED, RPO_COMPLIANCE, CONFIDENCE),
          v ->
              new Objectives(
                  v.get(RPO),
                  v.get(RTO),
                  v.get(RECOVERY_SCOPE),
                  v.get(MAX_SEED),
                  v.get(RPO_COMPLIANCE),
                  v.get(CONFIDENCE)),
          Row.Lens.of(Scenario::objectives, Scenario::withObjectives));

  // ---------------------------------------------------------------------------- options

  public static final Row.Text OPTION_NAME =
      new Row.Text(
          "name",
          "the option's name, as reports show it",
          OPTIONS_DOC,
          true,
          "the option's name",
          "the option's name",
          null,
          null);

  public static final Row.Words<String> OPTION_KIND =
      new Row.Words<>(
          "kind",
          "which way of doing DR the option is",
          OPTIONS_DOC,
          "option kind",
          words(NamespaceInCloud.KIND, DataCopy.KIND));

  // namespace-in-cloud

  public static final Row.Quantity<MachineSpec, DataSize> MACHINE_LOCAL_SSD =
      QuantityRow.<MachineSpec, DataSize>of(
              NAMESPACE_DOC, "local_ssd", SIZE, Domain.CAPACITY, "local SSD of one VM")
          .varies(MachineSpec::localSsd, MachineSpec::withLocalSsd)
          .row();

  public static final Row.Quantity<MachineSpec, DataRate> MACHINE_NETWORK =
      QuantityRow.<MachineSpec, DataRate>of(
              NAMESPACE_DOC, "network", RATE, Domain.RATE, "network rate of one VM")
          .varies(MachineSpec::network, MachineSpec::withNetwork)
          .row();

  public static final Row.Quantity<MachineSpec, Money> MACHINE_HOURLY =
      QuantityRow.<MachineSpec, Money>of(
              NAMESPACE_DOC, "hourly", MONEY, Domain.MONEY, "on-demand price of one VM per hour")
          .varies(MachineSpec::hourly, MachineSpec::withHourly)
          .row();

  public static final Row.Reference<NamespaceInCloud, MachineSpec> MACHINE =
      new Row.Reference<>(
          "machine_type",
          "a catalog machine type",
          "machine type",
          inline(
              "machine",
              "the VM: local SSD, network rate and hourly price",
              NAMESPACE_DOC,
              List.of(MACHINE_LOCAL_SSD, MACHINE_NETWORK, MACHINE_HOURLY),
              v ->
                  new MachineSpec(
                      INLINE,
                      v.get(MACHINE_LOCAL_SSD),
                      v.get(MACHINE_NETWORK),
                      v.get(MACHINE_HOURLY)),
              Row.Lens.of(NamespaceInCloud::machine, NamespaceInCloud::withMachine)),
          Catalog::machine,
          "machines");

  public static final Row.Quantity<NamespaceInCloud, Fraction> PROTECTION_OVERHEAD =
      QuantityRow.<NamespaceInCloud, Fraction>of(
              NAMESPACE_DOC,
              "protection_overhead",
              FRACTION,
              Domain.OVERHEAD,
              "share of raw SSD spent on protection")
          .varies(NamespaceInCloud::protectionOverhead, NamespaceInCloud::withProtectionOverhead)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Double> NAMESPACE_REDUCTION_RATIO =
      QuantityRow.<NamespaceInCloud, Double>of(
              NAMESPACE_DOC,
              "reduction_ratio",
              NUMBER,
              Domain.RATIO,
              "data reduction inside the cloud cluster")
          .sameAs("dataset.reduction_ratio")
          .varies(NamespaceInCloud::reductionRatio, NamespaceInCloud::withReductionRatio)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Integer> MAX_NODES =
      QuantityRow.<NamespaceInCloud>count(
              NAMESPACE_DOC, "max_nodes", "largest node count of one cluster")
          .varies(NamespaceInCloud::maxNodes, NamespaceInCloud::withMaxNodes)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Fraction> NAMESPACE_FILL_LIMIT =
      QuantityRow.<NamespaceInCloud, Fraction>of(
              NAMESPACE_DOC,
              "fill_limit",
              FRACTION,
              Domain.CAPACITY_SHARE,
              "highest planned fill of the cloud cluster")
          .sameAs("primary.fill_limit")
          .varies(NamespaceInCloud::fillLimit, NamespaceInCloud::withFillLimit)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Fraction> COMMITMENT_DISCOUNT =
      QuantityRow.<NamespaceInCloud, Fraction>of(
              NAMESPACE_DOC,
              "commitment_discount",
              FRACTION,
              SHARE_BELOW_ONE,
              "fraction off the hourly price")
          .orElse(Fraction.ZERO)
          .varies(NamespaceInCloud::commitmentDiscount, NamespaceInCloud::withCommitmentDiscount)
          .row();

  public static final Row.Quantity<NamespaceInCloud, TimeSpan> NAMESPACE_REPLICATION_INTERVAL =
      QuantityRow.<NamespaceInCloud, TimeSpan>of(
              NAMESPACE_DOC,
              "replication_interval",
              DURATION,
              Domain.DURATION,
              "time between replicated snapshots")
          .varies(NamespaceInCloud::replicationInterval, NamespaceInCloud::withReplicationInterval)
          .row();

  public static final Row.Quantity<NamespaceInCloud, TimeSpan> FAILOVER_TIME =
      QuantityRow.<NamespaceInCloud, TimeSpan>of(
              NAMESPACE_DOC,
              "failover_time",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "time to switch clients over (the RTO)")
          .varies(NamespaceInCloud::failoverTime, NamespaceInCloud::withFailoverTime)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Money> LICENCE_PER_TB_MONTH =
      QuantityRow.<NamespaceInCloud, Money>of(
              NAMESPACE_DOC,
              "licence_per_tb_month",
              MONEY,
              Domain.MONEY,
              "the storage software's licence per usable TB-month on the VMs")
          .optional()
          .varies(NamespaceInCloud::licencePerTbMonth, NamespaceInCloud::withLicencePerTbMonth)
          .when(n -> n.licencePerTbMonth() != null)
          .row();

  public static final Row.Quantity<NamespaceInCloud, Money> NAMESPACE_EGRESS_PER_GIB =
      QuantityRow.<NamespaceInCloud, Money>of(
              NAMESPACE_DOC,
              "egress_per_gib",
              MONEY,
              Domain.MONEY,
              "fee per GiB leaving the cloud when failing back to the primary")
          .optional()
          .fromCatalog(v -> Catalog.DEFAULT_EGRESS)
          .varies(NamespaceInCloud::egressPerGib, NamespaceInCloud::withEgressPerGib)
          .when(n -> n.egressPerGib() != null)
          .row();

  public static final Row.Section<Scenario, NamespaceInCloud> NAMESPACE_IN_CLOUD =
      new Row.Section<>(
          NamespaceInCloud.KIND,
          "the storage namespace itself on cloud VMs, kept in sync by replication",
          NAMESPACE_DOC,
          true,
          null,
          null,
          List.of(
              MACHINE,
              PROTECTION_OVERHEAD,
              NAMESPACE_REDUCTION_RATIO,
              MAX_NODES,
              NAMESPACE_FILL_LIMIT,
              COMMITMENT_DISCOUNT,
              NAMESPACE_REPLICATION_INTERVAL,
              FAILOVER_TIME,
              LICENCE_PER_TB_MONTH,
              NAMESPACE_EGRESS_PER_GIB),
          v ->
              new NamespaceInCloud(
                  v.get(OPTION_NAME),
                  v.get(MACHINE),
                  v.get(PROTECTION_OVERHEAD),
                  v.get(NAMESPACE_REDUCTION_RATIO),
                  v.get(MAX_NODES),
                  v.get(NAMESPACE_FILL_LIMIT),
                  v.get(COMMITMENT_DISCOUNT),
                  v.get(NAMESPACE_REPLICATION_INTERVAL),
                  v.get(FAILOVER_TIME),
                  v.get(LICENCE_PER_TB_MONTH),
                  v.get(NAMESPACE_EGRESS_PER_GIB)),
          null);

  // data-copy

  public static final Row.Words<StorageClass> STORAGE_CLASS =
      new Row.Words<>(
          "storage_class",
          "the Cloud Storage class of the copy",
          DATA_COPY_DOC,
          "storage class",
          storageClasses());

  public static final Row.Text LOCATION =
      new Row.Text(
          "location",
          "the catalog location of the bucket (us-central1, us, nam4, ...)",
          DATA_COPY_DOC,
          true,
          "a location like \"us-central1\"",
          "a location like \"us-central1\"",
          null,
          null);

  public static final Row.Quantity<GcsPrices, Money> STORAGE_PER_GIB_MONTH =
      QuantityRow.<GcsPrices, Money>of(
              DATA_COPY_DOC,
              "storage_per_gib_month",
              MONEY,
              Domain.MONEY,
              "at-rest price per GiB-month")
          .varies(GcsPrices::storagePerGibMonth, GcsPrices::withStoragePerGibMonth)
          .row();

  public static final Row.Quantity<GcsPrices, Money> CLASS_A_PER_1000 =
      QuantityRow.<GcsPrices, Money>of(
              DATA_COPY_DOC,
              "class_a_per_1000",
              MONEY,
              Domain.MONEY,
              "price of 1,000 object writes")
          .varies(GcsPrices::classAPer1000, GcsPrices::withClassAPer1000)
          .row();

  public static final Row.Quantity<GcsPrices, Money> RETRIEVAL_PER_GIB =
      QuantityRow.<GcsPrices, Money>of(
              DATA_COPY_DOC, "retrieval_per_gib", MONEY, Domain.MONEY, "fee per GiB read back")
          .varies(GcsPrices::retrievalPerGib, GcsPrices::withRetrievalPerGib)
          .row();

  public static final Row.Quantity<GcsPrices, Money> EGRESS_PER_GIB =
      QuantityRow.<GcsPrices, Money>of(
              DATA_COPY_DOC,
              "egress_per_gib",
              MONEY,
              Domain.MONEY,
              "fee per GiB leaving the cloud on restore")
          .varies(GcsPrices::egressPerGib, GcsPrices::withEgressPerGib)
          .row();

  public static final Row.Quantity<GcsPrices, TimeSpan> MIN_STORAGE_DURATION =
      QuantityRow.<GcsPrices, TimeSpan>of(
              DATA_COPY_DOC,
              "min_storage_duration",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "billed minimum storage duration of the class")
          .varies(GcsPrices::minStorageDuration, GcsPrices::withMinStorageDuration)
          .row();

  public static final Row.Quantity<GcsPrices, Money> REPLICATION_PER_GIB =
      QuantityRow.<GcsPrices, Money>of(
              DATA_COPY_DOC,
              "replication_per_gib",
              MONEY,
              Domain.MONEY,
              "fee per GiB written, for the inter-region replication of a dual- or multi-region"
                  + " bucket")
          .optional()
          .varies(GcsPrices::replicationPerGib, GcsPrices::withReplicationPerGib)
          .when(p -> p.replicationPerGib() != null)
          .row();

  public static final Row.Prices PRICES =
      new Row.Prices(
          new Row.Section<DataCopy, GcsPrices>(
              "prices",
              "inline prices that replace the catalog's for this option",
              DATA_COPY_DOC,
              false,
              null,
              null,
              List.of(
                  STORAGE_PER_GIB_MONTH,
                  CLASS_A_PER_1000,
                  RETRIEVAL_PER_GIB,
                  EGRESS_PER_GIB,
                  MIN_STORAGE_DURATION,
                  REPLICATION_PER_GIB),
              v ->
                  new GcsPrices(
                      v.get(STORAGE_PER_GIB_MONTH),
                      v.get(CLASS_A_PER_1000),
                      v.get(RETRIEVAL_PER_GIB),
                      v.get(EGRESS_PER_GIB),
                      v.get(MIN_STORAGE_DURATION),
                      v.get(REPLICATION_PER_GIB)),
              Row.Lens.of(DataCopy::prices, DataCopy::withPrices)));

  public static final Row.Quantity<DataCopy, DataSize> OBJECT_SIZE_VALUE =
      QuantityRow.<DataCopy, DataSize>of(
              DATA_COPY_DOC,
              "object_size",
              SIZE,
              Domain.SIZE,
              "size of each object; \"files\" copies one object per file")
          .form("a size like \"64 MiB\" or \"files\"")
          .varies(DataCopy::objectSize, (c, size) -> c.withObjectSize(size, false))
          .when(c -> !c.objectPerFile())
          .row();

  public static final Row.SizeOrWord OBJECT_SIZE =
      new Row.SizeOrWord(
          OBJECT_SIZE_VALUE,
          "files",
          "dataset.average_file_size",
          "\"files\" copies one object per file, which needs dataset.average_file_size;"
              + " add it to dataset or give an object size like \"64 MiB\"");

  public static final Row.Quantity<DataCopy, TimeSpan> RETENTION =
      QuantityRow.<DataCopy, TimeSpan>of(
              DATA_COPY_DOC,
              "retention",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "how long replaced data is kept")
          .varies(DataCopy::retention, DataCopy::withRetention)
          .row();

  public static final Row.Quantity<ApplianceSpec, DataSize> APPLIANCE_CAPACITY =
      QuantityRow.<ApplianceSpec, DataSize>of(
              DATA_COPY_DOC, "capacity", SIZE, Domain.CAPACITY, "data one appliance carries")
          .varies(ApplianceSpec::capacity, ApplianceSpec::withCapacity)
          .when(a -> a != null)
          .row();

  public static final Row.Quantity<ApplianceSpec, TimeSpan> APPLIANCE_ROUND_TRIP =
      QuantityRow.<ApplianceSpec, TimeSpan>of(
              DATA_COPY_DOC,
              "round_trip",
              DURATION,
              Domain.DURATION,
              "time from order to data in the bucket, per appliance")
          .varies(ApplianceSpec::roundTrip, ApplianceSpec::withRoundTrip)
          .when(a -> a != null)
          .row();

  public static final Row.Quantity<ApplianceSpec, Integer> APPLIANCE_IN_FLIGHT =
      QuantityRow.<ApplianceSpec>count(DATA_COPY_DOC, "in_flight", "appliances used at once")
          .varies(ApplianceSpec::inFlight, ApplianceSpec::withInFlight)
          .when(Objects::nonNull)
          .row();

  public static final Row.Quantity<ApplianceSpec, Money> APPLIANCE_FEE =
      QuantityRow.<ApplianceSpec, Money>of(
              DATA_COPY_DOC, "fee", MONEY, Domain.MONEY, "usage fee per appliance trip")
          .varies(ApplianceSpec::fee, ApplianceSpec::withFee)
          .when(a -> a != null)
          .row();

  public static final Row.Quantity<ApplianceSpec, Money> APPLIANCE_SHIPPING =
      QuantityRow.<ApplianceSpec, Money>of(
              DATA_COPY_DOC,
              "shipping",
              MONEY,
              Domain.MONEY,
              "shipping per appliance trip, both ways")
          .orElse(Money.ZERO)
          .varies(ApplianceSpec::shipping, ApplianceSpec::withShipping)
          .when(a -> a != null)
          .row();

  public static final Row.Reference<DataCopy, ApplianceSpec> APPLIANCE =
      new Row.Reference<>(
          "appliance_model",
          "a catalog transfer appliance model",
          "transfer appliance model",
          inline(
              "appliance",
              "the transfer appliance: capacity, round trip, how many at once, fee, shipping",
              DATA_COPY_DOC,
              List.of(
                  APPLIANCE_CAPACITY,
                  APPLIANCE_ROUND_TRIP,
                  APPLIANCE_IN_FLIGHT,
                  APPLIANCE_FEE,
                  APPLIANCE_SHIPPING),
              v ->
                  new ApplianceSpec(
                      INLINE,
                      v.get(APPLIANCE_CAPACITY),
                      v.get(APPLIANCE_ROUND_TRIP),
                      v.get(APPLIANCE_IN_FLIGHT),
                      v.get(APPLIANCE_FEE),
                      v.get(APPLIANCE_SHIPPING)),
              Row.Lens.of(
                  c -> c.seed().appliance(), (c, a) -> c.withSeed(c.seed().withAppliance(a)))),
          Catalog::appliance,
          "appliances");

  public static final Row.Quantity<DataCopy, TimeSpan> COPY_AGE =
      QuantityRow.<DataCopy, TimeSpan>of(
              DATA_COPY_DOC,
              "copy_age",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "how old the existing copy is on day one; its changes since must still be sent")
          .varies(
              c -> c.seed().existingCopy().age(),
              (c, age) ->
                  c.withSeed(c.seed().withExistingCopy(c.seed().existingCopy().withAge(age))))
          .when(c -> c.seed().fromExistingCopy())
          .row();

  public static final Row.Quantity<DataCopy, Money> COPY_EGRESS_PER_GIB =
      QuantityRow.<DataCopy, Money>of(
              DATA_COPY_DOC,
              "copy_egress_per_gib",
              MONEY,
              Domain.MONEY,
              "egress per GiB the cloud holding the copy charges to move it into the bucket;"
                  + " absent when it already is there")
          .optional()
          .varies(
              c -> c.seed().existingCopy().egressPerGib(),
              (c, fee) ->
                  c.withSeed(
                      c.seed().withExistingCopy(c.seed().existingCopy().withEgressPerGib(fee))))
          .when(c -> c.seed().fromExistingCopy() && c.seed().existingCopy().moves())
          .row();

  public static final Row.Choice<Seeding> SEED =
      new Row.Choice<>(
          "seed",
          "how the first full copy gets to the cloud",
          DATA_COPY_DOC,
          List.of("network", "transfer-appliance", "existing-copy"),
          Map.of(
              "network", "this option seeds over the network",
              "transfer-appliance", "this option seeds by transfer appliance",
              "existing-copy", "this option keeps an existing copy"),
          List.of(APPLIANCE, COPY_AGE, COPY_EGRESS_PER_GIB),
          Map.of(
              "transfer-appliance",
              List.of(APPLIANCE),
              "existing-copy",
              List.of(COPY_AGE, COPY_EGRESS_PER_GIB)),
          (word, v) -> {
            if (word.equals("transfer-appliance")) {
              return Seeding.byAppliance(v.get(APPLIANCE));
            }
            if (word.equals("existing-copy")) {
              return Seeding.fromExistingCopy(
                  new ExistingCopy(v.get(COPY_AGE), v.get(COPY_EGRESS_PER_GIB)));
            }
            return Seeding.NETWORK;
          });

  public static final Row.Quantity<CopyEngine, Integer> HOSTS =
      QuantityRow.<CopyEngine>count(DATA_COPY_DOC, "hosts", "data mover hosts")
          .varies(CopyEngine::hosts, CopyEngine::withHosts)
          .row();

  public static final Row.Quantity<CopyEngine, Integer> STREAMS_PER_HOST =
      QuantityRow.<CopyEngine>count(
              DATA_COPY_DOC, "streams_per_host", "concurrent streams per mover host")
          .varies(CopyEngine::streamsPerHost, CopyEngine::withStreamsPerHost)
          .row();

  public static final Row.Quantity<CopyEngine, DataRate> PER_STREAM =
      QuantityRow.<CopyEngine, DataRate>of(
              DATA_COPY_DOC, "per_stream", RATE, Domain.RATE, "throughput of one stream")
          .varies(CopyEngine::perStream, CopyEngine::withPerStream)
          .row();

  public static final Row.Quantity<CopyEngine, DataRate> HOST_NIC =
      QuantityRow.<CopyEngine, DataRate>of(
              DATA_COPY_DOC, "host_nic", RATE, Domain.RATE, "network rate of one mover host")
          .varies(CopyEngine::hostNic, CopyEngine::withHostNic)
          .row();

  public static final Row.Words<TransferTool> TOOL =
      new Row.Words<>(
          "tool",
          "the tool the movers run; it fixes the transfer fee per GiB",
          DATA_COPY_DOC,
          "transfer tool",
          transferTools(),
          false);

  /** The catalog entry of a tool's fee: {@code transfer.<tool>.per_gib}. */
  public static String transferFeeEntry(TransferTool tool) {
    return "transfer." + tool.id() + ".per_gib";
  }

  public static final Row.Quantity<CopyEngine, Money> FEE_PER_GIB =
      QuantityRow.<CopyEngine, Money>of(
              DATA_COPY_DOC,
              "fee_per_gib",
              MONEY,
              Domain.MONEY,
              "the tool's fee per GiB moved, on the seed and every change")
          .optional()
          .fromCatalog(v -> v.get(TOOL) == null ? null : transferFeeEntry(v.get(TOOL)))
          .varies(CopyEngine::transferFeePerGib, CopyEngine::withTransferFeePerGib)
          .when(e -> e.transferFeePerGib() != null)
          .row();

  public static final Row.Quantity<CopyEngine, Money> HOST_MONTHLY_COST =
      QuantityRow.<CopyEngine, Money>of(
              DATA_COPY_DOC,
              "host_monthly_cost",
              MONEY,
              Domain.MONEY,
              "what one mover host costs a month (on-prem, or a cloud VM's hourly · 730.5 h)")
          .optional()
          .varies(CopyEngine::hostMonthlyCost, CopyEngine::withHostMonthlyCost)
          .when(e -> e.hostMonthlyCost() != null)
          .row();

  public static final Row.Quantity<HostMachine, Money> HOST_MACHINE_HOURLY =
      QuantityRow.<HostMachine, Money>of(
              DATA_COPY_DOC,
              "hourly",
              MONEY,
              Domain.MONEY,
              "on-demand price of one mover VM per hour")
          .varies(HostMachine::hourly, HostMachine::withHourly)
          .row();

  /**
   * The cloud VM each mover host is, priced hourly · 730.5 h a month: a catalog machine type
   * ({@code host_machine_type}) or {@code host_machine: {hourly}}; optional, and never beside
   * host_monthly_cost.
   */
  public static final Row.Reference<CopyEngine, HostMachine> HOST_MACHINE =
      new Row.Reference<>(
          "host_machine_type",
          "a catalog machine type each mover host is",
          "machine type",
          inline(
              "host_machine",
              "the cloud VM each mover host is, priced by the hour",
              DATA_COPY_DOC,
              List.of(HOST_MACHINE_HOURLY),
              v -> new HostMachine(INLINE, v.get(HOST_MACHINE_HOURLY), null),
              Row.Lens.of(CopyEngine::hostMachine, CopyEngine::withHostMachine)),
          ScenarioSchema::hostMachine,
          "machines",
          false);

  /** A catalog machine as a mover host: its hourly price, with the entry's source and date. */
  private static HostMachine hostMachine(Catalog catalog, String type) {
    MachineSpec machine = catalog.machine(type);
    dev.drplan.catalog.CatalogEntry entry = catalog.find("machines." + type + ".hourly");
    String source;
    if (entry == null) {
      source = null;
    } else if (entry.overridden()) {
      source = "catalog " + catalog.name() + ", " + entry.source();
    } else {
      source = "catalog " + catalog.name() + ", " + entry.source() + ", as of " + entry.asOf();
    }
    return new HostMachine(machine.name(), machine.hourly(), source);
  }

  public static final Row.Section<DataCopy, CopyEngine> COPY_ENGINE =
      new Row.Section<>(
          "copy_engine",
          "the data movers: the assumption drplan probe checks",
          DATA_COPY_DOC,
          true,
          null,
          null,
          List.of(
              HOSTS,
              STREAMS_PER_HOST,
              PER_STREAM,
              HOST_NIC,
              TOOL,
              FEE_PER_GIB,
              HOST_MONTHLY_COST,
              HOST_MACHINE),
          v -> {
            if (v.get(HOST_MONTHLY_COST) != null && v.get(HOST_MACHINE) != null) {
              throw new Row.Refused(
                  HOST_MONTHLY_COST.key(),
                  "give host_monthly_cost (what one host costs a month) or the cloud VM each host"
                      + " is (host_machine_type, or host_machine), not both: the mover hosts are"
                      + " priced one way");
            }
            return new CopyEngine(
                v.get(HOSTS),
                v.get(STREAMS_PER_HOST),
                v.get(PER_STREAM),
                v.get(HOST_NIC),
                v.get(TOOL),
                transferFee(v.get(TOOL), v.get(FEE_PER_GIB)),
                v.get(HOST_MONTHLY_COST),
                v.get(HOST_MACHINE));
          },
          Row.Lens.of(DataCopy::copyEngine, DataCopy::withCopyEngine));

  public static final Row.Quantity<DataCopy, TimeSpan> DATA_COPY_REPLICATION_INTERVAL =
      QuantityRow.<DataCopy, TimeSpan>of(
              DATA_COPY_DOC,
              "replication_interval",
              DURATION,
              Domain.DURATION,
              "time between incremental copies")
          .varies(DataCopy::replicationInterval, DataCopy::withReplicationInterval)
          .row();

  public static final Row.Quantity<DataCopy, TimeSpan> CLOUD_START_TIME =
      QuantityRow.<DataCopy, TimeSpan>of(
              DATA_COPY_DOC,
              "cloud_start_time",
              DURATION,
              Domain.DURATION_OR_ZERO,
              "the time until workloads run in the cloud, its RTO")
          .varies(
              c -> c.recovery().cloudStartTime(), (c, t) -> c.withRecovery(Recovery.runInCloud(t)))
          .when(c -> !c.recovery().restoresToPrimary())
          .row();

  public static final Row.Choice<Recovery> RECOVERY =
      new Row.Choice<>(
          "recovery",
          "how data comes back: restored over the network, or used in place in the cloud",
          DATA_COPY_DOC,
          List.of("restore-to-primary", "run-in-cloud"),
          Map.of(
              "restore-to-primary", "this option restores to the primary",
              "run-in-cloud", "this option runs in the cloud"),
          List.of(CLOUD_START_TIME),
          Map.of("run-in-cloud", List.of(CLOUD_START_TIME)),
          (word, v) ->
              word.equals("run-in-cloud")
                  ? Recovery.runInCloud(v.get(CLOUD_START_TIME))
                  : Recovery.RESTORE_TO_PRIMARY);

  public static final Row.Section<Scenario, DataCopy> DATA_COPY =
      new Row.Section<>(
          DataCopy.KIND,
          "a copy of the data as objects in a Cloud Storage bucket",
          DATA_COPY_DOC,
          true,
          null,
          null,
          List.of(
              STORAGE_CLASS,
              LOCATION,
              PRICES,
              OBJECT_SIZE,
              RETENTION,
              SEED,
              COPY_ENGINE,
              DATA_COPY_REPLICATION_INTERVAL,
              RECOVERY),
          v ->
              new DataCopy(
                  v.get(OPTION_NAME),
                  v.get(STORAGE_CLASS),
                  v.get(LOCATION),
                  v.get(PRICES),
                  v.get(OBJECT_SIZE).size(),
                  v.get(OBJECT_SIZE).byWord(),
                  v.get(RETENTION),
                  v.get(SEED),
                  v.get(COPY_ENGINE),
                  v.get(DATA_COPY_REPLICATION_INTERVAL),
                  v.get(RECOVERY)),
          null);

  public static final Row.OptionList OPTIONS =
      new Row.OptionList(
          "options",
          "the DR options to compare, each against every configuration",
          OPTIONS_DOC,
          List.of(OPTION_NAME, OPTION_KIND),
          Map.of(NamespaceInCloud.KIND, NAMESPACE_IN_CLOUD, DataCopy.KIND, DATA_COPY),
          List.of(NamespaceInCloud.KIND, DataCopy.KIND),
          ScenarioSchema::option);

  // ------------------------------------------------------------------------- change_profile

  public static final Row.Text PROFILE_FILE =
      new Row.Text(
          "file",
          "a measured change profile's file, relative to the scenario file",
          CHANGE_PROFILE_DOC,
          false,
          "a path like \"profiles/writes.csv\"",
          "a path like \"profiles/writes.csv\"",
          null,
          null);

  public static final Row.Words<ProfileFile.Format> PROFILE_FORMAT =
      new Row.Words<>(
          "format",
          "the file's format: a CSV of timestamps and amounts changed, or a Prometheus range"
              + " query's JSON",
          CHANGE_PROFILE_DOC,
          "profile format",
          formats(),
          false);

  public static final Row.Words<PrometheusValues> PROFILE_VALUES =
      new Row.Words<>(
          "values",
          "what a Prometheus file's values are: a rate in bytes per second, or the bytes of each"
              + " step",
          CHANGE_PROFILE_DOC,
          "kind of Prometheus values",
          prometheusValues(),
          false);

  /** The interval of a profile's values: from one second to the longest duration, 1,000 y. */
  private static final Domain PROFILE_INTERVAL =
      new Domain(1, true, "1 s", Domain.LONGEST_SECONDS, true, "1,000 y", "");

  public static final Row.Quantity<ProfileFile, TimeSpan> PROFILE_STEP =
      QuantityRow.<ProfileFile, TimeSpan>of(
              CHANGE_PROFILE_DOC,
              "step",
              DURATION,
              PROFILE_INTERVAL,
              "the interval of each row or point; by default the spacing of the first two")
          .optional()
          .row();

  public static final Row.Words<GapPolicy> PROFILE_GAPS =
      new Row.Words<>(
          "gaps",
          "what a missing interval is: an error (reject, the default), or a time in which"
              + " nothing was written (nothing-written)",
          CHANGE_PROFILE_DOC,
          "gap rule",
          gapPolicies(),
          false);

  public static final Row.Quantity<ChangeProfileSpec, DataSize> MEASURED_SIZE =
      QuantityRow.<ChangeProfileSpec, DataSize>of(
              CHANGE_PROFILE_DOC,
              "measured_size",
              SIZE,
              Domain.SIZE,
              "the logical size of the data when the file's profile was measured")
          .sameAs("dataset.logical_size")
          .row();

  public static final Row.Quantity<SyntheticShape, Double> SYNTHETIC_PEAK_FACTOR =
      QuantityRow.<SyntheticShape, Double>of(
              CHANGE_PROFILE_DOC,
              "peak_factor",
              NUMBER,
              Domain.RATIO,
              "the busiest hour of a day over that day's average")
          .sameAs("dataset.peak_factor")
          .row();

  public static final Row.Quantity<SyntheticShape, Long> PEAK_START_HOUR =
      QuantityRow.<SyntheticShape, Long>of(
              CHANGE_PROFILE_DOC,
              "peak_start_hour",
              COUNT,
              new Domain(0, true, "0", 23, true, "23", "UTC hour of the day"),
              "the hour of the day (UTC) the daily peak starts")
          .orElse((long) SyntheticShape.DEFAULT_PEAK_START_HOUR)
          .row();

  public static final Row.Quantity<SyntheticShape, Long> PEAK_HOURS =
      QuantityRow.<SyntheticShape, Long>of(
              CHANGE_PROFILE_DOC,
              "peak_hours",
              COUNT,
              new Domain(1, true, "1", 24, true, "24", "number of hours"),
              "how many hours the daily peak lasts")
          .orElse((long) SyntheticShape.DEFAULT_PEAK_HOURS)
          .row();

  /** A weekend day's change over a weekday's: from none to a thousand times as much. */
  private static final Domain WEEKEND_FACTOR_DOMAIN =
      new Domain(0, true, "0", 1000, true, "1,000", "");

  public static final Row.Quantity<SyntheticShape, Double> WEEKEND_FACTOR =
      QuantityRow.<SyntheticShape, Double>of(
              CHANGE_PROFILE_DOC,
              "weekend_factor",
              NUMBER,
              WEEKEND_FACTOR_DOMAIN,
              "a weekend day's change over a weekday's")
          .orElse(SyntheticShape.DEFAULT_WEEKEND_FACTOR)
          .row();

  public static final Row.Quantity<SyntheticShape, Fraction> MONTH_END_SHARE =
      QuantityRow.<SyntheticShape, Fraction>of(
              CHANGE_PROFILE_DOC,
              "month_end_share",
              FRACTION,
              SHARE_BELOW_ONE,
              "share of each month's change written in its month-end burst")
          .orElse(SyntheticShape.DEFAULT_MONTH_END_SHARE)
          .row();

  public static final Row.Quantity<SyntheticShape, Long> MONTH_END_HOURS =
      QuantityRow.<SyntheticShape, Long>of(
              CHANGE_PROFILE_DOC,
              "month_end_hours",
              COUNT,
              new Domain(
                  1,
                  true,
                  "1",
                  SyntheticShape.MAX_MONTH_END_HOURS,
                  true,
                  String.valueOf(SyntheticShape.MAX_MONTH_END_HOURS),
                  "number of hours"),
              "how many hours at the end of each month the burst lasts")
          .orElse((long) SyntheticShape.DEFAULT_MONTH_END_HOURS)
          .row();

  public static final Row.Section<ChangeProfileSpec, SyntheticShape> SYNTHETIC =
      new Row.Section<>(
          "synthetic",
          "a change profile generated around the average change rate, for when nothing was"
              + " measured",
          CHANGE_PROFILE_DOC,
          false,
          null,
          null,
          List.of(
              SYNTHETIC_PEAK_FACTOR,
              PEAK_START_HOUR,
              PEAK_HOURS,
              WEEKEND_FACTOR,
              MONTH_END_SHARE,
              MONTH_END_HOURS),
          v ->
              new SyntheticShape(
                  v.get(SYNTHETIC_PEAK_FACTOR),
                  v.get(PEAK_START_HOUR).intValue(),
                  v.get(PEAK_HOURS).intValue(),
                  v.get(WEEKEND_FACTOR),
                  v.get(MONTH_END_SHARE),
                  v.get(MONTH_END_HOURS).intValue()),
          null);

  public static final Row.Section<Scenario, ChangeProfileSpec> CHANGE_PROFILE =
      new Row.Section<>(
          "change_profile",
          "how the data changes over time, measured or synthetic, for the RPO backlog replay",
          CHANGE_PROFILE_DOC,
          false,
          null,
          null,
          List.of(
              PROFILE_FILE,
              PROFILE_FORMAT,
              PROFILE_VALUES,
              PROFILE_STEP,
              PROFILE_GAPS,
              MEASURED_SIZE,
              SYNTHETIC),
          ScenarioSchema::changeProfile,
          null);
  // ---------------------------------------------------------------- deciding under uncertainty

  public static final Row.NamedDistributions UNCERTAIN =
      new Row.NamedDistributions(
          "uncertain",
          "uncertain quantities named once, used by keys with {uncertain: NAME}",
          DISTRIBUTIONS_DOC);

  public static final Row.Correlations CORRELATIONS =
      new Row.Correlations(
          "correlations", "rank correlations between uncertain inputs", DISTRIBUTIONS_DOC);

  public static final Row.Levers LEVERS =
      new Row.Levers("levers", "the keys a remedy may change, with bounds and prices", LEVERS_DOC);

  public static final Row.ProvenanceList PROVENANCE =
      new Row.ProvenanceList(
          "provenance",
          "which inputs the customer stated and which are assumptions, with the reason",
          PROVENANCE_DOC);

  // ------------------------------------------------------------------------------- the root

  public static final Row.Section<Void, Scenario> SCENARIO =
      new Row.Section<>(
          "scenario",
          "one DR sizing scenario",
          TOP,
          true,
          "a scenario: a mapping with name, horizon, dataset, primary, network, objectives"
              + " and options",
          "the top level",
          List.of(
              NAME,
              DESCRIPTION,
              HORIZON,
              CATALOG,
              OVERRIDES,
              DATASET,
              PRIMARY,
              NETWORK,
              OBJECTIVES,
              OPTIONS,
              CHANGE_PROFILE,
              UNCERTAIN,
              CORRELATIONS,
              LEVERS,
              PROVENANCE),
          // The loader fills in the levers and the provenance once the scenario is built (their
          // paths need it).
          v ->
              new Scenario(
                  v.get(NAME),
                  v.get(DESCRIPTION),
                  v.get(HORIZON),
                  null,
                  null,
                  v.get(DATASET),
                  v.get(PRIMARY),
                  v.get(NETWORK),
                  v.get(OBJECTIVES),
                  v.get(OPTIONS),
                  v.get(CHANGE_PROFILE),
                  List.of(),
                  List.of()),
          null);

  // ------------------------------------------------------------------------------- helpers

  private static <P, R> Row.Section<P, R> inline(
      String key,
      String meaning,
      String doc,
      List<Row<?>> rows,
      Function<Row.Values, R> build,
      Row.Lens<P, R> lens) {
    return new Row.Section<>(key, meaning, doc, true, null, null, rows, build, lens);
  }

  private static Map<String, String> words(String... words) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String word : words) {
      map.put(word, word);
    }
    return map;
  }

  private static Map<String, TransferTool> transferTools() {
    Map<String, TransferTool> map = new LinkedHashMap<>();
    for (TransferTool tool : TransferTool.values()) {
      map.put(tool.id(), tool);
    }
    return map;
  }

  /**
   * A tool's fee per GiB: as given (or from the catalog); zero for a tool known to charge none;
   * otherwise unknown ({@code null}): a tool not named, or one that charges and has no price.
   */
  private static Money transferFee(TransferTool tool, Money given) {
    if (given != null) {
      return given;
    }
    return tool != null && tool.free() ? Money.ZERO : null;
  }

  private static Map<String, ProfileFile.Format> formats() {
    Map<String, ProfileFile.Format> map = new LinkedHashMap<>();
    for (ProfileFile.Format format : ProfileFile.Format.values()) {
      map.put(format.id(), format);
    }
    return map;
  }

  private static Map<String, PrometheusValues> prometheusValues() {
    Map<String, PrometheusValues> map = new LinkedHashMap<>();
    map.put("rate", PrometheusValues.BYTES_PER_SECOND);
    map.put("per-step", PrometheusValues.BYTES_PER_STEP);
    return map;
  }

  private static Map<String, GapPolicy> gapPolicies() {
    Map<String, GapPolicy> map = new LinkedHashMap<>();
    map.put("reject", GapPolicy.REJECT);
    map.put("nothing-written", GapPolicy.FILL_WITH_NO_CHANGE);
    return map;
  }

  /**
   * The change profile section: a file (with its format, and the kind of values of a Prometheus
   * file) or a synthetic shape, exactly one; the keys of a file are refused beside a synthetic
   * shape.
   */
  private static ChangeProfileSpec changeProfile(Row.Values v) {
    String file = v.get(PROFILE_FILE);
    boolean measured = file != null && !file.isEmpty();
    SyntheticShape synthetic = v.get(SYNTHETIC);
    if (measured && synthetic != null) {
      throw new Row.Refused(
          SYNTHETIC.key(),
          "give either file (a measured profile) or synthetic (a generated one), not both");
    }
    if (!measured && synthetic == null) {
      throw new Row.Refused(
          null,
          "expected file (a measured profile, with its format) or synthetic (a profile generated"
              + " around the average change rate, e.g. \"synthetic: {}\"), found neither");
    }
    if (synthetic != null) {
      for (Row<?> fileKey :
          List.of(PROFILE_FORMAT, PROFILE_VALUES, PROFILE_STEP, PROFILE_GAPS, MEASURED_SIZE)) {
        if (v.given(fileKey)) {
          throw new Row.Refused(
              fileKey.key(),
              fileKey.key()
                  + " describes a profile file; a synthetic profile is generated at the size of the"
                  + " time it is replayed and takes no "
                  + fileKey.key());
        }
      }
      return ChangeProfileSpec.synthetic(synthetic);
    }
    ProfileFile.Format format = v.get(PROFILE_FORMAT);
    if (format == null) {
      throw new Row.Refused(
          PROFILE_FILE.key(),
          "missing key \"format\" (one of: csv, prometheus) beside file: the profile file's"
              + " format");
    }
    PrometheusValues values = v.get(PROFILE_VALUES);
    if (format == ProfileFile.Format.PROMETHEUS && values == null) {
      throw new Row.Refused(
          PROFILE_FORMAT.key(),
          "missing key \"values\" (one of: rate, per-step) beside format prometheus: the JSON"
              + " does not say whether its values are a rate in bytes per second (rate(...)) or the"
              + " bytes of each step (increase(...)), and the two differ by the step");
    }
    if (format == ProfileFile.Format.CSV && values != null) {
      throw new Row.Refused(
          PROFILE_VALUES.key(),
          "values is only used with format prometheus; a CSV says its unit in its header");
    }
    GapPolicy gaps = v.get(PROFILE_GAPS);
    return ChangeProfileSpec.ofFile(
        new ProfileFile(
            file, format, values, v.get(PROFILE_STEP), gaps == null ? GapPolicy.REJECT : gaps),
        v.get(MEASURED_SIZE));
  }

  private static Map<String, StorageClass> storageClasses() {
    Map<String, StorageClass> map = new LinkedHashMap<>();
    for (StorageClass storageClass : StorageClass.values()) {
      map.put(storageClass.id(), storageClass);
    }
    return map;
  }

  /**
   * Linked values stay linked: an option with {@code object_size: files} copies one object per
   * file, so a new average file size is its object size too.
   */
  private static Scenario objectsPerFile(Scenario scenario, DataSize size) {
    List<DrOption> options = new ArrayList<>(scenario.options());
    options.replaceAll(
        option ->
            option instanceof DataCopy && ((DataCopy) option).objectPerFile()
                ? ((DataCopy) option).withObjectSize(size, true)
                : option);
    return scenario.withOptions(options);
  }

  private static Row.Lens<Primary, Configuration> configuration(String name) {
    return Row.Lens.of(
        p -> {
          for (Configuration c : p.configurations()) {
            if (c.name().equals(name)) {
              return c;
            }
          }
          throw new IllegalArgumentException("no configuration " + name);
        },
        (p, changed) ->
            p.withConfigurations(replaced(p.configurations(), c -> c.name(), name, changed)));
  }

  private static Row.Lens<Scenario, DrOption> option(String name) {
    return Row.Lens.of(
        s -> {
          for (DrOption o : s.options()) {
            if (o.name().equals(name)) {
              return o;
            }
          }
          throw new IllegalArgumentException("no option " + name + " in " + s.name());
        },
        (s, changed) -> s.withOptions(replaced(s.options(), DrOption::name, name, changed)));
  }

  private static <T> List<T> replaced(
      List<T> items, Function<T, String> nameOf, String name, T changed) {
    List<T> copy = new ArrayList<>(items);
    copy.replaceAll(item -> nameOf.apply(item).equals(name) ? changed : item);
    return copy;
  }
}
