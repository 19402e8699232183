package dev.drplan.schema;

import static dev.drplan.catalog.ValueKind.COUNT;
import static dev.drplan.catalog.ValueKind.DURATION;
import static dev.drplan.catalog.ValueKind.FRACTION;
import static dev.drplan.catalog.ValueKind.MONEY;
import static dev.drplan.catalog.ValueKind.RATE;
import static dev.drplan.catalog.ValueKind.SIZE;

import dev.drplan.catalog.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a catalog ({@link dev.drplan.catalog.Catalog}) as one table: each group, the depth
 * of its entries' paths ({@code gcs.<class>.<location>.<key>} is 4, {@code dboxes.<model>.<key>}
 * 3), and each key its items hold with its kind, domain and whether every item must give it. The
 * catalog reader reads the built-in files with it, and a scenario's {@code overrides} read each
 * replaced entry with the row of its path.
 */
public final class CatalogSchema {
  private CatalogSchema() {}

  /**
   * One key of a group's items.
   *
   * @param unit what a listing writes after a price or a count, which its kind alone does not say
   *     ({@code "per GiB-month"}, {@code "nodes"}); empty for the kinds whose values carry their
   *     unit (sizes, rates, durations, shares)
   */
  public record Field(
      String key, ValueKind kind, Domain domain, boolean required, String meaning, String unit) {}

  /** One group of the catalog and the keys of its items. */
  public record Group(String name, int depth, List<Field> fields) {
    public Group {
      fields = List.copyOf(fields);
    }

    /** The field {@code key}, or {@code null}. */
    public Field field(String key) {
      for (Field field : fields) {
        if (field.key().equals(key)) {
          return field;
        }
      }
      return null;
    }

    /** Every key an item may hold, in table order. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (Field field : fields) {
        keys.add(field.key());
      }
      return keys;
    }

    /** The keys every item must hold. */
    public List<String> required() {
      List<String> keys = new ArrayList<>();
      for (Field field : fields) {
        if (field.required()) {
          keys.add(field.key());
        }
      }
      return keys;
    }
  }

  private static Field required(String key, ValueKind kind, Domain domain, String meaning) {
    return required(key, kind, domain, meaning, "");
  }

  private static Field required(
      String key, ValueKind kind, Domain domain, String meaning, String unit) {
    return new Field(key, kind, domain, true, meaning, unit);
  }

  private static Field optional(
      String key, ValueKind kind, Domain domain, String meaning, String unit) {
    return new Field(key, kind, domain, false, meaning, unit);
  }

  /** Every group, in the order of the catalog layout. */
  public static final List<Group> GROUPS =
      List.of(
          new Group(
              "gcs",
              4,
              List.of(
                  required(
                      "storage_per_gib_month",
                      MONEY,
                      Domain.MONEY,
                      "at-rest price per GiB-month",
                      "per GiB-month"),
                  required(
                      "class_a_per_1000",
                      MONEY,
                      Domain.MONEY,
                      "price of 1,000 object writes",
                      "per 1,000 ops"),
                  optional(
                      "class_b_per_1000",
                      MONEY,
                      Domain.MONEY,
                      "price of 1,000 object reads",
                      "per 1,000 ops"),
                  required(
                      "retrieval_per_gib", MONEY, Domain.MONEY, "fee per GiB read back", "per GiB"),
                  optional(
                      "replication_per_gib",
                      MONEY,
                      Domain.MONEY,
                      "fee per GiB written, for the inter-region replication of a dual- or"
                          + " multi-region bucket",
                      "per GiB"),
                  required(
                      "min_storage_duration",
                      DURATION,
                      Domain.DURATION_OR_ZERO,
                      "billed minimum storage duration of the class"))),
          new Group(
              "egress",
              3,
              List.of(
                  required(
                      "per_gib", MONEY, Domain.MONEY, "fee per GiB leaving the cloud", "per GiB"))),
          new Group(
              "interconnect",
              3,
              List.of(
                  required("line_rate", RATE, Domain.RATE, "line rate of one circuit"),
                  required(
                      "monthly_port_cost",
                      MONEY,
                      Domain.MONEY,
                      "cost per circuit per month",
                      "per month"))),
          new Group(
              "machines",
              3,
              List.of(
                  required("local_ssd", SIZE, Domain.CAPACITY, "local SSD of one VM"),
                  required("network", RATE, Domain.RATE, "network rate of one VM"),
                  required(
                      "hourly",
                      MONEY,
                      Domain.MONEY,
                      "on-demand price of one VM per hour",
                      "per hour"),
                  optional("vcpus", COUNT, Domain.COUNT, "virtual CPUs of one VM", "vCPUs"),
                  optional(
                      "monthly_1y_commitment",
                      MONEY,
                      Domain.MONEY,
                      "monthly price with a 1-year commitment",
                      "per month"),
                  optional(
                      "monthly_3y_commitment",
                      MONEY,
                      Domain.MONEY,
                      "monthly price with a 3-year commitment",
                      "per month"))),
          new Group(
              "dboxes",
              3,
              List.of(
                  required("raw_size", SIZE, Domain.CAPACITY, "raw capacity of a D-box"),
                  required(
                      "usable_efficiency",
                      FRACTION,
                      Domain.CAPACITY_SHARE,
                      "usable share of raw (erasure coding and reserve)"))),
          new Group(
              "cboxes",
              3,
              List.of(
                  required("nodes", COUNT, Domain.COUNT, "C-nodes in one C-box", "nodes"),
                  required(
                      "per_node_replication",
                      RATE,
                      Domain.RATE,
                      "replication egress of one C-node"))),
          new Group(
              "appliances",
              3,
              List.of(
                  required("capacity", SIZE, Domain.CAPACITY, "data one appliance carries"),
                  required(
                      "round_trip",
                      DURATION,
                      Domain.DURATION,
                      "time from order to data in the bucket, per appliance"),
                  required(
                      "in_flight", COUNT, Domain.COUNT, "appliances used at once", "appliances"),
                  required("fee", MONEY, Domain.MONEY, "usage fee per appliance trip", "per use"),
                  optional(
                      "shipping",
                      MONEY,
                      Domain.MONEY,
                      "shipping per appliance trip, both ways",
                      "USD"))),
          new Group(
              "transfer",
              3,
              List.of(
                  required(
                      "per_gib",
                      MONEY,
                      Domain.MONEY,
                      "a transfer tool's fee per GiB moved",
                      "per GiB"))),
          new Group(
              "vlan_attachments",
              3,
              List.of(
                  required("capacity", RATE, Domain.RATE, "capacity of one VLAN attachment"),
                  required(
                      "hourly",
                      MONEY,
                      Domain.MONEY,
                      "price of one VLAN attachment per hour",
                      "per hour"))));

  /** The group called {@code name}, or {@code null}. */
  public static Group group(String name) {
    for (Group group : GROUPS) {
      if (group.name().equals(name)) {
        return group;
      }
    }
    return null;
  }

  /** The names of the groups, in order. */
  public static List<String> groupNames() {
    List<String> names = new ArrayList<>();
    for (Group group : GROUPS) {
      names.add(group.name());
    }
    return names;
  }

  /**
   * The field of the entry at {@code path} ({@code dboxes.ceres-df3060.raw_size}): its group's
   * field named by the last segment, when the path has the group's depth; otherwise {@code null}.
   */
  public static Field field(String path) {
    String[] segments = path.split("\\.", -1);
    Group group = group(segments[0]);
    if (group == null || segments.length != group.depth()) {
      return null;
    }
    return group.field(segments[segments.length - 1]);
  }
}
