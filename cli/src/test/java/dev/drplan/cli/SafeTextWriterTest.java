package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeTextWriterTest {

  private static String safe(String... chunks) throws IOException {
    StringWriter out = new StringWriter();
    SafeTextWriter writer = new SafeTextWriter(out);
    for (String chunk : chunks) {
      writer.write(chunk);
    }
    writer.finish();
    return out.toString();
  }

  @Test
  void escapeSequencesAreShownNotObeyed() throws IOException {
    // ESC [ 2 J clears a terminal; ESC ] 8 ;; starts a hidden hyperlink.
    assertThat(safe("name\u001B[2J\u001B]8;;http://x\u0007"))
        .isEqualTo("name\\u001B[2J\\u001B]8;;http://x\\u0007");
  }

  @Test
  void c1ControlsDelAndBidirectionalControlsAreEscaped() throws IOException {
    assertThat(safe("a\u009Bb\u007Fc\u202Eevil\u202Cd\u2066e\u2069\u200Ff"))
        .isEqualTo("a\\u009Bb\\u007Fc\\u202Eevil\\u202Cd\\u2066e\\u2069\\u200Ff");
  }

  @Test
  void tabsLineFeedsAndCsvLineEndsPass() throws IOException {
    assertThat(safe("a\tb\nc,d\r\ne")).isEqualTo("a\tb\nc,d\r\ne");
    assertThat(safe("a,b\r", "\nc")).isEqualTo("a,b\r\nc");
  }

  @Test
  void aCarriageReturnThatCouldOverwriteALineIsEscaped() throws IOException {
    assertThat(safe("total: $1 M\rtotal: $9 M")).isEqualTo("total: $1 M\\u000Dtotal: $9 M");
    assertThat(safe("end\r")).isEqualTo("end\\u000D");
    assertThat(safe("a\r", "b")).isEqualTo("a\\u000Db");
    assertThat(safe("a\r\r\n")).isEqualTo("a\\u000D\r\n");
  }

  @Test
  void textWithoutUnsafeCharactersIsUnchanged() throws IOException {
    String report = "drplan compare: walmart §3 · 40.0 GB/s — 320 Gbps ≤ ≈ 中文";
    assertThat(safe(report)).isEqualTo(report);
  }
}
