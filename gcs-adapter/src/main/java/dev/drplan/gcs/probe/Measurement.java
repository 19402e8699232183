package dev.drplan.gcs.probe;

import dev.drplan.model.MeasuredStep;
import java.util.List;

/**
 * What {@code drplan validate} holds a plan to: one host's probe ({@link ProbeReport}) or a fleet
 * measured together ({@link FleetReport}). Read by {@link ProbeReportReader#readMeasurement}.
 */
public interface Measurement {

  /** The endpoint measured. */
  String endpoint();

  /** True when it was an emulator. */
  boolean emulator();

  /** Warnings the measurement carries. */
  List<String> warnings();

  /**
   * The steps as the engine reads one host's measurement: a probe's own; for a fleet, each step's
   * common-window aggregate divided by the workers that ran it.
   */
  List<MeasuredStep> measuredPerHost();

  /** How many hosts were measured together: 1 for a probe, the workers for a fleet. */
  int hostsMeasured();

  /** How the measurement ended, in words ("completed", "2 of 3 workers reported"). */
  String outcomeLabel();
}
