package dev.drplan.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the integration tests find their tools: system properties that failsafe sets from the
 * binaries scripts/install-test-tools.sh installed. A missing tool fails the test; it never skips.
 * Also how a test runs drplan as its own process.
 */
final class TestTools {

  static final String FAKE_GCS_SERVER = "drplan.it.fakeGcsServer";
  static final String TOXIPROXY_SERVER = "drplan.it.toxiproxyServer";

  private TestTools() {}

  /** The executable named by {@code property}; throws with a fix-it message when it is absent. */
  static Path binary(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property "
              + property
              + " is not set; run the integration tests through Maven (./mvnw verify), which"
              + " installs the tools with scripts/install-test-tools.sh and sets it");
    }
    Path path = Path.of(value);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          property
              + " points to "
              + path
              + ", which is not an executable; run scripts/install-test-tools.sh");
    }
    return path;
  }

  /**
   * {@code java dev.drplan.cli.Main args} with the test's own JVM and class path, from the module.
   */
  static ProcessBuilder drplan(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /**
   * Stops a server a test started: SIGTERM, SIGKILL if it is still there after 5 s. Its log is the
   * test run's, not the machine's, so it goes too: CI runs would otherwise leave one a server.
   */
  static void stop(Process server, Path log) {
    server.destroy();
    try {
      if (!server.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      server.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // Left in the temporary directory; nothing to stop for.
    }
  }

  /** A TCP port on the loopback interface that was free a moment ago. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    }
  }
}
