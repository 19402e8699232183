package dev.drplan.analysis;

import org.apache.commons.math3.random.Well19937c;

/**
 * A block's generator (docs/model.md, "Monte Carlo"): commons-math3's {@link Well19937c}, seeded by
 * its own constructor, stepped with the positions in its state computed instead of read from the
 * five tables of 624 positions that {@code AbstractWell} keeps for every generator.
 *
 * <p>WELL19937c is the generator of Panneton, L'Ecuyer and Matsumoto, "Improved long-period
 * generators based on linear recurrences modulo 2" (ACM TOMS 32, 2006): r = 624 words of 32 bits (p
 * = 31 bits masked off the oldest), m1 = 70, m2 = 179, m3 = 449, and the Matsumoto–Kurita tempering
 * that makes it maximally equidistributed (the "c" variant). The state moves one word down a step.
 * Its draws are the same numbers in the same order ({@code BlockGeneratorTest} holds every output
 * equal to {@link Well19937c}'s); only the tables' 12 KB leave the working set, which a Monte Carlo
 * sample shares with its evaluation between two draws.
 */
final class BlockGenerator extends Well19937c {
  private static final long serialVersionUID = 1L;

  /** The words of the state: r. */
  private static final int R = 624;

  private static final int M1 = 70;
  private static final int M2 = 179;
  private static final int M3 = 449;

  /** The bit the state's oldest word keeps (32 − p = 1 of its 32). */
  private static final int KEPT = 0x80000000;

  BlockGenerator(int[] seed) {
    super(seed);
  }

  @Override
  protected int next(int bits) {
    int[] state = v;
    int i = index;
    int before = i == 0 ? R - 1 : i - 1;
    int twoBefore = i >= 2 ? i - 2 : i + R - 2;
    int vM1 = state[i < R - M1 ? i + M1 : i + M1 - R];
    int vM2 = state[i < R - M2 ? i + M2 : i + M2 - R];
    int vM3 = state[i < R - M3 ? i + M3 : i + M3 - R];
    int v0 = state[i];
    // The recurrence's transforms: T0 = M3(−25) on v0, T1 = M3(27) on v(m1), T2 = M2(9) on
    // v(m2), T3 = M3(1) on v(m3); then T5 = M3(−9), T6 = M3(−21), T7 = M3(21).
    int z0 = (KEPT & state[before]) ^ (~KEPT & state[twoBefore]);
    int z1 = (v0 ^ (v0 << 25)) ^ (vM1 ^ (vM1 >>> 27));
    int z2 = (vM2 >>> 9) ^ (vM3 ^ (vM3 >>> 1));
    int z3 = z1 ^ z2;
    int z4 = z0 ^ (z1 ^ (z1 << 9)) ^ (z2 ^ (z2 << 21)) ^ (z3 ^ (z3 >>> 21));
    state[i] = z3;
    state[before] = z4;
    state[twoBefore] &= KEPT;
    index = before;
    // Tempering.
    z4 ^= (z4 << 7) & 0xe46e1700;
    z4 ^= (z4 << 15) & 0x9b868000;
    return z4 >>> (32 - bits);
  }
}
