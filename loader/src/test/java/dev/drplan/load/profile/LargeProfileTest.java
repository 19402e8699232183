package dev.drplan.load.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ChangeProfile.GapPolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A five-million-row CSV, about 9.5 years of minutes, generated into a temporary directory: it
 * loads, row for row. Speed is the benchmarks' business; this only says that the reader streams and
 * the profile holds it.
 */
class LargeProfileTest {

  private static final int ROWS = 5_000_000;

  @Test
  void fiveMillionRowsLoad(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("five-million.csv");
    Instant start = Instant.parse("2016-01-01T00:00:00Z");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("timestamp,changed_MiB\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(start.plusSeconds(60L * i).toString());
        out.write(',');
        out.write(Integer.toString(i % 1000));
        out.write('\n');
      }
    }

    ChangeProfile profile = CsvProfileReader.read(file, GapPolicy.REJECT);

    assertThat(profile.size()).isEqualTo(ROWS);
    assertThat(profile.origin()).isEqualTo(start);
    assertThat(profile.step().seconds()).isEqualTo(60);
    assertThat(profile.changedIn(ROWS - 1).bytes()).isEqualTo((ROWS - 1) % 1000 * 1024.0 * 1024);
    // 5,000 whole cycles of 0 .. 999 MiB.
    assertThat(profile.total().bytes()).isEqualTo(5_000.0 * (999 * 1000 / 2) * 1024 * 1024);
  }
}
