package dev.drplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.drplan.model.backlog.ChangeProfile;
import dev.drplan.scenario.ChangeProfileSpec;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.HostMachine;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.ProfileFile;
import dev.drplan.scenario.Scenario;
import dev.drplan.scenario.SyntheticShape;
import dev.drplan.units.DataRate;
import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The formula {@code drplan explain} prints beside each figure agrees with the figure: every
 * printed formula is evaluated here from its printed inputs (canonical units) and compared with the
 * printed value. Editing the code that computes a figure without its formula, or the formula (text
 * or inputs) without the code, fails here; so does a formula this test has no evaluation for.
 */
class FormulaCheckTest {

  private static final double DAY = 86_400;
  private static final double YEAR = 365.25 * DAY;
  private static final double GIB = Math.pow(2, 30);

  /** The printed inputs of one derivation, and of every other derivation of the same pair. */
  private static final class Printed {
    final Derivation step;
    final Map<String, Derivation> steps;

    Printed(Derivation step, Map<String, Derivation> steps) {
      this.step = step;
      this.steps = steps;
    }

    /** The input named {@code name} (its label may add a catalog entry in parentheses). */
    double get(String name) {
      return of(step, name);
    }

    /** An input printed by the derivation of another figure of the pair. */
    double from(String figure, String name) {
      assertThat(steps).as("a derivation of %s", figure).containsKey(figure);
      return of(steps.get(figure), name);
    }

    private static double of(Derivation step, String name) {
      for (Map.Entry<String, Object> input : step.inputs().entrySet()) {
        if (input.getKey().equals(name) || input.getKey().startsWith(name + " (")) {
          return Figure.canonical(input.getValue());
        }
      }
      throw new AssertionError(step.figure() + " prints no input " + name);
    }
  }

  /** The evaluation of each formula text, keyed by the text as the registry writes it. */
  private static final Map<String, ToDoubleFunction<Printed>> FORMULAS = new HashMap<>();

  private static void formula(String text, ToDoubleFunction<Printed> evaluation) {
    FORMULAS.put(text, evaluation);
  }

  static {
    formula(
        "L(H) = L0 · (1 + g)^(H / 1 y)",
        p -> p.get("L0") * Math.pow(1 + p.get("g"), p.get("H") / YEAR));
    formula("raw = dboxes · dbox_raw", p -> p.get("dboxes") * p.get("dbox_raw"));
    formula("usable = raw · usable_efficiency", p -> p.get("raw") * p.get("usable_efficiency"));
    formula(
        "logical capacity = usable · reduction_ratio",
        p -> p.get("usable") * p.get("reduction_ratio"));
    formula(
        "time to full = ln(fill_limit · capacity / L0) / ln(1 + g) years",
        p ->
            Math.log(p.get("fill_limit") * p.get("capacity") / p.get("L0"))
                / Math.log(1 + p.get("g"))
                * YEAR);
    formula(
        "purchase = dboxes · dbox_price + cboxes · cbox_price",
        p -> p.get("dboxes") * p.get("dbox_price") + p.get("cboxes") * p.get("cbox_price"));
    formula(
        "on-prem spend = purchase + Σ dboxes_to_add · dbox_price",
        p -> p.get("purchase") + p.get("Σ dboxes_to_add") * p.get("dbox_price"));
    formula(
        "egress = cboxes · nodes_per_cbox · per_node_replication",
        p -> p.get("cboxes") * p.get("nodes_per_cbox") * p.get("per_node_replication"));
    formula(
        "raw SSD = L(H) / reduction_ratio / (1 − protection_overhead) / fill_limit",
        p ->
            p.get("L(H)")
                / p.get("reduction_ratio")
                / (1 - p.get("protection_overhead"))
                / p.get("fill_limit"));
    formula(
        "nodes = ceil(raw SSD needed(L0) / local_ssd)",
        p -> Math.ceil(rawSsdNeeded(p, p.get("L0")) / p.get("local_ssd")));
    formula(
        "nodes = ceil(raw SSD needed(L(H)) / local_ssd)",
        p -> Math.ceil(rawSsdNeeded(p, p.get("L(H)")) / p.get("local_ssd")));
    formula("target = nodes(0) · node network rate", p -> p.get("nodes(0)") * p.get("network"));
    formula(
        "copy engine = hosts · min(streams_per_host · per_stream, host_nic)",
        p ->
            p.get("hosts")
                * Math.min(p.get("streams_per_host") * p.get("per_stream"), p.get("host_nic")));
    formula("loads = ceil(L0 / capacity)", p -> Math.ceil(p.get("L0") / p.get("capacity")));
    formula(
        "shipping = ceil(loads / in_flight) · round_trip",
        p -> Math.ceil(p.get("loads") / p.get("in_flight")) * p.get("round_trip"));
    formula("r = ln(1 + g) / 365.25 d", p -> Math.log1p(p.get("g")) / 365.25);
    formula(
        "ρ = daily_change · overwrite_share + max(0, daily_change · (1 − overwrite_share) − r)",
        p ->
            p.get("daily_change") * p.get("overwrite_share")
                + Math.max(0, p.get("daily_change") * (1 - p.get("overwrite_share")) - p.get("r")));
    formula(
        "stored(H) = L(H) · (1 + ρ · (1 − e^(−r · min(H, retention))) / r)",
        p -> {
          double days = Math.min(p.get("H"), p.get("retention")) / DAY;
          double r = p.get("r");
          double kept = r == 0 ? days : (1 - Math.exp(-r * days)) / r;
          return p.get("L(H)") * (1 + p.get("ρ") * kept);
        });
    formula(
        "unexpired(s) = M − (1 − e^(−λ · min(s, M))) / λ, M = max(0, min_storage_duration −"
            + " retention), λ = r + ρ",
        p -> {
          double m = Math.max(0, (p.get("min_storage_duration") - p.get("retention")) / DAY);
          double lambda = p.get("r") + p.get("ρ");
          double u = Math.min(p.get("s") / DAY, m);
          return (m - (1 - Math.exp(-lambda * u)) / lambda) * DAY;
        });
    formula(
        "ceil(written / object_size) / 1000 · class_a_per_1000",
        p -> Math.ceil(p.get("written") / p.get("object_size")) / 1000 * p.get("class_a_per_1000"));
    formula("GiB(moved) · fee_per_gib", p -> p.get("moved") / GIB * p.get("fee_per_gib"));
    formula(
        "appliances · (fee + shipping)",
        p -> p.get("appliances") * (p.get("fee") + p.get("shipping")));
    formula("GiB(L0) · copy_egress_per_gib", p -> p.get("L0") / GIB * p.get("copy_egress_per_gib"));
    formula(
        "one-time = seed writes + seed transfer fee + seed replication + appliances + copy egress",
        FormulaCheckTest::sumOfInputs);
    formula(
        "RTO = recovery_scope · L(H) / R_restore",
        p -> p.get("recovery_scope") * p.get("L(H)") / p.get("R_restore"));
    formula(
        "RTO = cloud_start_time (the workloads start in the cloud and read the copy in place)",
        p -> p.get("cloud_start_time"));
    formula(
        "RTO = failover_time (clients switch over to the cloud cluster)",
        p -> p.get("failover_time"));
    formula(
        "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib)",
        p -> p.get("recovered") / GIB * (p.get("retrieval_per_gib") + p.get("egress_per_gib")));
    formula(
        "GiB(recovery_scope · L(H)) · (retrieval_per_gib + egress_per_gib) (read in place, then"
            + " failback to the primary)",
        p -> p.get("recovered") / GIB * (p.get("retrieval_per_gib") + p.get("egress_per_gib")));
    formula(
        "GiB(recovery_scope · L(H)) · egress_per_gib (failback to the primary)",
        p -> p.get("recovered") / GIB * p.get("egress_per_gib"));
    formula(
        "network = circuits · line_rate · efficiency · dr_share",
        p -> p.get("circuits") * p.get("line_rate") * p.get("efficiency") * p.get("dr_share"));
    formula(
        "R = min(network, primary egress, target ingest)",
        p -> Math.min(p.get("network"), Math.min(p.get("primary egress"), p.get("target ingest"))));
    formula("d(0) = daily_change · L0 / 86,400 s", p -> p.get("daily_change") * p.get("L0") / DAY);
    formula("T_seed = L0 / (R − d(0))", p -> p.get("L0") / (p.get("R") - p.get("d(0)")));
    formula(
        "T_seed = shipping + d(0) · shipping / (R − d(0))",
        p -> p.get("shipping") + p.get("d(0)") * p.get("shipping") / (p.get("R") - p.get("d(0)")));
    formula(
        "T_seed = min(L0, daily_change · L0 · copy_age / 1 d) / (R − d(0))",
        p ->
            Math.min(p.get("L0"), p.get("daily_change") * p.get("L0") * p.get("copy_age") / DAY)
                / (p.get("R") - p.get("d(0)")));
    formula(
        "d_peak = peak_factor · daily_change · max(L0, L(H)) / 86,400 s",
        p -> p.get("peak_factor") * p.get("daily_change") * p.get("max(L0, L(H))") / DAY);
    formula(
        "RPO = I + d_peak · I / R", p -> p.get("I") + p.get("d_peak") * p.get("I") / p.get("R"));
    formula(
        "longest I meeting the objective = rpo_objective / (1 + d_peak / R)",
        p -> p.get("rpo_objective") / (1 + p.get("d_peak") / p.get("R")));
    formula(
        "GiB(stored(H)) · storage_per_gib_month",
        p -> p.get("stored(H)") / GIB * p.get("storage_per_gib_month"));
    formula(
        "GiB(ρ · L(H − retention) · unexpired(H − retention) / 1 d) · storage_per_gib_month",
        p ->
            p.get("ρ")
                * p.get("L(H − retention)")
                * p.get("unexpired(H − retention)")
                / DAY
                / GIB
                * p.get("storage_per_gib_month"));
    formula(
        "D(H) · 30.4375 d / object_size / 1000 · class_a_per_1000",
        p -> p.get("D(H)") * 30.4375 / p.get("object_size") / 1000 * p.get("class_a_per_1000"));
    formula(
        "GiB(D(H) · 30.4375 d) · fee_per_gib",
        p -> p.get("D(H)") * 30.4375 / GIB * p.get("fee_per_gib"));
    formula("hosts · host_monthly_cost", p -> p.get("hosts") * p.get("host_monthly_cost"));
    formula(
        "hosts · hourly · 730.5 h  (hourly: {source})",
        p -> p.get("hosts") * p.get("hourly") * 730.5);
    formula(
        "nodes(L(H)) · hourly · (1 − commitment_discount) · 730.5 h",
        p -> p.get("nodes(L(H))") * p.get("hourly") * (1 - p.get("commitment_discount")) * 730.5);
    formula(
        "TB(nodes(L(H)) · local_ssd · (1 − protection_overhead)) · licence_per_tb_month",
        p ->
            p.get("nodes(L(H))")
                * p.get("local_ssd")
                * (1 - p.get("protection_overhead"))
                / 1e12
                * p.get("licence_per_tb_month"));
    formula("circuits · monthly_port_cost", p -> p.get("circuits") * p.get("monthly_port_cost"));
    formula(
        "attachments = ceil(line_rate · circuits · dr_share / vlan_attachment_capacity)",
        p ->
            Math.ceil(
                p.get("line_rate")
                    * p.get("circuits")
                    * p.get("dr_share")
                    / p.get("vlan_attachment_capacity")));
    formula(
        "attachments · vlan_attachment_hourly · 730.5 h",
        p -> p.get("attachments") * p.get("vlan_attachment_hourly") * 730.5);
    formula("monthly at L0 = Σ of the recurring lines at L0", FormulaCheckTest::sumOfInputs);
    formula("monthly at L(H) = Σ of the recurring lines at L(H)", FormulaCheckTest::sumOfInputs);
    formula("Σ monthly = Σ of each recurring line over the months", FormulaCheckTest::sumOfInputs);
    formula(
        "horizon cost = Σ monthly cost over {months} months + one-time",
        p -> p.get("Σ monthly") + p.get("one-time"));
    // The backlog replay (§5, "The backlog").
    formula("t0 = max(0, H − T)", p -> Math.max(0, p.get("H") - p.get("T")));
    formula("scale(t0) = L(t0) / L_ref", p -> p.get("L(t0)") / p.get("L_ref"));
    formula("average = Σ scaled change / T", p -> p.get("Σ scaled change") / p.get("T"));
    formula(
        "peak = busiest interval's scaled change / step",
        p -> p.get("busiest interval's scaled change") / p.get("step"));
    formula(
        "violations per day = violations / (T / 1 d)",
        p -> p.get("violations") / (p.get("T") / DAY));
    formula("shortfall = average change rate − R", p -> p.get("average change rate") - p.get("R"));
    formula(
        "circuits = ceil(R needed / (line_rate · efficiency · dr_share))",
        p ->
            Math.ceil(
                p.get("R needed")
                    / (p.get("line_rate") * p.get("efficiency") * p.get("dr_share"))));
    // One year of a configuration's expansion plan (§2).
    formula(
        "dboxes needed = max(owned, ceil(L(year) / (fill_limit · dbox_raw · usable_efficiency"
            + " · reduction_ratio)))",
        p ->
            Math.max(
                p.get("owned"),
                Math.ceil(
                    p.get("L(year)")
                        / (p.get("fill_limit")
                            * p.get("dbox_raw")
                            * p.get("usable_efficiency")
                            * p.get("reduction_ratio")))));
    formula("dboxes to add = dboxes needed − owned", p -> p.get("dboxes needed") - p.get("owned"));
    formula(
        "L(year) = L0 · (1 + g)^min(year, H / 1 y)",
        p -> p.get("L0") * Math.pow(1 + p.get("g"), Math.min(p.get("year"), p.get("H") / YEAR)));
    formula(
        "spend = dboxes_to_add · dbox_price", p -> p.get("dboxes_to_add") * p.get("dbox_price"));
    formula(
        "fills at = ln(fill_limit · owned · dbox_raw · usable_efficiency · reduction_ratio / L0)"
            + " / ln(1 + g) years",
        p ->
            Math.log(
                    p.get("fill_limit")
                        * p.get("owned")
                        * p.get("dbox_raw")
                        * p.get("usable_efficiency")
                        * p.get("reduction_ratio")
                        / p.get("L0"))
                / Math.log(1 + p.get("g"))
                * YEAR);
    formula(
        "order by = max(0, fills at − lead_time)",
        p -> Math.max(0, p.get("fills at") - p.get("lead_time")));
    formula(
        "late by = max(0, lead_time − fills at)",
        p -> Math.max(0, p.get("lead_time") - p.get("fills at")));
    // One cost line of a pair (§7).
    formula(
        "line over the horizon = recurring + one-time",
        p -> p.get("recurring") + p.get("one-time"));
  }

  /** The sum of every printed input; a line printed as not priced adds nothing. */
  private static double sumOfInputs(Printed p) {
    double sum = 0;
    for (Object value : p.step.inputs().values()) {
      if (!PairFigure.NOT_PRICED.equals(value)) {
        sum += Figure.canonical(value);
      }
    }
    return sum;
  }

  /**
   * The rules explain prints for statistics of the backlog replay, which no expression of their
   * printed inputs gives: each is listed here so that a new one is added on purpose, and its figure
   * is checked by the backlog tests instead.
   */
  private static final Set<String> RULES =
      Set.of(
          "circuits = none: R needed / (line_rate · efficiency · dr_share) is beyond any number"
              + " of circuits (more than 9,223,372,036,854,775,807, the most a count holds)",
          "RPO P50 = the RPO not exceeded for half of the replayed time T",
          "RPO P95 = the RPO not exceeded for 95% of the replayed time T",
          "RPO P99 = the RPO not exceeded for 99% of the replayed time T",
          "RPO max = the largest RPO over T, the RPO met 100% of the time: from a snapshot being"
              + " taken until the next snapshot's copy finishes",
          "within objective = (time with RPO ≤ rpo_objective) / T",
          "violations = how many times the RPO rises above rpo_objective over T",
          "largest backlog = the most data taken in snapshots and not yet copied, just after"
              + " snapshot k: (what earlier copies still had to send) + delta(k), at its largest",
          "drain = from the largest backlog until the queue is first empty; never when it is not"
              + " empty again within T",
          "R needed = the smallest R with RPO ≤ rpo_objective for rpo_compliance of T, and at"
              + " least the average change rate",
          "RPO max at R needed = the largest RPO over T when copies run at R needed",
          "within objective with instant copies = the share of T with RPO ≤ rpo_objective when"
              + " every copy takes no time; the RPO still climbs to I between snapshots",
          "t0 = 0: the data shrinks, so day one holds the most",
          "fills at = 0: L0 is already past the fill limit of the D-boxes owned");

  /** raw SSD needed at {@code logical}, by the factors the raw-SSD derivation printed. */
  private static double rawSsdNeeded(Printed p, double logical) {
    String raw = PairFigure.RAW_SSD_NEEDED_BYTES_END.id();
    return logical
        / p.from(raw, "reduction_ratio")
        / (1 - p.from(raw, "protection_overhead"))
        / p.from(raw, "fill_limit");
  }

  /**
   * Pairs that reach every formula: both kinds, both seeds, both recoveries; and the same with a
   * synthetic change profile on a growing and on a shrinking estate, and with copies slower than
   * the profile (the backlog's formulas).
   */
  private static List<Subject> subjects() {
    Scenario plain = Fixtures.everyCostLine();
    ChangeProfileSpec synthetic = ChangeProfileSpec.synthetic(SyntheticShape.defaults(1.5));
    Scenario shrinking = plain.withDataset(Fixtures.dataset(10, -0.2, 0.005));
    // A week of 1 GB/s measured on 0.5 PB, replayed on 37 PB: about 74 GB/s, above R = 40 GB/s.
    double[] week = new double[168];
    java.util.Arrays.fill(week, 1e9 * 3600);
    ChangeProfileSpec heavy =
        ChangeProfileSpec.ofFile(
                new ProfileFile(
                    "week.csv", ProfileFile.Format.CSV, null, null, ChangeProfile.GapPolicy.REJECT),
                DataSize.ofPetabytes(0.5))
            .withMeasured(
                ChangeProfile.of(
                    java.time.Instant.parse("2025-01-06T00:00:00Z"), TimeSpan.ofHours(1), week));
    List<Subject> subjects = new ArrayList<>();
    for (Scenario scenario :
        List.of(
            plain,
            crowded(),
            plain.withChangeProfile(synthetic),
            shrinking.withChangeProfile(synthetic),
            plain.withChangeProfile(heavy),
            plain.withOptions(withVmMovers(plain.options())))) {
      for (String configuration : List.of("minimum", "phase-one")) {
        for (DrOption option : scenario.options()) {
          subjects.add(Subject.of(scenario, configuration, option.name()));
        }
      }
    }
    return subjects;
  }

  /**
   * Pairs whose replay's rate is beyond any number of circuits (the rule "circuits = none"),
   * checked for their backlog figures only: within the data limit that takes circuits of a few
   * millionths of a byte a second, at which the seed never converges and other figures sit where
   * this check's plain arithmetic cannot follow them.
   */
  private static List<Subject> beyondCircuitsSubjects() {
    Scenario plain = Fixtures.everyCostLine();
    // 100 TB/s measured on 7.4 PB, replayed on 37 PB (10 PB growing 30% a year for 5 y): 5e14 B/s
    // (each hour 1.8e18 B, the week 3e20 B, within the data limit), beyond any number of circuits
    // of 1 bps at 1% efficiency and a 1% DR share: 5e14 / 1.25e-5 = 4e19, more than 2^63 − 1.
    double[] week = new double[168];
    java.util.Arrays.fill(week, 1e14 * 3600);
    ChangeProfileSpec beyondCircuits =
        ChangeProfileSpec.ofFile(
                new ProfileFile(
                    "week.csv", ProfileFile.Format.CSV, null, null, ChangeProfile.GapPolicy.REJECT),
                DataSize.ofPetabytes(7.4))
            .withMeasured(
                ChangeProfile.of(
                    java.time.Instant.parse("2025-01-06T00:00:00Z"), TimeSpan.ofHours(1), week));
    Network tinyCircuits =
        new Network(
            1,
            DataRate.ofBitsPerSecond(1),
            Fraction.of(0.01),
            Fraction.of(0.01),
            TimeSpan.ZERO,
            Money.ZERO,
            plain.network().vlanAttachmentCapacity(),
            plain.network().vlanAttachmentHourly());
    Scenario scenario = plain.withChangeProfile(beyondCircuits).withNetwork(tinyCircuits);
    List<Subject> subjects = new ArrayList<>();
    for (String configuration : List.of("minimum", "phase-one")) {
      for (DrOption option : scenario.options()) {
        subjects.add(Subject.of(scenario, configuration, option.name()));
      }
    }
    return subjects;
  }

  /** The options with every data copy's mover hosts as catalog VMs, priced by the hour. */
  private static List<DrOption> withVmMovers(List<DrOption> options) {
    List<DrOption> changed = new ArrayList<>();
    for (DrOption option : options) {
      if (option instanceof DataCopy) {
        DataCopy copy = (DataCopy) option;
        CopyEngine vms =
            copy.copyEngine()
                .withHostMonthlyCost(null)
                .withHostMachine(
                    new HostMachine(
                        "z3-highmem-8-highlssd",
                        Money.ofUsd(1.152),
                        "cyclenerd, as of 2026-07-30"));
        changed.add(copy.withCopyEngine(vms));
      } else {
        changed.add(option);
      }
    }
    return changed;
  }

  @Test
  void everyPrintedFormulaEvaluatedFromItsPrintedInputsGivesThePrintedValue() {
    Set<String> checked = new LinkedHashSet<>();
    Set<String> backlogFigures = new HashSet<>();
    for (BacklogFigure figure : BacklogFigure.values()) {
      backlogFigures.add(figure.id());
    }
    List<Subject> subjects = new ArrayList<>(subjects());
    List<Subject> backlogOnly = beyondCircuitsSubjects();
    subjects.addAll(backlogOnly);
    for (Subject subject : subjects) {
      List<Derivation> derivations = new ArrayList<>(subject.derivations());
      if (backlogOnly.contains(subject)) {
        derivations.removeIf(d -> !backlogFigures.contains(d.figure()));
      }
      Map<String, Derivation> byFigure = new HashMap<>();
      derivations.forEach(d -> byFigure.put(d.figure(), d));
      List<Derivation> all = new ArrayList<>(derivations);
      if (!backlogOnly.contains(subject)) {
        all.addAll(yearAndLineDerivations(subject));
      }
      for (Derivation step : all) {
        String template = template(step);
        if (RULES.contains(template)) {
          checked.add(template);
          continue;
        }
        assertThat(FORMULAS).as("an evaluation of \"%s\"", template).containsKey(template);
        double expected = FORMULAS.get(template).applyAsDouble(new Printed(step, byFigure));
        assertThat(Figure.canonical(step.value()))
            .as("%s by %s for %s", step.figure(), step.formula(), subject.option().name())
            .isCloseTo(expected, withinPercentage(1e-9));
        checked.add(template);
      }
    }
    assertThat(checked)
        .as("every formula of the registry is reached")
        .isEqualTo(registryFormulas());
  }

  @Test
  void everyPairDerivesTheRecoveryTimeItsVerdictCompares() {
    // The RTO decides a verdict of every kind (rto-missed, §6, §8): a copy run in the cloud and a
    // namespace show theirs as a restore to the primary does, not only the pairs that restore.
    Set<String> recoveries = new LinkedHashSet<>();
    for (Subject subject : subjects()) {
      List<String> figures = new ArrayList<>();
      subject.derivations().forEach(d -> figures.add(d.figure()));
      assertThat(figures)
          .as("the figures explain derives for %s", subject.option().name())
          .contains(PairFigure.RTO_SECONDS.id());
      recoveries.add(subject.isNamespace() ? "namespace" : subject.copy().recovery().id());
    }
    assertThat(recoveries).contains("namespace", "run-in-cloud", "restore-to-primary");
  }

  /**
   * 25 PB on day one, 30% a year: more than the minimum configuration's 20 D-boxes hold under the
   * fill limit (20 · 0.9 · 22 · 61.44 TB · 0.88 = 21.4 PB), so its first addition is late.
   */
  private static Scenario crowded() {
    return Fixtures.everyCostLine().withDataset(Fixtures.dataset(25, 0.30, 0.005));
  }

  /** The figures of one year, by the derivation of the subject at that year. */
  private static Map<String, Derivation> year(Subject subject, int year) {
    Map<String, Derivation> figures = new HashMap<>();
    ExpansionStep step = subject.configuration().expansion().get(year - 1);
    for (ExpansionFigure figure : ExpansionFigure.values()) {
      figures.put(figure.id(), figure.derive(subject.atStep(step)));
    }
    return figures;
  }

  private static double value(Map<String, Derivation> figures, ExpansionFigure figure) {
    return Figure.canonical(figures.get(figure.id()).value());
  }

  @Test
  void theExpansionOfAConfigurationFullOnDayOneWorkedByHand() {
    Subject subject = Subject.of(crowded(), "minimum", "gcs-archive");
    double perDbox = 0.9 * 22 * 61.44e12 * 0.88 * 1.0;
    // Year 1: L = 25 PB · 1.3 = 32.5 PB needs ceil(30.36) = 31 boxes; 20 owned are already full.
    Map<String, Derivation> first = year(subject, 1);
    assertThat(value(first, ExpansionFigure.LOGICAL_BYTES))
        .isCloseTo(25e15 * 1.3, withinPercentage(1e-9));
    assertThat(value(first, ExpansionFigure.DBOXES_NEEDED)).isEqualTo(31);
    assertThat(Math.ceil(25e15 * 1.3 / perDbox)).isEqualTo(31);
    assertThat(value(first, ExpansionFigure.DBOXES_TO_ADD)).isEqualTo(31 - 20);
    assertThat(value(first, ExpansionFigure.SPEND_USD)).isEqualTo(11 * 400_000.0);
    assertThat(first.get("fills_at_seconds").formula())
        .isEqualTo("fills at = 0: L0 is already past the fill limit of the D-boxes owned");
    assertThat(value(first, ExpansionFigure.FILLS_AT_SECONDS)).isZero();
    assertThat(value(first, ExpansionFigure.ORDER_BY_SECONDS)).isZero();
    assertThat(value(first, ExpansionFigure.LATE_BY_SECONDS)).isEqualTo(90 * DAY);
    // Year 2: L = 25 PB · 1.3² = 42.25 PB needs ceil(39.47) = 40; the 31 owned fill when
    // 25 PB · 1.3^t = 31 · perDbox, t = ln(31 · perDbox / 25 PB) / ln 1.3 = 1.08 y.
    Map<String, Derivation> second = year(subject, 2);
    assertThat(value(second, ExpansionFigure.DBOXES_NEEDED)).isEqualTo(40);
    assertThat(value(second, ExpansionFigure.DBOXES_TO_ADD)).isEqualTo(40 - 31);
    double fillsAt = Math.log(31 * perDbox / 25e15) / Math.log(1.3) * YEAR;
    assertThat(value(second, ExpansionFigure.FILLS_AT_SECONDS))
        .isCloseTo(fillsAt, withinPercentage(1e-9));
    assertThat(value(second, ExpansionFigure.ORDER_BY_SECONDS))
        .isCloseTo(fillsAt - 90 * DAY, withinPercentage(1e-9));
    assertThat(value(second, ExpansionFigure.LATE_BY_SECONDS)).isZero();
  }

  @Test
  void aLinesHorizonIsItsRecurringAndOneTime() {
    // The transfer-fee line of the agents' copy: a one-time fee on the seed and a recurring fee on
    // every change; the line not priced (no transfer tool named) has no horizon figure at all.
    Subject subject = Subject.of(Fixtures.everyCostLine(), "minimum", "gcs-archive");
    LineCosts costs = subject.result().costLines();
    double recurring = costs.recurring(CostLine.TRANSFER_FEE).usd();
    double oneTime = costs.oneTime(CostLine.TRANSFER_FEE).usd();
    assertThat(recurring).isPositive();
    assertThat(oneTime).isPositive();
    Derivation horizon = CostLineFigure.HORIZON_USD.derive(subject.onLine(CostLine.TRANSFER_FEE));
    assertThat(horizon.formula()).isEqualTo("line over the horizon = recurring + one-time");
    assertThat(horizon.inputs().keySet()).containsExactly("recurring", "one-time");
    assertThat(Figure.canonical(horizon.value()))
        .isCloseTo(recurring + oneTime, withinPercentage(1e-9));
    assertThat(CostLineFigure.HORIZON_USD.canonical(costs, CostLine.TRANSFER_FEE))
        .isCloseTo(recurring + oneTime, withinPercentage(1e-9));
  }

  @Test
  void theHorizonFormulaNamesTheMonthsBilled() {
    Subject subject = subjects().get(1);
    Derivation horizon = null;
    for (Derivation step : subject.derivations()) {
      if (step.figure().equals(PairFigure.HORIZON_COST_USD.id())) {
        horizon = step;
      }
    }
    // 5 years of 12 months
    assertThat(horizon.formula())
        .isEqualTo("horizon cost = Σ monthly cost over 60 months + one-time");
  }

  /**
   * The derivations of the figures of each year of the pair's expansion plan and of each of its
   * cost lines, which explain does not print but which the same registry rows define.
   */
  private static List<Derivation> yearAndLineDerivations(Subject subject) {
    List<Derivation> steps = new ArrayList<>();
    for (ExpansionStep year : subject.configuration().expansion()) {
      for (ExpansionFigure figure : ExpansionFigure.values()) {
        Derivation step = figure.derive(subject.atStep(year));
        if (step != null) {
          steps.add(step);
        }
      }
    }
    for (CostLine line : subject.result().costLines().lines()) {
      for (CostLineFigure figure : CostLineFigure.values()) {
        Derivation step = figure.derive(subject.onLine(line));
        if (step != null) {
          steps.add(step);
        }
      }
    }
    return steps;
  }

  /** The registry formula a derivation printed, its {@code {slot}} put back. */
  private static String template(Derivation step) {
    for (Figure figure : allFigures()) {
      if (!figure.id().equals(step.figure())) {
        continue;
      }
      for (Formula formula : figure.formulas()) {
        String pattern = Pattern.quote(formula.text()).replaceAll("\\{[a-z_]+\\}", "\\\\E.+\\\\Q");
        Matcher matcher = Pattern.compile(pattern).matcher(step.formula());
        if (matcher.matches()) {
          return formula.text();
        }
      }
    }
    throw new AssertionError("no formula of the registry prints \"" + step.formula() + "\"");
  }

  private static List<Figure> allFigures() {
    List<Figure> figures = new ArrayList<>(List.of(ScenarioFigure.values()));
    figures.addAll(List.of(ConfigurationFigure.values()));
    figures.addAll(List.of(PairFigure.values()));
    figures.addAll(List.of(ChangeProfileFigure.values()));
    figures.addAll(List.of(BacklogFigure.values()));
    figures.addAll(List.of(ExpansionFigure.values()));
    figures.addAll(List.of(CostLineFigure.values()));
    return figures;
  }

  private static Set<String> registryFormulas() {
    Set<String> texts = new LinkedHashSet<>();
    for (Figure figure : allFigures()) {
      for (Formula formula : figure.formulas()) {
        texts.add(formula.text());
      }
    }
    return texts;
  }

  @Test
  void aRuleIsListedExactlyWhenTheRegistryMarksItARule() {
    Set<String> marked = new LinkedHashSet<>();
    for (Figure figure : allFigures()) {
      for (Formula formula : figure.formulas()) {
        if (formula.isRule()) {
          marked.add(formula.text());
        }
      }
    }
    assertThat(marked).isEqualTo(RULES);
  }
}
