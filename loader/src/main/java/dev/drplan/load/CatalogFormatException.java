package dev.drplan.load;

/**
 * A catalog resource that does not follow the catalog format: a missing field, an unknown source
 * tag, a value of the wrong kind. For a bundled catalog this is a bug in the build, not bad user
 * input; the message names the resource and the entry's path.
 */
public final class CatalogFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogFormatException(String resource, String path, String problem) {
    super(resource + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  public CatalogFormatException(String resource, String path, String problem, Throwable cause) {
    super(resource + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
  }
}
