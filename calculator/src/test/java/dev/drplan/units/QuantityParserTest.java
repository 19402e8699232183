package dev.drplan.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityParserTest {

  @Test
  void decimalAndBinarySizesAreDifferent() {
    assertThat(QuantityParser.size("120 PB").bytes()).isEqualTo(120e15);
    assertThat(QuantityParser.size("64 MiB").bytes()).isEqualTo(64.0 * 1024 * 1024);
    assertThat(QuantityParser.size("1 TiB").bytes()).isEqualTo(Math.pow(2, 40));
    assertThat(QuantityParser.size("1351.68 TB").bytes()).isCloseTo(1351.68e12, within(1.0));
    assertThat(QuantityParser.size("100 EB").bytes()).isEqualTo(100e18);
  }

  @Test
  void bitRatesAreDividedByEightOnce() {
    assertThat(QuantityParser.rate("100 Gbps").bytesPerSecond()).isEqualTo(100e9 / 8);
    assertThat(QuantityParser.rate("250 MB/s").bytesPerSecond()).isEqualTo(250e6);
    assertThat(QuantityParser.rate("1 GiB/s").bytesPerSecond()).isEqualTo(Math.pow(2, 30));
  }

  @Test
  void durationsUseCalendarConventions() {
    assertThat(QuantityParser.duration("4 h").seconds()).isEqualTo(4 * 3600.0);
    assertThat(QuantityParser.duration("1 y").seconds()).isEqualTo(365.25 * 86400);
    assertThat(QuantityParser.duration("1 mo").seconds()).isEqualTo(365.25 * 86400 / 12);
    assertThat(QuantityParser.duration("30 ms").seconds()).isEqualTo(0.030);
  }

  @Test
  void fractionsArePercentOrUnitInterval() {
    assertThat(QuantityParser.fraction("40%").value()).isEqualTo(0.4);
    assertThat(QuantityParser.fraction("0.5%").value()).isEqualTo(0.005);
    assertThat(QuantityParser.fraction("0.25").value()).isEqualTo(0.25);
    assertThat(QuantityParser.fraction("-10%").value()).isEqualTo(-0.1);
    assertThatThrownBy(() -> QuantityParser.fraction("1.5"))
        .isInstanceOf(QuantityFormatException.class);
  }

  @Test
  void linkSizeIsCountTimesRate() {
    QuantityParser.LinkSize link = QuantityParser.link("4 x 100 Gbps");
    assertThat(link.circuits()).isEqualTo(4);
    assertThat(link.lineRate().bytesPerSecond()).isEqualTo(100e9 / 8);
  }

  @Test
  void canonicalToStringParsesBack() {
    var size = QuantityParser.size("123.456 PiB");
    assertThat(QuantityParser.size(size.toString())).isEqualTo(size);
    var rate = QuantityParser.rate("3 x 10 Gbps".substring(4));
    assertThat(QuantityParser.rate(rate.toString())).isEqualTo(rate);
    var span = QuantityParser.duration("7.5 d");
    assertThat(QuantityParser.duration(span.toString())).isEqualTo(span);
  }

  @Test
  void bareNumbersAndWrongUnitsAreRejectedWithTheExpectedForm() {
    assertThatThrownBy(() -> QuantityParser.size("300"))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("expected a size like \"300 TB\" or \"64 MiB\", found \"300\"");
    assertThatThrownBy(() -> QuantityParser.size("3 Gbps"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> QuantityParser.rate("100 GB"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> QuantityParser.size("-1 TB"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> QuantityParser.size("1e400 B"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> QuantityParser.count("2.5"))
        .isInstanceOf(QuantityFormatException.class);
  }
}
