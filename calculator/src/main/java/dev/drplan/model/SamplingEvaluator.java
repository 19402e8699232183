package dev.drplan.model;

import dev.drplan.scenario.ApplianceSpec;
import dev.drplan.scenario.Configuration;
import dev.drplan.scenario.CopyEngine;
import dev.drplan.scenario.DataCopy;
import dev.drplan.scenario.Dataset;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.ExistingCopy;
import dev.drplan.scenario.NamespaceInCloud;
import dev.drplan.scenario.Network;
import dev.drplan.scenario.Objectives;
import dev.drplan.scenario.Primary;
import dev.drplan.scenario.Scenario;
import dev.drplan.units.DataSize;
import dev.drplan.units.Money;
import dev.drplan.units.TimeSpan;
import java.util.List;

/**
 * The figures a Monte Carlo sample records, computed from flat primitive state: Monte Carlo's
 * sampling path beside {@link Evaluator}, which stays the definition (docs/model.md, "Monte Carlo",
 * "The sampling path"). For every pair: the eight headline figures (seed, RPO, RTO, monthly cost at
 * day one and at H, one-time cost, horizon cost, replication rate), whether it is feasible and
 * meets max_seed, the RPO and the RTO; the recommended pair; whether each configuration holds the
 * data through the horizon. No scenario copy, no list, no reason or note is built: each rule of
 * {@link FeasibilityRules} that blocks a pair is asked as a comparison, each formula is the one of
 * its section's class, in canonical doubles.
 *
 * <p><b>State.</b> {@link #state(Scenario)} reads every input the figures depend on into one {@code
 * double[]} (a price or size the scenario leaves out is NaN), slot by slot; a sample is the base
 * scenario's state with the sampled slots overwritten, so a sampled key is supported when setting
 * it changes slots to the value set (what {@code dev.drplan.analysis.SamplingPath} checks once per
 * run). The horizon fixes the months and cannot be sampled ({@link #fixedSlots()}).
 *
 * <p><b>Agreement.</b> The contract is agreement within {@link #RELATIVE_TOLERANCE}. Every formula
 * takes its operands in the reference's order, so every figure but one is the reference's to the
 * last bit; a data copy's horizon cost is its prices times the bucket's integrals over the whole
 * horizon, where {@link MonthlyCosts} adds 60 months (the same sum in another order, a few parts in
 * 1e15 apart). A namespace month's node count is a product where the reference divides three times,
 * but the same count ({@link #countClearOfSteps}). What is shared is computed once per sample: the
 * costs of an option for its pairs, a bucket's integrals for its copies, the first configuration's
 * pairs for a configuration with the same egress.
 */
public final class SamplingEvaluator {
  /**
   * The largest relative difference allowed between a figure of this path and the reference's: room
   * for sums in another order (a few parts in 1e15 as built), far below any digit a report shows.
   */
  public static final double RELATIVE_TOLERANCE = 1e-9;

  // ---------------------------------------------------------------- figures, in Metric's order
  public static final int SEED = 0;
  public static final int RPO = 1;
  public static final int RTO = 2;
  public static final int MONTHLY_START = 3;
  public static final int MONTHLY_END = 4;
  public static final int ONE_TIME = 5;
  public static final int HORIZON = 6;
  public static final int REPLICATION = 7;

  /** Figures per pair. */
  public static final int FIGURES = 8;

  private static final PairFigure[] FIGURE_DEFINITIONS = {
    PairFigure.SEED_SECONDS,
    PairFigure.RPO_SECONDS,
    PairFigure.RTO_SECONDS,
    PairFigure.MONTHLY_COST_USD_START,
    PairFigure.MONTHLY_COST_USD_END,
    PairFigure.ONE_TIME_COST_USD,
    PairFigure.HORIZON_COST_USD,
    PairFigure.REPLICATION_BYTES_PER_SECOND
  };

  /** The index of {@code figure} in a pair's figures, or -1 when this path does not compute it. */
  public static int figureIndex(PairFigure figure) {
    for (int i = 0; i < FIGURE_DEFINITIONS.length; i++) {
      if (FIGURE_DEFINITIONS[i] == figure) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------------- state slots
  private static final int L0 = 0;
  private static final int GROWTH = 1;
  private static final int CHANGE = 2;
  private static final int PEAK_FACTOR = 3;
  private static final int OVERWRITE = 4;
  private static final int FILE_SIZE = 5;
  private static final int REDUCTION = 6;
  private static final int CIRCUITS = 7;
  private static final int LINE_RATE = 8;
  private static final int EFFICIENCY = 9;
  private static final int DR_SHARE = 10;
  private static final int PORT_COST = 11;
  private static final int VLAN_CAPACITY = 12;
  private static final int VLAN_HOURLY = 13;
  private static final int RPO_OBJECTIVE = 14;
  private static final int RTO_OBJECTIVE = 15;
  private static final int SCOPE = 16;
  private static final int MAX_SEED = 17;
  private static final int HORIZON_SECONDS = 18;
  private static final int FILL = 19;
  private static final int DBOX_RAW = 20;
  private static final int CBOX_NODES = 21;
  private static final int PER_NODE_REPLICATION = 22;
  // Inputs no recorded figure reads (they price a recovery event, time an order, state a
  // confidence): held so that sampling them is known to change nothing here.
  private static final int RTT = 23;
  private static final int RPO_COMPLIANCE = 24;
  private static final int CONFIDENCE = 25;
  // The boxes' prices: read only by the verdict's order of configurations (their on-prem spend).
  private static final int DBOX_PRICE = 26;
  private static final int CBOX_PRICE = 27;
  private static final int LEAD_TIME = 28;
  private static final int GLOBALS = 29;

  // per configuration, from configurationBase(c)
  private static final int CBOXES = 0;
  private static final int DBOXES = 1;
  private static final int USABLE = 2;
  private static final int CONFIGURATION_SLOTS = 3;

  // per option, from optionBase(o); a namespace and a data copy use their own slots
  private static final int INTERVAL = 0;
  private static final int SSD = 1;
  private static final int NODE_NETWORK = 2;
  private static final int HOURLY = 3;
  private static final int PROTECTION = 4;
  private static final int NS_REDUCTION = 5;
  private static final int MAX_NODES = 6;
  private static final int NS_FILL = 7;
  private static final int DISCOUNT = 8;
  private static final int FAILOVER = 9;
  private static final int LICENCE = 10;
  private static final int STORAGE_PER_GIB = 11;
  private static final int CLASS_A = 12;
  private static final int OBJECT_SIZE = 13;
  private static final int RETENTION = 14;
  private static final int MIN_DURATION = 15;
  private static final int HOSTS = 16;
  private static final int STREAMS = 17;
  private static final int PER_STREAM = 18;
  private static final int HOST_NIC = 19;
  private static final int FEE = 20;
  private static final int HOST_COST = 21;
  private static final int APPLIANCE_CAPACITY = 22;
  private static final int ROUND_TRIP = 23;
  private static final int IN_FLIGHT = 24;
  private static final int APPLIANCE_FEE = 25;
  private static final int SHIPPING = 26;
  private static final int COPY_AGE = 27;
  private static final int COPY_EGRESS = 28;
  private static final int CLOUD_START = 29;
  // read by no recorded figure: one recovery event's retrieval and egress prices
  private static final int RETRIEVAL = 30;
  private static final int EGRESS = 31;
  // a mover VM's hourly price, when the hosts are VMs (then HOST_COST is NaN); NaN otherwise
  private static final int HOST_HOURLY = 32;
  // the inter-region replication price per GiB when the line is priced; NaN otherwise (a region,
  // or the catalog's placeholder of 0: CloudCost.replicationPerGib)
  private static final int REPLICATION_PRICE = 33;
  private static final int OPTION_SLOTS = 34;

  // seed modes of a data copy
  private static final int OVER_NETWORK = 0;
  private static final int BY_APPLIANCE = 1;
  private static final int FROM_EXISTING_COPY = 2;

  // flags of a pair
  public static final int FEASIBLE = 1;
  public static final int MEETS_SEED = 2;
  public static final int MEETS_RPO = 4;
  public static final int MEETS_RTO = 8;

  private final int configurations;
  private final int options;
  private final boolean[] namespace;
  private final int[] seedMode;
  private final boolean[] restoresToPrimary;
  private final int months;
  private final double horizonSeconds;
  private final double[] base;

  private SamplingEvaluator(Scenario scenario) {
    this.configurations = scenario.primary().configurations().size();
    this.options = scenario.options().size();
    this.namespace = new boolean[options];
    this.seedMode = new int[options];
    this.restoresToPrimary = new boolean[options];
    for (int o = 0; o < options; o++) {
      DrOption option = scenario.options().get(o);
      namespace[o] = option instanceof NamespaceInCloud;
      if (!namespace[o]) {
        DataCopy copy = (DataCopy) option;
        seedMode[o] =
            copy.seed().byAppliance()
                ? BY_APPLIANCE
                : copy.seed().fromExistingCopy() ? FROM_EXISTING_COPY : OVER_NETWORK;
        restoresToPrimary[o] = copy.recovery().restoresToPrimary();
      }
    }
    this.months = CloudCost.months(scenario.horizon());
    this.horizonSeconds = scenario.horizon().seconds();
    this.base = state(scenario);
  }

  /** The sampling path for scenarios shaped like {@code base}: its configurations and options. */
  public static SamplingEvaluator of(Scenario base) {
    return new SamplingEvaluator(base);
  }

  /** Pairs per sample: configurations × options, configurations outer as in {@link Evaluator}. */
  public int pairs() {
    return configurations * options;
  }

  public int configurations() {
    return configurations;
  }

  /** A copy of the base scenario's state. */
  public double[] baseState() {
    return base.clone();
  }

  /** The slots a sample may not set: the horizon, which fixes the months. */
  public int[] fixedSlots() {
    return new int[] {HORIZON_SECONDS};
  }

  private static int configurationBase(int c) {
    return GLOBALS + c * CONFIGURATION_SLOTS;
  }

  private int optionBase(int o) {
    return GLOBALS + configurations * CONFIGURATION_SLOTS + o * OPTION_SLOTS;
  }

  /**
   * The state of {@code scenario}, which must have the base scenario's configurations and options
   * with the same kinds, seeds and recoveries.
   *
   * @throws IllegalArgumentException when it does not
   */
  public double[] state(Scenario scenario) {
    List<Configuration> configured = scenario.primary().configurations();
    List<DrOption> drOptions = scenario.options();
    if (configured.size() != configurations || drOptions.size() != options) {
      throw new IllegalArgumentException("not the base scenario's configurations and options");
    }
    double[] state =
        new double[GLOBALS + configurations * CONFIGURATION_SLOTS + options * OPTION_SLOTS];
    java.util.Arrays.fill(state, Double.NaN);
    Dataset dataset = scenario.dataset();
    state[L0] = dataset.logicalSize().bytes();
    state[GROWTH] = dataset.annualGrowth().value();
    state[CHANGE] = dataset.dailyChange().value();
    state[PEAK_FACTOR] = dataset.peakFactor();
    state[OVERWRITE] = dataset.overwriteShare().value();
    state[FILE_SIZE] = size(dataset.averageFileSize());
    state[REDUCTION] = dataset.reductionRatio();
    Network network = scenario.network();
    state[CIRCUITS] = network.circuits();
    state[LINE_RATE] = network.lineRate().bytesPerSecond();
    state[EFFICIENCY] = network.efficiency().value();
    state[DR_SHARE] = network.drShare().value();
    state[PORT_COST] = network.monthlyPortCost().usd();
    state[VLAN_CAPACITY] =
        network.vlanAttachmentCapacity() == null
            ? Double.NaN
            : network.vlanAttachmentCapacity().bytesPerSecond();
    state[VLAN_HOURLY] = usd(network.vlanAttachmentHourly());
    Objectives objectives = scenario.objectives();
    state[RPO_OBJECTIVE] = objectives.rpo().seconds();
    state[RTO_OBJECTIVE] = objectives.rto().seconds();
    state[SCOPE] = objectives.recoveryScope().value();
    state[MAX_SEED] = objectives.maxSeed().seconds();
    state[HORIZON_SECONDS] = scenario.horizon().seconds();
    state[RTT] = network.rtt() == null ? Double.NaN : network.rtt().seconds();
    state[RPO_COMPLIANCE] =
        objectives.rpoCompliance() == null ? Double.NaN : objectives.rpoCompliance().value();
    state[CONFIDENCE] =
        objectives.confidence() == null ? Double.NaN : objectives.confidence().value();
    Primary primary = scenario.primary();
    state[FILL] = primary.fillLimit().value();
    state[DBOX_RAW] = primary.dbox().rawSize().bytes();
    state[CBOX_NODES] = primary.cbox().nodes();
    state[PER_NODE_REPLICATION] = primary.cbox().perNodeReplication().bytesPerSecond();
    state[DBOX_PRICE] = usd(primary.dboxPrice());
    state[CBOX_PRICE] = usd(primary.cboxPrice());
    state[LEAD_TIME] = primary.leadTime() == null ? Double.NaN : primary.leadTime().seconds();
    for (int c = 0; c < configurations; c++) {
      Configuration configuration = configured.get(c);
      int at = configurationBase(c);
      state[at + CBOXES] = configuration.cboxes();
      state[at + DBOXES] = configuration.dboxes();
      state[at + USABLE] = PrimaryFit.usableEfficiency(primary, configuration).value();
    }
    for (int o = 0; o < options; o++) {
      DrOption option = drOptions.get(o);
      int at = optionBase(o);
      if (option instanceof NamespaceInCloud != namespace[o]) {
        throw new IllegalArgumentException("option " + option.name() + " changed kind");
      }
      if (namespace[o]) {
        NamespaceInCloud cloud = (NamespaceInCloud) option;
        state[at + INTERVAL] = cloud.replicationInterval().seconds();
        state[at + SSD] = cloud.machine().localSsd().bytes();
        state[at + NODE_NETWORK] = cloud.machine().network().bytesPerSecond();
        state[at + HOURLY] = cloud.machine().hourly().usd();
        state[at + PROTECTION] = cloud.protectionOverhead().value();
        state[at + NS_REDUCTION] = cloud.reductionRatio();
        state[at + MAX_NODES] = cloud.maxNodes();
        state[at + NS_FILL] = cloud.fillLimit().value();
        state[at + DISCOUNT] = cloud.commitmentDiscount().value();
        state[at + FAILOVER] = cloud.failoverTime().seconds();
        state[at + LICENCE] = usd(cloud.licencePerTbMonth());
        state[at + EGRESS] = usd(cloud.egressPerGib());
        continue;
      }
      DataCopy copy = (DataCopy) option;
      int mode =
          copy.seed().byAppliance()
              ? BY_APPLIANCE
              : copy.seed().fromExistingCopy() ? FROM_EXISTING_COPY : OVER_NETWORK;
      if (mode != seedMode[o] || copy.recovery().restoresToPrimary() != restoresToPrimary[o]) {
        throw new IllegalArgumentException(
            "option " + option.name() + " changed its seed or recovery");
      }
      state[at + INTERVAL] = copy.replicationInterval().seconds();
      state[at + STORAGE_PER_GIB] = copy.prices().storagePerGibMonth().usd();
      state[at + CLASS_A] = copy.prices().classAPer1000().usd();
      state[at + MIN_DURATION] = copy.prices().minStorageDuration().seconds();
      state[at + RETRIEVAL] = copy.prices().retrievalPerGib().usd();
      state[at + EGRESS] = copy.prices().egressPerGib().usd();
      state[at + OBJECT_SIZE] = copy.objectSize().bytes();
      state[at + RETENTION] = copy.retention().seconds();
      CopyEngine engine = copy.copyEngine();
      state[at + HOSTS] = engine.hosts();
      state[at + STREAMS] = engine.streamsPerHost();
      state[at + PER_STREAM] = engine.perStream().bytesPerSecond();
      state[at + HOST_NIC] = engine.hostNic().bytesPerSecond();
      state[at + FEE] = usd(engine.transferFeePerGib());
      state[at + REPLICATION_PRICE] = usd(CloudCost.replicationPerGib(scenario, copy));
      // The monthly cost as given, or the VM's hourly price: each key sets a slot to its value.
      state[at + HOST_COST] = usd(engine.hostMonthlyCost());
      state[at + HOST_HOURLY] =
          engine.hostMachine() == null ? Double.NaN : engine.hostMachine().hourly().usd();
      ApplianceSpec appliance = copy.seed().appliance();
      if (appliance != null) {
        state[at + APPLIANCE_CAPACITY] = appliance.capacity().bytes();
        state[at + ROUND_TRIP] = appliance.roundTrip().seconds();
        state[at + IN_FLIGHT] = appliance.inFlight();
        state[at + APPLIANCE_FEE] = appliance.fee().usd();
        state[at + SHIPPING] = appliance.shipping().usd();
      }
      ExistingCopy existing = copy.seed().existingCopy();
      if (existing != null) {
        state[at + COPY_AGE] = existing.age().seconds();
        state[at + COPY_EGRESS] = usd(existing.egressPerGib());
      }
      state[at + CLOUD_START] =
          copy.recovery().cloudStartTime() == null
              ? Double.NaN
              : copy.recovery().cloudStartTime().seconds();
    }
    return state;
  }

  private static double usd(Money money) {
    return money == null ? Double.NaN : money.usd();
  }

  private static double size(DataSize size) {
    return size == null ? Double.NaN : size.bytes();
  }

  /** A new sample's output and scratch, for one thread. */
  public Sample newSample() {
    return new Sample(this);
  }

  /**
   * What one sample found, reused from sample to sample by one thread: pair p's figure i is {@code
   * figures[p * FIGURES + i]} (NaN where the figure cannot exist), its flags {@code flags[p]}.
   */
  public static final class Sample {
    public final double[] figures;
    public final int[] flags;

    /**
     * The blocking reasons of each pair, a bit per {@link ReasonCode#ordinal()}: the codes {@link
     * Evaluator#evaluate} gives the pair's reasons (without a change profile's replay).
     */
    public final long[] reasons;

    /** Whether {@link #reasons} is wanted (decide's counts); Monte Carlo leaves it unset. */
    public boolean withReasons;

    public final boolean[] fitsHorizon;

    /** The recommended pair, or -1 when none is feasible. */
    public int recommended;

    // scratch
    final double[] series;
    final double[] withinYear;
    final double[] timeToFull;
    final double[] egress;

    /** Each configuration's on-prem spend, NaN until the verdict's order asks for it. */
    final double[] onPremSpend;

    /**
     * L at each year end, [year − 1], for the on-prem spend; the same for every configuration, so
     * computed for the first that asks, once a sample (NaN in the first slot until then).
     */
    final double[] logicalAtYearEnds;

    final double[] start;
    final double[] end;
    final double[] oneTime;
    final double[] horizon;
    final double[] target;
    final double[] nodesMax;
    final double[] nodesStart;
    final double[] bucketKeys;

    /** The buckets of this sample so far, their keys in bucketKeys. */
    int buckets;

    final double[] bucketSums;

    final double[] integral = new double[3];

    /** The bucket of {@link #bucketSums}, reset for each of a sample's buckets. */
    final CopyBucket bucket = new CopyBucket();

    Sample(SamplingEvaluator evaluator) {
      int pairs = evaluator.pairs();
      int options = evaluator.options;
      figures = new double[pairs * FIGURES];
      flags = new int[pairs];
      reasons = new long[pairs];
      fitsHorizon = new boolean[evaluator.configurations];
      series = new double[evaluator.months];
      withinYear = new double[Math.min(evaluator.months, 12)];
      timeToFull = new double[evaluator.configurations];
      egress = new double[evaluator.configurations];
      onPremSpend = new double[evaluator.configurations];
      logicalAtYearEnds =
          new double[(int) Counts.ceil(evaluator.horizonSeconds / TimeSpan.SECONDS_PER_YEAR)];
      start = new double[options];
      end = new double[options];
      oneTime = new double[options];
      horizon = new double[options];
      target = new double[options];
      nodesMax = new double[options];
      nodesStart = new double[options];
      bucketKeys = new double[2 * options];
      bucketSums = new double[BUCKET_FIGURES * options];
    }
  }

  // a bucket's figures in Sample.bucketSums
  private static final int STORED_START = 0;
  private static final int STORED_END = 1;
  private static final int EARLY_END = 2;
  // ∫ L and ∫ (L + K + early deletion) over the horizon, in month-averages
  private static final int LOGICAL_MONTHS = 3;
  private static final int BILLED_MONTHS = 4;
  private static final int BUCKET_FIGURES = 5;

  /**
   * Evaluates the scenario whose state is {@code s} into {@code out}.
   *
   * @throws ArithmeticException where the reference would fail too (a count beyond a long)
   */
  public void evaluate(double[] s, Sample out) {
    // §1: the timeline (Timeline's constructor, in doubles).
    double l0 = s[L0];
    double g = s[GROWTH];
    double change = s[CHANGE];
    double lnGrowth = StrictMath.log1p(g);
    Turnover turnover = Turnover.of(lnGrowth, change, s[OVERWRITE]);
    double horizonDays = horizonSeconds / TimeSpan.SECONDS_PER_DAY;
    double[] series = out.series;
    Timeline.growthSeries(l0, 1 + g, series, out.withinYear);
    double fullMonthGrowthIntegral = Timeline.monthGrowthIntegral(turnover.growth(), series);
    double lastMonthEndDays = Math.min(months * Timeline.MONTH_DAYS, horizonDays);
    double lastDays = lastMonthEndDays - (months - 1) * Timeline.MONTH_DAYS;
    double lastMonthGrowthIntegral =
        lastDays == Timeline.MONTH_DAYS
            ? fullMonthGrowthIntegral
            : CopyBucket.growthIntegral(turnover.growth(), lastDays);
    double lastMonthShare = lastDays / Timeline.MONTH_DAYS;
    double shares = months - 1 + lastMonthShare;
    double lh = l0 * StrictMath.pow(1 + g, horizonSeconds / TimeSpan.SECONDS_PER_YEAR);
    double changeRateStart = l0 * change / TimeSpan.SECONDS_PER_DAY;
    double largest = lh >= l0 ? lh : l0;
    double peak = largest * change / TimeSpan.SECONDS_PER_DAY * s[PEAK_FACTOR];
    double network = s[LINE_RATE] * (s[CIRCUITS] * s[EFFICIENCY] * s[DR_SHARE]);
    double ports = s[PORT_COST] * s[CIRCUITS];
    boolean vlanPriced = !Double.isNaN(s[VLAN_HOURLY]);
    double vlan =
        vlanPriced
            ? s[VLAN_HOURLY]
                * (Counts.ceil(s[LINE_RATE] * (s[CIRCUITS] * s[DR_SHARE]) / s[VLAN_CAPACITY])
                    * CloudCost.HOURS_PER_MONTH)
            : 0;
    double recovered = lh * s[SCOPE];

    // §2: each configuration's fit and egress.
    for (int c = 0; c < configurations; c++) {
      int at = configurationBase(c);
      double usable = s[at + USABLE];
      double raw = s[DBOX_RAW] * s[at + DBOXES];
      double threshold = raw * usable * s[REDUCTION] * s[FILL];
      double timeToFull;
      if (l0 > threshold) {
        timeToFull = 0;
      } else if (g <= 0 || l0 == 0) {
        timeToFull = Double.NaN; // never full
      } else {
        timeToFull = StrictMath.log(threshold / l0) / lnGrowth * TimeSpan.SECONDS_PER_YEAR;
      }
      boolean fitsNow = l0 <= threshold;
      out.timeToFull[c] = timeToFull;
      out.fitsHorizon[c] = fitsNow && (Double.isNaN(timeToFull) || timeToFull >= horizonSeconds);
      out.egress[c] = s[PER_NODE_REPLICATION] * ((double) s[at + CBOXES] * s[CBOX_NODES]);
      out.onPremSpend[c] = Double.NaN;
    }
    if (out.logicalAtYearEnds.length > 0) {
      out.logicalAtYearEnds[0] = Double.NaN;
    }

    // §6, §7: each option's costs and target rate, shared by its pairs.
    out.buckets = 0;
    for (int o = 0; o < options; o++) {
      int at = optionBase(o);
      if (namespace[o]) {
        namespaceCosts(
            s,
            at,
            o,
            out,
            l0,
            lh,
            series,
            fullMonthGrowthIntegral,
            lastMonthGrowthIntegral,
            lastMonthShare,
            shares,
            ports,
            vlan);
        continue;
      }
      dataCopyCosts(
          s,
          at,
          o,
          out,
          turnover,
          fullMonthGrowthIntegral,
          horizonDays,
          lastMonthEndDays,
          l0,
          lh,
          change,
          shares,
          ports,
          vlanPriced,
          vlan);
    }

    pairs(s, out, l0, network, changeRateStart, peak, recovered);
  }

  /**
   * §3–§6 and §8: each pair's figures and flags from its option's costs, and the recommended pair.
   * A method of its own, compiled apart from {@link #evaluate}: a branch no sample took while C2
   * compiled (a tie of the verdict's order met once in thousands of samples) sends the compiled
   * code back to the interpreter when first taken, and C2 then recompiles this method alone, not
   * the whole evaluation (benchmarks/README.md, "Issue 12, ninth round").
   */
  private void pairs(
      double[] s,
      Sample out,
      double l0,
      double network,
      double changeRateStart,
      double peak,
      double recovered) {
    double rpoObjective = s[RPO_OBJECTIVE];
    double rtoObjective = s[RTO_OBJECTIVE];
    double maxSeed = s[MAX_SEED];
    int best = -1;
    for (int c = 0; c < configurations; c++) {
      // A configuration with the first one's egress gives each option the same figures (they
      // depend on the configuration through the replication rate alone): copied.
      boolean likeFirst = c > 0 && out.egress[c] == out.egress[0];
      for (int o = 0; o < options; o++) {
        int pair = c * options + o;
        if (likeFirst) {
          System.arraycopy(out.figures, o * FIGURES, out.figures, pair * FIGURES, FIGURES);
          out.flags[pair] = out.flags[o];
          out.reasons[pair] = out.reasons[o];
        } else {
          int at = optionBase(o);
          double rate = Math.min(network, Math.min(out.egress[c], out.target[o])); // RateChoice.min
          double seed = seedSeconds(s, at, o, l0, rate, changeRateStart);
          double rpo = peak >= rate ? Double.NaN : s[at + INTERVAL] * (1 + peak / rate);
          double rto;
          boolean blocked;
          if (namespace[o]) {
            rto = s[at + FAILOVER];
            blocked = out.nodesMax[o] > s[at + MAX_NODES];
          } else {
            if (restoresToPrimary[o]) {
              rto = rate == 0 ? (recovered == 0 ? 0 : Double.NaN) : recovered / rate;
            } else {
              rto = s[at + CLOUD_START];
            }
            blocked = s[at + OBJECT_SIZE] > FeasibilityRules.MAX_OBJECT_SIZE.bytes();
          }
          boolean converges = !Double.isNaN(seed);
          boolean meetsSeed = converges && seed <= maxSeed;
          boolean meetsRpo = !Double.isNaN(rpo) && rpo <= rpoObjective;
          boolean meetsRto = !Double.isNaN(rto) && rto <= rtoObjective;
          boolean feasible = rate != 0 && meetsSeed && meetsRpo && meetsRto && !blocked;
          out.reasons[pair] =
              feasible || !out.withReasons
                  ? 0
                  : reasons(o, rate, converges, meetsSeed, rpo, meetsRpo, meetsRto, blocked);
          out.flags[pair] =
              (feasible ? FEASIBLE : 0)
                  | (meetsSeed ? MEETS_SEED : 0)
                  | (meetsRpo ? MEETS_RPO : 0)
                  | (meetsRto ? MEETS_RTO : 0);
          int f = pair * FIGURES;
          out.figures[f + SEED] = seed;
          out.figures[f + RPO] = rpo;
          out.figures[f + RTO] = rto;
          out.figures[f + MONTHLY_START] = out.start[o];
          out.figures[f + MONTHLY_END] = out.end[o];
          out.figures[f + ONE_TIME] = out.oneTime[o];
          out.figures[f + HORIZON] = out.horizon[o];
          out.figures[f + REPLICATION] = rate;
        }
        // One call of before, not one per branch: C2 inlines it once.
        if ((out.flags[pair] & FEASIBLE) != 0 && (best < 0 || before(s, out, pair, best))) {
          best = pair;
        }
      }
    }
    out.recommended = best;
  }

  /**
   * The codes of a pair's blocking reasons, a bit each: FeasibilityRules, as Evaluator asks them. A
   * finite RPO above its objective is always RPO_MISSED here: it is finite only when the peak is
   * below the rate, and then every objective the schema admits (at least 1 ms) has a longest
   * interval that meets it (RecoveryPoint.longestIntervalMeeting), so RPO_UNREACHABLE, which only a
   * replayed change profile can give, never arises on this path.
   */
  private long reasons(
      int o,
      double rate,
      boolean converges,
      boolean meetsSeed,
      double rpo,
      boolean meetsRpo,
      boolean meetsRto,
      boolean blocked) {
    long reasons = 0;
    reasons |= rate == 0 ? NO_REPLICATION_RATE_BIT : 0;
    reasons |= converges ? 0 : SEED_NEVER_CONVERGES_BIT;
    reasons |= converges && !meetsSeed ? SEED_TOO_LONG_BIT : 0;
    reasons |= Double.isNaN(rpo) ? RPO_BACKLOG_GROWS_BIT : 0;
    reasons |= !Double.isNaN(rpo) && !meetsRpo ? RPO_MISSED_BIT : 0;
    reasons |= meetsRto ? 0 : RTO_MISSED_BIT;
    if (blocked) {
      reasons |= namespace[o] ? TOO_MANY_NODES_BIT : OBJECT_TOO_LARGE_BIT;
    }
    return reasons;
  }

  /** The bit of {@code code} in {@link Sample#reasons}. */
  public static long reasonBit(ReasonCode code) {
    return 1L << code.ordinal();
  }

  // The blocking reasons' bits (Sample.reasons).
  private static final long NO_REPLICATION_RATE_BIT = reasonBit(ReasonCode.NO_REPLICATION_RATE);
  private static final long SEED_NEVER_CONVERGES_BIT = reasonBit(ReasonCode.SEED_NEVER_CONVERGES);
  private static final long SEED_TOO_LONG_BIT = reasonBit(ReasonCode.SEED_TOO_LONG);
  private static final long RPO_BACKLOG_GROWS_BIT = reasonBit(ReasonCode.RPO_BACKLOG_GROWS);
  private static final long RPO_MISSED_BIT = reasonBit(ReasonCode.RPO_MISSED);
  private static final long RTO_MISSED_BIT = reasonBit(ReasonCode.RTO_MISSED);
  private static final long TOO_MANY_NODES_BIT = reasonBit(ReasonCode.TOO_MANY_NODES);
  private static final long OBJECT_TOO_LARGE_BIT = reasonBit(ReasonCode.OBJECT_TOO_LARGE);

  /** The seed's time (§4, SeedTime), NaN when it never converges. */
  private double seedSeconds(
      double[] s, int at, int o, double l0, double rate, double changeRateStart) {
    if (rate <= changeRateStart) {
      return Double.NaN;
    }
    double margin = Math.max(0, rate - changeRateStart);
    if (namespace[o] || seedMode[o] == OVER_NETWORK) {
      return l0 / margin;
    }
    if (seedMode[o] == BY_APPLIANCE) {
      long loads = Counts.ceil(l0 / s[at + APPLIANCE_CAPACITY]);
      long batches = Counts.ceil((double) loads / (int) s[at + IN_FLIGHT]);
      double shipping = s[at + ROUND_TRIP] * batches;
      return shipping + changeRateStart * shipping / margin;
    }
    return SeedTime.changedSince(l0, s[CHANGE], s[at + COPY_AGE] / TimeSpan.SECONDS_PER_DAY)
        / margin;
  }

  /**
   * Whether pair {@code a} comes before pair {@code b} in the verdict's order (Verdict.recommend):
   * cheaper beyond the cost tie, else by configuration.
   */
  private boolean before(double[] s, Sample out, int a, int b) {
    int byCost =
        Verdict.compareCosts(
            out.figures[a * FIGURES + HORIZON], out.figures[b * FIGURES + HORIZON]);
    if (byCost != 0) {
      return byCost < 0;
    }
    int ca = a / options;
    int cb = b / options;
    if (ca != cb && !Double.isNaN(s[DBOX_PRICE]) && !Double.isNaN(s[CBOX_PRICE])) {
      int bySpend = Verdict.compareCosts(onPremSpend(s, out, ca), onPremSpend(s, out, cb));
      if (bySpend != 0) {
        return bySpend < 0;
      }
    }
    if (out.fitsHorizon[ca] != out.fitsHorizon[cb]) {
      return out.fitsHorizon[ca];
    }
    if (!out.fitsHorizon[ca]) {
      int byLasting = Double.compare(-lasts(out, ca), -lasts(out, cb));
      if (byLasting != 0) {
        return byLasting < 0;
      }
    }
    return s[configurationBase(ca) + DBOXES] < s[configurationBase(cb) + DBOXES];
  }

  /**
   * Configuration c's on-prem spend over the horizon (PrimaryFit.onPremSpend: the purchase, then at
   * each year end the D-boxes the data needs beyond those owned), computed once a sample and only
   * when the verdict's order asks for it: pairs of equal cost in two configurations.
   */
  private double onPremSpend(double[] s, Sample out, int c) {
    if (!Double.isNaN(out.onPremSpend[c])) {
      return out.onPremSpend[c];
    }
    int at = configurationBase(c);
    double dboxPrice = s[DBOX_PRICE];
    double total = dboxPrice * s[at + DBOXES] + s[CBOX_PRICE] * s[at + CBOXES];
    double perBox = s[FILL] * s[DBOX_RAW] * s[at + USABLE] * s[REDUCTION];
    double[] logicalAtYearEnds = logicalAtYearEnds(s, out);
    long owned = (long) s[at + DBOXES];
    for (double logical : logicalAtYearEnds) {
      long needed = Math.max(owned, Counts.ceil(logical / perBox));
      total += dboxPrice * (needed - owned);
      owned = needed;
    }
    out.onPremSpend[c] = total;
    return total;
  }

  /** L at each year end (PrimaryFit.logicalAtYearEnds), once a sample: see Sample. */
  private double[] logicalAtYearEnds(double[] s, Sample out) {
    double[] logical = out.logicalAtYearEnds;
    if (logical.length == 0 || !Double.isNaN(logical[0])) {
      return logical;
    }
    // As PrimaryFit.logicalAtYearEnds: a whole year's factor by multiplication, a partial last
    // year's a power of H in years (TimeSpan.years(), the same bits).
    double horizonYears = horizonSeconds / TimeSpan.SECONDS_PER_YEAR;
    double base = 1 + s[GROWTH];
    double factor = 1;
    for (int year = 1; year <= logical.length; year++) {
      factor *= base;
      logical[year - 1] =
          year <= horizonYears ? s[L0] * factor : s[L0] * StrictMath.pow(base, horizonYears);
    }
    return logical;
  }

  private static double lasts(Sample out, int c) {
    return Double.isNaN(out.timeToFull[c]) ? Double.MAX_VALUE : out.timeToFull[c];
  }

  /** A namespace's costs and target rate (CostLedger.namespace, §3, §7). */
  private void namespaceCosts(
      double[] s,
      int at,
      int o,
      Sample out,
      double l0,
      double lh,
      double[] series,
      double fullMonthGrowthIntegral,
      double lastMonthGrowthIntegral,
      double lastMonthShare,
      double shares,
      double ports,
      double vlan) {
    double protection = 1 - s[at + PROTECTION];
    double divisor = s[at + NS_REDUCTION] * protection * s[at + NS_FILL];
    double ssd = s[at + SSD];
    double vmPerNode = s[at + HOURLY] * (1 * (1 - s[at + DISCOUNT]) * CloudCost.HOURS_PER_MONTH);
    double licence = s[at + LICENCE];
    boolean licensed = !Double.isNaN(licence);
    double licencePerNode = licensed ? licence * (ssd * protection) / DataSize.TB : 0;
    long nodesStart = CloudCost.nodes(l0, divisor, ssd);
    long nodesEnd = CloudCost.nodes(lh, divisor, ssd);
    long nodesMax = Math.max(nodesStart, nodesEnd);
    double perNode = vmPerNode + licencePerNode;
    double flat = ports + vlan;
    double total = 0;
    // Every month but the last is whole: share 1, days a month (1 · x is x, to the bit). Its node
    // count is L at its start times one factor, where the reference divides three times: the same
    // count wherever the product lies clear of Counts.ceil's steps (countClearOfSteps), else
    // counted as the reference counts it.
    double nodesPerByte = fullMonthGrowthIntegral / Timeline.MONTH_DAYS / divisor / ssd;
    for (int m = 0; m < months - 1; m++) {
      long nodes = countClearOfSteps(series[m] * nodesPerByte);
      if (nodes < 0) {
        double average = series[m] * fullMonthGrowthIntegral / Timeline.MONTH_DAYS;
        nodes = CloudCost.nodes(average, divisor, ssd);
      }
      nodesMax = Math.max(nodesMax, nodes);
      total += nodes * perNode + flat;
    }
    int last = months - 1;
    double days = lastMonthShare * Timeline.MONTH_DAYS;
    double average = days > 0 ? series[last] * lastMonthGrowthIntegral / days : series[last];
    long nodes = CloudCost.nodes(average, divisor, ssd);
    nodesMax = Math.max(nodesMax, nodes);
    total += lastMonthShare * (nodes * perNode + flat);
    // LineCosts' totals, line by line in CostLine order: VMs, licence, ports, VLAN attachments.
    double start = nodesStart * vmPerNode;
    double end = nodesEnd * vmPerNode;
    if (licensed) {
      start += licence * (ssd * protection * nodesStart / DataSize.TB);
      end += licence * (ssd * protection * nodesEnd / DataSize.TB);
    }
    out.start[o] = start + ports + vlan;
    out.end[o] = end + ports + vlan;
    out.oneTime[o] = 0;
    out.horizon[o] = total + 0.0;
    out.nodesStart[o] = nodesStart;
    out.nodesMax[o] = Math.max(nodesMax, nodesStart);
    out.target[o] = s[at + NODE_NETWORK] * nodesStart;
  }

  /**
   * {@link Counts#ceil} of a quotient q, given {@code x}, the same quotient computed in another
   * order (within 8 roundings of q, below 1e-15 of it), or -1 when x lies too close to one of
   * ceil's steps for the two to be known equal. For a count from 1 to 10^8, ceil's steps are where
   * the distance to the nearest whole number n crosses its snapping tolerance of 1e-9 · n: at a
   * whole number itself both snap to n, and half-way between two both round up. So x and q give the
   * same count when that distance is more than 1e-13 · n away from the tolerance, a hundred times
   * the largest difference between them.
   */
  static long countClearOfSteps(double x) {
    if (!(x >= 1 && x <= 1e8)) {
      return -1; // outside the range argued above (and NaN)
    }
    double nearest = Math.rint(x);
    double beyondTolerance = Math.abs(x - nearest) - 1e-9 * nearest;
    if (Math.abs(beyondTolerance) <= 1e-13 * nearest) {
      return -1;
    }
    return beyondTolerance <= 0 ? (long) nearest : (long) Math.ceil(x);
  }

  /**
   * One bucket's sums over the horizon (BucketSeries, §7): ∫ L and what storage bills, in
   * month-averages, and the stored and early-deletion figures at day one and at H. The reference
   * integrates month by month and adds the months; their sum is the integral over the whole
   * horizon, which {@link CopyBucket#month} gives in one call, split only where the first deletions
   * start and settle: the same closed forms, the terms added in another order (within {@link
   * #RELATIVE_TOLERANCE}; a few parts in 1e15 apart on the bundled scenarios).
   */
  private void bucketSums(
      Turnover turnover,
      double l0,
      double lh,
      double retention,
      double minimum,
      double fullMonthGrowthIntegral,
      double horizonDays,
      double lastMonthEndDays,
      Sample out,
      int bucketIndex) {
    double[] integral = out.integral;
    double[] sums = out.bucketSums;
    int at = bucketIndex * BUCKET_FIGURES;
    // A month's decay factors are read only by a piece of a whole month, which one call over the
    // whole horizon seldom has: the bucket computes them if it does (an exp and a series saved).
    // The sample's one bucket, reset: as a new CopyBucket(turnover, ...), without allocating one.
    CopyBucket bucket =
        out.bucket.reset(
            turnover, l0, retention, minimum, fullMonthGrowthIntegral, Double.NaN, Double.NaN);
    bucket.month(0, lastMonthEndDays, l0, integral);
    sums[at + LOGICAL_MONTHS] = integral[0];
    sums[at + BILLED_MONTHS] = integral[0] + integral[1] + integral[2];
    // Nothing is retained at day one: stored(0, L0) is L0 · (1 + ρ · 0), which is L0 to the bit
    // whenever the rates are finite (its series over zero days is a series all the same).
    sums[at + STORED_START] =
        Double.isFinite(turnover.growth()) && Double.isFinite(turnover.removed())
            ? l0
            : bucket.stored(0, l0);
    sums[at + STORED_END] = bucket.stored(horizonDays, lh);
    sums[at + EARLY_END] = bucket.earlyDeletion(horizonDays, lh);
  }

  /**
   * A data copy's costs and target rate (CostLedger.dataCopy, §3, §7), with its bucket's sums:
   * those of an earlier copy of the sample with the same retention and class minimum, else
   * computed. The bucket is found and computed here, not in {@link #evaluate}'s loop over the
   * options, so that C2 compiles the bucket's closed forms once, in this method: inlined into that
   * loop they were copied into each of the copies C2 makes of a loop's body (the evaluation's
   * compiled code about half as large; benchmarks/README.md, "Issue 12, ninth round").
   */
  private void dataCopyCosts(
      double[] s,
      int at,
      int o,
      Sample out,
      Turnover turnover,
      double fullMonthGrowthIntegral,
      double horizonDays,
      double lastMonthEndDays,
      double l0,
      double logicalEnd,
      double change,
      double shares,
      double ports,
      boolean vlanPriced,
      double vlan) {
    double retention = s[at + RETENTION] / TimeSpan.SECONDS_PER_DAY;
    double minimum = s[at + MIN_DURATION] / TimeSpan.SECONDS_PER_DAY;
    int bucketIndex = -1;
    for (int b = 0; b < out.buckets; b++) {
      if (out.bucketKeys[2 * b] == retention && out.bucketKeys[2 * b + 1] == minimum) {
        bucketIndex = b;
        break;
      }
    }
    if (bucketIndex < 0) {
      bucketIndex = out.buckets++;
      out.bucketKeys[2 * bucketIndex] = retention;
      out.bucketKeys[2 * bucketIndex + 1] = minimum;
      bucketSums(
          turnover,
          l0,
          logicalEnd,
          retention,
          minimum,
          fullMonthGrowthIntegral,
          horizonDays,
          lastMonthEndDays,
          out,
          bucketIndex);
    }
    double[] sums = out.bucketSums;
    int bucket = bucketIndex * BUCKET_FIGURES;
    double perGib = s[at + STORAGE_PER_GIB];
    double classA = s[at + CLASS_A];
    double objectBytes = s[at + OBJECT_SIZE];
    double fee = s[at + FEE];
    boolean feePriced = !Double.isNaN(fee);
    double feePerGib = feePriced ? fee : 0;
    double hostHourly = s[at + HOST_HOURLY];
    // One host's month as CloudCost.hostMonthly: a VM's hourly · 730.5 h, or the cost given.
    double hostMonthly =
        Double.isNaN(hostHourly) ? s[at + HOST_COST] : hostHourly * CloudCost.HOURS_PER_MONTH;
    boolean hostsPriced = !Double.isNaN(hostMonthly);
    double hostsMonthly = hostsPriced ? hostMonthly * s[at + HOSTS] : 0;
    double storagePerByte = CloudCost.storageMonthly(perGib, 1);
    double writesPerByte = CloudCost.writesMonthly(classA, 1, change, objectBytes);
    double feePerByte = CloudCost.transferFeeMonthly(feePerGib, 1, change);
    double replication = s[at + REPLICATION_PRICE];
    boolean replicationPriced = !Double.isNaN(replication);
    double replicationPerGib = replicationPriced ? replication : 0;
    double replicationPerByte = CloudCost.transferFeeMonthly(replicationPerGib, 1, change);

    // Run rates at day one and at H, line by line in CostLine order (LineCosts' totals).
    double start = CloudCost.storageMonthly(perGib, sums[bucket + STORED_START]);
    start += 0; // early deletion starts at zero
    start += CloudCost.writesMonthly(classA, l0, change, objectBytes);
    if (feePriced) {
      start += CloudCost.transferFeeMonthly(feePerGib, l0, change);
    }
    if (replicationPriced) {
      start += CloudCost.transferFeeMonthly(replicationPerGib, l0, change);
    }
    if (hostsPriced) {
      start += hostsMonthly;
    }
    start += ports;
    if (vlanPriced) {
      start += vlan;
    }
    double end = CloudCost.storageMonthly(perGib, sums[bucket + STORED_END]);
    end += CloudCost.storageMonthly(perGib, sums[bucket + EARLY_END]);
    end += CloudCost.writesMonthly(classA, logicalEnd, change, objectBytes);
    if (feePriced) {
      end += CloudCost.transferFeeMonthly(feePerGib, logicalEnd, change);
    }
    if (replicationPriced) {
      end += CloudCost.transferFeeMonthly(replicationPerGib, logicalEnd, change);
    }
    if (hostsPriced) {
      end += hostsMonthly;
    }
    end += ports;
    if (vlanPriced) {
      end += vlan;
    }

    // The sum of the months: each month bills storage on what the bucket holds, the per-byte
    // lines on the live data and the flat lines on its share of a month, so the sum is the same
    // prices on the horizon's integrals (MonthlyCosts adds the months one by one).
    double recurring =
        storagePerByte * sums[bucket + BILLED_MONTHS]
            + (writesPerByte + feePerByte + replicationPerByte) * sums[bucket + LOGICAL_MONTHS]
            + (hostsMonthly + ports + vlan) * shares;

    // One-time lines in CostLine order: operations, transfer fee, replication, appliances, copy
    // egress.
    int mode = seedMode[o];
    double written;
    double moved;
    if (mode == FROM_EXISTING_COPY) {
      double changes =
          SeedTime.changedSince(l0, change, s[at + COPY_AGE] / TimeSpan.SECONDS_PER_DAY);
      boolean moves = !Double.isNaN(s[at + COPY_EGRESS]);
      written = moves ? l0 + changes : changes;
      moved = changes;
    } else {
      written = l0;
      moved = mode == BY_APPLIANCE ? 0 : l0;
    }
    double oneTime = classA * (CloudCost.objectsFor(written, objectBytes) / 1000);
    if (feePriced) {
      oneTime += fee * (moved / DataSize.GIB);
    }
    if (replicationPriced) {
      oneTime += replicationPerGib * (written / DataSize.GIB);
    }
    if (mode == BY_APPLIANCE) {
      long loads = Counts.ceil(l0 / s[at + APPLIANCE_CAPACITY]);
      oneTime += (s[at + APPLIANCE_FEE] + s[at + SHIPPING]) * loads;
    }
    if (mode == FROM_EXISTING_COPY && !Double.isNaN(s[at + COPY_EGRESS])) {
      oneTime += s[at + COPY_EGRESS] * (l0 / DataSize.GIB);
    }
    out.start[o] = start;
    out.end[o] = end;
    out.oneTime[o] = oneTime;
    out.horizon[o] = recurring + oneTime;
    double perHost = Math.min(s[at + PER_STREAM] * s[at + STREAMS], s[at + HOST_NIC]);
    out.target[o] = perHost * s[at + HOSTS];
  }
}
