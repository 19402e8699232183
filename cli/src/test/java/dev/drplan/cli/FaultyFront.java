package dev.drplan.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * An HTTP front for the emulator that answers the requests a test picks with an error status of its
 * own and passes every other request through, counting the requests it failed. Toxiproxy breaks
 * connections; this answers, as a GCS front end does with a 503, so a test can count the attempts
 * of one kind of request exactly. Upload locations in the emulator's answers are rewritten to point
 * back at the front, so a resumable session's requests come through it too.
 */
final class FaultyFront implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "content-length", "transfer-encoding", "host", "keep-alive", "expect");

  private final HttpServer server;
  private final ExecutorService threads;
  private final String upstream;
  private final Predicate<String> fails;
  private final int status;
  private final AtomicLong failed = new AtomicLong();

  private FaultyFront(String upstream, Predicate<String> fails, int status) throws IOException {
    this.upstream = upstream;
    this.fails = fails;
    this.status = status;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /**
   * A front for {@code upstream} that answers {@code status} to every request whose "METHOD
   * path?query" {@code fails} accepts.
   */
  static FaultyFront start(String upstream, Predicate<String> fails, int status)
      throws IOException {
    FaultyFront front = new FaultyFront(upstream, fails, status);
    front.server.start();
    return front;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests answered with the error status so far. */
  long failed() {
    return failed.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String request =
          exchange.getRequestMethod()
              + " "
              + uri.getRawPath()
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      // One request per connection: the server closes each after its answer, and says so, so
      // that the client never sends an attempt on a connection already closed.
      exchange.getResponseHeaders().set("Connection", "close");
      if (fails.test(request)) {
        failed.incrementAndGet();
        byte[] error =
            ("{\"error\": {\"code\": " + status + ", \"message\": \"injected by the test\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, error.length);
        exchange.getResponseBody().write(error);
        return;
      }
      forward(exchange, uri, body);
    }
  }

  private void forward(HttpExchange exchange, URI uri, byte[] body) throws IOException {
    String target =
        upstream + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    HttpURLConnection connection = (HttpURLConnection) URI.create(target).toURL().openConnection();
    connection.setRequestMethod(exchange.getRequestMethod());
    connection.setInstanceFollowRedirects(false);
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          connection.addRequestProperty(header.getKey(), value);
        }
      }
    }
    if (body.length > 0
        || exchange.getRequestMethod().equals("PUT")
        || exchange.getRequestMethod().equals("POST")) {
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
    }
    int code = connection.getResponseCode();
    InputStream in = code >= 400 ? connection.getErrorStream() : connection.getInputStream();
    byte[] answer = in == null ? new byte[0] : in.readAllBytes();
    for (Map.Entry<String, List<String>> header : connection.getHeaderFields().entrySet()) {
      String name = header.getKey();
      if (name == null || HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        exchange.getResponseHeaders().add(name, value.replace(upstream, url()));
      }
    }
    exchange.sendResponseHeaders(code, answer.length == 0 ? -1 : answer.length);
    if (answer.length > 0) {
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
