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
}
