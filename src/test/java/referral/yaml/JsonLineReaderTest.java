package referral.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

/** One line of a batch, read by Jackson's JSON parser into nodes placed at the line's number and column. */
class JsonLineReaderTest {
    private final JsonLineReader reader = new JsonLineReader(YamlLimits.ANSWERS);

    private YamlReader.Document read(byte[] line) {
        // The line sits in the middle of a larger buffer, as in a batch's chunk of lines.
        byte[] buffer = new byte[line.length + 20];
        System.arraycopy(line, 0, buffer, 10, line.length);
        return reader.read("in.jsonl", 7, buffer, 10, 10 + line.length);
    }

    private YamlNode parse(String line) {
        return read(line.getBytes(StandardCharsets.UTF_8)).root();
    }

    private String error(String line) {
        return stopped(line).line();
    }

    /** The one problem reading stopped at: there is no document after it. */
    private Diagnostic stopped(String line) {
        return stopped(read(line.getBytes(StandardCharsets.UTF_8)));
    }

    private static Diagnostic stopped(YamlReader.Document doc) {
        assertEquals(true, doc.stopped(), "reading went on: " + doc);
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        return doc.problems().get(0);
    }

    @Test
    void valuesKeepTheirKindTextAndColumn() {
        MapNode m = (MapNode) parse("{\"a\": \"x\\ty\\u00e9\", \"n\": -1.5e3, \"i\": 42, \"b\": true, \"z\": null, \"l\": [1, \"two\"]}");
        assertEquals(new Position("in.jsonl", 7, 1), m.position());
        assertEquals(new ScalarNode(new Position("in.jsonl", 7, 7), YamlNode.Kind.STRING, "x\ty\u00e9"), m.get("a").get());
        assertEquals(new ScalarNode(new Position("in.jsonl", 7, 2), YamlNode.Kind.STRING, "a"), m.entries().get(0).key());
        assertEquals(YamlNode.Kind.FLOAT, ((ScalarNode) m.get("n").get()).kind());
        assertEquals("-1.5e3", ((ScalarNode) m.get("n").get()).text());
        assertEquals(YamlNode.Kind.INTEGER, ((ScalarNode) m.get("i").get()).kind());
        assertEquals(YamlNode.Kind.BOOLEAN, ((ScalarNode) m.get("b").get()).kind());
        assertEquals(YamlNode.Kind.NULL, ((ScalarNode) m.get("z").get()).kind());
        ListNode l = (ListNode) m.get("l").get();
        assertEquals(2, l.items().size());
        assertEquals(new Position("in.jsonl", 7, 74), l.items().get(1).position());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        MapNode m = (MapNode) parse("{\"é\": \"ü\", \"b\": 1}");
        assertEquals(12, m.entry("b").orElseThrow().key().position().column());
    }

    @Test
    void aBlankLineHoldsNothing() {
        assertNull(parse(""));
        assertNull(parse("  \t "));
    }

    @Test
    void mistakesSayWhereAndWhat() {
        assertEquals("in.jsonl:7:9: unexpected '\"'; expected ',' or '}' in the object", error("{\"a\": 1 \"b\": 2}"));
        assertEquals("in.jsonl:7:2: unexpected 'a'; expected a key in double quotes", error("{a: 1}"));
        assertEquals("in.jsonl:7:9: more follows the JSON value; expected one JSON object a line", error("{\"a\": 1}{}"));
        assertEquals("in.jsonl:7:11: the text has no closing double quote (the line ends too soon)", error("{\"a\": \"abc"));
        assertEquals("in.jsonl:7:7: unexpected 'yes'; expected a JSON value (an object, a list, text in double quotes,"
                + " a number, true, false or null)", error("{\"a\": yes}"));
        assertEquals("in.jsonl:7:6: unexpected '1'; expected ':' after the key", error("{\"a\" 1}"));
        assertEquals("in.jsonl:7:8: the line ends inside an object: a '}' is missing", error("{\"a\": 1"));
        assertEquals("in.jsonl:7:10: unexpected 'x'; expected a JSON value (an object, a list, text in double quotes,"
                + " a number, true, false or null)", error("{\"a\": 1} x"));
    }

    @Test
    void duplicateKeysAreReportedWithTheFirstOnesColumn() {
        YamlReader.Document doc = read("{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("in.jsonl:7:10", doc.problems().get(0).position().toString());
        assertEquals("duplicate key 'a' (first at column 2); keys must be unique", doc.problems().get(0).message());
        assertEquals("1", ((ScalarNode) ((MapNode) doc.root()).get("a").orElseThrow()).text());
    }

    @Test
    void bytesThatAreNotUtf8AreNamed() {
        byte[] line = {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xc3, (byte) 0xa9, (byte) 0xff, '"', '}'};
        Diagnostic e = stopped(read(line));
        assertEquals("in.jsonl:7:9: not valid UTF-8 (byte 0xff); save the file as UTF-8", e.line());
    }

    @Test
    void limitsAreJacksonsConstraints() {
        assertEquals("in.jsonl:7:17: nested more than 16 levels deep; the limit is 16 levels",
                error("[".repeat(40) + "]".repeat(40)));
        assertEquals("text of 10001 characters; the limit is 10000",
                stopped("{\"a\": \"" + "x".repeat(10_001) + "\"}").message());
        Diagnostic many = stopped("[" + "1,".repeat(20_000) + "1]");
        assertEquals(true, (many.code() == Code.TOO_LARGE));
        assertEquals(true, many.message().startsWith("more than 20000 values"), many.message());
        // Jackson reads a value with its key: the place is the key's.
        assertEquals("in.jsonl:7:2: a number of 1001 digits; the limit is 1000",
                error("{\"a\": " + "1".repeat(1001) + "}"));
    }
}
