package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import org.junit.jupiter.api.Test;

class RecoveryTimeTest {

  @Test
  void restoreTimeIsScopeTimesEndSizeOverRestoreRate() {
    DataSize recovered = RecoveryTime.recoveredBytes(Fraction.of(0.2), DataSize.ofPetabytes(500));
    assertThat(recovered.bytes()).isEqualTo(0.2 * 500e15);
    assertThat(
            RecoveryTime.restoreToPrimary(recovered, DataRate.ofGigabytesPerSecond(40)).seconds())
        .isEqualTo(0.2 * 500e15 / 40e9);
  }

  @Test
  void eventCostIsGibibytesTimesRetrievalAndEgress() {
    DataSize recovered = DataSize.ofPetabytes(500);
    assertThat(RecoveryTime.eventCost(recovered, Fixtures.archivePrices()).usd())
        .isCloseTo(500e15 / Math.pow(2, 30) * (0.05 + 0.02), within(1e-3));
  }
}
