package dev.drplan.gcs.probe;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The client's HTTP transport, with every request counted as one attempt of the sample running on
 * the sending thread ({@link RetryAccounting.Tally}): a request that gets no answer, an error
 * status (400 and above) or a response body that breaks off is a failed attempt of its kind.
 * Whatever the server answers, {@code answered} is told, and the run's {@link ServerClock} gets the
 * answer's {@code Date} header with the local times the request left and the answer came.
 */
final class CountingTransport extends HttpTransport {

  /**
   * {@link HttpTransport} lets only subclasses build a request, and only on themselves; a wrapper
   * has to call it on the transport it wraps.
   */
  private static final Method BUILD_REQUEST;

  static {
    try {
      BUILD_REQUEST =
          HttpTransport.class.getDeclaredMethod("buildRequest", String.class, String.class);
      BUILD_REQUEST.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final HttpTransport delegate;
  private final Runnable answered;
  private final ServerClock serverClock;

  /**
   * @param serverClock where the server's dates go; {@code null} for none
   */
  CountingTransport(HttpTransport delegate, Runnable answered, ServerClock serverClock) {
    this.delegate = delegate;
    this.answered = answered;
    this.serverClock = serverClock;
  }

  @Override
  protected LowLevelHttpRequest buildRequest(String method, String url) throws IOException {
    try {
      return new CountedRequest((LowLevelHttpRequest) BUILD_REQUEST.invoke(delegate, method, url));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean supportsMethod(String method) throws IOException {
    return delegate.supportsMethod(method);
  }

  @Override
  public boolean isMtls() {
    return delegate.isMtls();
  }

  @Override
  public void shutdown() throws IOException {
    delegate.shutdown();
  }

  @Override
  public boolean isShutdown() {
    return delegate.isShutdown();
  }

  private final class CountedRequest extends LowLevelHttpRequest {
    private final LowLevelHttpRequest request;

    CountedRequest(LowLevelHttpRequest request) {
      this.request = request;
    }

    @Override
    public void addHeader(String name, String value) throws IOException {
      request.addHeader(name, value);
    }

    @Override
    public void setTimeout(int connectTimeout, int readTimeout) throws IOException {
      request.setTimeout(connectTimeout, readTimeout);
    }

    @Override
    public void setWriteTimeout(int writeTimeout) throws IOException {
      request.setWriteTimeout(writeTimeout);
    }

    @Override
    public LowLevelHttpResponse execute() throws IOException {
      request.setContentLength(getContentLength());
      request.setContentEncoding(getContentEncoding());
      request.setContentType(getContentType());
      request.setStreamingContent(getStreamingContent());
      RetryAccounting.Tally tally = RetryAccounting.current();
      if (tally != null) {
        tally.attemptStarted();
      }
      LowLevelHttpResponse response;
      long sent = System.nanoTime();
      try {
        response = request.execute();
      } catch (IOException failed) {
        if (tally != null) {
          tally.attemptFailed(RetryAccounting.kindOf(failed));
        }
        throw failed;
      }
      answered.run();
      if (serverClock != null && serverClock.listening()) {
        serverClock.answered(sent, System.nanoTime(), header(response, "Date"));
      }
      if (tally == null) {
        return response;
      }
      int status = response.getStatusCode();
      if (status >= 400) {
        tally.attemptFailed("http_" + status);
      }
      return new CountedResponse(response, tally);
    }
  }

  /** The value of the header {@code name} (any case) of {@code response}, or {@code null}. */
  private static String header(LowLevelHttpResponse response, String name) throws IOException {
    for (int i = 0; i < response.getHeaderCount(); i++) {
      if (name.equalsIgnoreCase(response.getHeaderName(i))) {
        return response.getHeaderValue(i);
      }
    }
    return null;
  }

  /** A response whose body, should it break off, counts as a failed attempt (once). */
  private static final class CountedResponse extends LowLevelHttpResponse {
    private final LowLevelHttpResponse response;
    private final RetryAccounting.Tally tally;
    private boolean failed;

    CountedResponse(LowLevelHttpResponse response, RetryAccounting.Tally tally) {
      this.response = response;
      this.tally = tally;
    }

    private IOException failed(IOException e) {
      if (!failed) {
        failed = true;
        tally.attemptFailed(RetryAccounting.kindOf(e));
      }
      return e;
    }

    @Override
    public InputStream getContent() throws IOException {
      InputStream content = response.getContent();
      if (content == null) {
        return null;
      }
      return new FilterInputStream(content) {
        @Override
        public int read() throws IOException {
          try {
            return super.read();
          } catch (IOException e) {
            throw failed(e);
          }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          try {
            return super.read(b, off, len);
          } catch (IOException e) {
            throw failed(e);
          }
        }
      };
    }

    @Override
    public String getContentEncoding() throws IOException {
      return response.getContentEncoding();
    }

    @Override
    public long getContentLength() throws IOException {
      return response.getContentLength();
    }

    @Override
    public String getContentType() throws IOException {
      return response.getContentType();
    }

    @Override
    public String getStatusLine() throws IOException {
      return response.getStatusLine();
    }

    @Override
    public int getStatusCode() throws IOException {
      return response.getStatusCode();
    }

    @Override
    public String getReasonPhrase() throws IOException {
      return response.getReasonPhrase();
    }

    @Override
    public int getHeaderCount() throws IOException {
      return response.getHeaderCount();
    }

    @Override
    public String getHeaderName(int index) throws IOException {
      return response.getHeaderName(index);
    }

    @Override
    public String getHeaderValue(int index) throws IOException {
      return response.getHeaderValue(index);
    }

    @Override
    public void disconnect() throws IOException {
      response.disconnect();
    }
  }
}
