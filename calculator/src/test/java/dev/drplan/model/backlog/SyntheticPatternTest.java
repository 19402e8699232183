package dev.drplan.model.backlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SyntheticPatternTest {

  // 80 PB changing 0.5% a day, peak factor 1.5.
  private static final Dataset DATASET =
      new Dataset(
          DataSize.ofPetabytes(80),
          Fraction.of(0.45),
          Fraction.of(0.005),
          1.5,
          Fraction.of(0.2),
          DataSize.ofMebibytes(128),
          1.5);
  private static final double DAILY = 0.005 * 80e15;
  private static final SyntheticPattern PATTERN =
      SyntheticPattern.forDataset(DATASET, DataSize.ofPetabytes(80));
  private static final TimeSpan HOUR = TimeSpan.ofHours(1);

  /**
   * 2018-01-01 and 2024-01-01 are both Mondays, so the six years between are whole weeks (2,191
   * days) and whole months: the mean is exactly daily_change · L per day.
   */
  @Test
  void theMeanOverWholeWeeksAndMonthsIsTheDailyChange() {
    Instant from = Instant.parse("2018-01-01T00:00:00Z");
    ChangeProfile profile = PATTERN.generate(from, HOUR, TimeSpan.ofDays(2191));
    assertThat(profile.total().bytes() / 2191).isCloseTo(DAILY, within(DAILY * 1e-12));
    assertThat(profile.averageRate().bytesPerSecond())
        .isCloseTo(DAILY / 86_400, within(DAILY / 86_400 * 1e-12));
  }

  /** Over an arbitrary year the part-week and part-month at the ends move it by under 1%. */
  @Test
  void theMeanOverAnyYearIsCloseToTheDailyChange() {
    ChangeProfile profile =
        PATTERN.generate(Instant.parse("2025-03-15T00:00:00Z"), HOUR, TimeSpan.ofDays(365));
    assertThat(profile.total().bytes() / 365).isCloseTo(DAILY, within(DAILY * 0.01));
  }

  /** An ordinary Wednesday: its busiest hour is the peak factor times its own average. */
  @Test
  void theBusiestHourOfADayIsThePeakFactorTimesItsAverage() {
    ChangeProfile day =
        PATTERN.generate(Instant.parse("2021-03-10T00:00:00Z"), HOUR, TimeSpan.ofDays(1));
    double average = day.total().bytes() / 24;
    assertThat(day.peakRate().bytesPerSecond() * 3600).isCloseTo(1.5 * average, relative());
    // The six peak hours from midnight; the other 18 share what is left of the day.
    assertThat(day.changedIn(0).bytes()).isCloseTo(1.5 * average, relative());
    assertThat(day.changedIn(5).bytes()).isCloseTo(1.5 * average, relative());
    assertThat(day.changedIn(6).bytes()).isCloseTo((24 - 1.5 * 6) / 18 * average, relative());
    // A weekday writes 7 / (5 + 2 · 0.5) of the average day, less the 3% kept for month end.
    assertThat(day.total().bytes()).isCloseTo(DAILY * (1 - 0.03) * 7 / (5 + 2 * 0.5), relative());
  }

  @Test
  void aWeekendDayWritesTheWeekendFactorOfAWeekday() {
    double wednesday =
        PATTERN
            .generate(Instant.parse("2021-03-10T00:00:00Z"), HOUR, TimeSpan.ofDays(1))
            .total()
            .bytes();
    double saturday =
        PATTERN
            .generate(Instant.parse("2021-03-13T00:00:00Z"), HOUR, TimeSpan.ofDays(1))
            .total()
            .bytes();
    assertThat(saturday / wednesday).isCloseTo(0.5, within(1e-12));
  }

  /**
   * February 2021 starts on a Monday and is four weeks long: it writes 28 days of change, and its
   * last six hours carry 3% of that on top of the ordinary Sunday evening a week before.
   */
  @Test
  void theMonthEndBurstCarriesItsShareOfTheMonth() {
    ChangeProfile february =
        PATTERN.generate(Instant.parse("2021-02-01T00:00:00Z"), HOUR, TimeSpan.ofDays(28));
    assertThat(february.total().bytes()).isCloseTo(28 * DAILY, within(28 * DAILY * 1e-12));
    double extra = 0;
    for (int hour = 27 * 24 + 18; hour < 28 * 24; hour++) {
      extra += february.changedIn(hour).bytes() - february.changedIn(hour - 7 * 24).bytes();
    }
    assertThat(extra).isCloseTo(0.03 * 28 * DAILY, within(28 * DAILY * 1e-12));
  }

  @Test
  void oneMinuteStepsAddUpToTheHourlyOnes() {
    Instant from = Instant.parse("2021-01-25T00:00:00Z");
    ChangeProfile hours = PATTERN.generate(from, HOUR, TimeSpan.ofDays(14));
    ChangeProfile minutes = PATTERN.generate(from, TimeSpan.ofMinutes(1), TimeSpan.ofDays(14));
    for (int hour = 0; hour < hours.size(); hour++) {
      double sum = 0;
      for (int minute = 0; minute < 60; minute++) {
        sum += minutes.changedIn(hour * 60 + minute).bytes();
      }
      assertThat(sum).isCloseTo(hours.changedIn(hour).bytes(), relative());
    }
    assertThat(minutes.rateIn(0)).isEqualTo(PATTERN.rateAt(from));
  }

  @Test
  void theSameInputsGiveTheSameProfile() {
    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    ChangeProfile a = PATTERN.generate(from, TimeSpan.ofMinutes(5), TimeSpan.ofDays(40));
    ChangeProfile b = PATTERN.generate(from, TimeSpan.ofMinutes(5), TimeSpan.ofDays(40));
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.changedIn(i)).isEqualTo(b.changedIn(i));
    }
  }

  @Test
  void aPeakThatWouldWriteMoreThanTheDayIsRefused() {
    assertThatThrownBy(
            () ->
                new SyntheticPattern(DataRate.ofGigabytesPerSecond(1), SyntheticShape.defaults(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("peak_hours may be at most 24 / peak_factor = 4");
  }

  @Test
  void aStepThatStraddlesHoursIsRefused() {
    assertThatThrownBy(
            () ->
                PATTERN.generate(
                    Instant.parse("2025-01-01T00:00:00Z"),
                    TimeSpan.ofMinutes(7),
                    TimeSpan.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("divides an hour");
  }

  private static Offset<Double> relative() {
    return within(DAILY * 1e-12);
  }
}
