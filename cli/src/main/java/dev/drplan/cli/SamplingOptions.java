package dev.drplan.cli;

import dev.drplan.analysis.UncertainScenario;
import dev.drplan.report.DecisionReport;
import dev.drplan.report.Display;
import picocli.CommandLine.Option;

/**
 * {@code --samples}, {@code --seed} and {@code --threads} of the Monte Carlo commands ({@code
 * simulate}, {@code decide}), as a mixin: the same names, defaults, help and checks for both.
 */
final class SamplingOptions {

  // The texts are constants and the fields package-private for SimulateCommandModel, which builds
  // the same options.
  static final String LABEL = "N";
  static final String SAMPLES_DEFAULT = "" + DecisionReport.DECIDE_SAMPLES;
  static final String SAMPLES_HELP =
      "how many samples to draw, 1 to 100,000,000 (default ${DEFAULT-VALUE})";
  static final String SEED_DEFAULT = "1";
  static final String SEED_HELP =
      "seed of the draws (default ${DEFAULT-VALUE}, so a rerun gives the same"
          + " figures); any 64-bit integer";
  static final String THREADS_HELP =
      "worker threads, at most four per processor (default: the available processors);"
          + " never changes a figure";

  @Option(
      names = "--samples",
      paramLabel = LABEL,
      defaultValue = SAMPLES_DEFAULT,
      converter = OptionRanges.Samples.class,
      description = SAMPLES_HELP)
  int samples;

  @Option(
      names = "--seed",
      paramLabel = LABEL,
      converter = OptionRanges.Seed.class,
      defaultValue = SEED_DEFAULT,
      description = SEED_HELP)
  long seed;

  @Option(
      names = "--threads",
      paramLabel = LABEL,
      converter = OptionRanges.Threads.class,
      description = THREADS_HELP)
  Integer threads;

  /**
   * Refuses {@code samples} above {@code most}, the most the memory of this JVM holds for {@code
   * pairs} pairs (or {@code because} says what else bounds it): bad input naming the most that fit,
   * before any sampling.
   */
  static void requireAtMost(int samples, int pairs, long most, String because) {
    if (samples > most) {
      throw InputException.of(
          "--samples: "
              + Display.count(samples)
              + " samples of "
              + pairs
              + " pairs need more memory than this JVM has (-Xmx "
              + Display.count(Runtime.getRuntime().maxMemory() >> 20)
              + " MiB)"
              + because
              + "; use at most "
              + Display.count(most)
              + ", or give java more memory");
    }
  }

  /** The pairs of {@code uncertain}'s scenario: each configuration with each option. */
  static int pairs(UncertainScenario uncertain) {
    return uncertain.base().primary().configurations().size() * uncertain.base().options().size();
  }

  /** The sample count, in its range already ({@link OptionRanges.Samples}). */
  int samples() {
    return samples;
  }

  long seed() {
    return seed;
  }

  /**
   * The thread count: the one given (in its range, {@link OptionRanges.Threads}), else the
   * available processors.
   */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
