package dev.drplan.gcs.probe;

/**
 * The probe will not run with these inputs: the bucket is missing, or the prefix already holds
 * objects. The message is a complete paragraph for the user; the command exits with code 2.
 */
public final class ProbeRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProbeRefusedException(String message) {
    super(message);
  }
}
