package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

  @Test
  void plainTextDropsTheBackticksOfACodeSpan() {
    assertThat(Prose.plain("the built-in catalog `gcp-2026`, as of 2026-11-25"))
        .isEqualTo("the built-in catalog gcp-2026, as of 2026-11-25");
  }

  @Test
  void markdownEscapesOutsideTheSpansAndKeepsThemAsTheyAre() {
    assertThat(Prose.markdown("round trip (`options.ta_seed.appliance.round_trip`) > max_seed *"))
        .isEqualTo("round trip (`options.ta_seed.appliance.round_trip`) > max\\_seed \\*");
  }

  @Test
  void htmlEscapesEverythingAndSetsTheSpansAsCode() {
    assertThat(Prose.html("a < b & `x<y`")).isEqualTo("a &lt; b &amp; <code>x&lt;y</code>");
  }

  @Test
  void aBacktickWithoutItsPairIsText() {
    assertThat(Prose.plain("one ` alone")).isEqualTo("one ` alone");
    assertThat(Prose.markdown("one ` a_b")).isEqualTo("one ` a\\_b");
    assertThat(Prose.html("`a` and ` b")).isEqualTo("<code>a</code> and ` b");
  }
}
