package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a small heap, a sample count the machine cannot hold is refused before any sampling, naming
 * the most it can: bad input (exit 2), never an OutOfMemoryError. Run in a forked JVM of 48 MiB,
 * for simulate (which keeps sums per block of samples) and decide (which keeps every sample).
 */
class MemoryLimitsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"simulate", "decide"})
  void tooManySamplesForTheHeapAreRefusedWithTheMostThatFit(String analysis) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx48m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(
        List.of(analysis, "../scenarios/walmart.yaml", "--samples", "100000000", "--threads", "1"));
    Path stderr = dir.resolve("stderr.txt");
    Path stdout = dir.resolve("stdout.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertThat(process.waitFor()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(stderr, StandardCharsets.UTF_8))
        .startsWith("drplan: error: --samples: 100,000,000 samples of 14 pairs need more memory")
        .contains("; use at most ")
        .hasLineCount(1);
    assertThat(Files.readString(stdout)).isEmpty();
  }
}
