package dev.drplan.report;

import dev.drplan.catalog.Catalog;
import dev.drplan.catalog.CatalogEntry;
import dev.drplan.catalog.ValueKind;
import dev.drplan.model.CloudCost;
import dev.drplan.model.Figure;
import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.GcsPrices;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.MachineSpec;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Provenance;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.CatalogSchema;
import dev.drplan.schema.ScenarioSchema;
import dev.drplan.units.DataRate;
import dev.drplan.units.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One price or hardware figure the sizing rests on: the value the scenario used, who used it, and
 * the catalog's entry for the same figure (its value, source and as-of date), when there is one.
 * The value used is the scenario's own when the scenario states it (an {@code overrides:} entry, an
 * inline price or machine, a network key) and it differs from the catalog's; the proposal shows
 * both, so that a reader sees which figures are the catalog's list prices and which are not.
 *
 * <p>Only the catalog fields a figure of the model reads are listed (the fields {@link
 * dev.drplan.catalog.Catalog}'s lookups require); informative fields such as a machine's vCPUs are
 * not.
 *
 * @param label what the figure is, in the customer's words
 * @param usedBy who uses it: option names, "primary cluster", "network", a configuration
 * @param kind the kind of the value
 * @param field the catalog field the figure is ({@code gcs}'s {@code storage_per_gib_month}), for
 *     its unit; {@code null} for a field the catalog schema does not hold
 * @param used the value every figure was computed with
 * @param catalog the catalog's entry for the figure; {@code null} for an inline definition or a
 *     figure the catalog does not hold
 * @param provenance for a figure only the scenario gives (a quote, a discount, a lead time),
 *     whether the customer stated it or it is an assumption, as the scenario marks it ({@code
 *     provenance:}); {@code null} when unmarked or from the catalog
 */
public record SourcedFigure(
    String label,
    List<String> usedBy,
    ValueKind kind,
    CatalogSchema.Field field,
    Object used,
    CatalogEntry catalog,
    Provenance provenance) {

  /** Who uses the primary cluster's hardware figures. */
  static final String PRIMARY = "primary cluster";

  /** Who uses the network's figures. */
  static final String NETWORK = "network";

  public SourcedFigure {
    Objects.requireNonNull(label, "label");
    usedBy = List.copyOf(usedBy);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(used, "used");
  }

  /** A figure the scenario does not mark as stated or assumed. */
  public SourcedFigure(
      String label,
      List<String> usedBy,
      ValueKind kind,
      CatalogSchema.Field field,
      Object used,
      CatalogEntry catalog) {
    this(label, usedBy, kind, field, used, catalog, null);
  }

  /**
   * Who set the figure, in a few words: {@code "catalog"}, {@code "scenario"}, or for a figure the
   * scenario marks, {@code "scenario, assumed"} or {@code "scenario, stated by the customer"}.
   */
  public String setByText() {
    if (!setByScenario()) {
      return "catalog";
    }
    return provenance == null ? "scenario" : "scenario, " + InputMarks.word(provenance);
  }

  /** Whether the value used is the scenario's: no catalog entry, or another value than its. */
  public boolean setByScenario() {
    return catalog == null || !same(used, catalog.value());
  }

  /**
   * The value used with its unit, as the catalog listing writes it: {@code "$0.0011 per
   * GiB-month"}.
   */
  public String usedText() {
    if (notPriced()) {
      // The row's label names the entry in the customer's words; its path would be jargon here.
      return Display.NOT_PRICED + " (" + Catalog.PLACEHOLDER_FIGURE + ")";
    }
    return CatalogListing.valueText(field, kind, used);
  }

  /**
   * Whether the value used is the catalog's placeholder price of 0, which the cost lines read as
   * not priced rather than free ({@link CatalogListing#notPriced}).
   */
  public boolean notPriced() {
    return catalog != null && !setByScenario() && CatalogListing.notPriced(catalog);
  }

  /** The catalog's value with its unit, or {@link Display#NONE} without an entry. */
  public String catalogText() {
    return catalog == null ? Display.NONE : CatalogListing.valueText(catalog);
  }

  /** Whether two values are the same figure: equal canonical values, to float noise. */
  static boolean same(Object a, Object b) {
    double x = Figure.canonical(a);
    double y = Figure.canonical(b);
    return x == y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
  }

  /**
   * The figures {@code scenario} rests on, in the order a reader meets them (the primary cluster,
   * the network, then each option), one row per figure and value: options that use the same catalog
   * figure at the same value share a row.
   *
   * @param catalog the built-in catalog the scenario names, as published (before its overrides), or
   *     {@code null} for none
   */
  public static List<SourcedFigure> of(Scenario scenario, Catalog catalog) {
    Rows rows = new Rows(catalog, scenario);
    Primary primary = scenario.primary();
    Item dbox = new Item("dboxes", primary.dbox().name(), "D-box defined in the scenario");
    rows.add(PRIMARY, dbox, "raw_size", primary.dbox().rawSize());
    List<String> byModel = new ArrayList<>();
    for (Configuration configuration : primary.configurations()) {
      if (configuration.usableEfficiency() == null) {
        byModel.add("configuration " + configuration.name());
      }
    }
    if (!byModel.isEmpty()) {
      rows.add(byModel, dbox, "usable_efficiency", primary.dbox().usableEfficiency());
    }
    for (Configuration configuration : primary.configurations()) {
      if (configuration.usableEfficiency() != null) {
        rows.add(
            List.of("configuration " + configuration.name()),
            dbox,
            "usable_efficiency",
            configuration.usableEfficiency());
      }
    }
    Item cbox = new Item("cboxes", primary.cbox().name(), "C-box defined in the scenario");
    rows.add(PRIMARY, cbox, "nodes", (long) primary.cbox().nodes());
    rows.add(PRIMARY, cbox, "per_node_replication", primary.cbox().perNodeReplication());
    // The on-prem prices: quotes the catalog never holds, shown so the spend's basis is in view.
    List<String> configurations = new ArrayList<>();
    for (Configuration configuration : primary.configurations()) {
      configurations.add("configuration " + configuration.name());
    }
    rows.own(
        configurations,
        "primary.dbox_price",
        "Price of one D-box, installed",
        "",
        primary.dboxPrice());
    rows.own(
        configurations,
        "primary.cbox_price",
        "Price of one C-box, installed",
        "",
        primary.cboxPrice());
    if (primary.dboxPrice() != null) {
      rows.own(
          configurations,
          "primary.lead_time",
          "Procurement lead time, order to a D-box in service",
          "",
          primary.leadTime());
    }

    Network network = scenario.network();
    Item circuit =
        new Item("interconnect", circuit(network, catalog), "Interconnect (the scenario's own)");
    if (!circuit.inline()) {
      rows.add(NETWORK, circuit, "line_rate", network.lineRate());
    }
    rows.add(NETWORK, circuit, "monthly_port_cost", network.monthlyPortCost());
    String attachmentEntry = ScenarioSchema.VLAN_ATTACHMENT_ENTRY;
    Item attachment =
        new Item(
            "vlan_attachments",
            attachmentEntry.substring(attachmentEntry.indexOf('.') + 1),
            "VLAN attachment (the scenario's own)");
    rows.add(NETWORK, attachment, "capacity", network.vlanAttachmentCapacity());
    if (network.vlanAttachmentHourly() != null) {
      rows.add(NETWORK, attachment, "hourly", network.vlanAttachmentHourly());
    }

    for (DrOption option : scenario.options()) {
      String name = option.name();
      if (option instanceof NamespaceInCloud) {
        MachineSpec machine = ((NamespaceInCloud) option).machine();
        Item vm = new Item("machines", machine.name(), "VM defined in the scenario");
        rows.add(name, vm, "local_ssd", machine.localSsd());
        rows.add(name, vm, "network", machine.network());
        rows.add(name, vm, "hourly", machine.hourly());
        NamespaceInCloud namespace = (NamespaceInCloud) option;
        if (namespace.commitmentDiscount().value() > 0) {
          rows.own(
              List.of(name),
              "options." + name + ".commitment_discount",
              "Committed-use discount on the VMs",
              "",
              namespace.commitmentDiscount());
        }
        rows.own(
            List.of(name),
            "options." + name + ".licence_per_tb_month",
            "Storage software licence per usable TB-month",
            "per TB-month",
            namespace.licencePerTbMonth());
        addRecoveryEgress(rows, option);
      } else {
        DataCopy copy = (DataCopy) option;
        GcsPrices prices = copy.prices();
        Item bucket =
            new Item(
                "gcs",
                copy.storageClass().id() + "." + copy.location(),
                "Cloud Storage "
                    + Wording.capitalised(copy.storageClass().id())
                    + ", "
                    + copy.location());
        rows.add(name, bucket, "storage_per_gib_month", prices.storagePerGibMonth());
        rows.add(name, bucket, "class_a_per_1000", prices.classAPer1000());
        rows.add(name, bucket, "retrieval_per_gib", prices.retrievalPerGib());
        rows.add(name, bucket, "min_storage_duration", prices.minStorageDuration());
        if (prices.replicationPerGib() != null) {
          rows.add(name, bucket, "replication_per_gib", prices.replicationPerGib());
        }
        addRecoveryEgress(rows, option);
        CopyEngine movers = copy.copyEngine();
        if (movers.tool() != null && movers.transferFeePerGib() != null) {
          Item tool =
              new Item("transfer", movers.tool().id(), "Transfer tool " + movers.tool().id());
          rows.add(name, tool, "per_gib", movers.transferFeePerGib());
        }
        rows.own(
            List.of(name),
            "options." + name + ".copy_engine.host_monthly_cost",
            "Cost of one mover host per month",
            "per month",
            movers.hostMonthlyCost());
        HostMachine moverVm = movers.hostMachine();
        if (moverVm != null) {
          Item vm = new Item("machines", moverVm.name(), "Mover host VM defined in the scenario");
          rows.add(name, vm, "hourly", moverVm.hourly());
        }
        if (copy.seed().fromExistingCopy()) {
          rows.own(
              List.of(name),
              "options." + name + ".copy_egress_per_gib",
              "Egress per GiB to move the existing copy into the bucket",
              "per GiB",
              copy.seed().existingCopy().egressPerGib());
        }
        if (copy.seed().byAppliance()) {
          ApplianceSpec appliance = copy.seed().appliance();
          Item model =
              new Item(
                  "appliances", appliance.name(), "Transfer appliance defined in the scenario");
          rows.add(name, model, "capacity", appliance.capacity());
          rows.add(name, model, "round_trip", appliance.roundTrip());
          rows.add(name, model, "in_flight", (long) appliance.inFlight());
          rows.add(name, model, "fee", appliance.fee());
          rows.add(name, model, "shipping", appliance.shipping());
        }
      }
    }
    return rows.list();
  }

  /**
   * The egress price of the option's recovery event, listed where the model bills it (every data
   * copy, a namespace that fails back at a price: {@link CloudCost#recoveryEgressPerGib}).
   */
  private static void addRecoveryEgress(Rows rows, DrOption option) {
    Money egress = CloudCost.recoveryEgressPerGib(option);
    if (egress != null) {
      rows.add(option.name(), egressToPrimary(), "per_gib", egress);
    }
  }

  /** The default egress back to the primary site, the catalog's entry for it. */
  private static Item egressToPrimary() {
    String path = Catalog.DEFAULT_EGRESS;
    return new Item(
        "egress",
        path.substring(path.indexOf('.') + 1, path.lastIndexOf('.')),
        "Egress to the primary site");
  }

  /**
   * An item of a catalog group the scenario uses: its name in the catalog ({@code null} or {@code
   * "inline"} when the scenario defines it itself), and what to call it when the catalog has no
   * entry for it.
   */
  private record Item(String group, String name, String ownName) {
    boolean inline() {
      return name == null || ScenarioSchema.INLINE.equals(name);
    }

    String path(String field) {
      return group + "." + name + "." + field;
    }
  }

  /** The name of the catalog's circuit of the scenario's line rate, or {@code null}. */
  private static String circuit(Network network, Catalog catalog) {
    if (catalog == null) {
      return null;
    }
    for (String name : catalog.namesUnder("interconnect")) {
      CatalogEntry lineRate = catalog.find("interconnect." + name + ".line_rate");
      if (lineRate != null
          && lineRate.value() instanceof DataRate
          && ((DataRate) lineRate.value()).compareTo(network.lineRate()) == 0) {
        return name;
      }
    }
    return null;
  }

  /** The rows being gathered, merged by figure and value. */
  private static final class Rows {
    private final Catalog catalog;
    private final Scenario scenario;
    private final Map<String, SourcedFigure> rows = new LinkedHashMap<>();

    Rows(Catalog catalog, Scenario scenario) {
      this.catalog = catalog;
      this.scenario = scenario;
    }

    void add(String user, Item item, String field, Object used) {
      add(List.of(user), item, field, used);
    }

    /**
     * A figure used by {@code users}: the catalog's entry for {@code field} of {@code item} when
     * the catalog has one, else the scenario's own, named by the item's own name.
     */
    void add(List<String> users, Item item, String field, Object used) {
      CatalogEntry entry = catalog == null || item.inline() ? null : catalog.find(item.path(field));
      CatalogSchema.Group group = CatalogSchema.group(item.group());
      CatalogSchema.Field schema = group == null ? null : group.field(field);
      String label;
      ValueKind kind;
      if (entry != null) {
        label = Wording.catalogEntry(entry.path());
        kind = entry.kind();
      } else {
        label =
            item.ownName() + ": " + (schema == null ? field.replace('_', ' ') : schema.meaning());
        kind = schema == null ? kindOf(used) : schema.kind();
      }
      String key = label + "=" + Display.canonical(used);
      SourcedFigure row = rows.get(key);
      if (row == null) {
        rows.put(key, new SourcedFigure(label, users, kind, schema, used, entry));
        return;
      }
      List<String> merged = new ArrayList<>(row.usedBy());
      for (String user : users) {
        if (!merged.contains(user)) {
          merged.add(user);
        }
      }
      rows.put(
          key, new SourcedFigure(label, merged, row.kind(), schema, row.used(), row.catalog()));
    }

    /**
     * A figure only the scenario gives, one the catalog never holds (a quote, a discount, a lead
     * time): labelled in the customer's words, with no catalog value; nothing when not given. Its
     * {@code unit} is what the listing writes after a price ("per month"; empty for a plain amount
     * or a value whose kind carries its unit).
     */
    void own(List<String> users, String keyPath, String label, String unit, Object used) {
      if (used == null) {
        return;
      }
      String key = label + "=" + Display.canonical(used);
      SourcedFigure row = rows.get(key);
      List<String> merged = new ArrayList<>(row == null ? List.of() : row.usedBy());
      for (String user : users) {
        if (!merged.contains(user)) {
          merged.add(user);
        }
      }
      ValueKind kind = kindOf(used);
      CatalogSchema.Field field = new CatalogSchema.Field(label, kind, null, false, label, unit);
      Provenance mark = row != null ? row.provenance() : scenario.provenance(keyPath);
      rows.put(key, new SourcedFigure(label, merged, kind, field, used, null, mark));
    }

    List<SourcedFigure> list() {
      return List.copyOf(rows.values());
    }

    private static ValueKind kindOf(Object value) {
      for (ValueKind kind : ValueKind.values()) {
        if (kind.valueType().isInstance(value)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("no kind for " + value);
    }
  }
}
