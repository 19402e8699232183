package dev.drplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drplan.gcs.probe.GcsLocation;
import dev.drplan.gcs.probe.Operation;
import dev.drplan.gcs.probe.UploadMethod;
import dev.drplan.units.DataSize;
import dev.drplan.units.TimeSpan;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ProbeConvertersTest {

  @Test
  void sizesUseBinaryAndDecimalUnits() {
    ProbeConverters.SizeConverter sizes = new ProbeConverters.SizeConverter();

    assertThat(sizes.convert("8MiB")).isEqualTo(DataSize.ofMebibytes(8));
    assertThat(sizes.convert("256 MiB")).isEqualTo(DataSize.ofMebibytes(256));
    assertThat(sizes.convert("10GiB")).isEqualTo(DataSize.ofGibibytes(10));
    assertThat(sizes.convert("1GB")).isEqualTo(DataSize.ofGigabytes(1));
    assertThat(sizes.convert("1.5KiB")).isEqualTo(DataSize.ofBytes(1.5 * 1024));
    assertThat(sizes.convert("1B")).isEqualTo(DataSize.ofBytes(1));
  }

  @Test
  void badSizesSayTheFormAndTheValue() {
    ProbeConverters.SizeConverter sizes = new ProbeConverters.SizeConverter();

    assertThatThrownBy(() -> sizes.convert("64"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("expected a size like \"64MiB\" or \"1GB\", found \"64\"");
    assertThatThrownBy(() -> sizes.convert("64 mb")).hasMessageContaining("found \"64 mb\"");
    assertThatThrownBy(() -> sizes.convert("0B")).hasMessageContaining("from 1B to 5TiB");
    assertThatThrownBy(() -> sizes.convert("6TiB")).hasMessageContaining("found \"6TiB\"");
    assertThatThrownBy(() -> sizes.convert("1.5B")).hasMessageContaining("whole bytes");
  }

  /** A size past what a double holds gave the form alone, without the range of the option. */
  @Test
  void sizesTooLargeForANumberSayTheRange() {
    ProbeConverters.SizeConverter sizes = new ProbeConverters.SizeConverter();

    for (String tooLarge : new String[] {"1e300PB", "1e300EB"}) {
      assertThatThrownBy(() -> sizes.convert(tooLarge))
          .hasMessage(
              "expected a size like \"64MiB\" or \"1GB\" of whole bytes from 1B to 5TiB, found \""
                  + tooLarge
                  + "\" (too large)");
    }
  }

  @Test
  void durations() {
    ProbeConverters.DurationConverter durations = new ProbeConverters.DurationConverter();

    assertThat(durations.convert("30s")).isEqualTo(TimeSpan.ofSeconds(30));
    assertThat(durations.convert("500ms")).isEqualTo(TimeSpan.ofSeconds(0.5));
    assertThat(durations.convert("2min")).isEqualTo(TimeSpan.ofMinutes(2));
    assertThat(durations.convert("1h")).isEqualTo(TimeSpan.ofHours(1));
    assertThatThrownBy(() -> durations.convert("30"))
        .hasMessage(
            "expected a duration like \"30s\", \"500ms\", \"2min\" or \"1h\", found \"30\"");
    assertThatThrownBy(() -> durations.convert("0s"))
        .hasMessage("expected a duration from 1ms to 24h, like \"30s\", found \"0s\"");
  }

  /**
   * A step longer than a day, or a deadline longer than 30 days, is refused with the range: before,
   * "1e300y" reached the probe as an internal error and "2000y" overflowed its nanosecond clock
   * into a deadline that had already passed.
   */
  @Test
  void durationsAndDeadlinesOutsideTheirRangeSayTheRange() {
    ProbeConverters.DurationConverter durations = new ProbeConverters.DurationConverter();
    ProbeConverters.DeadlineConverter deadlines = new ProbeConverters.DeadlineConverter();

    assertThat(durations.convert("24h")).isEqualTo(TimeSpan.ofHours(24));
    assertThat(durations.convert("1ms")).isEqualTo(TimeSpan.ofSeconds(0.001));
    assertThat(deadlines.convert("30d")).isEqualTo(TimeSpan.ofDays(30));
    for (String tooLong : new String[] {"25h", "2000y", "1e300y"}) {
      assertThatThrownBy(() -> durations.convert(tooLong))
          .hasMessage(
              "expected a duration from 1ms to 24h, like \"30s\", found \"" + tooLong + "\"");
    }
    assertThatThrownBy(() -> durations.convert("1e-300s")).hasMessageContaining("from 1ms to 24h");
    for (String tooLong : new String[] {"31d", "1e300y"}) {
      assertThatThrownBy(() -> deadlines.convert(tooLong))
          .hasMessage(
              "expected a duration from 1ms to 30d, like \"30s\", found \"" + tooLong + "\"");
    }
  }

  /** Seeds are any 64-bit integer; beyond one, the range is said, not "is not a long". */
  @Test
  void seedsAndHostsOutsideTheirRangeSayTheRange() {
    OptionRanges.Seed seeds = new OptionRanges.Seed();
    OptionRanges.Hosts hosts = new OptionRanges.Hosts();

    assertThat(seeds.convert("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(seeds.convert("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(seeds.convert("1")).isEqualTo(1L);
    for (String bad : new String[] {"9223372036854775808", "99999999999999999999", "1e3", ""}) {
      assertThatThrownBy(() -> seeds.convert(bad))
          .hasMessage(
              "expected a whole number from -9,223,372,036,854,775,808 to"
                  + " 9,223,372,036,854,775,807, found \""
                  + bad
                  + "\"");
    }
    assertThat(hosts.convert("1000000")).isEqualTo(1_000_000);
    assertThatThrownBy(() -> hosts.convert("2147483648"))
        .hasMessage("expected a whole number from 1 to 1,000,000, found \"2147483648\"");
    assertThatThrownBy(() -> hosts.convert("0"))
        .hasMessage("expected a whole number from 1 to 1,000,000, found \"0\"");
  }

  @Test
  void streams() {
    ProbeConverters.StreamsConverter streams = new ProbeConverters.StreamsConverter();

    assertThat(streams.convert("16")).isEqualTo(16);
    assertThatThrownBy(() -> streams.convert("0"))
        .hasMessage("expected a stream count from 1 to 1024, found \"0\"");
    assertThatThrownBy(() -> streams.convert("four")).hasMessageContaining("found \"four\"");
    assertThatThrownBy(() -> streams.convert("2000")).hasMessageContaining("found \"2000\"");
  }

  @Test
  void namedValues() {
    assertThat(new ProbeConverters.OperationConverter().convert("read")).isEqualTo(Operation.READ);
    assertThat(new ProbeConverters.UploadMethodConverter().convert("parallel-composite"))
        .isEqualTo(UploadMethod.PARALLEL_COMPOSITE);
    assertThatThrownBy(() -> new ProbeConverters.OperationConverter().convert("WRITE"))
        .hasMessage("expected an operation, write or read, found \"WRITE\"");
    assertThatThrownBy(() -> new ProbeConverters.UploadMethodConverter().convert("multipart"))
        .hasMessageContaining("simple, resumable or parallel-composite, found \"multipart\"");
  }

  @Test
  void locationsAndEndpoints() {
    assertThat(new ProbeConverters.LocationConverter().convert("gs://b/p"))
        .isEqualTo(new GcsLocation("b", "p/"));
    assertThatThrownBy(() -> new ProbeConverters.LocationConverter().convert("b/p"))
        .hasMessage(
            "expected a location like \"gs://my-bucket/some/prefix\", found \"b/p\": it does not"
                + " begin with gs://");

    ProbeConverters.EndpointConverter endpoints = new ProbeConverters.EndpointConverter();
    assertThat(endpoints.convert("127.0.0.1:4443")).isEqualTo("http://127.0.0.1:4443");
    assertThat(endpoints.convert("http://127.0.0.1:4443/")).isEqualTo("http://127.0.0.1:4443");
    assertThat(endpoints.convert("https://storage.example:443"))
        .isEqualTo("https://storage.example:443");
    assertThatThrownBy(() -> endpoints.convert("ftp://x:1")).hasMessageContaining("\"ftp://x:1\"");
    assertThatThrownBy(() -> endpoints.convert("http://x:1/storage/v1"))
        .hasMessageContaining("found \"http://x:1/storage/v1\"");
  }

  @Test
  void aSlipOfOneOfTheProbesCommandsIsSuggested() {
    assertThatThrownBy(() -> new ProbeConverters.LocationConverter().convert("merg"))
        .hasMessageEndingWith(
            "it does not begin with gs://; did you mean the command 'probe merge'?");
    assertThatThrownBy(() -> new ProbeConverters.LocationConverter().convert("plan-flet"))
        .hasMessageEndingWith("did you mean the command 'probe plan-fleet'?");
    // A path is a location gone wrong, not a command.
    assertThatThrownBy(() -> new ProbeConverters.LocationConverter().convert("merge/x"))
        .hasMessageEndingWith("it does not begin with gs://");
  }
}
