package dev.drplan.gcs.probe;

/**
 * How the probe uploads an object.
 *
 * <ul>
 *   <li>{@link #SIMPLE}: one request per object ({@code uploadType=multipart}) streamed from the
 *       shared payload, retried by the probe with the client's retry settings and strategy.
 *   <li>{@link #RESUMABLE}: a resumable session through the client's default {@code
 *       BlobWriteSession}, sent in chunks and retried by the client.
 *   <li>{@link #PARALLEL_COMPOSITE}: the client's parallel composite upload: parts uploaded in
 *       parallel, then composed into the object and deleted.
 * </ul>
 */
public enum UploadMethod {
  SIMPLE("simple"),
  RESUMABLE("resumable"),
  PARALLEL_COMPOSITE("parallel-composite");

  private final String label;

  UploadMethod(String label) {
    this.label = label;
  }

  /** The name used on the command line and in JSON. */
  public String label() {
    return label;
  }

  /** The method named {@code label}, or {@code null} when there is none. */
  public static UploadMethod fromLabel(String label) {
    return Labels.find(values(), UploadMethod::label, label);
  }
}
