package dev.drplan.model.backlog;

import static dev.drplan.model.backlog.Profiles.MINUTE;
import static dev.drplan.model.backlog.Profiles.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import dev.drplan.model.backlog.ChangeProfileException.Problem;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;

class ChangeProfileTest {

  private static final double T0 = MONDAY.getEpochSecond();

  @Test
  void accessorsSayTheirUnits() {
    ChangeProfile profile = ChangeProfile.of(MONDAY, MINUTE, new double[] {60e9, 120e9, 0, 60e9});
    assertThat(profile.size()).isEqualTo(4);
    assertThat(profile.step()).isEqualTo(TimeSpan.ofSeconds(60));
    assertThat(profile.span().seconds()).isEqualTo(4 * 60);
    assertThat(profile.startOf(2)).isEqualTo(MONDAY.plusSeconds(120));
    assertThat(profile.offsetOf(3).seconds()).isEqualTo(180);
    assertThat(profile.changedIn(1).gigabytes()).isEqualTo(120);
    assertThat(profile.rateIn(1).gigabytesPerSecond()).isEqualTo(120.0 / 60);
    assertThat(profile.total().gigabytes()).isEqualTo(60 + 120 + 0 + 60);
    assertThat(profile.averageRate().bytesPerSecond()).isEqualTo(240e9 / 240);
    assertThat(profile.peakRate().bytesPerSecond()).isEqualTo(120e9 / 60);
    assertThat(profile.gaps().isEmpty()).isTrue();
    assertThat(profile.scaledBy(2.5).changedIn(1).gigabytes()).isEqualTo(2.5 * 120);
    ChangeProfile earlier = profile.withOrigin(MONDAY.minusSeconds(60));
    assertThat(earlier.startOf(1)).isEqualTo(MONDAY);
    assertThat(earlier.changedIn(1).gigabytes()).isEqualTo(120);
  }

  @Test
  void theStepIsLearntFromTheFirstTwoRows() {
    ChangeProfile profile =
        ChangeProfile.builder(GapPolicy.REJECT)
            .append(T0, 1)
            .append(T0 + 300, 2)
            .append(T0 + 600, 3)
            .build();
    assertThat(profile.step().seconds()).isEqualTo(300);
    assertThat(profile.origin()).isEqualTo(MONDAY);
  }

  @Test
  void rowsOutOfOrderAreRefusedWithTheirRow() {
    ChangeProfileException e = failure(T0, T0 + 60, T0 + 120, T0 + 120);
    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE);
    assertThat(e.row()).isEqualTo(3);
    e = failure(T0, T0 + 60, T0 + 120, T0 + 30);
    assertThat(e.problem()).isEqualTo(Problem.UNSORTED);
    assertThat(e.expectedStart()).isEqualTo(T0 + 180);
    assertThat(e.foundStart()).isEqualTo(T0 + 30);
    e = failure(T0, T0 + 60, T0 + 150);
    assertThat(e.problem()).isEqualTo(Problem.OFF_GRID);
    e = failure(T0, T0 + 60, T0 + 270);
    assertThat(e.problem()).isEqualTo(Problem.OFF_GRID);
    e = failure(T0, T0);
    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE);
    assertThat(e.row()).isEqualTo(1);
    e = failure(T0, T0 - 60);
    assertThat(e.problem()).isEqualTo(Problem.UNSORTED);
  }

  @Test
  void aGapIsRefusedUnlessAllowedAndThenFilledAndStated() {
    ChangeProfileException e = failure(T0, T0 + 60, T0 + 240);
    assertThat(e.problem()).isEqualTo(Problem.GAP);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.expectedStart()).isEqualTo(T0 + 120);

    ChangeProfile filled =
        ChangeProfile.builder(GapPolicy.FILL_WITH_NO_CHANGE)
            .append(T0, 5)
            .append(T0 + 60, 5)
            .append(T0 + 240, 5)
            .append(T0 + 300, 5)
            .append(T0 + 420, 5)
            .build();
    assertThat(filled.size()).isEqualTo(8);
    assertThat(filled.changedIn(2).bytes()).isZero();
    assertThat(filled.changedIn(3).bytes()).isZero();
    assertThat(filled.changedIn(4).bytes()).isEqualTo(5);
    assertThat(filled.gaps().count()).isEqualTo(2);
    assertThat(filled.gaps().total().seconds()).isEqualTo(2 * 60 + 60);
    assertThat(filled.gaps().longest().seconds()).isEqualTo(2 * 60);
    assertThat(filled.gaps().longestFrom()).isEqualTo(MONDAY.plusSeconds(120));
  }

  @Test
  void amountsMustBeFiniteAndNotNegative() {
    ChangeProfileException e =
        catchThrowableOfType(
            ChangeProfileException.class,
            () -> ChangeProfile.of(MONDAY, MINUTE, new double[] {1, -2}));
    assertThat(e.problem()).isEqualTo(Problem.NEGATIVE);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.value()).isEqualTo(-2);
    e =
        catchThrowableOfType(
            ChangeProfileException.class,
            () -> ChangeProfile.of(MONDAY, MINUTE, new double[] {Double.NaN}));
    assertThat(e.problem()).isEqualTo(Problem.NOT_FINITE);
  }

  @Test
  void anEmptyProfileOrOneRowWithoutAStepIsRefused() {
    assertThat(
            catchThrowableOfType(
                    ChangeProfileException.class,
                    () -> ChangeProfile.builder(GapPolicy.REJECT).build())
                .problem())
        .isEqualTo(Problem.EMPTY);
    assertThat(
            catchThrowableOfType(
                    ChangeProfileException.class,
                    () -> ChangeProfile.builder(GapPolicy.REJECT).append(T0, 1).build())
                .problem())
        .isEqualTo(Problem.ONE_ROW_WITHOUT_STEP);
    assertThat(ChangeProfile.builder(MINUTE, GapPolicy.REJECT).append(T0, 1).build().size())
        .isEqualTo(1);
  }

  @Test
  void aStepUnderOneSecondIsRefused() {
    assertThat(failure(T0, T0 + 0.5).problem()).isEqualTo(Problem.BAD_GRID);
  }

  @Test
  void fiveMillionRowsFitInOneArrayOfDoubles() {
    ChangeProfile.Builder builder = ChangeProfile.builder(GapPolicy.REJECT);
    for (int i = 0; i < 5_000_000; i++) {
      builder.append(T0 + 60.0 * i, i % 7);
    }
    ChangeProfile profile = builder.build();
    assertThat(profile.size()).isEqualTo(5_000_000);
    assertThat(profile.changedIn(4_999_999).bytes()).isEqualTo(4_999_999 % 7);
  }

  private static ChangeProfileException failure(double... starts) {
    return catchThrowableOfType(
        ChangeProfileException.class,
        () -> {
          ChangeProfile.Builder builder = ChangeProfile.builder(GapPolicy.REJECT);
          for (double start : starts) {
            builder.append(start, 1);
          }
          builder.build();
        });
  }
}
