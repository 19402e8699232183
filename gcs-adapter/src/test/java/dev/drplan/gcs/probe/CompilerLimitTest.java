package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerLimitTest {

  @Test
  void namesTheOptionThatKeepsC2Away() {
    assertThat(CompilerLimit.option(false, true, 4)).isEqualTo("-Xint");
    assertThat(CompilerLimit.option(true, true, 1)).isEqualTo("-XX:TieredStopAtLevel=1");
    assertThat(CompilerLimit.option(true, true, 3)).isEqualTo("-XX:TieredStopAtLevel=3");
    assertThat(CompilerLimit.option(true, true, 4)).isNull();
    // -XX:-TieredCompilation: C2 alone, whatever the stop level says.
    assertThat(CompilerLimit.option(true, false, 1)).isNull();
  }

  @Test
  void aRunOverHttpsWithoutC2IsWarnedAbout() {
    assertThat(
            ProbeRunner.compilerWarning(
                "https://storage.googleapis.com", "-XX:TieredStopAtLevel=1"))
        .isEqualTo(
            "this JVM runs without its optimising compiler (-XX:TieredStopAtLevel=1), so TLS"
                + " encrypts and decrypts at some tens of MB/s a core: the steps may measure the"
                + " probe's CPU rather than the link (./drplan probe runs it with the compiler)");
    assertThat(ProbeRunner.compilerWarning("https://storage.googleapis.com", null)).isNull();
    // Plain HTTP (an emulator): C1's code keeps up, nothing to say.
    assertThat(ProbeRunner.compilerWarning("http://127.0.0.1:4443", "-Xint")).isNull();
  }

  @Test
  void theTestJvmRunsWithItsDefaultsAndSoWithC2() {
    assertThat(CompilerLimit.ofThisJvm()).isNull();
  }
}
