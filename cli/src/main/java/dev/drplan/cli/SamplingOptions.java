package dev.drplan.cli;

import picocli.CommandLine.Option;

/**
 * {@code --samples}, {@code --seed} and {@code --threads} of the Monte Carlo commands ({@code
 * simulate}, {@code decide}), as a mixin: the same names, defaults, help and checks for both.
 */
final class SamplingOptions {

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "100000",
      description = "how many samples to draw (default ${DEFAULT-VALUE})")
  private int samples;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "seed of the draws (default ${DEFAULT-VALUE}, so a rerun gives the same"
              + " figures); any 64-bit integer")
  private long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: the available processors); never changes a figure")
  private Integer threads;

  /**
   * The sample count.
   *
   * @throws InputException when below 1
   */
  int samples() {
    if (samples < 1) {
      throw InputException.of("--samples: expected a whole number of at least 1, found " + samples);
    }
    return samples;
  }

  long seed() {
    return seed;
  }

  /**
   * The thread count: the one given, else the available processors.
   *
   * @throws InputException when below 1
   */
  int threads() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw InputException.of("--threads: expected a whole number of at least 1, found " + workers);
    }
    return workers;
  }
}
