package dev.drplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * fake-gcs-server over HTTPS ({@code -scheme https}) on a free loopback port, in memory; stopped on
 * {@link #close()}. It makes a self-signed certificate as it starts: the tests reach it through a
 * context that trusts any certificate, and give a probe process a trust store holding that one
 * ({@link #writeTrustStore}).
 */
final class TlsFakeGcs implements AutoCloseable {
  static final String TRUST_STORE_PASSWORD = "changeit";

  private final int port;
  private final Process process;
  private final Path log;
  private final SSLContext trustingAnyone;
  private final HttpClient http;

  private TlsFakeGcs(int port, Process process, Path log) throws GeneralSecurityException {
    this.port = port;
    this.process = process;
    this.log = log;
    this.trustingAnyone = SSLContext.getInstance("TLS");
    trustingAnyone.init(null, new TrustManager[] {new AnyCertificate()}, new SecureRandom());
    this.http = HttpClient.newBuilder().sslContext(trustingAnyone).build();
  }

  static TlsFakeGcs start() throws Exception {
    int port = TestTools.freePort();
    String url = "https://127.0.0.1:" + port;
    Path log = Files.createTempFile("fake-gcs-server-tls-", ".log");
    Process process = FakeGcs.launch("https", port, url, "warn", log);
    TlsFakeGcs server = new TlsFakeGcs(port, process, log);
    server.awaitHealthy();
    return server;
  }

  String url() {
    return "https://127.0.0.1:" + port;
  }

  void createBucket(String name) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(url() + "/storage/v1/b"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("bucket " + name + ": " + response.body());
    }
  }

  /** Names in {@code bucket} under {@code prefix}, as the JSON API lists them (their count). */
  int objectsUnder(String bucket, String prefix) throws IOException, InterruptedException {
    String body =
        send(HttpRequest.newBuilder(
                URI.create(url() + "/storage/v1/b/" + bucket + "/o?prefix=" + prefix)))
            .body();
    return body.split("\"kind\":\"storage#object\"", -1).length - 1;
  }

  /** A PKCS12 trust store at {@code file} holding the server's certificate. */
  Path writeTrustStore(Path file) throws Exception {
    Certificate[] chain;
    try (SSLSocket socket =
        (SSLSocket) trustingAnyone.getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.startHandshake();
      chain = socket.getSession().getPeerCertificates();
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("fake-gcs-server", chain[0]);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, TRUST_STORE_PASSWORD.toCharArray());
    }
    return file;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitHealthy() throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException("fake-gcs-server exited: " + Files.readString(log));
      }
      try {
        if (send(HttpRequest.newBuilder(URI.create(url() + "/_internal/healthcheck"))).statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException("fake-gcs-server (https) did not start on port " + port);
  }

  @Override
  public void close() {
    TestTools.stop(process, log);
  }

  /** Trusts any certificate: only for reaching this test's own emulator. */
  private static final class AnyCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
