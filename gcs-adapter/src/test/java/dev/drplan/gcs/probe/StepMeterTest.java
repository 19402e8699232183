package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's time series: measured intervals on the run's clock, and the last, partial second. */
class StepMeterTest {

  /** 2026-11-25T12:00:00Z, in seconds since the epoch. */
  private static final double NOON = 1_795_608_000;

  private static StepMeter meter() {
    return new StepMeter(
        Operation.WRITE,
        100,
        1,
        "simple",
        0,
        new WallClock(Instant.parse("2026-11-25T12:00:00Z"), 0));
  }

  private static void oneObject(StepMeter meter, long endNanos) {
    meter.finished(0, endNanos, endNanos, 100, true, true, new RetryAccounting.Tally(), null);
  }

  @Test
  void pointsCoverTheTimeBetweenSamplesAndTheLastPartialSecondIsKept() {
    StepMeter meter = meter();
    meter.moved(100);
    oneObject(meter, 900_000_000L);
    meter.sample(1_000_000_000L);
    meter.moved(50);
    meter.sample(2_250_000_000L); // the sampler ran 250 ms late
    meter.moved(50);
    oneObject(meter, 2_650_000_000L);
    meter.closeSeries(meter.lastEndNanos());

    StepResult step = meter.result(2_700_000_000L);

    assertThat(step.timeSeries())
        .containsExactly(
            new StepResult.Second(1, NOON, 1.0, 100, 100 / 1.0, 1),
            new StepResult.Second(2, NOON + 1, 1.25, 50, 50 / 1.25, 0),
            new StepResult.Second(3, NOON + 2.25, 0.4, 50, 50 / 0.4, 1));
    assertThat(step.timeSeries().stream().mapToDouble(StepResult.Second::bytes).sum())
        .isEqualTo(100 + 50 + 50);
    assertThat(step.startEpochSeconds()).isEqualTo(NOON);
  }

  @Test
  void aStepShorterThanASecondStillHasItsOnePoint() {
    StepMeter meter = meter();
    meter.moved(100);
    oneObject(meter, 300_000_000L);
    meter.closeSeries(meter.lastEndNanos());

    assertThat(meter.result(400_000_000L).timeSeries())
        .containsExactly(new StepResult.Second(1, NOON, 0.3, 100, 100 / 0.3, 1));
  }

  @Test
  void aSampleAfterTheEndAddsNothingAndAnIdleTailIsNotAPoint() {
    StepMeter meter = meter();
    meter.moved(100);
    oneObject(meter, 1_000_000_000L);
    meter.sample(1_000_000_000L);
    meter.closeSeries(1_050_000_000L); // nothing moved after the last sample
    meter.sample(2_000_000_000L); // a sampler that was still running

    assertThat(meter.result(2_000_000_000L).timeSeries())
        .containsExactly(new StepResult.Second(1, NOON, 1.0, 100, 100, 1));
  }

  @Test
  void latenciesAreCountedInTheHistogramAsWellAsSummarised() {
    StepMeter meter = meter();
    oneObject(meter, 2_000_000L); // 2 ms
    oneObject(meter, 3_000_000L); // 3 ms
    meter.closeSeries(meter.lastEndNanos());

    StepResult step = meter.result(3_000_000L);

    assertThat(step.latency().count()).isEqualTo(2);
    assertThat(step.latencyHistogram())
        .extracting(LatencyHistogram.Bucket::bucket, LatencyHistogram.Bucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LatencyHistogram.bucketOf(0.002), 1L),
            org.assertj.core.groups.Tuple.tuple(LatencyHistogram.bucketOf(0.003), 1L));
    assertThat(step.errors()).isEqualTo(Map.of());
  }
}
