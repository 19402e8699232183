package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayTest {

  @Test
  void sizesAreDecimalAndPickTheirUnitByMagnitude() {
    assertThat(Display.size(DataSize.ofBytes(512))).isEqualTo("512 B");
    // 1.35e15 B / 1e15 = 1.35 PB, two decimals below 10
    assertThat(Display.size(DataSize.ofBytes(1.35e15))).isEqualTo("1.35 PB");
    // 22 x 61.44 TB = 1,351.68 TB = 1.35168 PB
    assertThat(Display.size(DataSize.ofTerabytes(22 * 61.44))).isEqualTo("1.35 PB");
    assertThat(Display.size(DataSize.ofTerabytes(812.44))).isEqualTo("812.4 TB");
    // 1e20 B = 100 EB, the largest unit
    assertThat(Display.size(DataSize.ofBytes(1e20))).isEqualTo("100.0 EB");
    assertThat(Display.size(DataSize.ofBytes(1e22))).isEqualTo("10,000.0 EB");
  }

  @Test
  void aSizeThatRoundsUpToTheNextUnitIsShownInIt() {
    // 999.96 TB would print as "1,000.0 TB"; it is 0.99996 PB = "1.00 PB"
    assertThat(Display.size(DataSize.ofTerabytes(999.96))).isEqualTo("1.00 PB");
  }

  @Test
  void billedSizesAreWholeGibibytes() {
    // 500 PB = 500e15 / 2^30 GiB = 465,661,287.3 GiB
    assertThat(Display.gibibytes(DataSize.ofPetabytes(500))).isEqualTo("465,661,287 GiB");
    assertThat(Display.mebibytes(DataSize.ofMebibytes(256))).isEqualTo("256.0 MiB");
    // and back: 465,661,287 GiB x 2^30 = 4.99999999e17 B, which prints as 500.0 PB
    assertThat(Display.size(DataSize.ofGibibytes(465_661_287))).isEqualTo("500.0 PB");
    assertThat(Display.sizeAndGibibytes(DataSize.ofPetabytes(500)))
        .isEqualTo("500.0 PB (465,661,287 GiB)");
    // 500e15 / 2^40 = 454,747.35 TiB
    assertThat(Display.tebibytes(DataSize.ofPetabytes(500))).isEqualTo("454,747.4 TiB");
  }

  @Test
  void ratesShowBytesPerSecondWithGigabitsBeside() {
    // 40e9 B/s x 8 = 320e9 bit/s = 320 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(40e9))).isEqualTo("40.0 GB/s (320 Gbps)");
    // 4 x 100 Gbps x 0.8 / 8 = 40 GB/s
    assertThat(Display.rate(DataRate.ofGigabitsPerSecond(4 * 100 * 0.8)))
        .isEqualTo("40.0 GB/s (320 Gbps)");
    // 200 MB/s x 8 = 1.6e9 bit/s
    assertThat(Display.rate(DataRate.ofMegabytesPerSecond(200)))
        .isEqualTo("200.0 MB/s (1.60 Gbps)");
    // 5e12 B/s x 8 = 40,000 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(5e12))).isEqualTo("5.00 TB/s (40,000 Gbps)");
    assertThat(Display.gigabits(DataRate.ofBytesPerSecond(40e9))).isEqualTo("320.0 Gbps");
  }

  /**
   * A rate or size too small or too large for its unit is still read in both units: 0 is 0; below a
   * byte (per second), two decimals while they show it, then scientific notation; a bit rate beside
   * below 0.001 Gbps or from 10^12 Gbps up in scientific notation. It once read "0 B/s
   * (0.000000000000100 Gbps)".
   */
  @Test
  void tinyAndHugeRatesAndSizesStayReadable() {
    assertThat(Display.rate(DataRate.ofBytesPerSecond(0))).isEqualTo("0 B/s (0 Gbps)");
    // 1e-12 B/s x 8 = 8e-12 bit/s = 8e-21 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(1e-12)))
        .isEqualTo("1.00 × 10⁻¹² B/s (8.00 × 10⁻²¹ Gbps)");
    // 1 B/s x 8 = 8 bit/s = 8e-9 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(1))).isEqualTo("1 B/s (8.00 × 10⁻⁹ Gbps)");
    assertThat(Display.gigabits(DataRate.ofBytesPerSecond(1))).isEqualTo("8.00 × 10⁻⁹ Gbps");
    // 0.25 B/s: two decimals show it
    assertThat(Display.byteRate(DataRate.ofBytesPerSecond(0.25))).isEqualTo("0.25 B/s");
    // 1e20 B/s = 100 EB/s; x 8 = 8e20 bit/s = 8e11 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(1e20)))
        .isEqualTo("100.0 EB/s (800,000,000,000 Gbps)");
    // 1e21 B/s x 8 = 8e12 Gbps, 13 digits
    assertThat(Display.rate(DataRate.ofBytesPerSecond(1e21)))
        .isEqualTo("1,000.0 EB/s (8.00 × 10¹² Gbps)");
    assertThat(Display.size(DataSize.ofBytes(0))).isEqualTo("0 B");
    assertThat(Display.size(DataSize.ofBytes(1e-15))).isEqualTo("1.00 × 10⁻¹⁵ B");
    assertThat(Display.size(DataSize.ofBytes(0.5))).isEqualTo("0.50 B");
    assertThat(Display.size(DataSize.ofBytes(1))).isEqualTo("1 B");
    assertThat(Display.sizeLike(DataSize.ofBytes(1e-12), DataSize.ofMebibytes(128)))
        .isEqualTo("1.00 × 10⁻¹² B");
    assertThat(Display.scientific(-0.000123456)).isEqualTo("-1.23 × 10⁻⁴");
    assertThat(Display.scientific(9.996e-5)).isEqualTo("1.00 × 10⁻⁴");
  }

  /**
   * A pilot's change rate (2 TB x 0.2% / 86,400 s = 46.3 kB/s) and a unit price below a tenth of a
   * cent (a deep-archive class at $0.00099 per GiB-month, a price per GiB-day) are ordinary
   * figures: they keep their decimals, as the figures beside them do ("160.0 kB/s (0.00128 Gbps)").
   * It once read "46.3 kB/s (3.70 × 10⁻⁴ Gbps)".
   */
  @Test
  void ordinarySmallRatesAndPricesKeepTheirDecimals() {
    assertThat(Display.rate(DataRate.ofBytesPerSecond(2e12 * 0.002 / 86_400)))
        .isEqualTo("46.3 kB/s (0.000370 Gbps)");
    // 1 kB/s x 8 = 8e3 bit/s = 8e-6 Gbps
    assertThat(Display.rate(DataRate.ofBytesPerSecond(1e3)))
        .isEqualTo("1.00 kB/s (0.00000800 Gbps)");
    // a slow probe's 400 kB/s alone in Gbps: 400e3 x 8 = 3.2e6 bit/s = 0.0032 Gbps
    assertThat(Display.gigabits(DataRate.ofBytesPerSecond(400e3))).isEqualTo("0.00320 Gbps");
    assertThat(Display.money(Money.ofUsd(0.00099))).isEqualTo("$0.000990");
    assertThat(Display.money(Money.ofUsd(0.01 / 365))).isEqualTo("$0.0000274");
  }

  /**
   * A signed amount (a remedy's horizon cost, decide's mean cost of a remedied pair) as money with
   * one minus sign, the same in compare's remedies and decide's tables.
   */
  @Test
  void aNegativeAmountIsMoneyWithAMinusSign() {
    assertThat(Display.signedMoney(-235.2e6)).isEqualTo("−$235.2 M");
    assertThat(Display.signedMoney(68.5e6)).isEqualTo("$68.5 M");
    assertThat(Display.signedMoney(0)).isEqualTo("$0");
    assertThat(Display.signedMoney(-0.0)).isEqualTo("$0");
    assertThat(DecisionReport.money(-214.7e6)).isEqualTo("−$214.7 M");
  }

  /** Money beyond a thousand billion, and numbers from 10^12 up, in scientific notation. */
  @Test
  void hugeMoneyAndNumbersAreCompact() {
    assertThat(Display.money(Money.ofUsd(999.94e9))).isEqualTo("$999.9 B");
    // 999.96e9 rounds to 1,000.0 B: a thousand billion, 1.00 × 10^12
    assertThat(Display.money(Money.ofUsd(999.96e9))).isEqualTo("$1.00 × 10¹²");
    assertThat(Display.money(Money.ofUsd(1e34))).isEqualTo("$1.00 × 10³⁴");
    assertThat(Display.money(Money.ofUsd(2.5e-8))).isEqualTo("$2.50 × 10⁻⁸");
    assertThat(Display.number(999_999_999_999.0)).isEqualTo("999,999,999,999.0");
    assertThat(Display.number(1e12)).isEqualTo("1.00 × 10¹²");
    assertThat(Display.duration(TimeSpan.ofSeconds(1e30))).endsWith(" × 10²² y");
    // 1 B at 80 GB/s: 1 / 80e9 s = 1.25e-11 s, not "0.00 s"
    assertThat(Display.duration(TimeSpan.ofSeconds(1 / 80e9))).isEqualTo("1.25 × 10⁻¹¹ s");
    assertThat(Display.duration(TimeSpan.ofSeconds(0))).isEqualTo("0.00 s");
  }

  @Test
  void durationsPickTheirUnitByMagnitude() {
    assertThat(Display.duration(TimeSpan.ofSeconds(45))).isEqualTo("45.0 s");
    assertThat(Display.duration(TimeSpan.ofMinutes(30))).isEqualTo("30.0 min");
    assertThat(Display.duration(TimeSpan.ofHours(4))).isEqualTo("4.00 h");
    // 1.25e7 s / 86,400 s = 144.68 d
    assertThat(Display.duration(TimeSpan.ofSeconds(1.25e7))).isEqualTo("144.7 d");
    // 400 d / 365.25 = 1.095 y
    assertThat(Display.duration(TimeSpan.ofDays(400))).isEqualTo("1.10 y");
    assertThat(Display.duration(TimeSpan.ofYears(5))).isEqualTo("5.00 y");
    // 3,599.4 s = 59.99 min, which rounds to 60.0 min: shown as 0.99983 h = "1.00 h"
    assertThat(Display.duration(TimeSpan.ofSeconds(3_599.4))).isEqualTo("1.00 h");
  }

  @Test
  void durationsThatCannotExistPrintAsWords() {
    assertThat(Display.durationOrNever(null)).isEqualTo("never");
    assertThat(Display.durationOrNone(null)).isEqualTo("—");
    assertThat(Display.value(null)).isEqualTo("never");
  }

  @Test
  void fractionsArePercentages() {
    assertThat(Display.percent(Fraction.of(0.8))).isEqualTo("80.0%");
    assertThat(Display.percent(Fraction.of(0.005))).isEqualTo("0.50%");
    assertThat(Display.percent(Fraction.ONE)).isEqualTo("100.0%");
  }

  @Test
  void moneyIsScaledForTables() {
    assertThat(Display.money(Money.ZERO)).isEqualTo("$0");
    assertThat(Display.money(Money.ofUsd(0.0012))).isEqualTo("$0.00120");
    assertThat(Display.money(Money.ofUsd(850))).isEqualTo("$850.00");
    assertThat(Display.money(Money.ofUsd(4 * 16_994))).isEqualTo("$68.0 k");
    assertThat(Display.money(Money.ofUsd(12.34e6))).isEqualTo("$12.3 M");
    assertThat(Display.money(Money.ofUsd(1.2345e9))).isEqualTo("$1.23 B");
    // $999,960 would print as "$1,000.0 k"; it is $0.99996 M
    assertThat(Display.money(Money.ofUsd(999_960))).isEqualTo("$1.00 M");
    assertThat(Display.moneyPerMonth(Money.ofUsd(12.34e6))).isEqualTo("$12.3 M/month");
  }

  @Test
  void machineNumbersArePlainToTwelveDigits() {
    assertThat(Display.plain(1e20)).isEqualTo("100000000000000000000");
    assertThat(Display.plain(4 * 100e9 / 8 * 0.8)).isEqualTo("40000000000");
    assertThat(Display.plain(0.0012)).isEqualTo("0.0012");
    assertThat(Display.plain(0)).isEqualTo("0");
    // 144.67592592592592... days: twelve significant digits, the last rounded.
    double seedDays = 1.25e7 / 86_400;
    assertThat(Display.plain(seedDays)).isEqualTo("144.675925926");
    assertThat(Display.plain(1e-7)).isEqualTo("0.0000001");
  }

  @Test
  void aSizeWrittenInBinaryUnitsIsEchoedInThem() {
    assertThat(Display.sizeAsWritten(DataSize.ofMebibytes(64))).isEqualTo("64.0 MiB");
    assertThat(Display.sizeAsWritten(DataSize.ofPebibytes(2))).isEqualTo("2.00 PiB");
    assertThat(Display.sizeAsWritten(DataSize.ofGibibytes(36_000))).isEqualTo("35.2 TiB");
    // Decimal inputs stay decimal, computed figures too.
    assertThat(Display.sizeAsWritten(DataSize.ofPetabytes(500))).isEqualTo("500.0 PB");
    assertThat(Display.sizeAsWritten(DataSize.ofTerabytes(1351.68))).isEqualTo("1.35 PB");
    assertThat(Display.sizeAsWritten(DataSize.ofBytes(80e15 * 1.45 * 1.45))).isEqualTo("168.2 PB");
    // Beside a binary input, a figure is shown in binary units too.
    assertThat(Display.sizeLike(DataSize.ofPebibytes(2 * 0.95 * 0.95), DataSize.ofPebibytes(2)))
        .isEqualTo("1.81 PiB");
    assertThat(Display.value(DataSize.ofMebibytes(256))).isEqualTo("256.0 MiB");
  }

  @Test
  void aPublishedSizeIsListedInItsOwnUnit() {
    assertThat(Display.sizeInItsUnit(DataSize.ofGibibytes(3_000))).containsExactly("3,000", "GiB");
    assertThat(Display.sizeInItsUnit(DataSize.ofTerabytes(1351.68)))
        .containsExactly("1,351.68", "TB");
    assertThat(Display.sizeInItsUnit(DataSize.ofTerabytes(300))).containsExactly("300", "TB");
    assertThat(Display.sizeInItsUnit(DataSize.ofMebibytes(64))).containsExactly("64", "MiB");
  }

  @Test
  void nonFiniteNumbersAreRefused() {
    assertThatThrownBy(() -> Display.plain(Double.NaN)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Display.plain(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Display.number(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void countsAndSignificantFigures() {
    assertThat(Display.count(1_234_567)).isEqualTo("1,234,567");
    assertThat(Display.count(-1_234)).isEqualTo("-1,234");
    assertThat(Display.count(999)).isEqualTo("999");
    assertThat(Display.number(-1_234.56)).isEqualTo("-1,234.6");
    assertThat(Display.number(-0.001)).isEqualTo("0.00");
    // half-up on the decimal the double stands for: 1.005 rounds to 1.01, 0.125 to 0.13
    assertThat(Display.number(1.005)).isEqualTo("1.01");
    assertThat(Display.number(0.125)).isEqualTo("0.13");
    assertThat(Display.significant(320)).isEqualTo("320");
    assertThat(Display.significant(32)).isEqualTo("32.0");
    assertThat(Display.significant(9.996)).isEqualTo("10.0");
    assertThat(Display.significant(0.008)).isEqualTo("0.00800");
    assertThat(Display.significant(3_214.4)).isEqualTo("3,214");
    assertThat(Display.significant(999.4)).isEqualTo("999");
    // 179.2 GB/s x 8 = 1,433.6 Gbps
    assertThat(Display.rate(DataRate.ofGigabytesPerSecond(179.2)))
        .isEqualTo("179.2 GB/s (1,434 Gbps)");
  }

  @Test
  void theMachineLocaleChangesNothing() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Display.number(1_234.5)).isEqualTo("1,234.5");
      assertThat(Display.rate(DataRate.ofBytesPerSecond(40e9))).isEqualTo("40.0 GB/s (320 Gbps)");
      assertThat(Display.plain(0.5)).isEqualTo("0.5");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void canonicalFiguresNameTheirBaseUnit() {
    assertThat(Display.canonical(DataSize.ofPetabytes(10))).isEqualTo("10000000000000000 B");
    assertThat(Display.canonical(TimeSpan.ofSeconds(1.25e7))).isEqualTo("12500000 s");
    assertThat(Display.canonical(DataRate.ofGigabitsPerSecond(320))).isEqualTo("40000000000 B/s");
    assertThat(Display.canonical(Money.ofUsd(67_976))).isEqualTo("67976 USD");
    assertThat(Display.canonical(Fraction.of(0.3))).isEqualTo("0.3");
    assertThat(Display.canonical(null)).isEqualTo("null");
  }
}
