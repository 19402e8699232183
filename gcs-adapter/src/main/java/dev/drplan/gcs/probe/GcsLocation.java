package dev.drplan.gcs.probe;

/**
 * A bucket and a folder-like prefix inside it, read from {@code gs://BUCKET/PREFIX}.
 *
 * <p>The prefix is stored as a folder: empty for the whole bucket, otherwise ending in {@code /},
 * so that {@code gs://b/dr} and {@code gs://b/dr/} both mean the objects whose names start with
 * {@code dr/} (and never {@code dr-old/...}).
 */
public record GcsLocation(String bucket, String prefix) {

  public static final String FORM = "a location like \"gs://my-bucket/some/prefix\"";

  public GcsLocation {
    if (bucket == null || bucket.isEmpty()) {
      throw new IllegalArgumentException("bucket must not be empty");
    }
    if (prefix == null) {
      throw new IllegalArgumentException("prefix must not be null");
    }
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
  }

  /**
   * Reads {@code gs://BUCKET} or {@code gs://BUCKET/PREFIX}; returns {@code null} when the text has
   * another shape or names something GCS refuses or that would mislead ({@link #problem}).
   */
  public static GcsLocation parseOrNull(String text) {
    if (problem(text) != null) {
      return null;
    }
    String rest = text.substring("gs://".length());
    int slash = rest.indexOf('/');
    return new GcsLocation(
        slash < 0 ? rest : rest.substring(0, slash), slash < 0 ? "" : rest.substring(slash + 1));
  }

  /**
   * What is wrong with {@code text} as {@code gs://BUCKET/PREFIX}, in words, or {@code null}: not
   * that shape, a bucket name GCS refuses, or a prefix GCS refuses or that would mislead ({@link
   * GcsNames}).
   */
  public static String problem(String text) {
    if (text == null || !text.startsWith("gs://")) {
      return "it does not begin with gs://";
    }
    String rest = text.substring("gs://".length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
    String problem = GcsNames.bucketProblem(bucket);
    return problem != null ? problem : GcsNames.prefixProblem(prefix);
  }

  /** The folder that holds everything one run writes: {@code PREFIX/drplan-probe-<runId>/}. */
  public String runFolder(String runId) {
    return prefix + "drplan-probe-" + runId + "/";
  }

  @Override
  public String toString() {
    return "gs://" + bucket + "/" + prefix;
  }
}
