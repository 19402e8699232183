package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * scripts/install-test-tools.sh with the pinned tools already in tools/bin (the build installed
 * them before the integration tests) and no Go on PATH: it checks their versions without Go and
 * succeeds, as the README's walkthrough needs.
 */
class InstallTestToolsIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void pinnedToolsAlreadyThereNeedNoGo() throws Exception {
    List<String> withoutGo = new ArrayList<>();
    for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
      if (!Files.isExecutable(Path.of(entry, "go"))) {
        withoutGo.add(entry);
      }
    }
    ProcessBuilder script =
        new ProcessBuilder("bash", "scripts/install-test-tools.sh")
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    script.environment().put("PATH", String.join(File.pathSeparator, withoutGo));
    Process process = script.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("fake-gcs-server v1.55.1 already in")
        .contains("toxiproxy-server v2.12.0 already in");
  }
}
