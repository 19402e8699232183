package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link Histogram} holds a bin's count a byte at a time with the carries apart; every figure it
 * reports is the same as counting one int a bin ({@link IntCountHistogram}, the histogram as it
 * was), whatever is added and however histograms are merged.
 */
class HistogramTest {

  private static final double[] RANKS = {0, 1e-6, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1};

  /** A value (NaN: a figure that cannot exist) added {@code times} times in a row. */
  record Run(double value, int times) {}

  @Provide
  Arbitrary<List<Run>> runs() {
    Arbitrary<Double> values =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0.0)),
            Tuple.of(1, Arbitraries.just(Double.NaN)),
            Tuple.of(4, Arbitraries.doubles().between(1, 1 + 0x1p-9).ofScale(15)),
            Tuple.of(4, Arbitraries.doubles().between(1e-3, 1e20).ofScale(6)));
    // Up to 700 in a row, so that bins pass 255 (and 511) and carry, some more than once.
    return Combinators.combine(values, Arbitraries.integers().between(1, 700))
        .as(Run::new)
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 300)
  void everyFigureIsTheIntCountersOne(@ForAll("runs") List<Run> runs) {
    Histogram counted = new Histogram();
    IntCountHistogram reference = new IntCountHistogram();
    for (Run run : runs) {
      add(counted, reference, run);
    }
    assertSameFigures(counted, reference);
  }

  @Property(tries = 200)
  void mergingCountsAsAddingEverythingToOne(
      @ForAll("runs") List<Run> first, @ForAll("runs") List<Run> second) {
    Histogram merged = new Histogram();
    IntCountHistogram reference = new IntCountHistogram();
    Histogram other = new Histogram();
    IntCountHistogram otherReference = new IntCountHistogram();
    Histogram whole = new Histogram();
    for (Run run : first) {
      add(merged, reference, run);
      add(whole, new IntCountHistogram(), run);
    }
    for (Run run : second) {
      add(other, otherReference, run);
      add(whole, new IntCountHistogram(), run);
    }
    merged.merge(other);
    reference.merge(otherReference);
    assertSameFigures(merged, reference);
    assertThat(merged).isEqualTo(whole);
  }

  @Test
  void aBinCountedPast255AndPast65535TimesKeepsEveryCount() {
    Histogram counted = new Histogram();
    IntCountHistogram reference = new IntCountHistogram();
    add(counted, reference, new Run(1.5, 70_000));
    add(counted, reference, new Run(3.0, 1));
    assertThat(counted.count()).isEqualTo(70_000 + 1);
    // The midpoint of 1.5's bin, 2^-12 wide in [1, 2).
    assertThat(counted.percentile(70_000.0 / 70_001)).isEqualTo(1.5 + 0x1p-12 / 2);
    assertThat(counted.percentile(1)).isEqualTo(3.0);
    // Two equal bins from 1.5 to 3.0: 1.5 in the first, 3.0 in the last.
    assertThat(counted.binned(Metric.SEED_SECONDS, 2, false).counts()).containsExactly(70_000L, 1L);
    assertSameFigures(counted, reference);
  }

  @Test
  void histogramsOfTheSameCountsAreEqualWhateverTheOrder() {
    Histogram forward = new Histogram();
    Histogram backward = new Histogram();
    List<Run> runs = new ArrayList<>();
    for (int i = 1; i <= 600; i++) {
      runs.add(new Run(i % 3 == 0 ? 2.0 : 1000.0 + i, i % 3 == 0 ? 300 : 1));
    }
    for (int i = 0; i < runs.size(); i++) {
      add(forward, new IntCountHistogram(), runs.get(i));
      add(backward, new IntCountHistogram(), runs.get(runs.size() - 1 - i));
    }
    assertThat(forward).isEqualTo(backward);
    backward.add(2.0);
    assertThat(forward).isNotEqualTo(backward);
  }

  private static void add(Histogram counted, IntCountHistogram reference, Run run) {
    for (int i = 0; i < run.times(); i++) {
      if (Double.isNaN(run.value())) {
        counted.addNever();
        reference.addNever();
      } else {
        counted.add(run.value());
        reference.add(run.value());
      }
    }
  }

  private static void assertSameFigures(Histogram counted, IntCountHistogram reference) {
    assertThat(counted.count()).isEqualTo(reference.count());
    assertThat(counted.never()).isEqualTo(reference.never());
    assertThat(counted.min()).isEqualTo(reference.min());
    assertThat(counted.max()).isEqualTo(reference.max());
    for (double q : RANKS) {
      assertThat(counted.percentile(q)).as("P%s", q).isEqualTo(reference.percentile(q));
    }
    for (int bins : new int[] {1, 7, 64}) {
      for (boolean log : new boolean[] {false, true}) {
        assertThat(counted.binned(Metric.HORIZON_COST_USD, bins, log))
            .as("%d bins, log %s", bins, log)
            .isEqualTo(reference.binned(Metric.HORIZON_COST_USD, bins, log));
      }
    }
  }
}
