package dev.drplan.gcs.probe;

import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import java.util.Locale;

/** The one place the probe formats numbers for people: {@link Locale#ROOT}, binary units. */
public final class Figures {

  private Figures() {}

  /** A size in the largest binary unit that keeps it at or above 1: "64 MiB", "1.5 GiB". */
  public static String size(double bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : number(value))
        + " "
        + units[unit];
  }

  /**
   * A rate in decimal MB/s with one decimal, the unit {@code drplan validate} and the scenario's
   * {@code copy_engine.per_stream} use for the same figure (1 MB/s = 10^6 B/s).
   */
  public static String rate(double bytesPerSecond) {
    return String.format(
        Locale.ROOT, "%.1f MB/s", DataRate.ofBytesPerSecond(bytesPerSecond).megabytesPerSecond());
  }

  /** A rate in decimal MB/s, number only. */
  public static String megabytesPerSecond(double bytesPerSecond) {
    return String.format(
        Locale.ROOT, "%.1f", DataRate.ofBytesPerSecond(bytesPerSecond).megabytesPerSecond());
  }

  /** Seconds as milliseconds with one decimal, number only. */
  public static String milliseconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds * 1e3);
  }

  /** A duration for progress lines: "42 s", "3 min 05 s", "1 h 02 min". */
  public static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  /** A plain number with up to three decimals. */
  public static String number(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }

  /** The size label of {@code size} for object names: its byte count. */
  static String sizeLabel(DataSize size) {
    return String.format(Locale.ROOT, "%.0f", size.bytes());
  }
}
