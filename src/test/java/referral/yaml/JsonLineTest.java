package referral.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import referral.rules.Position;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

class JsonLineTest {

    private static YamlNode parse(String line) throws YamlException {
        return JsonLine.parse("in.jsonl", 7, line, YamlLimits.ANSWERS);
    }

    private static String error(String line) {
        return assertThrows(YamlException.class, () -> parse(line)).format();
    }

    @Test
    void valuesKeepTheirKindTextAndColumn() throws YamlException {
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
    void mistakesSayWhereAndWhat() {
        assertEquals("in.jsonl:7:9: expected ',' or '}' in the object", error("{\"a\": 1 \"b\": 2}"));
        assertEquals("in.jsonl:7:2: expected a key in double quotes", error("{a: 1}"));
        assertEquals("in.jsonl:7:10: duplicate key 'a'; keys must be unique", error("{\"a\": 1, \"a\": 2}"));
        assertEquals("in.jsonl:7:9: unexpected '{' after the JSON value; expected one JSON object a line", error("{\"a\": 1}{"));
        assertEquals("in.jsonl:7:11: the text has no closing double quote (the line ends too soon)", error("{\"a\": \"abc"));
        assertEquals("in.jsonl:7:7: unexpected 'y'; expected a JSON value (an object, a list, text in double quotes, a number, true, false or null)", error("{\"a\": yes}"));
        assertEquals("in.jsonl:7:9: a number needs digits after '.'", error("{\"a\": 1.}"));
    }

    @Test
    void depthIsBounded() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertEquals("in.jsonl:7:18: nested more than 16 levels deep", error(deep));
    }
}
