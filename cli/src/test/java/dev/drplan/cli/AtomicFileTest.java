package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(file -> names.add(file.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  private static AtomicFile.Content text(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesANewFile() throws IOException {
    Path target = dir.resolve("report.txt");
    AtomicFile.onDisk().write(target, false, text("new"));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("report.txt");
  }

  @Test
  void withoutReplaceAnExistingFileIsKept() throws IOException {
    // As if another process created the file between the command's check and its write.
    Path target = Files.writeString(dir.resolve("report.txt"), "theirs");
    assertThatThrownBy(() -> AtomicFile.onDisk().write(target, false, text("ours")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(target)).isEqualTo("theirs");
    assertThat(names()).containsExactly("report.txt");
  }

  @Test
  void replaceSwapsTheWholeFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.txt"), "old and longer");
    AtomicFile.onDisk().write(target, true, text("new"));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("report.txt");
  }

  @Test
  void aReportThatFailsHalfWayLeavesTheOldFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.txt"), "old");
    assertThatThrownBy(
            () ->
                AtomicFile.onDisk()
                    .write(
                        target,
                        true,
                        out -> {
                          out.write("half a repo".getBytes(StandardCharsets.UTF_8));
                          out.flush();
                          throw new IllegalStateException("the report broke");
                        }))
        .hasMessage("the report broke");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(names()).containsExactly("report.txt");
  }

  @Test
  void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.txt"), "old");
    byte[] big = new byte[1 << 20];
    assertThatThrownBy(
            () ->
                AtomicFile.openedBy(FullDisk.after(1 << 16))
                    .write(target, true, out -> out.write(big)))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(names()).containsExactly("report.txt");
  }
}
