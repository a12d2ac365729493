package referral.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader(YamlLimits.RULES);

    private YamlNode read(String text) {
        return reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8)).root();
    }

    /** The one problem reading stopped at: there is no document after it. */
    private static Diagnostic stopped(YamlReader.Document doc) {
        assertTrue(doc.stopped(), "reading went on: " + doc);
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        return doc.problems().get(0);
    }

    private Diagnostic stopped(String text) {
        return stopped(reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8)));
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
        var doc = reader.read("f.yaml", "a: 1\nb: 2\na: 3\nb: 4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, doc.problems().size());
        assertEquals("f.yaml:3:1", doc.problems().get(0).position().toString());
        assertEquals("duplicate key 'a' (first at line 1); keys must be unique", doc.problems().get(0).message());
        assertEquals("f.yaml:4:1", doc.problems().get(1).position().toString());
        assertEquals("1", ((ScalarNode) ((MapNode) doc.root()).get("a").orElseThrow()).text());
    }

    @Test
    void emptyFileHasNoDocument() throws Exception {
        assertNull(read(""));
        assertNull(read("# only a comment\n"));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        MapNode map = (MapNode) read("\uFEFFa: b\nc: d\n");
        assertEquals("f.yaml:2:4", map.get("c").orElseThrow().position().toString());
    }

    @Test
    void syntaxErrorsSayWhereInOneLine() {
        Diagnostic e = stopped("a:\n  b: c\n d: e\n");
        assertEquals(3, e.position().line());
        assertTrue(!e.message().contains("\n"), e.message());
    }

    @Test
    void tabsForIndentationGetAPlainMessage() {
        Diagnostic e = stopped("a:\n\tb: c\n");
        assertEquals("f.yaml:2:1: a tab is used for indentation; YAML needs spaces", e.line());
    }

    @Test
    void aSecondDocumentIsRejected() {
        Diagnostic e = stopped("a: 1\n---\nb: 2\n");
        assertTrue(e.message().contains("second YAML document"), e.message());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xff, '\n'};
        Diagnostic e = stopped(reader.read("f.yaml", bytes));
        assertEquals("f.yaml:2:4: not valid UTF-8 (byte 0xff); save the file as UTF-8", e.line());
    }

    @Test
    void aliasesRepeatWhatTheAnchorHolds() throws Exception {
        MapNode map = (MapNode) read("a: &x {k: v}\nb: *x\n");
        assertEquals(map.get("a").orElseThrow(), map.get("b").orElseThrow());
    }

    @Test
    void anchorsAndAliasesWorkOnScalarsMappingsAndLists() throws Exception {
        MapNode map = (MapNode) read("""
                text: &same How old are you?
                again: *same
                outcome: &gp {see: primary-care, urgency: soon}
                other: *gp
                list: &signs [fever, {rash: yes}]
                copy: *signs
                """);
        ScalarNode again = (ScalarNode) map.get("again").orElseThrow();
        assertEquals("How old are you?", again.text());
        assertEquals(YamlNode.Kind.STRING, again.kind());
        MapNode other = (MapNode) map.get("other").orElseThrow();
        assertEquals("primary-care", ((ScalarNode) other.get("see").orElseThrow()).text());
        assertEquals("soon", ((ScalarNode) other.get("urgency").orElseThrow()).text());
        YamlNode.ListNode copy = (YamlNode.ListNode) map.get("copy").orElseThrow();
        assertEquals(map.get("list").orElseThrow(), copy);
        assertEquals("yes", ((ScalarNode) ((MapNode) copy.items().get(1)).get("rash").orElseThrow()).text());
        // What an alias repeats is placed where its anchor wrote it: that is where to fix it.
        assertEquals("f.yaml:1:7", again.position().toString());
    }

    @Test
    void aMergeKeyMergesAMappingAndCannotBeOverridden() throws Exception {
        MapNode map = (MapNode) read("base: &b {see: gp, urgency: soon}\nthis: {<<: *b, title: T}\n");
        MapNode merged = (MapNode) map.get("this").orElseThrow();
        assertEquals(List.of("see", "urgency", "title"), merged.entries().stream().map(YamlNode.Entry::name).toList());

        var doc = reader.read("f.yaml", "base: &b {see: gp, urgency: soon}\nthis: {<<: *b, see: x}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, doc.problems().size());
        assertEquals("f.yaml:2:16: duplicate key 'see': the merge '<<' gives it already (line 1); a merged key"
                + " cannot be given again", doc.problems().get(0).format().replace(": error:", ":").replace(" [duplicate-key]", ""));

        Diagnostic notAMapping = stopped("a: {<<: [x]}\n");
        assertTrue(notAMapping.line().startsWith("f.yaml:1:"), notAMapping.line());
        assertTrue(notAMapping.message().contains("merge key '<<' must be followed by one mapping"), notAMapping.message());
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
        long start = System.nanoTime();
        Diagnostic e = stopped(bomb.toString());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "an alias bomb must stop at once");
        assertEquals("f.yaml:4:4: an anchor here holds more than 9999 values, counting what its aliases repeat;"
                + " the limit is 9999 (the file expands too much)", e.line());
        assertTrue((e.code() == Code.TOO_LARGE));
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "a: " + "[".repeat(200) + "]".repeat(200);
        Diagnostic e = stopped(deep);
        assertTrue(e.line().startsWith("f.yaml:1:"), e.line());
        assertTrue(e.message().endsWith("nested more than 64 levels deep; the limit is 64 levels"), e.message());
    }

    @Test
    void anchorsOnPlainValuesWorkToo() throws Exception {
        MapNode map = (MapNode) read("a: &name Shared text\nb: *name\n");
        assertEquals("Shared text", ((ScalarNode) map.get("b").orElseThrow()).text());
    }

    @Test
    void everyAliasCountsWithWhatItRepeats() {
        YamlReader small = new YamlReader(new YamlLimits(1024 * 1024, 16, 12, 1_000));
        Diagnostic e = stopped(small.read("f.yaml", "a: &a [x, y]\nb: [*a, *a, *a]\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.line().startsWith("f.yaml:2:4: more than 12 values"), e.line());
        assertTrue((e.code() == Code.TOO_LARGE));
    }

    @Test
    void aVeryLongWordIsReadInOnePass() {
        // SnakeYAML's default window makes a long word cost quadratic time; ours must not (a hang guard, not a benchmark).
        String longWord = "a: " + "x".repeat(4_000_000) + "\n";
        Diagnostic e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> stopped(longWord));
        assertEquals("f.yaml:1:4: text of 4000000 characters; the limit is 20000", e.line());
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
        Diagnostic e = stopped("a: !!python/name:os.system x\n");
        assertEquals("the tag '!!python/name:os.system' is not supported here; remove it", e.message());
    }

    @Test
    void jsonIsReadAsYaml() throws Exception {
        MapNode map = (MapNode) read("{\"age\": 40, \"signs\": [\"none\"], \"ok\": true}");
        assertEquals(YamlNode.Kind.INTEGER, ((ScalarNode) map.get("age").orElseThrow()).kind());
        assertInstanceOf(YamlNode.ListNode.class, map.get("signs").orElseThrow());
    }

    @Test
    void controlCharactersWrittenAsEscapesAreRejected() {
        Diagnostic e = stopped("title: \"\\e[31mred\"\n");
        assertEquals("f.yaml:1:8: the text holds the control character U+001B; remove it", e.line());
        stopped("title: \"a\\x00b\"\n");
    }
}
