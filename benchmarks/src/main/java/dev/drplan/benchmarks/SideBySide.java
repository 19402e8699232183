package dev.drplan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The worker CPU of a Monte Carlo sample of walmart.yaml in several builds at once: each build's
 * benchmarks jar loaded by a class loader of its own in this one JVM, and {@code MonteCarlo.run} on
 * one thread called for each build in turn, round after round (the order reversed every other
 * round). On a machine whose speed swings by a quarter from one minute to the next, and under other
 * people's load, runs in separate JVMs minutes apart cannot tell 0.1 µs a sample; builds measured
 * in the same seconds can. Each build keeps its own classes, so its own JIT profiles and compiled
 * code; the first rounds (compilation) are left out of the summary.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.drplan.benchmarks.SideBySide SAMPLES ROUNDS JAR...
 * </pre>
 *
 * <p>Prints, per jar, the CPU µs a sample of every counted round, its best and median, and for each
 * jar after the first how many rounds it was quicker than the first. A benchmark, not part of the
 * product.
 */
public final class SideBySide {
  private SideBySide() {}

  /** Rounds left out of the summary while the JIT compiles, at most a third of them. */
  private static final int WARM_UP_ROUNDS = 4;

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: SideBySide SAMPLES ROUNDS JAR...  (each a benchmarks.jar)");
      System.exit(2);
    }
    int samples = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int builds = args.length - 2;
    Object[] scenarios = new Object[builds];
    Method[] runs = new Method[builds];
    for (int b = 0; b < builds; b++) {
      Path jar = Path.of(args[2 + b]);
      if (!Files.isRegularFile(jar)) {
        System.err.println("SideBySide: no such jar: " + jar);
        System.exit(2);
      }
      // The platform loader as parent: every drplan and library class comes from this jar.
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      scenarios[b] =
          loader
              .loadClass("dev.drplan.benchmarks.BuiltInScenarios")
              .getMethod("loadUncertain", String.class)
              .invoke(null, "walmart");
      Class<?> uncertain = loader.loadClass("dev.drplan.analysis.UncertainScenario");
      runs[b] =
          loader
              .loadClass("dev.drplan.analysis.MonteCarlo")
              .getMethod("run", uncertain, int.class, long.class, int.class);
    }
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    double[][] micros = new double[builds][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < builds; turn++) {
        int b = round % 2 == 0 ? turn : builds - 1 - turn;
        long before = clock.getCurrentThreadCpuTime();
        runs[b].invoke(null, scenarios[b], samples, 2026L + round, 1);
        micros[b][round] = (clock.getCurrentThreadCpuTime() - before) / 1e3 / samples;
      }
    }
    int skip = Math.min(WARM_UP_ROUNDS, rounds / 3);
    for (int b = 0; b < builds; b++) {
      double[] counted = Arrays.copyOfRange(micros[b], skip, rounds);
      double[] sorted = counted.clone();
      Arrays.sort(sorted);
      StringBuilder each = new StringBuilder();
      int quicker = 0;
      for (int round = skip; round < rounds; round++) {
        each.append(String.format(Locale.ROOT, " %.2f", micros[b][round]));
        if (micros[b][round] < micros[0][round]) {
          quicker++;
        }
      }
      String versus =
          b == 0
              ? ""
              : String.format(
                  Locale.ROOT, "; quicker than the first in %d of %d", quicker, counted.length);
      System.out.printf(
          Locale.ROOT,
          "%s: best %.3f, median %.3f us a sample%s;%s%n",
          args[2 + b],
          sorted[0],
          sorted[sorted.length / 2],
          versus,
          each);
    }
  }
}
