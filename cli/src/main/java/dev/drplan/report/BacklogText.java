package dev.drplan.report;

import dev.drplan.model.Bottleneck;
import dev.drplan.model.OptionResult;
import dev.drplan.model.PairBacklog;
import dev.drplan.model.backlog.BacklogResult;
import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.model.backlog.ProfileGaps;
import dev.drplan.model.backlog.ProfileReplay;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataRate;
import dev.drplan.units.TimeSpan;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The words of the backlog replay (docs/model.md §5, "The backlog") that the table, markdown and
 * HTML reports share: the change profile in one line, times on the profile's clock, and what a
 * pair's queue and compliance rate come to.
 */
final class BacklogText {
  private BacklogText() {}

  /**
   * The change profile as replayed, in one line: its source (or the synthetic shape, marked as
   * assumed), its span and step, where on the plan it is replayed and how it is scaled, its average
   * and busiest rates once scaled, and the objective it is held to.
   */
  static String profileLine(Comparison comparison) {
    ProfileReplay replay = comparison.evaluation().replay();
    ChangeProfileSpec spec = replay.spec();
    ChangeProfile profile = replay.profile();
    StringBuilder line = new StringBuilder("Change profile: ");
    if (spec.isMeasured()) {
      line.append(spec.file().path())
          .append(" (")
          .append(spec.file().format().id())
          .append("), measured at ")
          .append(Display.size(replay.measuredAt()))
          .append(", ")
          .append(Display.duration(profile.span()))
          .append(" of ")
          .append(Display.duration(profile.step()))
          .append(" steps from ")
          .append(instant(profile.origin()));
      ProfileGaps gaps = profile.gaps();
      if (!gaps.isEmpty()) {
        line.append(", with ")
            .append(Display.count(gaps.count()))
            .append(gaps.count() == 1 ? " gap" : " gaps")
            .append(" (")
            .append(Display.duration(gaps.total()))
            .append(") read as nothing written");
      }
    } else {
      SyntheticShape shape = spec.synthetic();
      line.append("synthetic, an assumed shape (the busiest hour ")
          .append(Display.number(shape.peakFactor()))
          .append(" times the day's average for ")
          .append(shape.peakHours())
          .append(" h from ")
          .append(String.format(Locale.ROOT, "%02d:00", shape.peakStartHour()))
          .append(" UTC, a weekend day at ")
          .append(Display.number(shape.weekendFactor()))
          .append(" of a weekday, ")
          .append(Display.percent(shape.monthEndShare()))
          .append(" of each month's change in its last ")
          .append(shape.monthEndHours())
          .append(" h), ")
          .append(Display.duration(profile.span()))
          .append(" of ")
          .append(Display.duration(profile.step()))
          .append(" steps");
    }
    TimeSpan horizon = comparison.scenario().horizon();
    if (profile.span().compareTo(horizon) > 0) {
      // t0 = max(0, H − T) is day one here, which is not where growing data is largest: the
      // replay runs past the horizon's end instead (§5, "The backlog").
      line.append("; replayed from day one, because the profile (")
          .append(Display.duration(profile.span()))
          .append(") is longer than the horizon (")
          .append(Display.duration(horizon))
          .append("), and past the horizon's end, its changes scaled ");
    } else {
      line.append("; replayed from ")
          .append(Display.duration(replay.replayedFrom()))
          .append(" into the plan, where the data is largest, its changes scaled ");
    }
    line.append(Display.number(replay.scaling().atStart()))
        .append(" times and growing with the data: average ")
        .append(Display.rate(replay.averageRate()))
        .append(", busiest step ")
        .append(Display.rate(replay.peakRate()))
        .append(".");
    return line.toString();
  }

  /** The replication interval of the option called {@code name}. */
  static TimeSpan interval(Scenario scenario, String name) {
    for (DrOption option : scenario.options()) {
      if (option.name().equals(name)) {
        return option instanceof DataCopy
            ? ((DataCopy) option).replicationInterval()
            : ((NamespaceInCloud) option).replicationInterval();
      }
    }
    throw new IllegalArgumentException("no option " + name);
  }

  /**
   * An instant of the profile's clock for people, to the minute, with its day of the week (which is
   * what a synthetic profile's dates mean): {@code "2029-03-30 18:00 UTC (Fri)"}.
   */
  static String instant(Instant at) {
    if (at == null) {
      return Display.NONE;
    }
    LocalDateTime time = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
    String day = time.getDayOfWeek().name();
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d %02d:%02d UTC (%s%s)",
        time.getYear(),
        time.getMonthValue(),
        time.getDayOfMonth(),
        time.getHour(),
        time.getMinute(),
        day.charAt(0),
        day.substring(1, 3).toLowerCase(Locale.ROOT));
  }

  /** "yes", or "no, short by" the shortfall of copies that never catch up. */
  static String catchesUp(PairBacklog backlog) {
    if (backlog.beyondDataLimit()) {
      return Display.NONE;
    }
    if (backlog.catchesUp()) {
      return Display.yesNo(true);
    }
    DataRate shortfall = backlog.simulated().shortfall();
    return "no, short by " + Display.rate(shortfall);
  }

  /**
   * The limit other than the network below the rate the compliance target needs, with its rate:
   * {@code "copy-engine, 102.4 GB/s (819 Gbps)"}, or for a customer {@code "copy engine, ..."}.
   */
  static String cappedBy(PairBacklog backlog, OptionResult result, boolean customer) {
    Bottleneck limit = backlog.cappedBy();
    DataRate rate =
        limit == Bottleneck.PRIMARY
            ? result.replication().primary()
            : result.replication().target();
    return (customer ? Wording.bottleneck(limit) : limit.id()) + ", " + Display.rate(rate);
  }

  /**
   * How long the largest backlog took to drain: a duration, "never" when the copies never catch up,
   * or "not within the replay" when the queue was still busy at the profile's end.
   */
  static String drain(BacklogResult simulated) {
    if (simulated.drainTime() != null) {
      return Display.duration(simulated.drainTime());
    }
    return simulated.catchesUp() ? "not within the replay" : Display.NEVER;
  }
}
