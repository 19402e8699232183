package dev.drplan.cli;

import dev.drplan.gcs.probe.FleetWorker;
import dev.drplan.report.Display;
import java.math.BigInteger;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The whole-number options of the analysis commands and of a probe fleet, each read with its range
 * so that a value the machine cannot hold is refused while the arguments are parsed, saying the
 * range: {@code --samples: expected a whole number from 1 to 100,000,000, found "0"}. Digits beyond
 * an {@code int} or a {@code long} are compared as the number they spell, never wrapped or cut.
 */
final class OptionRanges {
  private OptionRanges() {}

  /**
   * Most Monte Carlo samples: the histograms count in {@code int}s, and the means keep one sum per
   * block of 2,048 samples; a hundred million samples take hours on one core.
   */
  static final long MAX_SAMPLES = 100_000_000;

  /** Most worker threads: four per processor of this machine (more only wait their turn). */
  static long maxThreads() {
    return 4L * Runtime.getRuntime().availableProcessors();
  }

  /** {@code text} as a whole number from {@code min} to {@code max}. */
  static long whole(String text, long min, long max, String note) {
    String digits = text == null ? "" : text.strip();
    if (!digits.matches("[0-9]+")) {
      throw outside(text, min, max, note);
    }
    double spelled = Double.parseDouble(digits);
    if (spelled < min || spelled > max) {
      throw outside(text, min, max, note);
    }
    return Long.parseLong(digits);
  }

  private static TypeConversionException outside(String text, long min, long max, String note) {
    return new TypeConversionException(
        "expected a whole number from "
            + Display.count(min)
            + " to "
            + Display.count(max)
            + note
            + ", found \""
            + text
            + "\"");
  }

  /** {@code --samples}: 1 to {@link #MAX_SAMPLES}. */
  static final class Samples implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, 1, MAX_SAMPLES, "");
    }
  }

  /** {@code --threads}: 1 to four per processor. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, 1, maxThreads(), " (four per processor of this machine)");
    }
  }

  /** Most data-mover hosts: the scenario format's largest count. */
  static final long MAX_HOSTS = 1_000_000;

  /** {@code --hosts}: 1 to {@link #MAX_HOSTS}, the scenario's range for {@code hosts}. */
  static final class Hosts implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, 1, MAX_HOSTS, "");
    }
  }

  /**
   * {@code --seed}: any 64-bit integer, negative ones too; digits beyond a {@code long} are refused
   * with the range rather than picocli's "is not a long".
   */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      String digits = text == null ? "" : text.strip();
      if (digits.matches("-?[0-9]+")) {
        BigInteger spelled = new BigInteger(digits);
        if (spelled.bitLength() < 64) {
          return spelled.longValue();
        }
      }
      throw new TypeConversionException(
          "expected a whole number from -9,223,372,036,854,775,808 to "
              + Display.count(Long.MAX_VALUE)
              + ", found \""
              + text
              + "\"");
    }
  }

  /** {@code --workers} and {@code --fleet-size}: 1 to the most workers a fleet may have. */
  static final class FleetSize implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, 1, FleetWorker.MAX_SIZE, "");
    }
  }

  /** {@code --fleet-index}: 0 to one less than the most workers a fleet may have. */
  static final class FleetIndex implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      return (int) whole(text, 0, FleetWorker.MAX_SIZE - 1, "");
    }
  }
}
