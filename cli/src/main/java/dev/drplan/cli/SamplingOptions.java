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
      converter = OptionRanges.Samples.class,
      description = "how many samples to draw, 1 to 100,000,000 (default ${DEFAULT-VALUE})")
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
      converter = OptionRanges.Threads.class,
      description =
          "worker threads, at most four per processor (default: the available processors);"
              + " never changes a figure")
  private Integer threads;

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
