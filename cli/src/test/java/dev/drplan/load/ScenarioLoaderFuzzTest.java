package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Mutations of valid scenarios never get anything out of the loader but a scenario or a {@link
 * ScenarioException} whose message is one paragraph (plus an optional "did you mean" line). The
 * five properties run 100,000 inputs together in the normal build (about 20 s on two cores).
 */
class ScenarioLoaderFuzzTest {

  private static final ScenarioLoader LOADER = TestCatalogs.loader();
  private static final List<String> BASES =
      List.of(ScenarioLoaderTest.resource("full.yaml"), ScenarioLoaderTest.resource("inline.yaml"));
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\s*:");
  private static final Pattern VALUE = Pattern.compile(":[ ]+([^\\n]*)");
  private static final List<List<int[]>> KEY_SPANS = spans(KEY);
  private static final List<List<int[]>> VALUE_SPANS = spans(VALUE);

  /** Keys and values worth swapping in: valid ones from elsewhere and YAML's sharp edges. */
  private static final List<String> SPECIAL =
      List.of(
          "&a", "*a", "&a [1, 2]", "!!binary aGVsbG8=", "!foo bar", "[", "]", "{", "}", "{}", "[]",
          "|", ">", "|-\n  text", "\"", "'", "\"\\x00\"", "\"\\u2028\"", "%YAML 1.2", "---", "...",
          "? x", "~", "null", "yes", "no", "on", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000",
          "1e400 TB", "1e308 EB", "-1 TB", "-0 TB", "0", "0 B", "1e-400 B", "NaN TB", "Infinity",
          "100%", "101%", "-100%", "-101%", "1e309%", "4 x 0 Gbps", "0 x 100 Gbps",
          "99999999999 x 100 Gbps", "2147483648", "2147483647", "9223372036854775808",
          "files", "network", "transfer-appliance", "run-in-cloud", "restore-to-primary",
          "archive", "standard", "data-copy", "namespace-in-cloud", "test-2026", "ta300",
          "ceres-df3060", "z3-highmem-88-highlssd", "500 PB", "64 MiB", "100 Gbps", "4 h",
          "0.0012", "{ raw_size: 1 PB, usable_efficiency: 80% }", "- a\n- b", "a: b: c",
          "\t", "  ", "", "#", "# comment", "\u00e9\u00e8", "\uD83D\uDE00", "\uFEFF");

  private static final List<String> KEYS =
      List.of(
          "name", "kind", "catalog", "overrides", "dataset", "primary", "network", "objectives",
          "options", "horizon", "seed", "recovery", "appliance", "appliance_model", "dbox",
          "dbox_model", "cbox", "machine", "machine_type", "prices", "object_size",
          "cloud_start_time", "average_file_size", "configurations", "copy_engine",
          "gcs.archive.us-central1.retrieval_per_gib", "cboxes.cbox-4node.nodes",
          "dboxes.ceres-df3060.usable_efficiency", "appliances.ta300.in_flight", "<<");

  @Property(tries = 30_000, shrinking = ShrinkingMode.BOUNDED)
  void byteFlipsInsertionsAndDeletions(@ForAll("byteMutants") byte[] input) {
    check(input);
  }

  @Property(tries = 20_000, shrinking = ShrinkingMode.BOUNDED)
  void keyRenames(@ForAll("keyMutants") String input) {
    check(input.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 25_000, shrinking = ShrinkingMode.BOUNDED)
  void valueReplacements(@ForAll("valueMutants") String input) {
    check(input.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.BOUNDED)
  void truncations(@ForAll("truncated") byte[] input) {
    check(input);
  }

  @Property(tries = 15_000, shrinking = ShrinkingMode.BOUNDED)
  void lineShuffles(@ForAll("lineMutants") String input) {
    check(input.getBytes(StandardCharsets.UTF_8));
  }

  private static void check(byte[] input) {
    try {
      LOADER.load("fuzz.yaml", input);
    } catch (ScenarioException e) {
      String message = e.getMessage();
      assertThat(message).startsWith("fuzz.yaml").contains(": error: ");
      String[] lines = message.split("\n", -1);
      assertThat(lines.length).as(message).isLessThanOrEqualTo(2);
      if (lines.length == 2) {
        assertThat(lines[1]).as(message).startsWith("did you mean \"").endsWith("\"?");
      }
      assertThat(e.exitCode()).isEqualTo(2);
    }
  }

  // ---- generators ----------------------------------------------------------------------------

  private static Arbitrary<String> base() {
    return Arbitraries.of(BASES);
  }

  /** One byte-level edit: 0 flip a bit, 1 set a byte, 2 insert a byte, 3 delete a run. */
  private record ByteEdit(int op, double where, int value) {}

  @Provide
  Arbitrary<byte[]> byteMutants() {
    Arbitrary<ByteEdit> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
                    Tuple.of(1, Arbitraries.integers().between(0, 255))))
            .as(ByteEdit::new);
    return Combinators.combine(base(), edit.list().ofMinSize(1).ofMaxSize(6))
        .as(ScenarioLoaderFuzzTest::applyByteEdits);
  }

  private static byte[] applyByteEdits(String base, List<ByteEdit> edits) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : base.getBytes(StandardCharsets.UTF_8)) {
      bytes.add(b);
    }
    for (ByteEdit edit : edits) {
      int size = bytes.size();
      int at = Math.min(size - 1, (int) (edit.where() * size));
      if (size == 0) {
        bytes.add((byte) edit.value());
        continue;
      }
      switch (edit.op()) {
        case 0:
          bytes.set(at, (byte) (bytes.get(at) ^ (1 << (edit.value() & 7))));
          break;
        case 1:
          bytes.set(at, (byte) edit.value());
          break;
        case 2:
          bytes.add(at, (byte) edit.value());
          break;
        default:
          int end = Math.min(size, at + 1 + edit.value() % 16);
          bytes.subList(at, end).clear();
          break;
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  @Provide
  Arbitrary<byte[]> truncated() {
    return Combinators.combine(base(), Arbitraries.doubles().between(0, 1))
        .as(
            (text, where) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              return Arrays.copyOf(bytes, (int) (where * bytes.length));
            });
  }

  private static Arbitrary<String> randomText() {
    return Arbitraries.oneOf(
        Arbitraries.of(SPECIAL),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(16),
        Combinators.combine(
                Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
                Arbitraries.of(
                    "", " ", " B", " TB", " PB", " EB", " TiB", " GiB", " Gbps", " MB/s", " h",
                    " d", " y", " mo", "%", " ms", " x 10 Gbps", " Tb", " gbps"))
            .as((number, unit) -> number + unit));
  }

  @Provide
  Arbitrary<String> keyMutants() {
    Arbitrary<String> replacement =
        Arbitraries.oneOf(
            Arbitraries.of(KEYS),
            randomText(),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('_', '-', '.')
                .ofMinLength(1)
                .ofMaxLength(20));
    return spanMutants(KEY_SPANS, replacement);
  }

  @Provide
  Arbitrary<String> valueMutants() {
    return spanMutants(VALUE_SPANS, randomText());
  }

  /** A base with one to three of its key (or value) spans replaced. */
  private static Arbitrary<String> spanMutants(
      List<List<int[]>> spansPerBase, Arbitrary<String> replacement) {
    return Combinators.combine(
            Arbitraries.integers().between(0, BASES.size() - 1),
            Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(3),
            replacement.list().ofSize(3))
        .as(
            (which, wheres, replacements) -> {
              String text = BASES.get(which);
              List<int[]> spans = spansPerBase.get(which);
              // Replace from the end so earlier offsets stay valid; one replacement per span.
              TreeMap<Integer, String> chosen =
                  new TreeMap<>(Comparator.reverseOrder());
              for (int i = 0; i < wheres.size(); i++) {
                int index = Math.min(spans.size() - 1, (int) (wheres.get(i) * spans.size()));
                chosen.put(index, replacements.get(i));
              }
              StringBuilder out = new StringBuilder(text);
              for (Map.Entry<Integer, String> e : chosen.entrySet()) {
                int[] span = spans.get(e.getKey());
                out.replace(span[0], span[1], e.getValue());
              }
              return out.toString();
            });
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

  /** One line-level edit: 0 delete, 1 duplicate, 2 swap with the next, 3 indent, 4 dedent. */
  private record LineEdit(int op, double where) {}

  @Provide
  Arbitrary<String> lineMutants() {
    Arbitrary<LineEdit> edit =
        Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1))
            .as(LineEdit::new);
    return Combinators.combine(base(), edit.list().ofMinSize(1).ofMaxSize(4))
        .as(
            (text, edits) -> {
              List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
              for (LineEdit e : edits) {
                if (lines.isEmpty()) {
                  break;
                }
                int at = Math.min(lines.size() - 1, (int) (e.where() * lines.size()));
                switch (e.op()) {
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
            });
  }
}
