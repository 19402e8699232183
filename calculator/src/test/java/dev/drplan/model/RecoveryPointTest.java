package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class RecoveryPointTest {

  @Test
  void rpoIsTheIntervalPlusTheTimeToSendItsPeakDelta() {
    TimeSpan rpo =
        RecoveryPoint.rpo(
            TimeSpan.ofHours(1),
            DataRate.ofGigabytesPerSecond(1),
            DataRate.ofGigabytesPerSecond(4));
    assertThat(rpo.seconds()).isEqualTo(3600 + 1e9 * 3600 / 4e9);
  }

  @Test
  void aPeakAtOrAboveTheRateGrowsWithoutBound() {
    assertThat(
            RecoveryPoint.rpo(
                TimeSpan.ofHours(1),
                DataRate.ofGigabytesPerSecond(4),
                DataRate.ofGigabytesPerSecond(4)))
        .isNull();
  }

  @Test
  void theLongestIntervalMeetingTheObjectiveInvertsTheFormula() {
    TimeSpan interval =
        RecoveryPoint.longestIntervalMeeting(
            TimeSpan.ofHours(4),
            DataRate.ofGigabytesPerSecond(1),
            DataRate.ofGigabytesPerSecond(4));
    assertThat(interval.seconds()).isCloseTo(4 * 3600 / (1 + 1e9 / 4e9), within(1e-9));
    TimeSpan back =
        RecoveryPoint.rpo(
            interval, DataRate.ofGigabytesPerSecond(1), DataRate.ofGigabytesPerSecond(4));
    assertThat(back.seconds()).isCloseTo(4 * 3600, within(1e-6));
  }
}
