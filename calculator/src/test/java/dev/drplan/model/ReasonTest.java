package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.units.TimeSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reason's written-out equals and hashCode mean what a record's generated ones mean. */
class ReasonTest {

  private static Reason seedTooLong(double days) {
    return Reason.of(
        ReasonCode.SEED_TOO_LONG, "seed", TimeSpan.ofDays(days), "max_seed", TimeSpan.ofDays(30));
  }

  @Test
  void reasonsWithTheSameCodeAndFiguresAreEqualWithTheSameHash() {
    Reason one = seedTooLong(45);
    Reason other = seedTooLong(45);

    assertThat(one).isNotSameAs(other).isEqualTo(other);
    assertThat(one.hashCode()).isEqualTo(other.hashCode());
    assertThat(List.of(seedTooLong(40), other)).contains(one);
  }

  @Test
  void aReasonDiffersFromOneWithOtherFiguresOrAnotherCode() {
    Reason one = seedTooLong(45);

    assertThat(one).isNotEqualTo(seedTooLong(46));
    assertThat(one).isNotEqualTo(new Reason(ReasonCode.RTO_MISSED, one.figures()));
    assertThat(one).isNotEqualTo(new Reason(ReasonCode.SEED_TOO_LONG, Map.of()));
    assertThat(one).isNotEqualTo(null);
    assertThat(one).isNotEqualTo(one.figures());
  }
}
