package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GcsLocationTest {

  @Test
  void prefixIsAFolder() {
    assertThat(GcsLocation.parseOrNull("gs://b/dr")).isEqualTo(new GcsLocation("b", "dr/"));
    assertThat(GcsLocation.parseOrNull("gs://b/dr/")).isEqualTo(new GcsLocation("b", "dr/"));
    assertThat(GcsLocation.parseOrNull("gs://b")).isEqualTo(new GcsLocation("b", ""));
    assertThat(GcsLocation.parseOrNull("gs://b/")).isEqualTo(new GcsLocation("b", ""));
  }

  @Test
  void runFolderIsUnderThePrefix() {
    assertThat(new GcsLocation("b", "dr").runFolder("r1")).isEqualTo("dr/drplan-probe-r1/");
    assertThat(new GcsLocation("b", "").runFolder("r1")).isEqualTo("drplan-probe-r1/");
  }

  @Test
  void otherShapesAreRefused() {
    assertThat(GcsLocation.parseOrNull("s3://b/p")).isNull();
    assertThat(GcsLocation.parseOrNull("gs://")).isNull();
    assertThat(GcsLocation.parseOrNull("gs://B/p")).isNull();
    assertThat(GcsLocation.parseOrNull("gs://b//p")).isNull();
    assertThat(GcsLocation.parseOrNull(null)).isNull();
  }
}
