package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code drplan} launcher's start-up cache (cli/target/drplan-jdk-*.jsa or .aot): recorded by
 * the first compare after a build, one per JDK, never used once the jar is newer, safe when several
 * first runs start together, absent after a run that failed or with {@code DRPLAN_CDS=off}; on JDK
 * 25 or later the caches of compare's other formats, of explain and of simulate, each recorded by
 * its first run; and whatever the cache, the report and the exit code are those of a run without
 * one.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TARGET = ROOT.resolve("cli/target");
  private static final Path JAR = TARGET.resolve("drplan.jar");
  private static final String THIS_JDK = System.getProperty("java.home");

  @TempDir Path dir;

  private String reference;

  private record Run(int exitCode, String out, String err) {}

  /** The report of walmart.yaml with no cache at all, which every run below must print. */
  @BeforeEach
  void referenceRunWithoutACache() throws Exception {
    deleteCaches();
    Run plain = drplan(Map.of("JAVA_HOME", THIS_JDK, "DRPLAN_CDS", "off"), "compare", walmart());
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    reference = plain.out();
    assertThat(reference).contains("Recommendation:");
    assertThat(caches()).as("DRPLAN_CDS=off records no cache").isEmpty();
  }

  @Test
  void theFirstCompareRecordsACacheThatTheNextRunsUse() throws Exception {
    Run first = drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());
    List<Path> recorded = caches();
    Run second = drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());

    assertThat(first).isEqualTo(new Run(0, reference, ""));
    assertThat(second).isEqualTo(new Run(0, reference, ""));
    assertThat(recorded).hasSize(1);
    assertThat(caches()).as("the second run used it, not a new one").isEqualTo(recorded);
    assertThat(modified(recorded.get(0))).isEqualTo(modified(caches().get(0)));
  }

  @Test
  void aCacheOlderThanTheJarIsNotUsedAndIsRecordedAgain() throws Exception {
    drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());
    Path cache = caches().get(0);
    // A jar built after the cache (by ./mvnw package, not by the launcher, which deletes caches).
    Files.setLastModifiedTime(cache, FileTime.fromMillis(modified(JAR) - 10_000));

    Run afterBuild = drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());

    assertThat(afterBuild).isEqualTo(new Run(0, reference, ""));
    assertThat(modified(cache)).as("recorded again, after the jar").isGreaterThan(modified(JAR));
  }

  @Test
  void eachJdkHasItsOwnCacheAndPrintsTheSameReport() throws Exception {
    String other = otherJdk();
    assumeTrue(other != null, "a second JDK (17 or later) under /usr/lib/jvm");

    Run first = drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());
    Path thisCache = caches().get(0);
    long recorded = modified(thisCache);
    Run switched = drplan(Map.of("JAVA_HOME", other), "compare", walmart());
    List<Path> both = caches();
    Run withOthersCache = drplan(Map.of("JAVA_HOME", other), "compare", walmart());
    Run back = drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", walmart());

    assertThat(List.of(first, switched, withOthersCache, back))
        .containsOnly(new Run(0, reference, ""));
    assertThat(both).hasSize(2).contains(thisCache);
    assertThat(caches()).isEqualTo(both);
    assertThat(modified(thisCache)).as("switching back reuses its cache").isEqualTo(recorded);
  }

  @Test
  void firstRunsStartedTogetherAllPrintTheReportAndLeaveOneCache() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      processes.add(
          start(Map.of("JAVA_HOME", THIS_JDK), dir.resolve("run" + i), "compare", walmart()));
    }
    for (int i = 0; i < processes.size(); i++) {
      assertThat(finish(processes.get(i), dir.resolve("run" + i)))
          .isEqualTo(new Run(0, reference, ""));
    }
    assertThat(caches()).hasSize(1);
    try (Stream<Path> files = Files.list(TARGET)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no recording left behind")
          .noneMatch(name -> name.matches("drplan-jdk-.*\\.(jsa|aot)\\..*"));
    }
  }

  @Test
  void aFirstRunThatFailsKeepsItsExitCodeAndRecordsNothing() throws Exception {
    Run missing =
        drplan(Map.of("JAVA_HOME", THIS_JDK), "compare", dir.resolve("missing.yaml").toString());

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("missing.yaml").contains("no such file");
    assertThat(caches()).isEmpty();
  }

  @Test
  void simulateOnJdk25RecordsACacheOfItsOwnThatTheNextSimulatesUse() throws Exception {
    String jdk = newestJdkFrom(25);
    assumeTrue(jdk != null, "a JDK 25 or later under /usr/lib/jvm");
    String[] simulate = {"simulate", walmart(), "--samples", "3000", "--format", "json"};
    Run plain = drplan(Map.of("JAVA_HOME", jdk, "DRPLAN_CDS", "off"), simulate);

    Run first = drplan(Map.of("JAVA_HOME", jdk), simulate);
    List<Path> recorded = caches();
    Run second = drplan(Map.of("JAVA_HOME", jdk), simulate);

    assertThat(plain.exitCode()).as(plain.err()).isZero();
    // Only the report on standard output: none of the JVM options simulate runs with prints there.
    assertThat(plain.out()).startsWith("{").contains("\"samples\": 3000");
    assertThat(List.of(first, second)).containsOnly(plain);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getFileName().toString()).endsWith("-simulate.aot");
    assertThat(caches()).as("the second run used it").isEqualTo(recorded);
    assertThat(modified(caches().get(0))).isEqualTo(modified(recorded.get(0)));
  }

  /**
   * compare in each format other than the table, and explain: on JDK 25 or later each records a
   * cache of its own, named by the format its arguments ask for (--format in any spelling, else the
   * --out file's ending), which its next run uses; the output is the one without a cache.
   */
  @Test
  void eachFormatOfCompareAndExplainRecordACacheOfItsOwnOnJdk25() throws Exception {
    String jdk = newestJdkFrom(25);
    assumeTrue(jdk != null, "a JDK 25 or later under /usr/lib/jvm");
    Map<String, String> noCache = Map.of("JAVA_HOME", jdk, "DRPLAN_CDS", "off");
    Map<String, String> withCaches = Map.of("JAVA_HOME", jdk);
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    kinds.put("-compare-markdown.aot", List.of("compare", walmart(), "--format", "Markdown"));
    kinds.put("-compare-json.aot", List.of("compare", walmart(), "-fjson"));
    kinds.put("-compare-csv.aot", List.of("compare", walmart(), "--force", "--out"));
    kinds.put("-explain.aot", List.of("explain", walmart(), "--option", "gcs-archive"));

    List<Path> before = caches();
    for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
      Run plain = drplan(noCache, args(kind.getValue(), "plain"));
      Run first = drplan(withCaches, args(kind.getValue(), "first"));
      List<Path> recorded = caches();
      List<Path> added = new ArrayList<>(recorded);
      added.removeAll(before);
      assertThat(added).as(kind.getKey()).hasSize(1);
      Path cache = added.get(0);
      long recordedAt = modified(cache);
      Run second = drplan(withCaches, args(kind.getValue(), "second"));

      assertThat(plain.exitCode()).as(plain.err()).isZero();
      assertThat(List.of(first, second)).as(kind.getKey()).containsOnly(plain);
      assertThat(recorded).containsAll(before);
      assertThat(cache.getFileName().toString()).endsWith(kind.getKey());
      assertThat(caches()).as("the second run used it").isEqualTo(recorded);
      assertThat(modified(cache)).as("and did not record it again").isEqualTo(recordedAt);
      before = recorded;
    }
    for (String run : List.of("plain", "first")) {
      assertThat(Files.readString(dir.resolve(run + ".csv"), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(dir.resolve("second.csv"), StandardCharsets.UTF_8))
          .startsWith("configuration,");
    }
  }

  /** {@code args}, with a file named after {@code run} in the test's directory after "--out". */
  private String[] args(List<String> args, String run) {
    List<String> all = new ArrayList<>(args);
    if (all.get(all.size() - 1).equals("--out")) {
      all.add(dir.resolve(run + ".csv").toString());
    }
    return all.toArray(new String[0]);
  }

  @Test
  void simulateBeforeJdk25RecordsNothing() throws Exception {
    assumeTrue(majorVersion(Path.of(THIS_JDK)) < 25, "the tests' JDK is older than 25");
    String[] simulate = {"simulate", walmart(), "--samples", "3000", "--format", "json"};
    Run plain = drplan(Map.of("JAVA_HOME", THIS_JDK, "DRPLAN_CDS", "off"), simulate);

    Run first = drplan(Map.of("JAVA_HOME", THIS_JDK), simulate);

    assertThat(first).isEqualTo(plain);
    assertThat(caches()).isEmpty();
  }

  /**
   * probe runs on the JVM's defaults, C2 included, with no start-up cache: over TLS, C1's AES-GCM
   * held a probe to a few tens of MB/s a core. A JDK whose java prints its arguments shows what the
   * launcher runs: compare with C1 only, probe (and its subcommands) without.
   */
  @Test
  void probeRunsWithTheOptimisingCompilerAndCompareWithout() throws Exception {
    Path jdk = dir.resolve("echo-jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25\"\n");
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());

    for (String[] probe :
        List.of(
            new String[] {"probe", "gs://bucket/prefix", "--endpoint", "http://127.0.0.1:4443"},
            new String[] {"probe", "merge", "gs://bucket/prefix/drplan-fleet-x"})) {
      Run run = drplan(env, probe);
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<String> arguments = run.out().lines().toList();
      assertThat(arguments)
          .as(run.out())
          .containsSequence("-cp", JAR.toString(), "dev.drplan.cli.Main")
          .containsSequence(probe)
          .noneMatch(argument -> argument.startsWith("-XX:TieredStopAtLevel"))
          .noneMatch(argument -> argument.startsWith("-XX:AOT"))
          .doesNotContain("-XX:+UseSerialGC");
    }
    Run compare = drplan(env, "compare", walmart());
    assertThat(compare.out().lines().toList())
        .as(compare.out())
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    deleteCaches();
  }

  private static String walmart() {
    return ROOT.resolve("scenarios/walmart.yaml").toString();
  }

  /** Another JDK 17 or later than the one running the tests, or null. */
  private static String otherJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    Path self = Path.of(THIS_JDK).toRealPath();
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> !realPath(home).equals(self))
          .filter(home -> majorVersion(home) >= 17)
          .map(Path::toString)
          .findFirst()
          .orElse(null);
    }
  }

  /** The newest JDK of at least {@code major} under /usr/lib/jvm, or null. */
  private static String newestJdkFrom(int major) throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> majorVersion(home) >= major)
          .max(Comparator.comparingInt(LauncherIT::majorVersion))
          .map(Path::toString)
          .orElse(null);
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int majorVersion(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          return Integer.parseInt(line.substring(14).split("[^0-9]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static List<Path> caches() throws IOException {
    try (Stream<Path> files = Files.list(TARGET)) {
      return files
          .filter(p -> p.getFileName().toString().matches("drplan-jdk-.*\\.(jsa|aot)"))
          .sorted()
          .toList();
    }
  }

  private static void deleteCaches() throws IOException {
    for (Path cache : caches()) {
      Files.delete(cache);
    }
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toMillis();
  }

  private Run drplan(Map<String, String> env, String... args) throws Exception {
    Path out = dir.resolve("run");
    return finish(start(env, out, args), out);
  }

  private static Process start(Map<String, String> env, Path out, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("drplan").toString());
    command.addAll(List.of(args));
    ProcessBuilder launcher =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(out.resolveSibling(out.getFileName() + ".out").toFile())
            .redirectError(out.resolveSibling(out.getFileName() + ".err").toFile());
    launcher.environment().remove("DRPLAN_CDS");
    launcher.environment().putAll(env);
    return launcher.start();
  }

  private static Run finish(Process process, Path out) throws Exception {
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
    } finally {
      process.destroyForcibly();
    }
    return new Run(
        process.exitValue(),
        Files.readString(out.resolveSibling(out.getFileName() + ".out"), StandardCharsets.UTF_8),
        Files.readString(out.resolveSibling(out.getFileName() + ".err"), StandardCharsets.UTF_8));
  }
}
