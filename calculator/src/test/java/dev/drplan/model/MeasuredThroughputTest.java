package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.model.MeasuredStep.Operation;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which probe steps speak to a copy engine, and which probed object size an option is held to. */
class MeasuredThroughputTest {

  private static final DataSize MIB_8 = DataSize.ofMebibytes(8);
  private static final DataSize MIB_64 = DataSize.ofMebibytes(64);
  private static final DataSize MIB_128 = DataSize.ofMebibytes(128);

  private static MeasuredStep step(
      Operation operation, DataSize size, int streams, long objects, double megabytesPerSecond) {
    return new MeasuredStep(
        operation,
        size,
        streams,
        objects,
        (int) Math.min(streams, objects),
        DataRate.ofMegabytesPerSecond(megabytesPerSecond));
  }

  private static MeasuredThroughput.Point point(int streams, double megabytesPerSecond) {
    return new MeasuredThroughput.Point(streams, DataRate.ofMegabytesPerSecond(megabytesPerSecond));
  }

  @Test
  void writesAreGroupedByObjectSizeInTheOrderEachSizeFirstAppears() {
    Map<DataSize, MeasuredThroughput> bySize =
        MeasuredThroughput.writesByObjectSize(
            List.of(
                step(Operation.WRITE, MIB_64, 1, 10, 100),
                step(Operation.WRITE, MIB_8, 1, 10, 50),
                step(Operation.WRITE, MIB_64, 4, 40, 380)));

    assertThat(bySize.keySet()).containsExactly(MIB_64, MIB_8);
    assertThat(bySize.get(MIB_64).points())
        .containsExactly(
            new MeasuredThroughput.Point(1, DataRate.ofMegabytesPerSecond(100)),
            new MeasuredThroughput.Point(4, DataRate.ofMegabytesPerSecond(380)));
    assertThat(bySize.get(MIB_8).points()).hasSize(1);
  }

  @Test
  void readsAndStepsThatCompletedNothingSayNothingAboutACopyEngine() {
    Map<DataSize, MeasuredThroughput> bySize =
        MeasuredThroughput.writesByObjectSize(
            List.of(
                step(Operation.READ, MIB_64, 1, 10, 900),
                step(Operation.WRITE, MIB_8, 1, 0, 0),
                step(Operation.WRITE, MIB_64, 16, 160, 1200)));

    assertThat(bySize.keySet()).containsExactly(MIB_64);
    assertThat(bySize.get(MIB_64).points())
        .containsExactly(new MeasuredThroughput.Point(16, DataRate.ofMegabytesPerSecond(1200)));
    assertThat(MeasuredThroughput.writesByObjectSize(List.of(step(Operation.READ, MIB_8, 1, 5, 9))))
        .isEmpty();
  }

  @Test
  void theNearestObjectSizeIsNearestOnALogScale() {
    // 64 MiB: 128 MiB is a factor 2 away, 8 MiB a factor 8.
    assertThat(MeasuredThroughput.nearestObjectSize(List.of(MIB_8, MIB_128), MIB_64))
        .isEqualTo(MIB_128);
    // 16 MiB: a factor 2 from 8 MiB, 8 from 128 MiB (the arithmetic mean would pick neither).
    assertThat(
            MeasuredThroughput.nearestObjectSize(List.of(MIB_128, MIB_8), DataSize.ofMebibytes(16)))
        .isEqualTo(MIB_8);
    assertThat(MeasuredThroughput.nearestObjectSize(List.of(MIB_8), DataSize.ofTebibytes(5)))
        .isEqualTo(MIB_8);
  }

  @Test
  void ofTwoEquallyNearSizesTheFirstIsTaken() {
    // 32 MiB lies a factor 4 from both 8 MiB and 128 MiB.
    DataSize wanted = DataSize.ofMebibytes(32);

    assertThat(MeasuredThroughput.nearestObjectSize(List.of(MIB_8, MIB_128), wanted))
        .isEqualTo(MIB_8);
    assertThat(MeasuredThroughput.nearestObjectSize(List.of(MIB_128, MIB_8), wanted))
        .isEqualTo(MIB_128);
  }

  @Test
  void thereIsNoNearestOfNothing() {
    assertThatThrownBy(() -> MeasuredThroughput.nearestObjectSize(List.of(), MIB_8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStepWithIdleStreamsIsKeptAndMarked() {
    // --bytes 256MiB with 64 MiB objects: 4 objects, so 12 of 16 streams never ran.
    Map<DataSize, MeasuredThroughput> bySize =
        MeasuredThroughput.writesByObjectSize(
            List.of(
                step(Operation.WRITE, MIB_64, 4, 4, 380),
                step(Operation.WRITE, MIB_64, 16, 4, 900)));

    assertThat(bySize.get(MIB_64).points())
        .containsExactly(
            new MeasuredThroughput.Point(4, DataRate.ofMegabytesPerSecond(380), 4),
            new MeasuredThroughput.Point(16, DataRate.ofMegabytesPerSecond(900), 4));
    assertThat(bySize.get(MIB_64).points().get(1).everyStreamRan()).isFalse();
  }

  @Test
  void anEstimateNamesTheStepsItRestsOn() {
    MeasuredThroughput measured =
        new MeasuredThroughput(List.of(point(1, 100), point(4, 380), point(16, 1200)));

    assertThat(measured.at(4).basis()).containsExactly(point(4, 380));
    assertThat(measured.at(8).basis()).containsExactly(point(4, 380), point(16, 1200));
    assertThat(measured.at(8).aggregate().megabytesPerSecond())
        .isEqualTo(380 + (8.0 - 4) / (16 - 4) * (1200 - 380));
    assertThat(measured.at(64).basis()).containsExactly(point(16, 1200));
    assertThat(measured.at(1).basis()).containsExactly(point(1, 100));
  }

  @Test
  void anEstimateRestingOnAStepWithIdleStreamsSaysSo() {
    MeasuredThroughput.Point idle =
        new MeasuredThroughput.Point(16, DataRate.ofMegabytesPerSecond(900), 4);
    MeasuredThroughput measured =
        new MeasuredThroughput(List.of(point(1, 100), point(4, 380), idle));

    assertThat(measured.at(16).idleBasis()).isEqualTo(idle);
    assertThat(measured.at(8).idleBasis()).isEqualTo(idle);
    assertThat(measured.at(32).idleBasis()).isEqualTo(idle);
    assertThat(measured.at(4).idleBasis()).isNull();
    assertThat(measured.at(2).idleBasis()).isNull();
  }
}
