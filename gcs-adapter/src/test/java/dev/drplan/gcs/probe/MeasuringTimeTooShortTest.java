package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Why the run folder could not be listed before the first write when no request failed outright:
 * measuring time (the deadline less cleanup's fifth, 2 s to 60 s) ran out first.
 */
class MeasuringTimeTooShortTest {

  @Test
  void aSlowLinkIsToldItsMeasuringTime() {
    // 7 s less cleanup's 2 s (a fifth would be 1.4 s, below the 2 s floor): 5 s.
    assertThat(ProbeRunner.measuringTimeTooShort(7, Map.of()))
        .isEqualTo(
            "no answer within measuring time, the first 5 s of the deadline of 7 s, the rest"
                + " being cleanup's: give a longer --deadline");
  }

  @Test
  void aFailingServerIsToldWhatFailedMeanwhile() {
    // 3 s less 2 s: 1 s; three failed attempts of two kinds, named in order.
    Map<String, Integer> failed = new TreeMap<>(Map.of("http_503", 1, "connection_closed", 2));
    assertThat(ProbeRunner.measuringTimeTooShort(3, failed))
        .isEqualTo(
            "no answer within measuring time, the first 1 s of the deadline of 3 s, the rest"
                + " being cleanup's; 3 attempts failed meanwhile (connection_closed 2, http_503 1):"
                + " give a longer --deadline");
    assertThat(ProbeRunner.measuringTimeTooShort(3, Map.of("timeout", 1)))
        .contains("; 1 attempt failed meanwhile (timeout 1):");
  }

  @Test
  void longDeadlinesKeepAFifthForCleanupUpToAMinute() {
    // 4 min: a fifth is 48 s, so 3 min 12 s; 10 min: a fifth would be 2 min, held to 60 s: 9 min.
    assertThat(ProbeRunner.measuringTimeTooShort(240, Map.of()))
        .contains("the first 3 min 12 s of the deadline of 4 min 00 s,");
    assertThat(ProbeRunner.measuringTimeTooShort(600, Map.of()))
        .contains("the first 9 min 00 s of the deadline of 10 min 00 s,");
  }
}
