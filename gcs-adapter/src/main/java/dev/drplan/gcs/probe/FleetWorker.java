package dev.drplan.gcs.probe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One worker of a fleet run: many probes on many hosts, started together, writing under one run
 * folder, and merged afterwards ({@code drplan probe merge}; docs/fleet-probe.md).
 *
 * <p>Names under {@code gs://BUCKET/PREFIX}: the run folder {@code PREFIX/drplan-fleet-<run id>/};
 * each worker's objects in {@code worker-<index>/} there, and its report in {@code
 * results/worker-<index>.json}.
 *
 * @param runId the fleet run's id: 1 to {@value #MAX_RUN_ID} lower-case letters, digits and "-",
 *     beginning and ending with a letter or digit (a Kubernetes label value and part of a Job name)
 * @param index this worker's index, from 0 to {@code size} − 1
 * @param size the number of workers
 * @param startAt when every worker begins its first step, ISO-8601 UTC
 */
public record FleetWorker(String runId, int index, int size, String startAt) {

  /** The longest run id: "drplan-fleet-" and the id stay a valid Kubernetes Job name. */
  public static final int MAX_RUN_ID = 32;

  /** The most workers a fleet may have. */
  public static final int MAX_SIZE = 1000;

  /** How late a worker may begin after the common start: later than this, it refuses to run. */
  public static final Duration START_GRACE = Duration.ofSeconds(5);

  /** How far ahead the common start may be. */
  public static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public static final String RUN_ID_FORM =
      "a run id of 1 to "
          + MAX_RUN_ID
          + " lower-case letters, digits and \"-\", beginning and ending with a letter or digit";

  /** What is wrong with {@code runId} as a fleet run id, or {@code null}. */
  public static String runIdProblem(String runId) {
    if (runId == null || runId.isEmpty()) {
      return "the run id is empty";
    }
    if (runId.length() > MAX_RUN_ID) {
      return "the run id has " + runId.length() + " characters, at most " + MAX_RUN_ID;
    }
    if (!runId.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
      return "the run id holds other than lower-case letters, digits and \"-\", or begins or ends"
          + " with \"-\"";
    }
    return null;
  }

  /** What is wrong with {@code index} of {@code size} workers, or {@code null}. */
  public static String indexProblem(int index, int size) {
    if (size < 1 || size > MAX_SIZE) {
      return "the fleet size is " + size + ", expected 1 to " + MAX_SIZE;
    }
    if (index < 0 || index >= size) {
      return "the worker index is "
          + index
          + ", expected 0 to "
          + (size - 1)
          + " (one less than the fleet size "
          + size
          + ")";
    }
    return null;
  }

  /**
   * What is wrong with starting at {@code startAt} when it is {@code now}, or {@code null}: more
   * than {@link #START_GRACE} in the past (the others have begun without this worker), or more than
   * {@link #LONGEST_WAIT} ahead.
   */
  public static String startProblem(Instant startAt, Instant now) {
    if (startAt.isBefore(now.minus(START_GRACE))) {
      return "the start time "
          + startAt
          + " is "
          + Figures.duration(Duration.between(startAt, now).toMillis() / 1e3)
          + " in the past (the other workers have begun: a late worker would measure outside"
          + " their common window); at most "
          + START_GRACE.toSeconds()
          + " s late is accepted";
    }
    if (startAt.isAfter(now.plus(LONGEST_WAIT))) {
      return "the start time "
          + startAt
          + " is more than "
          + LONGEST_WAIT.toMinutes()
          + " min ahead (a clock or a time zone mistake?)";
    }
    return null;
  }

  /** The least slack after a timed step in the fleet's schedule. */
  public static final double LEAST_SLACK_SECONDS = 5;

  /**
   * The time each timed step has in the fleet's schedule: the step's duration plus a slack of half
   * of it (at least {@value #LEAST_SLACK_SECONDS} s) for the objects in flight at its end, its
   * cleanup and the next step's read objects. Step k (from 0) begins at the common start + k slots
   * on every worker (k + 1 when the first step reads: its objects are written in the first slot),
   * so that the workers run each step together and a worker that falls behind once is back in step
   * at the next; {@code null} for a byte budget, whose steps last as long as they take and follow
   * one another.
   */
  public static Double slotSeconds(StepBudget budget) {
    if (!budget.isTimed()) {
      return null;
    }
    double duration = budget.duration().seconds();
    return duration + Math.max(LEAST_SLACK_SECONDS, duration / 2);
  }

  /** Reads an ISO-8601 instant ("2026-11-25T17:00:00Z"); {@code null} when it is not one. */
  public static Instant instantOrNull(String text) {
    try {
      return text == null ? null : Instant.parse(text.trim());
    } catch (DateTimeParseException notAnInstant) {
      return null;
    }
  }

  @JsonIgnore
  public Instant startInstant() {
    return Instant.parse(startAt);
  }

  /** The run folder: {@code PREFIX/drplan-fleet-<run id>/}. */
  public String runFolder(GcsLocation location) {
    return runFolder(location, runId);
  }

  /** The run folder of fleet run {@code runId} under {@code location}. */
  public static String runFolder(GcsLocation location, String runId) {
    return location.prefix() + "drplan-fleet-" + runId + "/";
  }

  /** Where this worker writes its objects: {@code <run folder>worker-<index>/}. */
  public String workerFolder(GcsLocation location) {
    return runFolder(location) + workerFolderName(index);
  }

  /** {@code worker-<index>/}. */
  public static String workerFolderName(int index) {
    return "worker-" + index + "/";
  }

  /** Where this worker's report goes: {@code <run folder>results/worker-<index>.json}. */
  public String resultName(GcsLocation location) {
    return runFolder(location) + RESULTS + "worker-" + index + ".json";
  }

  /** The folder of the workers' reports inside the run folder. */
  public static final String RESULTS = "results/";
}
