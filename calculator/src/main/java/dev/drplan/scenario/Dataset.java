package dev.drplan.scenario;

import dev.drplan.units.DataSize;
import dev.drplan.units.Fraction;
import java.util.Objects;

/**
 * The data to protect (docs/scenario-format.md, "dataset").
 *
 * @param logicalSize data on day one as users see it, before reduction
 * @param annualGrowth compound growth per year; above -1
 * @param dailyChange share of the logical size written or rewritten per day
 * @param peakFactor peak-hour change rate over the daily average, at least 1
 * @param overwriteShare share of the daily change that replaces existing data
 * @param averageFileSize used for object counts when files are copied one object each; may be
 *     {@code null} when no option copies per file
 * @param reductionRatio data reduction on the primary cluster, at least 1
 */
public record Dataset(
    DataSize logicalSize,
    Fraction annualGrowth,
    Fraction dailyChange,
    double peakFactor,
    Fraction overwriteShare,
    DataSize averageFileSize,
    double reductionRatio) {

  public Dataset {
    Objects.requireNonNull(logicalSize, "logicalSize");
    Objects.requireNonNull(annualGrowth, "annualGrowth");
    Objects.requireNonNull(dailyChange, "dailyChange");
    Objects.requireNonNull(overwriteShare, "overwriteShare");
    if (!(peakFactor >= 1) || Double.isInfinite(peakFactor)) {
      throw new IllegalArgumentException(
          "peakFactor must be a finite number >= 1, was " + peakFactor);
    }
    if (!(reductionRatio >= 1) || Double.isInfinite(reductionRatio)) {
      throw new IllegalArgumentException(
          "reductionRatio must be a finite number >= 1, was " + reductionRatio);
    }
  }

  /** A copy with another annualGrowth. */
  public Dataset withAnnualGrowth(Fraction newAnnualGrowth) {
    return new Dataset(
        logicalSize,
        newAnnualGrowth,
        dailyChange,
        peakFactor,
        overwriteShare,
        averageFileSize,
        reductionRatio);
  }

  /** A copy with another averageFileSize. */
  public Dataset withAverageFileSize(DataSize newAverageFileSize) {
    return new Dataset(
        logicalSize,
        annualGrowth,
        dailyChange,
        peakFactor,
        overwriteShare,
        newAverageFileSize,
        reductionRatio);
  }

  /** A copy with another dailyChange. */
  public Dataset withDailyChange(Fraction newDailyChange) {
    return new Dataset(
        logicalSize,
        annualGrowth,
        newDailyChange,
        peakFactor,
        overwriteShare,
        averageFileSize,
        reductionRatio);
  }

  /** A copy with another logicalSize. */
  public Dataset withLogicalSize(DataSize newLogicalSize) {
    return new Dataset(
        newLogicalSize,
        annualGrowth,
        dailyChange,
        peakFactor,
        overwriteShare,
        averageFileSize,
        reductionRatio);
  }

  /** A copy with another overwriteShare. */
  public Dataset withOverwriteShare(Fraction newOverwriteShare) {
    return new Dataset(
        logicalSize,
        annualGrowth,
        dailyChange,
        peakFactor,
        newOverwriteShare,
        averageFileSize,
        reductionRatio);
  }

  /** A copy with another peakFactor. */
  public Dataset withPeakFactor(double newPeakFactor) {
    return new Dataset(
        logicalSize,
        annualGrowth,
        dailyChange,
        newPeakFactor,
        overwriteShare,
        averageFileSize,
        reductionRatio);
  }

  /** A copy with another reductionRatio. */
  public Dataset withReductionRatio(double newReductionRatio) {
    return new Dataset(
        logicalSize,
        annualGrowth,
        dailyChange,
        peakFactor,
        overwriteShare,
        averageFileSize,
        newReductionRatio);
  }
}
