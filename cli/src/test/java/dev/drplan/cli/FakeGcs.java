package dev.drplan.cli;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.NoCredentials;
import com.google.cloud.http.HttpTransportOptions;
import com.google.cloud.storage.BucketInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * fake-gcs-server on a free loopback port, in memory, plain HTTP; stopped on {@link #close()}. Its
 * request log goes to a file the tests can read (to see which upload requests arrived).
 */
final class FakeGcs implements AutoCloseable {

  private final int port;
  private final Process process;
  private final Path log;

  private FakeGcs(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the emulator; {@code externalUrl} is what resumable-upload locations point to. */
  static FakeGcs start(int port, String externalUrl) throws IOException, InterruptedException {
    Path log = Files.createTempFile("fake-gcs-server-", ".log");
    Process process = launch("http", port, externalUrl, "info", log);
    FakeGcs server = new FakeGcs(port, process, log);
    server.awaitHealthy();
    return server;
  }

  /**
   * fake-gcs-server in memory on loopback {@code port}, speaking {@code scheme} (http, or https
   * with a certificate it makes itself), its output in {@code log}.
   */
  static Process launch(String scheme, int port, String externalUrl, String logLevel, Path log)
      throws IOException {
    return new ProcessBuilder(
            TestTools.binary(TestTools.FAKE_GCS_SERVER).toString(),
            "-scheme",
            scheme,
            "-backend",
            "memory",
            "-host",
            "127.0.0.1",
            "-port",
            Integer.toString(port),
            "-external-url",
            externalUrl,
            "-public-host",
            "127.0.0.1:" + port,
            "-log-level",
            logLevel)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Starts the emulator with its own URL as the external URL. */
  static FakeGcs start() throws IOException, InterruptedException {
    int port = TestTools.freePort();
    return start(port, "http://127.0.0.1:" + port);
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "fake-gcs-server exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url() + "/_internal/healthcheck"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException("fake-gcs-server did not become healthy on port " + port);
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Kills the emulator at once (SIGKILL), as a crashed server. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
  }

  String requestLog() throws IOException {
    return Files.readString(log);
  }

  /** A direct client for checks, with short timeouts and retries. */
  Storage storage() {
    return options(url()).getService();
  }

  void createBucket(String name) {
    try (Storage storage = storage()) {
      storage.create(BucketInfo.of(name));
    } catch (Exception e) {
      throw new IllegalStateException("cannot create bucket " + name, e);
    }
  }

  /**
   * Client options for tests: emulator host, no credentials, a fixed project, request timeouts of
   * seconds and quick retries, so a fault costs milliseconds, not the production backoff.
   */
  static StorageOptions options(String url) {
    return options(url, HttpTransportOptions.newBuilder());
  }

  /**
   * Test options whose every request asks for {@code Connection: close}, so each request opens a
   * new connection. Toxiproxy decides per connection whether a toxic applies; with pooled
   * keep-alive connections a toxicity below 1 would touch only the first few.
   */
  static StorageOptions optionsClosingConnections(String url) {
    return options(url, closingConnections());
  }

  private static HttpTransportOptions.Builder closingConnections() {
    NetHttpTransport transport =
        new NetHttpTransport.Builder()
            .setConnectionFactory(
                target -> {
                  HttpURLConnection connection = (HttpURLConnection) target.openConnection();
                  connection.setRequestProperty("Connection", "close");
                  return connection;
                })
            .build();
    return HttpTransportOptions.newBuilder().setHttpTransportFactory(() -> transport);
  }

  /**
   * Test options with the probe's documented attempt budget ({@link
   * ProbeStorageOptions#GCS_RETRY_SETTINGS}: at most 6 attempts) and its backoff shortened to
   * milliseconds, so a test can count attempts without waiting out the production backoff.
   */
  static StorageOptions optionsWithDocumentedAttempts(String url) {
    RetrySettings quick =
        ProbeStorageOptions.GCS_RETRY_SETTINGS.toBuilder()
            .setInitialRetryDelayDuration(Duration.ofMillis(20))
            .setMaxRetryDelayDuration(Duration.ofMillis(300))
            .setTotalTimeoutDuration(Duration.ofSeconds(30))
            .setInitialRpcTimeoutDuration(Duration.ofSeconds(10))
            .setMaxRpcTimeoutDuration(Duration.ofSeconds(10))
            .build();
    return options(url, closingConnections(), quick);
  }

  /**
   * The options drplan probe ships with ({@link ProbeStorageOptions#forEndpoint}: its retries,
   * backoff and timeouts), every request on a connection of its own so that a proxy sees each.
   */
  static StorageOptions optionsAsShipped(String url) {
    return ProbeStorageOptions.forEndpoint(new ProbeStorageOptions.Endpoint(url, true)).toBuilder()
        .setTransportOptions(
            closingConnections()
                .setConnectTimeout((int) ProbeStorageOptions.CONNECT_TIMEOUT.toMillis())
                .setReadTimeout((int) ProbeStorageOptions.READ_TIMEOUT.toMillis())
                .build())
        .build();
  }

  private static StorageOptions options(String url, HttpTransportOptions.Builder transport) {
    return options(
        url,
        transport,
        RetrySettings.newBuilder()
            .setMaxAttempts(8)
            .setInitialRetryDelayDuration(Duration.ofMillis(20))
            .setRetryDelayMultiplier(2.0)
            .setMaxRetryDelayDuration(Duration.ofMillis(300))
            .setTotalTimeoutDuration(Duration.ofSeconds(30))
            .setInitialRpcTimeoutDuration(Duration.ofSeconds(10))
            .setRpcTimeoutMultiplier(1.0)
            .setMaxRpcTimeoutDuration(Duration.ofSeconds(10))
            .build());
  }

  private static StorageOptions options(
      String url, HttpTransportOptions.Builder transport, RetrySettings retries) {
    return StorageOptions.http()
        .setHost(url)
        .setProjectId("drplan-it")
        .setCredentials(NoCredentials.getInstance())
        .setTransportOptions(transport.setConnectTimeout(2_000).setReadTimeout(10_000).build())
        .setRetrySettings(retries)
        .build();
  }

  @Override
  public void close() {
    TestTools.stop(process, log);
  }
}
