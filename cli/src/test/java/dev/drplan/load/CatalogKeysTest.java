package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.catalog.ValueKind;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class CatalogKeysTest {

  @Test
  void eachKeyHasOneKind() {
    assertThat(CatalogKeys.kindOf("raw_size")).contains(ValueKind.SIZE);
    assertThat(CatalogKeys.kindOf("local_ssd")).contains(ValueKind.SIZE);
    assertThat(CatalogKeys.kindOf("capacity")).contains(ValueKind.SIZE);
    assertThat(CatalogKeys.kindOf("usable_efficiency")).contains(ValueKind.FRACTION);
    assertThat(CatalogKeys.kindOf("hourly")).contains(ValueKind.MONEY);
    assertThat(CatalogKeys.kindOf("fee")).contains(ValueKind.MONEY);
    assertThat(CatalogKeys.kindOf("nodes")).contains(ValueKind.COUNT);
    assertThat(CatalogKeys.kindOf("vcpus")).contains(ValueKind.COUNT);
    assertThat(CatalogKeys.kindOf("in_flight")).contains(ValueKind.COUNT);
    assertThat(CatalogKeys.kindOf("network")).contains(ValueKind.RATE);
    assertThat(CatalogKeys.kindOf("line_rate")).contains(ValueKind.RATE);
    assertThat(CatalogKeys.kindOf("per_node_replication")).contains(ValueKind.RATE);
    assertThat(CatalogKeys.kindOf("round_trip")).contains(ValueKind.DURATION);
    assertThat(CatalogKeys.kindOf("min_storage_duration")).contains(ValueKind.DURATION);
    assertThat(CatalogKeys.kindOf("egress_per_gib")).contains(ValueKind.MONEY);
  }

  @Test
  void priceShapedKeysAreMoneyAndOthersUnknown() {
    assertThat(CatalogKeys.kindOf("turbo_replication_per_gib")).contains(ValueKind.MONEY);
    assertThat(CatalogKeys.kindOf("class_c_per_1000")).contains(ValueKind.MONEY);
    assertThat(CatalogKeys.kindOf("monthly_support")).contains(ValueKind.MONEY);
    assertThat(CatalogKeys.kindOf("raw_sise")).isEmpty();
  }

  @Test
  void inlineDefinitionsParseByTheirKeys() {
    assertThat(CatalogKeys.parse(ValueKind.SIZE, "1351.68 TB"))
        .isEqualTo(DataSize.ofBytes(1351.68 * 1e12));
    assertThat(CatalogKeys.parse(ValueKind.FRACTION, "88%")).isEqualTo(Fraction.of(0.88));
    assertThat(CatalogKeys.parse(ValueKind.RATE, "4 GB/s"))
        .isEqualTo(DataRate.ofBytesPerSecond(4e9));
    assertThat(CatalogKeys.parse(ValueKind.DURATION, "14 d"))
        .isEqualTo(TimeSpan.ofSeconds(14 * 86_400.0));
    assertThat(CatalogKeys.parse(ValueKind.MONEY, "13.0")).isEqualTo(Money.ofUsd(13.0));
    assertThat(CatalogKeys.parse(ValueKind.COUNT, "10")).isEqualTo(10L);
    assertThat(CatalogKeys.parse(ValueKind.NUMBER, "2.5")).isEqualTo(2.5);
    for (ValueKind kind : ValueKind.values()) {
      assertThat(CatalogKeys.form(kind)).isNotBlank();
    }
  }

  @Test
  void aValueOfTheWrongKindIsRefused() {
    assertThatThrownBy(() -> CatalogKeys.parse(ValueKind.SIZE, "1351.68"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> CatalogKeys.parse(ValueKind.COUNT, "4.5"))
        .isInstanceOf(QuantityFormatException.class);
  }
}
