package dev.drplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockGenerator} draws what commons-math3's {@link Well19937c} draws from the same seed.
 */
class BlockGeneratorTest {

  /**
   * Every kind of draw a block makes (uniform doubles, Gaussians, longs for Iman–Conover, and the
   * raw words), mixed, over several turns of the 624-word state, from a block's seed.
   */
  @Property(tries = 200)
  void drawsWhatWell19937cDraws(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int block) {
    int[] words = {(int) (seed >>> 32), (int) seed, block};
    Well19937c expected = new Well19937c(words);
    BlockGenerator generator = new BlockGenerator(words);
    for (int i = 0; i < 5_000; i++) {
      switch (i % 7) {
        case 0:
        case 1:
        case 2:
          assertThat(Double.doubleToRawLongBits(generator.nextDouble()))
              .as("draw %s", i)
              .isEqualTo(Double.doubleToRawLongBits(expected.nextDouble()));
          break;
        case 3:
        case 4:
          assertThat(Double.doubleToRawLongBits(generator.nextGaussian()))
              .as("draw %s", i)
              .isEqualTo(Double.doubleToRawLongBits(expected.nextGaussian()));
          break;
        case 5:
          assertThat(generator.nextLong()).as("draw %s", i).isEqualTo(expected.nextLong());
          break;
        default:
          assertThat(generator.nextInt()).as("draw %s", i).isEqualTo(expected.nextInt());
          break;
      }
    }
  }

  /** A long stream of 32-bit words: the state turns over more than a thousand times. */
  @Test
  void aMillionWordsAsWell19937cDrawsThem() {
    int[] words = {0, 2026, 7};
    Well19937c expected = new Well19937c(words);
    BlockGenerator generator = new BlockGenerator(words);
    for (int i = 0; i < 1_000_000; i++) {
      int word = generator.nextInt();
      int expectedWord = expected.nextInt();
      if (word != expectedWord) {
        assertThat(word).as("word %s", i).isEqualTo(expectedWord);
      }
    }
  }
}
