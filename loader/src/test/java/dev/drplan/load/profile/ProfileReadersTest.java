package dev.drplan.load.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.scenario.PrometheusValues;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Good profiles under {@code src/test/resources/profiles/good/}, read to hand-worked figures. */
class ProfileReadersTest {

  private static final Path DIR = Path.of("src/test/resources/profiles/good");
  private static final Instant MONDAY = Instant.parse("2025-01-06T00:00:00Z");

  private static ChangeProfile csv(String name) {
    return CsvProfileReader.read(DIR.resolve(name), GapPolicy.REJECT);
  }

  @Test
  void gibibytesAndGigabytesAreTheirOwnUnits() {
    ChangeProfile gib = csv("minutes-gib.csv");
    ChangeProfile gb = csv("minutes-gb.csv");
    assertThat(gib.size()).isEqualTo(5);
    assertThat(gib.step().seconds()).isEqualTo(60);
    assertThat(gib.origin()).isEqualTo(MONDAY);
    assertThat(gib.changedIn(0).bytes()).isEqualTo(12.5 * 1024 * 1024 * 1024);
    assertThat(gb.changedIn(0).bytes()).isEqualTo(12.5e9);
    assertThat(gib.total().bytes()).isEqualTo((12.5 + 8 + 0 + 3.25 + 10) * 1024 * 1024 * 1024);
    assertThat(gb.total().bytes()).isCloseTo((12.5 + 8 + 0 + 3.25 + 10) * 1e9, within(1e-3));
  }

  @Test
  void epochSecondsInBytesReadAsTheSameProfile() {
    ChangeProfile epoch = csv("minutes-epoch-bytes.csv");
    ChangeProfile iso = csv("minutes-gib.csv");
    assertThat(epoch.origin()).isEqualTo(iso.origin());
    assertThat(epoch.step()).isEqualTo(iso.step());
    for (int i = 0; i < iso.size(); i++) {
      assertThat(epoch.changedIn(i)).isEqualTo(iso.changedIn(i));
    }
  }

  @Test
  void dailyDatesAreMidnightUtcAndTebibytesAreNotTerabytes() {
    ChangeProfile tib = csv("daily-tib.csv");
    ChangeProfile tb = csv("daily-tb.csv");
    assertThat(tib.step().days()).isEqualTo(1);
    assertThat(tib.origin()).isEqualTo(MONDAY);
    assertThat(tib.changedIn(1).bytes()).isEqualTo(42.5 * 1024 * 1024 * 1024 * 1024);
    assertThat(tb.changedIn(1).bytes()).isEqualTo(42.5e12);
    // 2^40 / 10^12: the 10% a TB/TiB mix-up would cost.
    assertThat(tib.total().bytes() / tb.total().bytes())
        .isCloseTo(1024.0 * 1024 * 1024 * 1024 / 1e12, within(1e-12));
  }

  @Test
  void quotesAByteOrderMarkCommentsBlankLinesAndOffsetsAreRead() {
    ChangeProfile exported = csv("exported.csv");
    assertThat(exported.origin()).isEqualTo(MONDAY);
    assertThat(exported.step().minutes()).isEqualTo(5);
    assertThat(exported.size()).isEqualTo(3);
    assertThat(exported.changedIn(1).bytes()).isEqualTo(250.5 * 1024 * 1024);
  }

  @Test
  void anAllowedGapIsFilledWithNothingWrittenAndStated() {
    ChangeProfile filled =
        CsvProfileReader.read(DIR.resolve("gap.csv"), GapPolicy.FILL_WITH_NO_CHANGE);
    assertThat(filled.size()).isEqualTo(8);
    assertThat(filled.changedIn(3).bytes()).isZero();
    assertThat(filled.changedIn(6).bytes()).isEqualTo(5e9);
    assertThat(filled.gaps().count()).isEqualTo(1);
    assertThat(filled.gaps().total().minutes()).isEqualTo(3);
    assertThat(filled.gaps().longestFrom()).isEqualTo(MONDAY.plusSeconds(3 * 60));
  }

  /** A point at t says what happened in the step that ends at t. */
  @Test
  void prometheusRatesAreTimesTheStepAndEndTheirInterval() {
    ChangeProfile rates =
        PrometheusProfileReader.read(
            DIR.resolve("rate.json"), PrometheusValues.BYTES_PER_SECOND, GapPolicy.REJECT);
    assertThat(rates.size()).isEqualTo(4);
    assertThat(rates.step().seconds()).isEqualTo(60);
    assertThat(rates.origin()).isEqualTo(MONDAY);
    assertThat(rates.changedIn(0).bytes()).isEqualTo(1e9 * 60);
    assertThat(rates.changedIn(1).bytes()).isEqualTo(2.5e9 * 60);
    assertThat(rates.rateIn(3).bytesPerSecond()).isEqualTo(1e9);
  }

  @Test
  void prometheusIncreasesAreBytesPerStep() {
    ChangeProfile increases =
        PrometheusProfileReader.read(
            DIR.resolve("increase.json"), PrometheusValues.BYTES_PER_STEP, GapPolicy.REJECT);
    assertThat(increases.step().minutes()).isEqualTo(5);
    assertThat(increases.origin()).isEqualTo(MONDAY);
    assertThat(increases.changedIn(0).bytes()).isEqualTo(3.0e11);
    assertThat(increases.total().bytes()).isEqualTo(3.0e11 + 1.5e11 + 4e11);
  }

  @Test
  void prometheusStepsWithoutDataAreGapsFilledWhenAllowed() {
    ChangeProfile filled =
        PrometheusProfileReader.read(
            DIR.resolve("gap.json"),
            PrometheusValues.BYTES_PER_STEP,
            GapPolicy.FILL_WITH_NO_CHANGE);
    assertThat(filled.size()).isEqualTo(6);
    assertThat(filled.changedIn(2).bytes()).isZero();
    assertThat(filled.changedIn(4).bytes()).isEqualTo(6e10);
    assertThat(filled.gaps().total().minutes()).isEqualTo(2);
  }
}
