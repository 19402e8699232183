package dev.drplan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The tree {@link YamlReader} gives for what a scenario may write: which values are null, the text
 * of every other value exactly as written, and the positions errors point at. Refusals are
 * bad-input cases (cli/src/test/resources/bad-input/yaml-*.yaml and the others named after what
 * they refuse).
 */
class YamlReaderTest {

  private static YamlNode.Mapping read(String text) {
    return (YamlNode.Mapping) YamlReader.read("t.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(YamlNode node) {
    return ((YamlNode.Scalar) node).text();
  }

  @Test
  void onlyThePlainYaml11NullWordsAreNull() {
    YamlNode.Mapping root =
        read(
            "tilde: ~\nlower: null\ntitle: Null\nupper: NULL\nmixed: nULL\nquoted: \"null\"\n"
                + "single: '~'\nmissing:\nempty: ''\n");
    assertThat(text(root.get("tilde"))).isNull();
    assertThat(text(root.get("lower"))).isNull();
    assertThat(text(root.get("title"))).isNull();
    assertThat(text(root.get("upper"))).isNull();
    assertThat(text(root.get("mixed"))).isEqualTo("nULL");
    assertThat(text(root.get("quoted"))).isEqualTo("null");
    assertThat(text(root.get("single"))).isEqualTo("~");
    // A key with nothing after it is empty text, not null; both read as "nothing" to the walker.
    assertThat(text(root.get("missing"))).isEmpty();
    assertThat(text(root.get("empty"))).isEmpty();
  }

  @Test
  void numbersBooleansAndDatesStayTheTextAsWritten() {
    YamlNode.Mapping root =
        read("hex: 0x1F\nunderscores: 1_000\nfloat: 1.50e3\nyes: yes\ndate: 2026-01-01\n");
    assertThat(text(root.get("hex"))).isEqualTo("0x1F");
    assertThat(text(root.get("underscores"))).isEqualTo("1_000");
    assertThat(text(root.get("float"))).isEqualTo("1.50e3");
    assertThat(text(root.get("yes"))).isEqualTo("yes");
    assertThat(text(root.get("date"))).isEqualTo("2026-01-01");
  }

  @Test
  void keysAreTheirTextAndPointAtThemselvesValuesAtTheirFirstCharacter() {
    YamlNode.Mapping root = read("a:\n  null: x\n  b: { c: 1,  d: [ e ] }\n");
    YamlNode.Mapping a = (YamlNode.Mapping) root.get("a");
    // A mapping under a key points at the key (line 1, column 1).
    assertThat(a.line()).isEqualTo(1);
    assertThat(a.column()).isEqualTo(1);
    assertThat(a.entries().get("null").line()).isEqualTo(2);
    assertThat(a.entries().get("null").column()).isEqualTo(3);
    YamlNode.Mapping b = (YamlNode.Mapping) a.get("b");
    assertThat(b.path()).isEqualTo("a.b");
    // "  b: { c: 1,  d: [ e ] }": c at column 8, its value at 11; d at 15; e at 20.
    assertThat(b.entries().get("c").column()).isEqualTo(8);
    assertThat(b.get("c").column()).isEqualTo(11);
    assertThat(b.entries().get("d").column()).isEqualTo(15);
    YamlNode.Sequence d = (YamlNode.Sequence) b.get("d");
    assertThat(d.items().get(0).path()).isEqualTo("a.b.d[0]");
    assertThat(d.items().get(0).line()).isEqualTo(3);
    assertThat(d.items().get(0).column()).isEqualTo(20);
  }

  @Test
  void anAnchorOnAPlainValueAndATagOrAnchorOnAKeyAreLetThrough() {
    // Nothing can expand a plain value's anchor (its alias is refused where it is used), and a
    // key is read as its text: these were never refused, and a file that loaded still loads.
    YamlNode.Mapping root = read("rtt: &r 30 ms\n!!str name: x\n&k other: y\n");
    assertThat(text(root.get("rtt"))).isEqualTo("30 ms");
    assertThat(text(root.get("name"))).isEqualTo("x");
    assertThat(text(root.get("other"))).isEqualTo("y");
  }

  @Test
  void aSecondDocumentOfASignTaggedIntegerReadsAsNoDocument() {
    // Kept from the reader on Jackson, which took "!!int +" for no value at all, so the end of
    // the stream; a file that loaded still loads.
    YamlNode.Mapping root = read("a: 1\n--- !!int +\n");
    assertThat(text(root.get("a"))).isEqualTo("1");
  }
}
