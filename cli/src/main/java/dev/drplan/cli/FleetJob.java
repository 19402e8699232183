package dev.drplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;

/**
 * The Kubernetes Indexed Job that runs a fleet probe (docs/fleet-probe.md): one pod per worker,
 * each on a node of its own, each running {@code drplan probe ... --fleet-index
 * $(JOB_COMPLETION_INDEX)} (declared from the pod's completion-index annotation). Built as a YAML
 * tree by Jackson, never from text templates, with every string quoted.
 *
 * <p>Why each setting:
 *
 * <ul>
 *   <li>{@code completionMode: Indexed}, {@code completions = parallelism = workers}: one pod per
 *       index, all at once.
 *   <li>{@code restartPolicy: Never} and {@code backoffLimit: 0}: a worker that fails is not
 *       started again. A second start would begin after the common start (and be refused for it),
 *       measure outside the common window, and find its report already written; a worker runs once.
 *       One failed worker fails the Job, and Kubernetes then stops the others with SIGTERM: they
 *       clean up and report {@code interrupted}.
 *   <li>Pod anti-affinity on the run's label with the topology key {@code kubernetes.io/hostname}:
 *       one worker per node, so each worker measures a node's NIC, not a share of one.
 *   <li>Memory requests and limits from {@link dev.drplan.gcs.probe.ProbeMemory} (equal, so a
 *       worker is never killed for memory it was promised), the heap fixed with {@code -Xmx}; CPU
 *       requested without a limit (a CPU limit throttles and would measure the throttle).
 *   <li>{@code activeDeadlineSeconds}: the wait for the start plus the workers' deadline plus a
 *       margin, a bound in case a worker hangs; {@code terminationGracePeriodSeconds} leaves a
 *       worker stopped by SIGTERM time to clean up (30 s) and report.
 *   <li>{@code ttlSecondsAfterFinished}: the finished Job and its pods are removed after it (the
 *       reports stay in the bucket).
 * </ul>
 */
final class FleetJob {

  /** The label every pod of the run carries, which the anti-affinity selects. */
  static final String RUN_LABEL = "drplan.dev/fleet-run";

  static final String NAME_LABEL = "app.kubernetes.io/name";

  /** The variable the workers' {@code --fleet-index} names. */
  static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";

  /** Where Kubernetes (1.21 or later) puts each pod's index in an Indexed Job. */
  static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";

  /** Seconds a worker stopped by SIGTERM gets before SIGKILL: cleanup (30 s) and its report. */
  static final int TERMINATION_GRACE_SECONDS = 60;

  /** Beyond the wait and the deadline, before Kubernetes ends the Job. */
  static final int ACTIVE_DEADLINE_MARGIN_SECONDS = 300;

  private FleetJob() {}

  /** What the Job is made of. */
  record Spec(
      String runId,
      int workers,
      String image,
      String namespace,
      String serviceAccount,
      String keySecret,
      List<String> probeArguments,
      long heapBytes,
      long memoryBytes,
      String cpu,
      long activeDeadlineSeconds,
      long ttlSeconds) {}

  /** The Job's name: {@code drplan-fleet-<run id>}. */
  static String name(String runId) {
    return "drplan-fleet-" + runId;
  }

  /** The Job as YAML. */
  static String yaml(Spec spec) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode job = nodes.objectNode();
    job.put("apiVersion", "batch/v1");
    job.put("kind", "Job");
    ObjectNode metadata = job.putObject("metadata");
    metadata.put("name", name(spec.runId()));
    if (spec.namespace() != null) {
      metadata.put("namespace", spec.namespace());
    }
    labels(metadata.putObject("labels"), spec.runId());

    ObjectNode jobSpec = job.putObject("spec");
    jobSpec.put("completionMode", "Indexed");
    jobSpec.put("completions", spec.workers());
    jobSpec.put("parallelism", spec.workers());
    jobSpec.put("backoffLimit", 0);
    jobSpec.put("activeDeadlineSeconds", spec.activeDeadlineSeconds());
    jobSpec.put("ttlSecondsAfterFinished", spec.ttlSeconds());

    ObjectNode template = jobSpec.putObject("template");
    labels(template.putObject("metadata").putObject("labels"), spec.runId());
    ObjectNode podSpec = template.putObject("spec");
    podSpec.put("restartPolicy", "Never");
    podSpec.put("terminationGracePeriodSeconds", TERMINATION_GRACE_SECONDS);
    if (spec.serviceAccount() != null) {
      podSpec.put("serviceAccountName", spec.serviceAccount());
    }
    ObjectNode term =
        podSpec
            .putObject("affinity")
            .putObject("podAntiAffinity")
            .putArray("requiredDuringSchedulingIgnoredDuringExecution")
            .addObject();
    term.putObject("labelSelector").putObject("matchLabels").put(RUN_LABEL, spec.runId());
    term.put("topologyKey", "kubernetes.io/hostname");

    ObjectNode container = podSpec.putArray("containers").addObject();
    container.put("name", "probe");
    container.put("image", spec.image());
    ArrayNode args = container.putArray("args");
    spec.probeArguments().forEach(args::add);
    ArrayNode env = container.putArray("env");
    // The index the args name as $(JOB_COMPLETION_INDEX), declared here from the pod's annotation
    // as the Job controller would add it (it adds none when the container declares one): the Job
    // then says where the index comes from, and the kubelet substitutes a variable it can see.
    ObjectNode index = env.addObject();
    index.put("name", INDEX_VARIABLE);
    index
        .putObject("valueFrom")
        .putObject("fieldRef")
        .put("fieldPath", "metadata.annotations['" + INDEX_ANNOTATION + "']");
    ObjectNode javaOptions = env.addObject();
    javaOptions.put("name", "JAVA_TOOL_OPTIONS");
    javaOptions.put("value", "-Xmx" + spec.heapBytes() / (1024 * 1024) + "m");
    if (spec.keySecret() != null) {
      ObjectNode credentials = env.addObject();
      credentials.put("name", "GOOGLE_APPLICATION_CREDENTIALS");
      credentials.put("value", "/var/run/secrets/drplan/key.json");
      ObjectNode mount = container.putArray("volumeMounts").addObject();
      mount.put("name", "gcs-key");
      mount.put("mountPath", "/var/run/secrets/drplan");
      mount.put("readOnly", true);
      ObjectNode volume = podSpec.putArray("volumes").addObject();
      volume.put("name", "gcs-key");
      volume.putObject("secret").put("secretName", spec.keySecret());
    }
    ObjectNode resources = container.putObject("resources");
    String memory = spec.memoryBytes() / (1024 * 1024) + "Mi";
    resources.putObject("requests").put("cpu", spec.cpu()).put("memory", memory);
    resources.putObject("limits").put("memory", memory);

    // Every string quoted: a plain 2026-11-25T17:00:00Z is a timestamp to YAML 1.1 readers, "16"
    // a number; quoted, each reads back as the string it is.
    YAMLMapper mapper =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build());
    try {
      return mapper.writeValueAsString(job);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void labels(ObjectNode labels, String runId) {
    labels.put(NAME_LABEL, "drplan-probe");
    labels.put(RUN_LABEL, runId);
  }
}
