package dev.drplan.gcs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Prefixes and bucket names GCS refuses or that would mislead, each with the rule it breaks. */
class GcsNamesTest {

  static Stream<Arguments> refusedPrefixes() {
    return Stream.of(
        Arguments.of("dr\nprobe", "carriage return or line feed"),
        Arguments.of("dr\r", "carriage return or line feed"),
        Arguments.of("dr\u001b[31mred", "control characters"),
        Arguments.of("dr\u0000x", "control characters"),
        Arguments.of("dr\u0085x", "control characters"),
        // Shown reversed or moved: the name on screen is not the name in the bucket.
        Arguments.of("a\u202eb", "U+202E (a bidirectional control"),
        Arguments.of("\u2066dr", "U+2066 (a bidirectional control"),
        Arguments.of("dr\u2028x", "U+2028 (a Unicode line separator)"),
        Arguments.of("..", "a \"..\" segment"),
        Arguments.of("a/../b", "a \"..\" segment"),
        Arguments.of("./a", "a \".\" segment"),
        Arguments.of("a/.", "a \".\" segment"),
        Arguments.of(".well-known/acme-challenge/x", "\".well-known/acme-challenge/\""),
        Arguments.of(".well-known/acme-challenge", "\".well-known/acme-challenge/\""),
        Arguments.of("/dr", "begins with \"/\""),
        Arguments.of("a//b", "empty segment"),
        Arguments.of("dr\uFFFDx", "not valid UTF-8"),
        Arguments.of("dr\uD800x", "not valid UTF-8"),
        Arguments.of("dr\uDC00", "not valid UTF-8"),
        Arguments.of("dr*", "wildcard"),
        Arguments.of("dr?", "wildcard"),
        Arguments.of("d[r]", "wildcard"),
        Arguments.of("dr#1", "generation"),
        Arguments.of(
            "a".repeat(GcsNames.MAX_OBJECT_NAME_BYTES - GcsNames.PROBE_SUFFIX_BYTES + 1),
            "at most 864"),
        // Three bytes of UTF-8 each: 300 characters, 900 bytes.
        Arguments.of("\u20ac".repeat(300), "the prefix is 900 bytes of UTF-8"));
  }

  @ParameterizedTest
  @MethodSource("refusedPrefixes")
  void aPrefixGcsRefusesOrThatMisleadsIsRefusedWithItsRule(String prefix, String rule) {
    assertThat(GcsNames.prefixProblem(prefix)).contains(rule);
    assertThat(GcsLocation.parseOrNull("gs://bkt/" + prefix)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "dr",
        "dr/tests/",
        "a.b/c..d/.hidden/x.",
        "caf\u00e9/\u6d4b\u8bd5/\uD83D\uDE00",
        ".well-known/other"
      })
  void ordinaryPrefixesPass(String prefix) {
    assertThat(GcsNames.prefixProblem(prefix)).isNull();
  }

  @Test
  void theLongestPrefixLeavesRoomForTheProbesOwnNames() {
    String longest = "a".repeat(GcsNames.MAX_OBJECT_NAME_BYTES - GcsNames.PROBE_SUFFIX_BYTES);
    GcsLocation location = GcsLocation.parseOrNull("gs://bkt/" + longest);

    String name =
        location.runFolder("20261231t235959z-abcdef")
            + "w-"
            + (long) DataSizeMax.FIVE_TIB
            + "-s1024-999999/1023-999999999";

    assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(GcsNames.MAX_OBJECT_NAME_BYTES);
  }

  static Stream<Arguments> refusedBuckets() {
    return Stream.of(
        Arguments.of("Bucket", "lower-case letters"),
        Arguments.of("my_bucket!", "lower-case letters"),
        Arguments.of("-bucket", "begin and end with a letter or digit"),
        Arguments.of("bucket.", "begin and end with a letter or digit"),
        Arguments.of("b".repeat(64), "at most 63 characters"),
        Arguments.of("a." + "b".repeat(64), "each dot-separated part"),
        Arguments.of("192.168.1.1", "IP address"),
        Arguments.of("google-things", "\"goog\""));
  }

  @ParameterizedTest
  @MethodSource("refusedBuckets")
  void aBucketNameGcsRefusesIsRefusedWithItsRule(String bucket, String rule) {
    assertThat(GcsNames.bucketProblem(bucket)).contains(rule);
  }

  @Test
  void messagesQuoteControlCharactersAsEscapes() {
    assertThat(GcsNames.printable("a\nb\rc\td\u001be")).isEqualTo("a\\nb\\rc\\td\\u001be");
    assertThat(GcsNames.printable("a\u202eb")).isEqualTo("a\\u202eb");
  }

  /** GCS's largest object, 5 TiB, in bytes (the longest size label a step folder can hold). */
  private static final class DataSizeMax {
    static final double FIVE_TIB = 5.0 * 1024 * 1024 * 1024 * 1024;
  }
}
