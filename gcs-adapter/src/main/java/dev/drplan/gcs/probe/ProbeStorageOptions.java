package dev.drplan.gcs.probe;

import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.NoCredentials;
import com.google.cloud.http.HttpTransportOptions;
import com.google.cloud.storage.StorageOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the client's {@link StorageOptions} for the probe: where to connect, which credentials,
 * how long a request may take, and how failed requests are retried.
 *
 * <p>An emulator endpoint (from {@code --endpoint} or {@code STORAGE_EMULATOR_HOST}) gets {@link
 * NoCredentials} and the fixed project {@value #EMULATOR_PROJECT}; the client does not read {@code
 * STORAGE_EMULATOR_HOST} by itself. Without one, the client finds Application Default Credentials.
 *
 * <p>Retries follow Google's retry guidance for Cloud Storage
 * (https://cloud.google.com/storage/docs/retry-strategy): exponential backoff from 1 s, doubling to
 * at most 32 s, on 408, 429 and 5xx and on broken connections, for requests that are safe to repeat
 * (every probe write carries {@code ifGenerationMatch=0}, every delete a generation). Timeouts
 * bound each request: connecting, and every wait for bytes from the server.
 */
public final class ProbeStorageOptions {

  public static final String EMULATOR_ENV = "STORAGE_EMULATOR_HOST";
  public static final String EMULATOR_PROJECT = "drplan-probe";

  /** Connect timeout for every request. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Longest wait for the next bytes from the server before the request is failed (and retried): the
   * Google HTTP client's own default, 20 s. A server that answers nothing for this long (hung, or a
   * network that drops what it carries) is then asked once whether it still answers ({@link
   * RetryGate}), so such a run ends about half a minute after the silence began.
   */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Longest wait for the answer to a reachability check (the run's first request, and the one sent
   * when requests stop being answered): a bucket's metadata, which a working server returns in well
   * under a second, so a server silent this long is taken as unreachable.
   */
  public static final Duration CHECK_READ_TIMEOUT = Duration.ofSeconds(10);

  /**
   * GCS guidance: back off from 1 s, doubling up to 32 s; give one operation at most 6 attempts.
   */
  public static final RetrySettings GCS_RETRY_SETTINGS =
      RetrySettings.newBuilder()
          .setMaxAttempts(6)
          .setInitialRetryDelayDuration(Duration.ofSeconds(1))
          .setRetryDelayMultiplier(2.0)
          .setMaxRetryDelayDuration(Duration.ofSeconds(32))
          .setTotalTimeoutDuration(Duration.ofMinutes(5))
          .setInitialRpcTimeoutDuration(READ_TIMEOUT)
          .setRpcTimeoutMultiplier(1.0)
          .setMaxRpcTimeoutDuration(READ_TIMEOUT)
          .build();

  private ProbeStorageOptions() {}

  /** Where the probe connects. {@code emulator} is true for an explicit endpoint. */
  public record Endpoint(String url, boolean emulator) {

    /** Google's production endpoint, reached with Application Default Credentials. */
    public static final Endpoint GOOGLE = new Endpoint("https://storage.googleapis.com", false);

    public Endpoint {
      if (url == null || url.isEmpty()) {
        throw new IllegalArgumentException("url must not be empty");
      }
    }
  }

  /**
   * The endpoint to use: {@code --endpoint} when given, else {@code STORAGE_EMULATOR_HOST} when
   * set, else Google.
   */
  public static Endpoint resolve(String endpointOption, Map<String, String> environment) {
    if (endpointOption != null) {
      return new Endpoint(normalise(endpointOption), true);
    }
    String fromEnvironment = environment.get(EMULATOR_ENV);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new Endpoint(normalise(fromEnvironment.trim()), true);
    }
    return Endpoint.GOOGLE;
  }

  /**
   * {@code http://host:port} from {@code host:port}, {@code http://host:port} or {@code
   * https://...}; returns {@code null} for anything else. A trailing slash is dropped.
   */
  public static String normaliseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String withScheme = text.contains("://") ? text : "http://" + text;
    URI uri;
    try {
      uri = URI.create(withScheme);
    } catch (IllegalArgumentException bad) {
      return null;
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      return null;
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!path.isEmpty() && !path.equals("/")) {
      return null;
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static String normalise(String text) {
    String url = normaliseOrNull(text);
    if (url == null) {
      throw new IllegalArgumentException(
          "expected an endpoint like \"http://127.0.0.1:4443\" or \"127.0.0.1:4443\", found \""
              + text
              + "\"");
    }
    return url;
  }

  /** Options for {@code endpoint} with the probe's timeouts and GCS-guided retries. */
  public static StorageOptions forEndpoint(Endpoint endpoint) {
    StorageOptions.Builder builder =
        StorageOptions.http()
            .setTransportOptions(
                HttpTransportOptions.newBuilder()
                    .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                    .setReadTimeout((int) READ_TIMEOUT.toMillis())
                    .build())
            .setRetrySettings(GCS_RETRY_SETTINGS);
    if (endpoint.emulator()) {
      builder
          .setHost(endpoint.url())
          .setProjectId(EMULATOR_PROJECT)
          .setCredentials(NoCredentials.getInstance());
    }
    return builder.build();
  }
}
