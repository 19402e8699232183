package dev.drplan.gcs.probe;

/**
 * Lets the JDK keep every connection the probe opens for reuse.
 *
 * <p>The client's HTTP transport is the JDK's {@code HttpURLConnection}, which keeps at most {@code
 * http.maxConnections} idle connections per server, 5 unless set, and closes any other connection
 * as its request ends. With more streams than that, most requests would open a new connection (on
 * GCS a TCP and a TLS handshake) that a copy engine keeping its connections would not pay, and the
 * probe would measure less than the link carries. On the emulator behind 40 ms of latency, 64
 * streams of 16 KiB objects opened 891 to 966 connections in a 16 s run with the default and 120
 * with a higher limit, and read 7% to 27% more objects a second (gcs-adapter/README.md).
 *
 * <p>The limit only caps idle connections, so a high one opens nothing more: the most ever open is
 * still the most requests in flight at once. The JDK reads the property once, when the first
 * connection ends, so this takes effect only if it runs before any request of the process; a value
 * the user set (say, {@code -Dhttp.maxConnections=10} in {@code JAVA_TOOL_OPTIONS}) is left as it
 * is.
 */
final class IdleConnections {
  private IdleConnections() {}

  static final String PROPERTY = "http.maxConnections";

  /**
   * Idle connections kept per server: more than a run can have in flight at once (1,024 streams, a
   * composite upload's parts, cleanup's {@value RunCleanup#DELETE_STREAMS} deleters).
   */
  static final int KEPT = 4096;

  /** The JDK's limit when the property is not set, or not a positive whole number. */
  static final int JDK_DEFAULT = 5;

  /**
   * Sets {@value #PROPERTY} to {@value #KEPT} unless it is set already; returns the limit the JDK
   * will apply (as it reads the property: {@value #JDK_DEFAULT} for a value it cannot use).
   */
  static int keepAll() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, Integer.toString(KEPT));
    }
    int limit = Integer.getInteger(PROPERTY, JDK_DEFAULT);
    return limit > 0 ? limit : JDK_DEFAULT;
  }
}
