/**
 * The recovery point from a measured change profile: a queue simulation of incremental copies
 * (docs/model.md §5, "The backlog"), where §5's closed form assumes one steady peak rate.
 *
 * <p>{@link dev.drplan.model.backlog.ChangeProfile} holds what was written, interval by interval,
 * on a regular grid (from a CSV export, a Prometheus query, or {@link
 * dev.drplan.model.backlog.SyntheticPattern} when nothing was measured). {@link
 * dev.drplan.model.backlog.GrowthScaling} scales it to the data of another time of the plan (§1).
 * {@link dev.drplan.model.backlog.SnapshotDeltas} cuts it into what each snapshot must copy; {@link
 * dev.drplan.model.backlog.BacklogSimulation} copies those deltas one after the other at the
 * replication rate and reports the achieved RPO over time; {@link
 * dev.drplan.model.backlog.ComplianceSearch} finds the smallest rate (and circuits) that meets the
 * RPO objective for a target share of the time. {@link dev.drplan.model.backlog.ProfileReplay}
 * places a scenario's profile on the plan (where the data is largest) and {@link
 * dev.drplan.model.Evaluator#evaluateWithBacklog} runs all of this for every pair.
 *
 * <p>The rules, in one place:
 *
 * <ul>
 *   <li>Changes arrive at a constant rate within each interval of the profile.
 *   <li>A snapshot is taken every replication interval I, at the profile's start plus k · I; the
 *       start itself is fully copied (the seed is done and the copy is current).
 *   <li>Snapshot k's delta (what changed since snapshot k − 1) is copied at rate R once snapshot k
 *       − 1's copy has finished, or at once if that finished earlier: finish(k) = max(k · I,
 *       finish(k − 1)) + delta(k) / R.
 *   <li>A point in time is recoverable once the snapshot covering it has been copied: at wall time
 *       w the achieved RPO is w − k · I for the newest k with finish(k) ≤ w. It rises with slope 1
 *       and drops at every finished copy.
 *   <li>The backlog is what snapshots have taken and not yet copied; it is largest just after a
 *       snapshot.
 *   <li>Statistics are time-weighted over the profile's span; what happens after its end is not
 *       known and not counted.
 * </ul>
 *
 * <p>For a constant change rate λ &lt; R this gives §5's formula as its maximum: RPO = I + λ · I /
 * R.
 */
package dev.drplan.model.backlog;
