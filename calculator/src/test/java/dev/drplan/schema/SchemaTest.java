package dev.drplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void aDomainReadsAsTheMessagesSayIt() {
    assertThat(Domain.ABOVE_ZERO.text(ValueKind.SIZE)).isEqualTo("a size above zero");
    assertThat(Domain.AT_LEAST_ONE.text(ValueKind.COUNT)).isEqualTo("a whole number of at least 1");
    assertThat(Domain.AT_LEAST_ONE.text(ValueKind.NUMBER))
        .isEqualTo("a plain number of at least 1");
    assertThat(Domain.SHARE.text(ValueKind.FRACTION)).isEqualTo("a share from 0% to 100%");
    assertThat(Domain.POSITIVE_SHARE.text(ValueKind.FRACTION))
        .isEqualTo("a share above 0% and at most 100%");
    assertThat(Domain.SHARE_BELOW_ONE.text(ValueKind.FRACTION))
        .isEqualTo("a share from 0% up to (not including) 100%");
    assertThat(Domain.ANNUAL_GROWTH.text(ValueKind.FRACTION))
        .isEqualTo("an annual growth above -100% and at most 1000%");
    assertThat(Domain.HORIZON.text(ValueKind.DURATION))
        .isEqualTo("a planning horizon above zero and at most 100 y");
  }

  @Test
  void theBoundedDomainsReadWithBothEnds() {
    assertThat(Domain.SIZE.text(ValueKind.SIZE)).isEqualTo("a size from 1 B to 1,000 EB");
    assertThat(Domain.CAPACITY.text(ValueKind.SIZE)).isEqualTo("a size from 1 GB to 1,000 EB");
    assertThat(Domain.RATE.text(ValueKind.RATE)).isEqualTo("a rate from 1 bps to 1,000 EB/s");
    assertThat(Domain.DURATION.text(ValueKind.DURATION))
        .isEqualTo("a duration from 1 ms to 1,000 y");
    assertThat(Domain.MONEY.text(ValueKind.MONEY)).isEqualTo("an amount from 0 to 1e15");
    assertThat(Domain.RATIO.text(ValueKind.NUMBER)).isEqualTo("a plain number from 1 to 1,000");
    assertThat(Domain.COUNT.text(ValueKind.COUNT)).isEqualTo("a whole number from 1 to 1,000,000");
    assertThat(Domain.CAPACITY_SHARE.text(ValueKind.FRACTION))
        .isEqualTo("a share from 10% to 100%");
    assertThat(Domain.RATE.lowest()).isEqualTo(1 / 8.0);
    assertThat(Domain.DURATION.highest()).isEqualTo(1000 * 365.25 * 86_400);
  }

  /**
   * Every numeric key, of a scenario and of a catalog, has a domain bounded on both sides, so that
   * the model stays finite at its corners (ScenarioCornersTest runs them): a key added with an
   * unbounded domain fails here first.
   */
  @Test
  void everyNumericKeyHasABoundedDomain() {
    List<Row.Quantity<?, ?>> quantities = new ArrayList<>();
    collect(ScenarioSchema.SCENARIO, quantities);
    assertThat(quantities).hasSizeGreaterThan(50);
    for (Row.Quantity<?, ?> row : quantities) {
      assertThat(row.domain().bounded()).as(row.key()).isTrue();
      assertThat(row.domain().highest()).as(row.key()).isLessThan(Double.POSITIVE_INFINITY);
    }
    for (CatalogSchema.Group group : CatalogSchema.GROUPS) {
      for (CatalogSchema.Field field : group.fields()) {
        assertThat(field.domain().bounded()).as(group.name() + "." + field.key()).isTrue();
      }
    }
  }

  @Test
  void everyCatalogPriceAndCountNamesWhatItIsPerAndNoOtherFieldDoes() {
    for (CatalogSchema.Group group : CatalogSchema.GROUPS) {
      for (CatalogSchema.Field field : group.fields()) {
        boolean priceOrCount = field.kind() == ValueKind.MONEY || field.kind() == ValueKind.COUNT;
        assertThat(field.unit().isEmpty())
            .as(group.name() + "." + field.key())
            .isNotEqualTo(priceOrCount);
      }
    }
    assertThat(CatalogSchema.field("gcs.archive.us-central1.storage_per_gib_month").unit())
        .isEqualTo("per GiB-month");
    assertThat(CatalogSchema.field("machines.z3-highmem-88-highlssd.hourly").unit())
        .isEqualTo("per hour");
    assertThat(CatalogSchema.field("cboxes.cbox-4node.nodes").unit()).isEqualTo("nodes");
  }

  /** Every quantity row under {@code row}, through every kind of row that holds others. */
  private static void collect(Row<?> row, List<Row.Quantity<?, ?>> out) {
    if (row instanceof Row.Quantity) {
      out.add((Row.Quantity<?, ?>) row);
    } else if (row instanceof Row.Section) {
      for (Row<?> inner : ((Row.Section<?, ?>) row).rows()) {
        collect(inner, out);
      }
    } else if (row instanceof Row.Reference) {
      collect(((Row.Reference<?, ?>) row).inline(), out);
    } else if (row instanceof Row.Link) {
      collect(((Row.Link) row).circuits(), out);
      collect(((Row.Link) row).lineRate(), out);
    } else if (row instanceof Row.SizeOrWord) {
      collect(((Row.SizeOrWord) row).size(), out);
    } else if (row instanceof Row.Choice) {
      for (Row<?> inner : ((Row.Choice<?>) row).companions()) {
        collect(inner, out);
      }
    } else if (row instanceof Row.NamedMap) {
      collect(((Row.NamedMap<?, ?>) row).item(), out);
    } else if (row instanceof Row.OptionList) {
      Row.OptionList options = (Row.OptionList) row;
      for (String kind : options.kinds()) {
        collect(options.kind(kind), out);
      }
    } else if (row instanceof Row.Prices) {
      collect(((Row.Prices) row).section(), out);
    }
  }

  @Test
  void aDomainAdmitsItsBoundsOnlyWhereIncluded() {
    assertThat(Domain.POSITIVE_SHARE.admits(0)).isFalse();
    assertThat(Domain.POSITIVE_SHARE.admits(1)).isTrue();
    assertThat(Domain.SHARE_BELOW_ONE.admits(0)).isTrue();
    assertThat(Domain.SHARE_BELOW_ONE.admits(1)).isFalse();
    assertThat(Domain.HORIZON.admits(100 * 365.25 * 86_400)).isTrue();
    assertThat(Domain.HORIZON.admits(Math.nextUp(100 * TimeSpan.SECONDS_PER_YEAR))).isFalse();
    assertThat(Domain.ANNUAL_GROWTH.admits(-1)).isFalse();
    assertThat(Domain.ANNUAL_GROWTH.lowest()).isGreaterThan(-1);
    assertThat(Domain.ABOVE_ZERO.lowest()).isEqualTo(Double.MIN_VALUE);
    assertThat(Domain.SHARE_BELOW_ONE.highest()).isLessThan(1);
  }

  /** An inline definition holds the keys of its catalog group, each of the same kind and domain. */
  @Test
  void inlineDefinitionsAgreeWithTheCatalogLayout() {
    assertSameRows(ScenarioSchema.DBOX, "dboxes");
    assertSameRows(ScenarioSchema.CBOX, "cboxes");
    assertSameRows(ScenarioSchema.MACHINE, "machines");
    assertSameRows(ScenarioSchema.APPLIANCE, "appliances");
    CatalogSchema.Group gcs = CatalogSchema.group("gcs");
    for (Row<?> row : ScenarioSchema.PRICES.section().rows()) {
      Row.Quantity<?, ?> price = (Row.Quantity<?, ?>) row;
      CatalogSchema.Field field = gcs.field(row.key());
      if (field != null) {
        assertThat(price.kind()).as(row.key()).isEqualTo(field.kind());
        assertThat(price.domain()).as(row.key()).isEqualTo(field.domain());
      }
    }
  }

  private static void assertSameRows(Row.Reference<?, ?> reference, String group) {
    CatalogSchema.Group layout = CatalogSchema.group(group);
    for (Row<?> row : reference.inline().rows()) {
      Row.Quantity<?, ?> quantity = (Row.Quantity<?, ?>) row;
      CatalogSchema.Field field = layout.field(row.key());
      assertThat(field).as(group + "." + row.key()).isNotNull();
      // A key the catalog may leave out has a default inline too.
      assertThat(field.required()).as(row.key()).isEqualTo(quantity.required());
      assertThat(quantity.kind()).as(row.key()).isEqualTo(field.kind());
      assertThat(quantity.domain()).as(row.key()).isEqualTo(field.domain());
    }
  }

  @Test
  void aCatalogPathFindsTheRowOfItsGroupAndDepth() {
    assertThat(CatalogSchema.field("dboxes.ceres-df3060.raw_size").kind())
        .isEqualTo(ValueKind.SIZE);
    assertThat(CatalogSchema.field("gcs.archive.us-central1.min_storage_duration").kind())
        .isEqualTo(ValueKind.DURATION);
    assertThat(CatalogSchema.field("gcs.archive.min_storage_duration")).isNull();
    assertThat(CatalogSchema.field("dboxes.ceres-df3060.raw_sise")).isNull();
    assertThat(CatalogSchema.field("nothing.x.y")).isNull();
  }

  @Test
  void aSectionListsItsKeysInTheOrderOfTheFormat() {
    assertThat(ScenarioSchema.SCENARIO.keys())
        .startsWith("name", "description", "horizon", "catalog", "overrides", "dataset")
        .endsWith("options", "change_profile", "uncertain", "correlations", "levers", "provenance")
        .hasSize(15);
    assertThat(ScenarioSchema.PRIMARY.keys())
        .containsExactly(
            "dbox_model",
            "dbox",
            "cbox_model",
            "cbox",
            "fill_limit",
            "configurations",
            "dbox_price",
            "cbox_price",
            "lead_time");
    assertThat(ScenarioSchema.DATA_COPY.keys())
        .containsSubsequence("seed", "appliance_model", "appliance", "copy_engine")
        .endsWith("recovery", "cloud_start_time");
  }
}
