package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.ProbeSettings;
import dev.drplan.gcs.probe.ProbeStorageOptions;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code drplan probe plan-fleet}: the printed Job, read back by the Kubernetes model (fabric8) and
 * checked field by field, and its arguments read back by {@code drplan probe} as the same steps.
 */
class ProbePlanFleetCommandTest {

  private static final double MIB = 1024 * 1024;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line =
        new CommandLine(
            new ProbeCommand(
                endpoint -> {
                  throw new AssertionError("plan-fleet contacts nothing");
                },
                Map.of()));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  private Job planned(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "plan-fleet",
                "gs://dr-bucket/fleet",
                "--workers",
                "3",
                "--image",
                "europe-docker.pkg.dev/proj/repo/drplan:0.1.0",
                "--fleet-run",
                "r1",
                "--streams",
                "4,16",
                "--object-size",
                "64MiB",
                "--duration",
                "30s",
                "--operations",
                "write"));
    args.addAll(List.of(extra));
    int code = run(args.toArray(new String[0]));
    assertThat(code).as(err.toString()).isZero();
    return new YAMLMapper().readValue(out.toString(), Job.class);
  }

  @Test
  void theJobIsAnIndexedJobOfOnePodPerNodeThatIsNeverStartedTwice() throws Exception {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Job job = planned("--service-account", "drplan-probe", "--namespace", "dr");
    Instant after = Instant.now();

    assertThat(job.getApiVersion()).isEqualTo("batch/v1");
    assertThat(job.getKind()).isEqualTo("Job");
    assertThat(job.getMetadata().getName()).isEqualTo("drplan-fleet-r1");
    assertThat(job.getMetadata().getNamespace()).isEqualTo("dr");
    assertThat(job.getMetadata().getLabels()).containsEntry("drplan.dev/fleet-run", "r1");

    JobSpec spec = job.getSpec();
    assertThat(spec.getCompletionMode()).isEqualTo("Indexed");
    assertThat(spec.getCompletions()).isEqualTo(3);
    assertThat(spec.getParallelism()).isEqualTo(3);
    assertThat(spec.getBackoffLimit()).isZero();
    assertThat(spec.getTtlSecondsAfterFinished()).isEqualTo(24 * 3600);
    // The wait (2 min) + the deadline (2 x 30 s x 2 steps + 5 min) + a 5 min margin.
    assertThat(spec.getActiveDeadlineSeconds()).isEqualTo(120L + (2 * 30 * 2 + 300) + 300);

    assertThat(spec.getTemplate().getMetadata().getLabels())
        .containsEntry("drplan.dev/fleet-run", "r1");
    PodSpec pod = spec.getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    assertThat(pod.getServiceAccountName()).isEqualTo("drplan-probe");
    assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(60);
    List<PodAffinityTerm> antiAffinity =
        pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
    assertThat(antiAffinity).hasSize(1);
    assertThat(antiAffinity.get(0).getTopologyKey()).isEqualTo("kubernetes.io/hostname");
    assertThat(antiAffinity.get(0).getLabelSelector().getMatchLabels())
        .isEqualTo(Map.of("drplan.dev/fleet-run", "r1"));
    assertThat(pod.getAffinity().getNodeAffinity()).isNull();
    assertThat(pod.getVolumes()).isEmpty();

    assertThat(pod.getContainers()).hasSize(1);
    Container container = pod.getContainers().get(0);
    assertThat(container.getImage()).isEqualTo("europe-docker.pkg.dev/proj/repo/drplan:0.1.0");
    List<String> args = container.getArgs();
    Instant startAt = Instant.parse(args.get(args.indexOf("--start-at") + 1));
    assertThat(startAt)
        .isBetween(before.plus(Duration.ofMinutes(2)), after.plus(Duration.ofMinutes(2)));
    assertThat(args)
        .containsExactly(
            "probe",
            "gs://dr-bucket/fleet/",
            "--fleet-run",
            "r1",
            "--fleet-index",
            "$(JOB_COMPLETION_INDEX)",
            "--fleet-size",
            "3",
            "--start-at",
            startAt.toString(),
            "--streams",
            "4,16",
            "--object-size",
            "64MiB",
            "--duration",
            "30s",
            "--operations",
            "write",
            "--upload-method",
            "resumable",
            "--deadline",
            "420s",
            "--seed",
            "1");

    // Memory: resumable chunks of 128 MiB / (2 x streams), two per stream: 2 x 4 x 16 MiB at 4
    // streams, 2 x 16 x 4 MiB at 16, both 128 MiB. Heap = 16 MiB payload + 128 MiB + 256 MiB
    // headroom = 400 MiB; container = 400 + 256 MiB JVM + 16 x 1 MiB = 672 MiB, rounded up to a
    // multiple of 64 MiB: 704 MiB.
    Quantity memory = container.getResources().getRequests().get("memory");
    assertThat(Quantity.getAmountInBytes(memory).doubleValue())
        .isEqualTo(Math.ceil((16 + 128 + 256 + 256 + 16) / 64.0) * 64 * MIB);
    assertThat(container.getResources().getLimits().get("memory")).isEqualTo(memory);
    assertThat(container.getResources().getRequests().get("cpu")).isEqualTo(new Quantity("2"));
    assertThat(container.getResources().getLimits()).doesNotContainKey("cpu");
    // The index the arguments name, declared from the annotation Kubernetes gives each pod of an
    // Indexed Job (the Job controller then adds no variable of its own).
    assertThat(container.getEnv()).hasSize(2);
    EnvVar index = container.getEnv().get(0);
    assertThat(index.getName()).isEqualTo("JOB_COMPLETION_INDEX");
    assertThat(index.getValue()).isNull();
    assertThat(index.getValueFrom().getFieldRef().getFieldPath())
        .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    assertThat(container.getEnv().get(1))
        .isEqualTo(new EnvVar("JAVA_TOOL_OPTIONS", "-Xmx" + (16 + 128 + 256) + "m", null));
  }

  @Test
  void theWorkersArgumentsReadBackAsTheSameSteps() throws Exception {
    Job job = planned("--upload-method", "simple", "--seed", "7");
    List<String> args =
        new ArrayList<>(job.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
    args.set(args.indexOf("$(JOB_COMPLETION_INDEX)"), "2");
    ProbeCommand worker =
        new ProbeCommand(
            endpoint -> {
              throw new AssertionError("not run");
            },
            Map.of());
    new CommandLine(worker).parseArgs(args.subList(1, args.size()).toArray(new String[0]));

    ProbeSettings settings = worker.settings(ProbeStorageOptions.resolve(null, Map.of()));

    assertThat(settings.location().toString()).isEqualTo("gs://dr-bucket/fleet/");
    assertThat(settings.streams()).containsExactly(4, 16);
    assertThat(settings.objectSizes()).containsExactly(DataSize.ofMebibytes(64));
    assertThat(settings.budget().duration()).isEqualTo(TimeSpan.ofSeconds(30));
    assertThat(settings.operations()).containsExactly(Operation.WRITE);
    assertThat(settings.uploadMethod()).isEqualTo(UploadMethod.SIMPLE);
    assertThat(settings.seed()).isEqualTo(7);
    assertThat(settings.deadline()).isEqualTo(TimeSpan.ofSeconds(420));
    assertThat(settings.fleet().runId()).isEqualTo("r1");
    assertThat(settings.fleet().index()).isEqualTo(2);
    assertThat(settings.fleet().size()).isEqualTo(3);
  }

  @Test
  void aKeySecretIsMountedAndNamedByGoogleApplicationCredentials() throws Exception {
    Container container =
        planned("--key-secret", "drplan-gcs-key")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);
    PodSpec pod = planned("--key-secret", "drplan-gcs-key").getSpec().getTemplate().getSpec();

    assertThat(pod.getServiceAccountName()).isNull();
    assertThat(pod.getVolumes()).hasSize(1);
    assertThat(pod.getVolumes().get(0).getSecret().getSecretName()).isEqualTo("drplan-gcs-key");
    assertThat(container.getVolumeMounts().get(0).getMountPath())
        .isEqualTo("/var/run/secrets/drplan");
    assertThat(container.getVolumeMounts().get(0).getReadOnly()).isTrue();
    assertThat(container.getEnv())
        .contains(
            new EnvVar("GOOGLE_APPLICATION_CREDENTIALS", "/var/run/secrets/drplan/key.json", null));
  }

  @Test
  void simpleUploadsAreSizedByStreamsTimesObjectSize() throws Exception {
    Container container =
        planned("--upload-method", "simple")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);

    // 16 streams x 64 MiB = 1,024 MiB of request bodies at most: heap 16 + 1,024 + 256 = 1,296
    // MiB; container 1,296 + 256 + 16 = 1,568 MiB, rounded up to a multiple of 64 MiB: 1,600 MiB.
    assertThat(
            Quantity.getAmountInBytes(container.getResources().getRequests().get("memory"))
                .doubleValue())
        .isEqualTo(Math.ceil((16 + 16 * 64 + 256 + 256 + 16) / 64.0) * 64 * MIB);
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThat(run("plan-fleet", "gs://b/p", "--workers", "0", "--image", "i")).isEqualTo(2);
    assertThat(err.toString())
        .contains("'--workers': expected a whole number from 1 to 1,000, found \"0\"");
    assertThat(
            run(
                "plan-fleet",
                "gs://b/p",
                "--workers",
                "2",
                "--image",
                "i",
                "--fleet-run",
                "Bad_ID"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("expected a run id of 1 to 32 lower-case letters");
    assertThat(run("plan-fleet", "gs://b/p", "--workers", "2", "--image", "i", "--start-in", "2h"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--start-in 7200s: at most 60min");
    for (String none : List.of("0", "0m", "0.0")) {
      err.getBuffer().setLength(0);
      assertThat(run("plan-fleet", "gs://b/p", "--workers", "2", "--image", "i", "--cpu", none))
          .as(none)
          .isEqualTo(2);
      assertThat(err.toString())
          .contains("--cpu " + none + ": expected more than 0 cores (at least 1m");
      assertThat(out.toString()).doesNotContain("cpu: \"" + none + "\"");
    }
  }
}
