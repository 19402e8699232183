package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownNamesTest {

  @Test
  void namesWithoutDotsAreListedAsTheyAre() {
    assertThat(UnknownNames.compact(List.of("rpo", "rto", "seed"))).isEqualTo("rpo, rto, seed");
  }

  @Test
  void pathsSharingTheirParentAreWrittenOnce() {
    assertThat(
            UnknownNames.compact(
                List.of("horizon", "dataset.logical_size", "dataset.annual_growth", "network.rtt")))
        .isEqualTo("horizon; dataset.{logical_size, annual_growth}; network.rtt");
  }

  @Test
  void parentsThatDifferInOnePartWithTheSameKeysAreWrittenOnce() {
    assertThat(
            UnknownNames.compact(
                List.of(
                    "options.a.copy_engine.hosts",
                    "options.a.copy_engine.per_stream",
                    "options.a.retention",
                    "options.b.copy_engine.hosts",
                    "options.b.copy_engine.per_stream",
                    "options.b.object_size",
                    "options.c.copy_engine.hosts")))
        .isEqualTo(
            "options.{a, b}.copy_engine.{hosts, per_stream}; options.a.retention;"
                + " options.b.object_size; options.c.copy_engine.hosts");
  }

  @Test
  void theClosestNameComesFirstAndTheListAfterIt() {
    InputException e =
        catchInput(() -> UnknownNames.require("--option", "option", "gcs-archiv", NAMES));
    assertThat(e.getMessage())
        .isEqualTo(
            "--option: unknown option \"gcs-archiv\"; did you mean \"gcs-archive\"?\n"
                + "the options: vast-on-z3, gcs-archive");
    e = catchInput(() -> UnknownNames.require("--option", "option", "zzz", NAMES));
    assertThat(e.getMessage())
        .isEqualTo(
            "--option: unknown option \"zzz\"; expected one of the options: vast-on-z3,"
                + " gcs-archive");
  }

  private static final List<String> NAMES = List.of("vast-on-z3", "gcs-archive");

  private static InputException catchInput(Runnable call) {
    try {
      call.run();
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("no InputException");
  }
}
