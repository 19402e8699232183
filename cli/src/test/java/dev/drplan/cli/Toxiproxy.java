package dev.drplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Shopify's toxiproxy on a free loopback port, driven through its HTTP API with the JDK's client
 * and Jackson (no extra dependency). Stopped on {@link #close()}.
 */
final class Toxiproxy implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int apiPort;
  private final Process process;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private Toxiproxy(int apiPort, Process process, Path log) {
    this.apiPort = apiPort;
    this.process = process;
    this.log = log;
  }

  static Toxiproxy start() throws IOException, InterruptedException {
    Path binary = TestTools.binary(TestTools.TOXIPROXY_SERVER);
    int apiPort = TestTools.freePort();
    Path log = Files.createTempFile("toxiproxy-", ".log");
    Process process =
        new ProcessBuilder(
                binary.toString(), "-host", "127.0.0.1", "-port", Integer.toString(apiPort))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Toxiproxy proxy = new Toxiproxy(apiPort, process, log);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException("toxiproxy-server exited: " + Files.readString(log));
      }
      try {
        if (proxy.send("GET", "/version", null).statusCode() == 200) {
          return proxy;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(50);
    }
    proxy.close();
    throw new IllegalStateException("toxiproxy-server did not start on port " + apiPort);
  }

  /** A proxy listening on {@code listenPort} that forwards to {@code upstreamPort}. */
  void createProxy(String name, int listenPort, int upstreamPort)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("listen", "127.0.0.1:" + listenPort);
    body.put("upstream", "127.0.0.1:" + upstreamPort);
    body.put("enabled", true);
    expect(send("POST", "/proxies", body), 201);
  }

  /**
   * Adds a toxic. {@code stream} is {@code upstream} (client to server) or {@code downstream};
   * {@code toxicity} the share of connections it applies to.
   */
  void addToxic(
      String proxy,
      String toxic,
      String type,
      String stream,
      double toxicity,
      Map<String, ? extends Number> attributes)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", toxic);
    body.put("type", type);
    body.put("stream", stream);
    body.put("toxicity", toxicity);
    ObjectNode attrs = body.putObject("attributes");
    attributes.forEach((key, value) -> attrs.put(key, value.longValue()));
    expect(send("POST", "/proxies/" + proxy + "/toxics", body), 200);
  }

  /** The server's log so far (one JSON object a line). */
  String log() throws IOException {
    return Files.readString(log);
  }

  /**
   * Connections the proxy named {@code proxy} has accepted from clients, as its log counts them.
   */
  long accepted(String proxy) throws IOException {
    return logLines(proxy, "\"message\":\"Accepted client\"");
  }

  /**
   * Connections the proxy named {@code proxy} accepted but could not forward because nothing
   * answered at its upstream address, as its log counts them.
   */
  long refusedUpstream(String proxy) throws IOException {
    return logLines(proxy, "Unable to open connection to upstream");
  }

  /** Lines of the log about the proxy named {@code proxy} that contain {@code text}. */
  private long logLines(String proxy, String text) throws IOException {
    return log()
        .lines()
        .filter(line -> line.contains("\"name\":\"" + proxy + "\""))
        .filter(line -> line.contains(text))
        .count();
  }

  void removeToxic(String proxy, String toxic) throws IOException, InterruptedException {
    expect(send("DELETE", "/proxies/" + proxy + "/toxics/" + toxic, null), 204);
  }

  private HttpResponse<String> send(String method, String path, ObjectNode body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "toxiproxy answered "
              + response.statusCode()
              + " to "
              + response.request().method()
              + " "
              + response.request().uri()
              + ": "
              + response.body());
    }
  }

  @Override
  public void close() {
    TestTools.stop(process, log);
  }
}
