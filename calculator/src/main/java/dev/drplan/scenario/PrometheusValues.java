package dev.drplan.scenario;

/**
 * What the values of a Prometheus range query are. The JSON does not say, and reading one as the
 * other is off by the step (60× at one-minute steps), so the scenario must.
 */
public enum PrometheusValues {
  /**
   * A write rate in bytes per second averaged over the range before each point, e.g. {@code
   * sum(rate(node_disk_written_bytes_total[1m]))} queried at a one-minute step. A point at t says
   * the interval (t − step, t] ran at that rate: bytes = value · step.
   */
  BYTES_PER_SECOND,

  /**
   * The bytes written in the step before each point, e.g. {@code
   * sum(increase(node_disk_written_bytes_total[1m]))} queried at a one-minute step (the range must
   * equal the step, or the intervals overlap). A point at t says that many bytes changed in (t −
   * step, t].
   */
  BYTES_PER_STEP
}
