package referral.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import referral.rules.Position;

/**
 * Reads one line of JSON Lines (strict JSON, RFC 8259) into a {@link YamlNode} tree whose positions
 * are the line's number and the column in it, so that the answers checks report a batch line the way
 * they report a file. Small and allocation-light because a batch reads millions of lines; the YAML
 * reader would do it too, a hundred times slower.
 */
public final class JsonLine {
    private final String file;
    private final int line;
    private final String s;
    private final YamlLimits limits;
    private int i;
    private int nodes;

    private JsonLine(String file, int line, String text, YamlLimits limits) {
        this.file = file;
        this.line = line;
        this.s = text;
        this.limits = limits;
    }

    /** The value the line holds; anything but white space after it is an error. */
    public static YamlNode parse(String file, int line, String text, YamlLimits limits) throws YamlException {
        JsonLine p = new JsonLine(file, line, text, limits);
        p.skipSpace();
        if (p.i >= text.length()) {
            throw p.error("the line is empty; expected a JSON object");
        }
        YamlNode value = p.value(0);
        p.skipSpace();
        if (p.i < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.i) + "' after the JSON value; expected one JSON object a line");
        }
        return value;
    }

    private YamlNode value(int depth) throws YamlException {
        if (depth > limits.maxDepth()) {
            throw error("nested more than " + limits.maxDepth() + " levels deep");
        }
        if (++nodes > limits.maxNodes()) {
            throw error("more than " + limits.maxNodes() + " values");
        }
        if (i >= s.length()) {
            throw error("the line ends where a value was expected");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"': {
                Position at = here();
                return new YamlNode.ScalarNode(at, YamlNode.Kind.STRING, string());
            }
            case 't':
                return word("true", YamlNode.Kind.BOOLEAN);
            case 'f':
                return word("false", YamlNode.Kind.BOOLEAN);
            case 'n':
                return word("null", YamlNode.Kind.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected '" + c + "'; expected a JSON value (an object, a list, text in double quotes, a number, true, false or null)");
        }
    }

    private YamlNode.MapNode object(int depth) throws YamlException {
        Position at = here();
        i++;
        List<YamlNode.Entry> entries = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            i++;
            return new YamlNode.MapNode(at, List.of());
        }
        Set<String> seen = new HashSet<>();
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a key in double quotes");
            }
            Position keyAt = here();
            String name = string();
            if (!seen.add(name)) {
                throw new YamlException(keyAt, "duplicate key '" + name + "'; keys must be unique");
            }
            skipSpace();
            if (peek() != ':') {
                throw error("expected ':' after the key '" + name + "'");
            }
            i++;
            skipSpace();
            YamlNode value = value(depth + 1);
            entries.add(new YamlNode.Entry(new YamlNode.ScalarNode(keyAt, YamlNode.Kind.STRING, name), value));
            skipSpace();
            char c = peek();
            i++;
            if (c == '}') {
                return new YamlNode.MapNode(at, entries);
            }
            if (c != ',') {
                i--;
                throw error("expected ',' or '}' in the object");
            }
        }
    }

    private YamlNode.ListNode array(int depth) throws YamlException {
        Position at = here();
        i++;
        List<YamlNode> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            i++;
            return new YamlNode.ListNode(at, List.of());
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            char c = peek();
            i++;
            if (c == ']') {
                return new YamlNode.ListNode(at, items);
            }
            if (c != ',') {
                i--;
                throw error("expected ',' or ']' in the list");
            }
        }
    }

    private String string() throws YamlException {
        int start = ++i;
        // The common case: no escapes, one substring.
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                String plain = s.substring(start, i++);
                return checkLength(plain);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            i++;
        }
        StringBuilder b = new StringBuilder(s.length() - start).append(s, start, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return checkLength(b.toString());
            }
            if (c < 0x20) {
                throw error("a control character inside text; write it as an escape such as \\n");
            }
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length()) {
                break;
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 6 > s.length()) {
                        throw error("\\u needs four hex digits");
                    }
                    int code = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int d = Character.digit(s.charAt(k), 16);
                        if (d < 0) {
                            throw error("\\u needs four hex digits");
                        }
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                    i += 4;
                }
                default -> throw error("unknown escape '\\" + e + "'");
            }
            i += 2;
        }
        throw error("the text has no closing double quote");
    }

    private String checkLength(String value) throws YamlException {
        if (value.length() > limits.maxStringLength()) {
            throw error("text of " + value.length() + " characters; the limit is " + limits.maxStringLength());
        }
        return value;
    }

    private YamlNode.ScalarNode number() throws YamlException {
        Position at = here();
        int start = i;
        boolean fraction = false;
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
        } else if (digits() == 0) {
            throw error("a number needs digits");
        }
        if (peek() == '.') {
            i++;
            fraction = true;
            if (digits() == 0) {
                throw error("a number needs digits after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            fraction = true;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (digits() == 0) {
                throw error("a number needs digits in its exponent");
            }
        }
        return new YamlNode.ScalarNode(at, fraction ? YamlNode.Kind.FLOAT : YamlNode.Kind.INTEGER, s.substring(start, i));
    }

    private int digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }

    private YamlNode.ScalarNode word(String word, YamlNode.Kind kind) throws YamlException {
        Position at = here();
        if (!s.startsWith(word, i)) {
            throw error("unexpected '" + s.charAt(i) + "'; expected a JSON value (text must be in double quotes)");
        }
        i += word.length();
        return new YamlNode.ScalarNode(at, kind, kind == YamlNode.Kind.NULL ? "" : word);
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            i++;
        }
    }

    private Position here() {
        return new Position(file, line, i + 1);
    }

    private YamlException error(String message) {
        return new YamlException(here(), i >= s.length() && !message.startsWith("the line") ? message + " (the line ends too soon)" : message);
    }
}
