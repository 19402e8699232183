package dev.drplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.QuantityFormatException;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class ValueKindTest {

  @Test
  void eachKindReadsItsOwnForm() {
    assertThat(ValueKind.SIZE.parse("1351.68 TB")).isEqualTo(DataSize.ofBytes(1351.68 * 1e12));
    assertThat(ValueKind.FRACTION.parse("88%")).isEqualTo(Fraction.of(0.88));
    assertThat(ValueKind.RATE.parse("4 GB/s")).isEqualTo(DataRate.ofBytesPerSecond(4e9));
    assertThat(ValueKind.DURATION.parse("14 d")).isEqualTo(TimeSpan.ofSeconds(14 * 86_400.0));
    assertThat(ValueKind.MONEY.parse("13.0")).isEqualTo(Money.ofUsd(13.0));
    assertThat(ValueKind.COUNT.parse("10")).isEqualTo(10L);
    assertThat(ValueKind.NUMBER.parse("2.5")).isEqualTo(2.5);
  }

  @Test
  void canonicalValuesAreInTheCanonicalUnit() {
    assertThat(ValueKind.SIZE.canonical("1 PB")).isEqualTo(1e15);
    assertThat(ValueKind.RATE.canonical("100 Gbps")).isEqualTo(100e9 / 8);
    assertThat(ValueKind.DURATION.canonical("4 h")).isEqualTo(4 * 3600.0);
    assertThat(ValueKind.FRACTION.canonical("40%")).isEqualTo(0.4);
    assertThat(ValueKind.COUNT.canonical("16")).isEqualTo(16.0);
    assertThat(ValueKind.SIZE.typed(64 * 1024 * 1024.0)).isEqualTo(DataSize.ofBytes(67_108_864));
    assertThat(ValueKind.COUNT.typed(6.5)).isEqualTo(6L);
  }

  @Test
  void aNegativeZeroReadsAsZero() {
    assertThat(1 / ((DataSize) ValueKind.SIZE.parse("-0 TB")).bytes()).isPositive();
  }

  @Test
  void everyKindNamesItsFormAndUnit() {
    assertThat(ValueKind.SIZE.form()).isEqualTo("a size like \"300 TB\" or \"64 MiB\"");
    assertThat(ValueKind.RATE.unit()).isEqualTo("bytes_per_second");
    for (ValueKind kind : ValueKind.values()) {
      assertThat(kind.form()).isNotBlank();
      assertThat(kind.unit()).isNotBlank();
      assertThat(kind.examples()).allSatisfy(example -> kind.parse(example));
    }
  }

  @Test
  void aValueOfTheWrongKindIsRefused() {
    assertThatThrownBy(() -> ValueKind.SIZE.parse("1351.68"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> ValueKind.COUNT.parse("4.5"))
        .isInstanceOf(QuantityFormatException.class);
  }

  @Test
  void namesCarryTheCanonicalUnitOfSizesRatesDurationsAndAmountsOnly() {
    assertThat(ValueKind.SIZE.withUnit("dataset.logical_size"))
        .isEqualTo("dataset.logical_size_bytes");
    assertThat(ValueKind.RATE.withUnit("network.line_rate"))
        .isEqualTo("network.line_rate_bytes_per_second");
    assertThat(ValueKind.DURATION.withUnit("horizon")).isEqualTo("horizon_seconds");
    assertThat(ValueKind.MONEY.withUnit("network.monthly_port_cost"))
        .isEqualTo("network.monthly_port_cost_usd");
    assertThat(ValueKind.FRACTION.withUnit("network.efficiency")).isEqualTo("network.efficiency");
    assertThat(ValueKind.COUNT.withUnit("network.circuits")).isEqualTo("network.circuits");
    assertThat(ValueKind.NUMBER.withUnit("dataset.peak_factor")).isEqualTo("dataset.peak_factor");
  }

  @Test
  void everyRangeExampleReadsAsTwoValuesOfItsKindInOrder() {
    assertThat(ValueKind.SIZE.rangeExample()).isEqualTo("1PB..1EB");
    for (ValueKind kind : ValueKind.values()) {
      String[] ends = kind.rangeExample().split("\\.\\.");
      assertThat(ends).as(kind.name()).hasSize(2);
      assertThat(kind.canonical(ends[0])).as(kind.name()).isLessThan(kind.canonical(ends[1]));
    }
  }
}
