package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WallClockTest {

  private static final Instant T = Instant.parse("2026-12-02T22:00:00Z");

  @Test
  void aPauseBetweenTheReadingsIsReadAgainAndTheTightPairKept() {
    // First try: paused 130 ms after reading the monotonic clock (1,000 -> 130,001,000 ns). Second
    // try: 2 us apart. The system clock read T + 0.5 s during the second, which the clock must tie
    // to the middle of that pair, 200,001,000 ns.
    Iterator<Long> monotonic = List.of(1_000L, 130_001_000L, 200_000_000L, 200_002_000L).iterator();
    Iterator<Instant> system = List.of(T, T.plusMillis(500)).iterator();

    WallClock clock = WallClock.reading(monotonic::next, system::next);

    assertThat(clock.anchor()).isEqualTo(T.plusMillis(500));
    assertThat(clock.anchorNanos()).isEqualTo(200_001_000L);
    assertThat(clock.epochSeconds(1_200_001_000L)).isEqualTo(T.getEpochSecond() + 1.5);
  }

  @Test
  void aTightFirstPairIsKeptAtItsMiddle() {
    Iterator<Long> monotonic = List.of(10_000L, 30_000L).iterator();
    Iterator<Instant> system = List.of(T).iterator();

    WallClock clock = WallClock.reading(monotonic::next, system::next);

    assertThat(clock.anchor()).isEqualTo(T);
    assertThat(clock.anchorNanos()).isEqualTo(20_000L);
  }

  @Test
  void whenEveryTryIsPausedTheTightestIsKept() {
    // Five tries, 5 ms, 3 ms, 9 ms, 4 ms and 6 ms apart: the second, at its middle.
    Iterator<Long> monotonic =
        List.of(
                0L,
                5_000_000L,
                10_000_000L,
                13_000_000L,
                20_000_000L,
                29_000_000L,
                30_000_000L,
                34_000_000L,
                40_000_000L,
                46_000_000L)
            .iterator();
    Iterator<Instant> system =
        List.of(T, T.plusMillis(11), T.plusMillis(25), T.plusMillis(32), T.plusMillis(43))
            .iterator();

    WallClock clock = WallClock.reading(monotonic::next, system::next);

    assertThat(clock.anchor()).isEqualTo(T.plusMillis(11));
    assertThat(clock.anchorNanos()).isEqualTo(11_500_000L);
  }

  @Test
  void theMachinesOwnClocksGiveAReadingOfTheSystemClock() {
    Instant before = Instant.now();
    WallClock clock = WallClock.startingNow();
    Instant after = Instant.now();
    assertThat(clock.anchor()).isBetween(before, after);
  }
}
