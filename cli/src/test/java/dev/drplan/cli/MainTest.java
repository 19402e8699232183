package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** How {@link Main} ends the JVM: by returning after a clean success, by System.exit otherwise. */
class MainTest {

  @TempDir Path dir;

  @Test
  void aSuccessWithNothingElseRunningReturns() {
    assertThat(Main.returnsInsteadOfExiting(ExitCodes.OK, false, false)).isTrue();
  }

  @Test
  void everyOtherCodeExitsWithIt() {
    for (int code :
        new int[] {
          ExitCodes.FAILURE,
          ExitCodes.BAD_INPUT,
          ExitCodes.CLOSED_PIPE,
          ExitCodes.SIGINT,
          ExitCodes.SIGTERM
        }) {
      assertThat(Main.returnsInsteadOfExiting(code, false, false)).as("code " + code).isFalse();
    }
  }

  @Test
  void aSuccessDuringAShutdownOrWithAThreadLeftRunningExits() {
    assertThat(Main.returnsInsteadOfExiting(ExitCodes.OK, true, false)).isFalse();
    assertThat(Main.returnsInsteadOfExiting(ExitCodes.OK, false, true)).isFalse();
  }

  /**
   * Every option and parameter of the whole command tree whose type is one of picocli's built-in
   * converters Main turns off has a converter of its own, so turning them off changes nothing.
   */
  @Test
  void noArgumentNeedsABuiltInConverterMainTurnsOff() {
    List<String> patterns = List.of(Main.UNUSED_BUILT_IN_CONVERTERS.split(","));
    List<String> needing = new ArrayList<>();
    int arguments = 0;
    List<CommandLine> commands = new ArrayList<>();
    commands.add(DrplanCommand.commandLine(new DrplanCommand(file -> null)));
    for (int i = 0; i < commands.size(); i++) {
      CommandSpec command = commands.get(i).getCommandSpec();
      commands.addAll(commands.get(i).getSubcommands().values());
      for (ArgSpec argument : command.args()) {
        arguments++;
        List<Class<?>> types = new ArrayList<>(List.of(argument.auxiliaryTypes()));
        types.add(argument.type());
        for (Class<?> type : types) {
          boolean turnedOff = patterns.stream().anyMatch(type.getName()::matches);
          if (turnedOff && argument.converters().length == 0) {
            needing.add(command.qualifiedName() + " " + argument + ": " + type.getName());
          }
        }
      }
    }
    assertThat(arguments).isGreaterThan(100);
    assertThat(patterns.stream().anyMatch("java.time.Instant"::matches)).isTrue();
    assertThat(needing).isEmpty();
  }

  @Test
  void aNonDaemonThreadLeftRunningIsSeen() throws InterruptedException {
    CountDownLatch end = new CountDownLatch(1);
    Thread worker = new Thread(() -> awaitQuietly(end), "main-test-worker");
    worker.start();
    try {
      assertThat(Main.otherThreadKeepsTheJvmAlive()).isTrue();
    } finally {
      end.countDown();
      worker.join();
    }
  }

  /** The returning path, as the shell runs it: the whole report, exit code 0, nothing on stderr. */
  @Test
  void aCompareThatReturnsWritesItsWholeReportAndExitsZero() throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        TestTools.drplan("compare", "../scenarios/walmart.yaml", "--format", "json")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(
            Files.readString(
                Path.of("src/test/resources/golden/walmart.json"), StandardCharsets.UTF_8));
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void badInputStillExitsWithTwo() throws Exception {
    Process process =
        TestTools.drplan("compare", "no-such-file.yaml")
            .redirectOutput(new File("/dev/null"))
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
