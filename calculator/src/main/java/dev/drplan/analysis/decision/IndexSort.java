package dev.drplan.analysis.decision;

import java.util.Arrays;

/**
 * The order of an array's indices by value ({@link Double#compare} order), equal values in index
 * order: a least-significant-digit radix sort of the values' bit patterns, 11 bits per pass,
 * carrying the indices along. Each pass is stable, so equal values keep their index order; passes
 * on a digit all values share are skipped. About ten times faster than sorting boxed indices with a
 * comparator, which matters at 100,000 samples per input.
 */
final class IndexSort {
  private IndexSort() {}

  private static final int DIGIT_BITS = 11;

  /** Indices of {@code values}, ascending by value; equal values keep their index order. */
  static int[] ascending(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = sortableBits(values[i]);
      order[i] = i;
    }
    long[] nextKeys = new long[n];
    int[] nextOrder = new int[n];
    int[] starts = new int[1 << DIGIT_BITS];
    int mask = (1 << DIGIT_BITS) - 1;
    for (int shift = 0; shift < Long.SIZE && n > 0; shift += DIGIT_BITS) {
      Arrays.fill(starts, 0);
      for (long key : keys) {
        starts[(int) (key >>> shift) & mask]++;
      }
      if (starts[(int) (keys[0] >>> shift) & mask] == n) {
        continue; // every value has this digit: the pass would change nothing
      }
      int sum = 0;
      for (int d = 0; d < starts.length; d++) {
        int size = starts[d];
        starts[d] = sum;
        sum += size;
      }
      for (int i = 0; i < n; i++) {
        int at = starts[(int) (keys[i] >>> shift) & mask]++;
        nextKeys[at] = keys[i];
        nextOrder[at] = order[i];
      }
      long[] swapKeys = keys;
      keys = nextKeys;
      nextKeys = swapKeys;
      int[] swapOrder = order;
      order = nextOrder;
      nextOrder = swapOrder;
    }
    return order;
  }

  /**
   * The double's bits, turned so that comparing them as unsigned 64-bit integers is {@link
   * Double#compare}: a negative value has all bits flipped, a positive one only its sign bit.
   */
  private static long sortableBits(double value) {
    long bits = Double.doubleToLongBits(value);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }
}
