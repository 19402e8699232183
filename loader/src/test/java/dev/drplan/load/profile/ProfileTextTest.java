package dev.drplan.load.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading of an amount: whole numbers digit by digit, the rest by the JDK, the same values. */
class ProfileTextTest {

  @Test
  void wholeNumbersOfUpToFifteenDigitsReadExactly() {
    assertThat(ProfileText.decimal("0")).isEqualTo(0.0);
    assertThat(ProfileText.decimal("1800000000000")).isEqualTo(1.8e12);
    assertThat(ProfileText.decimal("999999999999999")).isEqualTo(999_999_999_999_999.0);
  }

  @Test
  void everythingElseIsTheJdksReading() {
    for (String text :
        new String[] {"1234567890123456789", "0.5", "+7", "-2.5", "1e3", "12.50", "007"}) {
      assertThat(ProfileText.decimal(text)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }
}
