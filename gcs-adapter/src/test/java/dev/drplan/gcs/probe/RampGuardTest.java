package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RampGuardTest {

  @Test
  void allowedRateDoublesEveryTwentyMinutesFromGcsInitialRates() {
    assertThat(RampGuard.allowedRate(Operation.WRITE, 0)).isEqualTo(1_000);
    assertThat(RampGuard.allowedRate(Operation.WRITE, 20 * 60 - 1)).isEqualTo(1_000);
    assertThat(RampGuard.allowedRate(Operation.WRITE, 20 * 60)).isEqualTo(2_000);
    assertThat(RampGuard.allowedRate(Operation.WRITE, 60 * 60)).isEqualTo(8_000);
    assertThat(RampGuard.allowedRate(Operation.READ, 0)).isEqualTo(5_000);
  }

  @Test
  void anInactiveGuardNeverHoldsBack() throws InterruptedException {
    RampGuard guard = new RampGuard(false, System.nanoTime());
    for (int i = 0; i < 5_000; i++) {
      guard.acquire(Operation.WRITE);
    }
    assertThat(guard.takeHeldBack()).isFalse();
  }

  @Test
  void anActiveGuardHoldsBackABurstAboveTheInitialRate() throws InterruptedException {
    RampGuard guard = new RampGuard(true, System.nanoTime());
    long start = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      guard.acquire(Operation.WRITE);
    }
    // 200 starts at 1,000/s take at least 199 ms.
    assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.19);
    assertThat(guard.takeHeldBack()).isTrue();
    assertThat(guard.takeHeldBack()).isFalse();
  }

  @Test
  void deletesArePacedAsWritesWithoutMarkingAStepHeldBack() throws InterruptedException {
    RampGuard guard = new RampGuard(true, System.nanoTime());
    long start = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      guard.acquireDelete();
    }
    // 100 deletes at the 1,000 writes/s a new bucket takes: at least 99 ms.
    assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.099);
    assertThat(guard.takeHeldBack()).isFalse();
    for (int i = 0; i < 100; i++) {
      guard.acquire(Operation.WRITE);
    }
    // Deletes and writes take turns on one schedule: 200 starts, at least 199 ms. (Writes on a
    // schedule of their own would have found it 99 ms behind and started at once.)
    assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.199);
  }

  @Test
  void anInactiveGuardNeverHoldsDeletesBack() throws InterruptedException {
    RampGuard guard = new RampGuard(false, System.nanoTime());
    long start = System.nanoTime();
    for (int i = 0; i < 5_000; i++) {
      guard.acquireDelete();
    }
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
  }
}
