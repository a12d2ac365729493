package referral.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader(YamlLimits.RULES);

    private YamlNode read(String text) throws YamlException {
        return reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8)).root();
    }

    @Test
    void yesNoOnOffStayText() throws Exception {
        MapNode map = (MapNode) read("a: yes\nb: no\nc: on\nd: off\ne: true\n");
        for (String key : new String[] {"a", "b", "c", "d"}) {
            ScalarNode s = (ScalarNode) map.get(key).orElseThrow();
            assertEquals(YamlNode.Kind.STRING, s.kind(), key);
        }
        assertEquals("yes", ((ScalarNode) map.get("a").orElseThrow()).text());
        assertEquals(YamlNode.Kind.BOOLEAN, ((ScalarNode) map.get("e").orElseThrow()).kind());
    }

    @Test
    void everyNodeRemembersLineAndColumn() throws Exception {
        MapNode map = (MapNode) read("top:\n  inner: value\n");
        MapNode inner = (MapNode) map.get("top").orElseThrow();
        YamlNode.Entry entry = inner.entry("inner").orElseThrow();
        assertEquals(2, entry.key().position().line());
        assertEquals(3, entry.key().position().column());
        assertEquals(10, entry.value().position().column());
    }

    @Test
    void duplicateKeysAreReportedWithBothLines() throws Exception {
        var doc = reader.read("f.yaml", "a: 1\nb: 2\na: 3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, doc.problems().size());
        assertEquals("f.yaml:3:1", doc.problems().get(0).position().toString());
        assertTrue(doc.problems().get(0).message().contains("first at line 1"));
    }

    @Test
    void emptyFileHasNoDocument() throws Exception {
        assertNull(read(""));
        assertNull(read("# only a comment\n"));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        assertInstanceOf(MapNode.class, read("\uFEFFa: b\n"));
    }

    @Test
    void syntaxErrorsSayWhereInOneLine() {
        YamlException e = assertThrows(YamlException.class, () -> read("a:\n  b: c\n d: e\n"));
        assertEquals(3, e.position().line());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void tabsForIndentationGetAPlainMessage() {
        YamlException e = assertThrows(YamlException.class, () -> read("a:\n\tb: c\n"));
        assertTrue(e.getMessage().contains("tab"), e.getMessage());
    }

    @Test
    void aSecondDocumentIsRejected() {
        YamlException e = assertThrows(YamlException.class, () -> read("a: 1\n---\nb: 2\n"));
        assertTrue(e.getMessage().contains("second YAML document"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xff, '\n'};
        YamlException e = assertThrows(YamlException.class, () -> reader.read("f.yaml", bytes));
        assertEquals(2, e.position().line());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void aliasesRepeatWhatTheAnchorHolds() throws Exception {
        MapNode map = (MapNode) read("a: &x {k: v}\nb: *x\n");
        assertEquals(map.get("a").orElseThrow(), map.get("b").orElseThrow());
    }

    @Test
    void aliasExpansionIsBounded() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        YamlException e = assertThrows(YamlException.class, () -> read(bomb.toString()));
        assertTrue(e.getMessage().contains("expands"), e.getMessage());
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "[".repeat(200) + "]".repeat(200);
        YamlException e = assertThrows(YamlException.class, () -> read(deep));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void anchorsOnPlainValuesWorkToo() throws Exception {
        MapNode map = (MapNode) read("a: &name Shared text\nb: *name\n");
        assertEquals("Shared text", ((ScalarNode) map.get("b").orElseThrow()).text());
    }

    @Test
    void aliasCountIsBounded() {
        YamlReader small = new YamlReader(new YamlLimits(1024 * 1024, 16, 10_000, 1_000, 3));
        YamlException e = assertThrows(YamlException.class,
                () -> small.read("f.yaml", "a: &a x\nb: [*a, *a, *a, *a]\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("f.yaml:2:17: more than 3 aliases; the limit is 3", e.format());
        assertTrue(e.isLimit());
    }

    @Test
    void aVeryLongWordIsReadInOnePass() {
        // SnakeYAML's default window makes a long word cost quadratic time; ours must not (a hang guard, not a benchmark).
        String longWord = "a: " + "x".repeat(4_000_000) + "\n";
        YamlException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(YamlException.class, () -> read(longWord)));
        assertEquals("text of 4000000 characters; the limit is 20000", e.getMessage());
    }

    @Test
    void coreSchemaKindsAndQuotedNumbers() throws Exception {
        MapNode map = (MapNode) read("i: 42\nf: 1.5\nq: '42'\nn: ~\ne:\nt: True\nv: 1.0.0\ninf: .inf\n");
        assertEquals(YamlNode.Kind.INTEGER, ((ScalarNode) map.get("i").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.FLOAT, ((ScalarNode) map.get("f").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.STRING, ((ScalarNode) map.get("q").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.NULL, ((ScalarNode) map.get("n").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.NULL, ((ScalarNode) map.get("e").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.BOOLEAN, ((ScalarNode) map.get("t").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.STRING, ((ScalarNode) map.get("v").orElseThrow()).kind());
        assertEquals(YamlNode.Kind.FLOAT, ((ScalarNode) map.get("inf").orElseThrow()).kind());
    }

    @Test
    void tagsOtherThanTheCoreOnesAreRejected() throws Exception {
        assertEquals(YamlNode.Kind.STRING, ((ScalarNode) ((MapNode) read("a: !!str 42\n")).get("a").orElseThrow()).kind());
        YamlException e = assertThrows(YamlException.class, () -> read("a: !!python/name:os.system x\n"));
        assertEquals("the tag '!!python/name:os.system' is not supported here; remove it", e.getMessage());
    }

    @Test
    void jsonIsReadAsYaml() throws Exception {
        MapNode map = (MapNode) read("{\"age\": 40, \"signs\": [\"none\"], \"ok\": true}");
        assertEquals(YamlNode.Kind.INTEGER, ((ScalarNode) map.get("age").orElseThrow()).kind());
        assertInstanceOf(YamlNode.ListNode.class, map.get("signs").orElseThrow());
    }

    @Test
    void controlCharactersWrittenAsEscapesAreRejected() {
        YamlException e = assertThrows(YamlException.class, () -> read("title: \"\\e[31mred\"\n"));
        assertEquals("f.yaml:1:8: the text holds the control character U+001B; remove it", e.format());
        assertThrows(YamlException.class, () -> read("title: \"a\\x00b\"\n"));
    }
}
