/**
 * The GCS throughput probe: writes and reads objects under a private run folder with a chosen
 * number of parallel streams, records throughput, latency, errors and retries per step, fits the
 * Universal Scalability Law to throughput against streams, and removes everything it wrote.
 *
 * <p>This is an edge of drplan: it talks to Cloud Storage through the google-cloud-storage client
 * (HTTP/JSON transport), whose {@link com.google.cloud.storage.StorageOptions} it takes from the
 * caller. The JSON it records ({@link dev.drplan.gcs.probe.ProbeReport}) is what {@code drplan
 * validate} reads to check a scenario's {@code copy_engine} (docs/scenario-format.md). The schema
 * is documented in {@code gcs-adapter/README.md}.
 *
 * <p>A fleet of probes (docs/fleet-probe.md): {@link dev.drplan.gcs.probe.FleetWorker} names a
 * worker's folders and checks its options, {@link dev.drplan.gcs.probe.FleetMerge} merges the
 * workers' reports into a {@link dev.drplan.gcs.probe.FleetReport} (pure), and {@link
 * dev.drplan.gcs.probe.FleetRunFolder} reads the reports from the bucket and removes what workers
 * left; {@link dev.drplan.gcs.probe.ClockSkew} estimates each worker's clock from the server's
 * {@code Date} headers.
 */
package dev.drplan.gcs.probe;
