package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Mutations of valid scenarios never get anything out of the loader but a scenario or a {@link
 * ScenarioException} whose message is one paragraph (plus an optional "did you mean" line, or, for
 * an unknown key or name, the "did you mean" on the first line and what is allowed on the second).
 *
 * <p>The five properties run 100,000 inputs together in the normal build (about 20 to 35 s on two
 * cores). jqwik draws one {@code long} per try and the mutations follow from it through {@link
 * Random}, which keeps generation cheap; a failure reports that {@code long}, and {@link
 * #mutant(int, long)} rebuilds the input from it (pin it in a test once found).
 */
class ScenarioLoaderFuzzTest {

  private static final ScenarioLoader LOADER = TestCatalogs.loader();
  private static final List<String> BASES =
      List.of(ScenarioLoaderTest.resource("full.yaml"), ScenarioLoaderTest.resource("inline.yaml"));
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\s*:");
  private static final Pattern VALUE = Pattern.compile(":[ ]+([^\\n]*)");
  private static final List<List<int[]>> KEY_SPANS = spans(KEY);
  private static final List<List<int[]>> VALUE_SPANS = spans(VALUE);

  static final int BYTES = 0;
  static final int KEYS = 1;
  static final int VALUES = 2;
  static final int TRUNCATION = 3;
  static final int LINES = 4;

  /** Values worth swapping in: valid ones from elsewhere and YAML's and the units' sharp edges. */
  private static final List<String> SPECIAL =
      List.of(
          "&a",
          "*a",
          "&a [1, 2]",
          "!!binary aGVsbG8=",
          "!foo bar",
          "[",
          "]",
          "{",
          "}",
          "{}",
          "[]",
          "|",
          ">",
          "|-\n  text",
          "\"",
          "'",
          "\"\\x00\"",
          "\"\\u2028\"",
          "%YAML 1.2",
          "---",
          "...",
          "? x",
          "~",
          "null",
          "yes",
          "no",
          "on",
          ".inf",
          "-.inf",
          ".nan",
          "0x1F",
          "0o17",
          "1_000",
          "1e400 TB",
          "1e308 EB",
          "-1 TB",
          "-0 TB",
          "0",
          "0 B",
          "1e-400 B",
          "NaN TB",
          "Infinity",
          "100%",
          "101%",
          "-100%",
          "-101%",
          "1e309%",
          "4 x 0 Gbps",
          "0 x 100 Gbps",
          "99999999999 x 100 Gbps",
          "2147483648",
          "2147483647",
          "9223372036854775808",
          "files",
          "network",
          "transfer-appliance",
          "run-in-cloud",
          "restore-to-primary",
          "archive",
          "standard",
          "data-copy",
          "namespace-in-cloud",
          "test-2026",
          "ta300",
          "ceres-df3060",
          "z3-highmem-88-highlssd",
          "500 PB",
          "64 MiB",
          "100 Gbps",
          "4 h",
          "0.0012",
          "{ raw_size: 1 PB, usable_efficiency: 80% }",
          "- a\n- b",
          "a: b: c",
          "{ kind: transfer-appliance, appliance_model: ta300 }",
          "{ kind: run-in-cloud, cloud_start_time: 1 h }",
          "{ egress_per_gib: 0.1 }",
          "\t",
          "  ",
          "",
          "#",
          "# comment",
          "\u00e9\u00e8",
          "\uD83D\uDE00",
          "\uFEFF",
          "{dist: triangular, min: 1 PB, mode: 2 PB, max: 3 PB}",
          "{dist: uniform, min: 60%, max: 90%}",
          "{dist: normal, mean: 4, sd: 0}",
          "{dist: normal, mean: 50%, sd: 10%, lower: 0, upper: 1}",
          "{dist: lognormal, median: 1 h, p90: 2 h}",
          "{dist: pert, min: 2, mode: 1, max: 3}",
          "{dist: pert, min: 1, mode: 2, max: 1e400}",
          "{dist: nope}",
          "{dist: uniform}",
          "{dist: normal, mean: 1 PB, sd: 1 EB, lower: 0 B, upper: 1 B}");

  private static final List<String> KEY_NAMES =
      List.of(
          "name",
          "kind",
          "catalog",
          "overrides",
          "dataset",
          "primary",
          "network",
          "objectives",
          "options",
          "horizon",
          "seed",
          "recovery",
          "appliance",
          "appliance_model",
          "dbox",
          "dbox_model",
          "cbox",
          "machine",
          "machine_type",
          "prices",
          "object_size",
          "cloud_start_time",
          "average_file_size",
          "configurations",
          "copy_engine",
          "retention",
          "gcs.archive.us-central1.retrieval_per_gib",
          "cboxes.cbox-4node.nodes",
          "dboxes.ceres-df3060.usable_efficiency",
          "appliances.ta300.in_flight",
          "<<");

  private static final List<String> UNITS =
      List.of(
          "",
          " ",
          " B",
          " TB",
          " PB",
          " EB",
          " TiB",
          " GiB",
          " Gbps",
          " MB/s",
          " h",
          " d",
          " y",
          " mo",
          "%",
          " ms",
          " x 10 Gbps",
          " Tb",
          " gbps");

  @Property(tries = 30_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  void byteFlipsInsertionsAndDeletions(@ForAll long seed) {
    check(mutant(BYTES, seed));
  }

  @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  void keyRenames(@ForAll long seed) {
    check(mutant(KEYS, seed));
  }

  @Property(tries = 25_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  void valueReplacements(@ForAll long seed) {
    check(mutant(VALUES, seed));
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  void truncations(@ForAll long seed) {
    check(mutant(TRUNCATION, seed));
  }

  @Property(tries = 15_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  void lineEdits(@ForAll long seed) {
    check(mutant(LINES, seed));
  }

  private static void check(byte[] input) {
    try {
      LOADER.load("fuzz.yaml", input);
    } catch (ScenarioException e) {
      String message = e.getMessage();
      assertThat(message).startsWith("fuzz.yaml").contains(": error: ");
      String[] lines = message.split("\n", -1);
      assertThat(lines.length).as(message).isLessThanOrEqualTo(2);
      if (e.allowed() != null && e.suggestion() != null) {
        // an unknown key or name: the closest first, then what is allowed
        assertThat(lines[0]).as(message).endsWith("; did you mean \"" + e.suggestion() + "\"?");
        assertThat(lines[1]).as(message).isEqualTo(e.allowed());
      } else if (lines.length == 2) {
        assertThat(lines[1]).as(message).startsWith("did you mean \"").endsWith("\"?");
      }
    }
  }

  // ---- mutations -------------------------------------------------------------------------------

  /** The input of one try: a base scenario mutated the {@code how} way, chosen by {@code seed}. */
  static byte[] mutant(int how, long seed) {
    Random random = new Random(seed);
    int which = random.nextInt(BASES.size());
    String base = BASES.get(which);
    switch (how) {
      case BYTES:
        return byteEdits(base.getBytes(StandardCharsets.UTF_8), random);
      case KEYS:
        return utf8(spanEdits(base, KEY_SPANS.get(which), random, true));
      case VALUES:
        return utf8(spanEdits(base, VALUE_SPANS.get(which), random, false));
      case TRUNCATION:
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      default:
        return utf8(lineEdits(base, random));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One to six edits: flip a bit, set a byte, insert a byte, or delete a run of up to 16. */
  private static byte[] byteEdits(byte[] base, Random random) {
    List<Byte> bytes = new ArrayList<>(base.length + 8);
    for (byte b : base) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      // Mostly printable ASCII, so that more inputs get past the encoding checks.
      int value = random.nextInt(4) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x5F);
      if (bytes.isEmpty()) {
        bytes.add((byte) value);
        continue;
      }
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(4)) {
        case 0:
          bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
          break;
        case 1:
          bytes.set(at, (byte) value);
          break;
        case 2:
          bytes.add(at, (byte) value);
          break;
        default:
          bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(16))).clear();
          break;
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  /** One to three keys (or values) replaced, from the end so earlier offsets stay valid. */
  private static String spanEdits(String base, List<int[]> spans, Random random, boolean keys) {
    TreeMap<Integer, String> chosen = new TreeMap<>();
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      chosen.put(random.nextInt(spans.size()), replacement(random, keys));
    }
    StringBuilder out = new StringBuilder(base);
    for (Integer index : chosen.descendingKeySet()) {
      int[] span = spans.get(index);
      out.replace(span[0], span[1], chosen.get(index));
    }
    return out.toString();
  }

  private static String replacement(Random random, boolean key) {
    switch (random.nextInt(key ? 5 : 4)) {
      case 0:
        return SPECIAL.get(random.nextInt(SPECIAL.size()));
      case 1:
        return randomString(random, 12, false);
      case 2:
        return randomString(random, 16, true);
      case 3:
        return (random.nextBoolean()
                ? random.nextInt(2000) - 500
                : (random.nextDouble() - 0.5) * 1e7)
            + UNITS.get(random.nextInt(UNITS.size()));
      default:
        return random.nextBoolean()
            ? KEY_NAMES.get(random.nextInt(KEY_NAMES.size()))
            : typo(KEY_NAMES.get(random.nextInt(KEY_NAMES.size())), random);
    }
  }

  /** Up to {@code max} characters, printable ASCII or any code point below U+3000. */
  private static String randomString(Random random, int max, boolean ascii) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      out.append((char) (ascii ? 0x20 + random.nextInt(0x5F) : random.nextInt(0x3000)));
    }
    return out.toString();
  }

  private static String typo(String word, Random random) {
    StringBuilder out = new StringBuilder(word);
    int at = random.nextInt(out.length());
    switch (random.nextInt(3)) {
      case 0:
        out.deleteCharAt(at);
        break;
      case 1:
        out.insert(at, (char) ('a' + random.nextInt(26)));
        break;
      default:
        out.setCharAt(at, (char) ('a' + random.nextInt(26)));
        break;
    }
    return out.toString();
  }

  /** One to four line edits: delete, duplicate, swap with the next, indent or dedent. */
  private static String lineEdits(String base, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(5)) {
        case 0:
          lines.remove(at);
          break;
        case 1:
          lines.add(at, lines.get(at));
          break;
        case 2:
          if (at + 1 < lines.size()) {
            String line = lines.get(at);
            lines.set(at, lines.get(at + 1));
            lines.set(at + 1, line);
          }
          break;
        case 3:
          lines.set(at, "  " + lines.get(at));
          break;
        default:
          lines.set(at, lines.get(at).replaceFirst("^ {1,2}", ""));
          break;
      }
    }
    return String.join("\n", lines);
  }

  private static List<List<int[]>> spans(Pattern pattern) {
    List<List<int[]>> all = new ArrayList<>();
    for (String text : BASES) {
      List<int[]> spans = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(1), m.end(1)});
      }
      all.add(spans);
    }
    return all;
  }
}
