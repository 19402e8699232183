package dev.drplan.model.backlog;

import dev.drplan.model.ReplicationRate;
import dev.drplan.scenario.Network;
import dev.drplan.units.DataRate;
import dev.drplan.units.Fraction;
import dev.drplan.units.TimeSpan;
import java.util.Objects;

/**
 * The bandwidth an RPO objective needs for a target share of the time (docs/model.md §5, "the
 * backlog"; objectives.rpo_compliance, 99% by default): the smallest replication rate R whose
 * backlog simulation keeps the achieved RPO at or under the objective for at least that share, and
 * the circuits it implies.
 *
 * <p>The share is monotone in R (a faster copy finishes every snapshot no later, so the RPO is
 * nowhere higher), which makes bisection sound. Each step replays the snapshot deltas, cut from the
 * profile once, in one pass over the snapshots without allocating. One search serves one thread: it
 * reuses one array of finish times.
 */
public final class ComplianceSearch {

  /** The share of time the RPO objective must be met when the scenario does not say. */
  public static final Fraction DEFAULT_TARGET = Fraction.of(0.99);

  /** The bisection stops when the bracket is this share of the rate found. */
  static final double RELATIVE_PRECISION = 1e-9;

  private static final int MAX_STEPS = 400;

  /** 2^63, the first whole number a long cannot hold: a count of circuits at or above it. */
  private static final double BEYOND_A_LONG = 0x1p63;

  private final SnapshotDeltas deltas;
  private final TimeSpan objective;
  private final Fraction target;
  private final double[] finish;
  private CompliantRate smallest;

  /**
   * A search over {@code deltas} for the objective {@code objective} met {@code target} of the
   * time.
   *
   * @throws IllegalArgumentException unless 0 &lt; target ≤ 1
   */
  public ComplianceSearch(SnapshotDeltas deltas, TimeSpan objective, Fraction target) {
    this.deltas = Objects.requireNonNull(deltas, "deltas");
    this.objective = Objects.requireNonNull(objective, "objective");
    this.target = Objects.requireNonNull(target, "target");
    if (!(target.value() > 0 && target.value() <= 1)) {
      throw new IllegalArgumentException("target must be above 0 and at most 1, was " + target);
    }
    this.finish = new double[deltas.snapshots() + 1];
  }

  /** The share of time the objective is met at {@code rate}: the simulation's withinObjective. */
  public Fraction shareAt(DataRate rate) {
    return BacklogSimulation.share(
        timeWithinAt(BacklogSimulation.requirePositive(rate)), deltas.windowSeconds());
  }

  /**
   * The smallest rate whose share meets the target, to a relative {@value #RELATIVE_PRECISION} (the
   * rate returned always meets it), with the largest RPO at that rate. It is never below the
   * profile's average change rate: a slower copy falls behind for good once the profile repeats,
   * even where a short profile's share would allow it.
   */
  public CompliantRate smallestRate() {
    if (smallest == null) {
      smallest = search();
    }
    return smallest;
  }

  private CompliantRate search() {
    double needed = target.value() * deltas.windowSeconds();
    double unlimited = timeWithinAt(Double.POSITIVE_INFINITY);
    Fraction bestPossible = BacklogSimulation.share(unlimited, deltas.windowSeconds());
    if (unlimited < needed) {
      return new CompliantRate(target, bestPossible, null, null, null);
    }
    if (deltas.total().isZero()) {
      // Nothing changes: no rate is needed, and the RPO is the interval's own sawtooth.
      return new CompliantRate(
          target,
          bestPossible,
          DataRate.ZERO,
          bestPossible,
          TimeSpan.ofSeconds(maxRpoAt(Double.POSITIVE_INFINITY)));
    }
    // Below the average change rate the backlog grows for good once the profile repeats, whatever
    // a short window's share says: the average is the floor of the search.
    double low = deltas.averageArrival().bytesPerSecond();
    if (timeWithinAt(low) >= needed) {
      return found(low, bestPossible);
    }
    double high = meetingRate(low, needed);
    if (Double.isNaN(high)) {
      // Met only in the limit of unlimited bandwidth.
      return new CompliantRate(target, bestPossible, null, null, null);
    }
    for (int i = 0; i < MAX_STEPS && high - low > RELATIVE_PRECISION * high; i++) {
      double middle = low + (high - low) / 2;
      if (timeWithinAt(middle) >= needed) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return found(high, bestPossible);
  }

  /** The result at {@code rate}, which meets the target. */
  private CompliantRate found(double rate, Fraction bestPossible) {
    double achieved = timeWithinAt(rate);
    return new CompliantRate(
        target,
        bestPossible,
        DataRate.ofBytesPerSecond(rate),
        BacklogSimulation.share(achieved, deltas.windowSeconds()),
        TimeSpan.ofSeconds(maxRpoAt(rate)));
  }

  /**
   * The circuits the smallest rate takes when each carries {@code usablePerCircuit}: ceil(rate /
   * usable), less one when one fewer circuit still meets the target (the bisection's rate may sit a
   * hair above an exact multiple). {@code null} when no rate meets the target, or when the rate is
   * beyond any number of circuits: more than a long counts (2^63 − 1), a count that cannot exist
   * and is never clamped to that largest long; 0 when nothing changes.
   */
  public Long circuits(DataRate usablePerCircuit) {
    double perCircuit = BacklogSimulation.requirePositive(usablePerCircuit);
    CompliantRate smallest = smallestRate();
    if (!smallest.reachable()) {
      return null;
    }
    double count = Math.ceil(smallest.rate().bytesPerSecond() / perCircuit);
    if (count >= BEYOND_A_LONG) {
      return null;
    }
    long circuits = (long) count;
    double needed = target.value() * deltas.windowSeconds();
    double fewer = (circuits - 1) * perCircuit;
    if (circuits > 1
        && fewer >= deltas.averageArrival().bytesPerSecond()
        && timeWithinAt(fewer) >= needed) {
      circuits--;
    }
    return circuits;
  }

  /**
   * The circuits of {@code lineRate} each, of which bulk copy achieves {@code efficiency}: {@link
   * #circuits(DataRate)} with line rate · efficiency per circuit (§3).
   */
  public Long circuits(DataRate lineRate, Fraction efficiency) {
    return circuits(lineRate.times(efficiency.value()));
  }

  /**
   * The circuits of {@code network}'s line rate: {@link #circuits(DataRate)} with what one circuit
   * gives DR, line rate · efficiency · dr_share (§3).
   */
  public Long circuits(Network network) {
    return circuits(ReplicationRate.network(network.withCircuits(1)));
  }

  /**
   * A rate that meets the target, from {@code floor} up. Above one interval an objective is met all
   * the time once every delta is copied within min(I, objective − I): no copy then waits for
   * another, and the RPO peaks at I plus one copy. At or under one interval 100% is out of reach,
   * so double from one largest delta per interval until the target is met; NaN if it never is.
   */
  private double meetingRate(double floor, double needed) {
    double every = deltas.intervalSeconds();
    double goal = objective.seconds();
    double largest = deltas.largestDeltaBytes();
    double rate =
        Math.max(floor, goal > every ? largest / Math.min(every, goal - every) : largest / every);
    for (int i = 0; i < MAX_STEPS; i++) {
      if (timeWithinAt(rate) >= needed) {
        return rate;
      }
      rate *= 2;
      if (Double.isInfinite(rate)) {
        break;
      }
    }
    return Double.NaN;
  }

  /** Seconds within the objective at {@code rate} (+∞ allowed); leaves the finish times set. */
  private double timeWithinAt(double rate) {
    BacklogSimulation.copyFinishTimes(deltas, rate, finish);
    return BacklogSimulation.timeWithin(deltas, finish, objective.seconds());
  }

  /** The largest achieved RPO at {@code rate} (+∞ allowed). */
  private double maxRpoAt(double rate) {
    BacklogSimulation.copyFinishTimes(deltas, rate, finish);
    return BacklogSimulation.maxRpo(deltas, finish);
  }
}
