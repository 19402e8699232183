package dev.drplan.gcs.probe;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM keeps hot code from its optimising compiler (C2), and by which option.
 *
 * <p>TLS encrypts and decrypts every byte with AES-GCM, which C2 compiles to the processor's AES
 * and carry-less multiply instructions. Without C2 that work is plain Java: on the project machine
 * 32-35 MB/s a core under {@code -XX:TieredStopAtLevel=1} against about 3,000 MB/s with C2, and a
 * probe over HTTPS read 60 MB/s where the same probe with C2 read 1,002 MB/s (4 streams of 64 MiB
 * objects from fake-gcs-server over TLS on loopback; gcs-adapter/README.md). Plain HTTP (an
 * emulator) is not affected.
 */
final class CompilerLimit {
  private CompilerLimit() {}

  /** The option that keeps this JVM from C2 (e.g. {@code -XX:TieredStopAtLevel=1}), or null. */
  static String ofThisJvm() {
    try {
      HotSpotDiagnosticMXBean vm =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (vm == null) {
        return null;
      }
      return option(
          Boolean.parseBoolean(vm.getVMOption("UseCompiler").getValue()),
          Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue()),
          Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue()));
    } catch (IllegalArgumentException notHotSpot) {
      // A JVM without these options: nothing known, nothing said.
      return null;
    }
  }

  /**
   * The option that keeps a HotSpot JVM with these settings from C2, or null: {@code -Xint} (no
   * compiler at all), or a tiered JVM stopped below level 4 (C2's). Without tiered compilation the
   * stop level does not apply and C2 compiles alone.
   */
  static String option(boolean useCompiler, boolean tieredCompilation, int tieredStopAtLevel) {
    if (!useCompiler) {
      return "-Xint";
    }
    if (tieredCompilation && tieredStopAtLevel < 4) {
      return "-XX:TieredStopAtLevel=" + tieredStopAtLevel;
    }
    return null;
  }
}
