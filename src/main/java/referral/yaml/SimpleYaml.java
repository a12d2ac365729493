package referral.yaml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import referral.rules.Position;

/**
 * Reads the simplest YAML documents without the YAML library, which costs more to start than the
 * rest of a referral: a mapping of plain keys to plain words, plain numbers or flow lists of them,
 * written one {@code key: value} a line or as one {@code {key: value, ...}} line, with comments and
 * blank lines. That is what answers files are. The result is exactly the {@link YamlReader}'s
 * (nodes, kinds and positions; a test holds the two together); anything outside this form, however
 * slightly (quotes, tabs, non-ASCII, anchors, a duplicate key, a word YAML might read as something
 * else), is left to the {@link YamlReader} by returning empty.
 */
public final class SimpleYaml {
    /** Above this the document is not an answers file anyone wrote by hand; let the full reader judge it. */
    private static final int MAX_BYTES = 16 * 1024;

    /** Far below every limit of {@link YamlLimits}, so the full reader would not refuse what this accepts. */
    private static final int MAX_WORD = 200;

    private final String file;
    private final byte[] s;
    private int i;
    private int line = 1;
    private int lineStart;

    private SimpleYaml(String file, byte[] bytes) {
        this.file = file;
        this.s = bytes;
    }

    /** The document, or empty when the text is not in the simple form. */
    public static Optional<YamlReader.Document> read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.empty();
        }
        for (byte b : bytes) {
            if (b < 0x0A || b > 0x7E || (b > 0x0A && b < 0x20)) {
                return Optional.empty(); // not ASCII, or a tab, a carriage return, a control character
            }
        }
        SimpleYaml reader = new SimpleYaml(fileName, bytes);
        reader.skipBlankAndCommentLines();
        if (reader.i >= bytes.length) {
            return Optional.of(new YamlReader.Document(null, List.of())); // no document at all
        }
        YamlNode.MapNode root = reader.document();
        return root == null ? Optional.empty() : Optional.of(new YamlReader.Document(root, List.of()));
    }

    private YamlNode.MapNode document() {
        YamlNode.MapNode map = s[i] == '{' ? flowMapping() : blockMapping();
        if (map == null) {
            return null;
        }
        skipBlankAndCommentLines();
        return i >= s.length ? map : null;
    }

    private YamlNode.MapNode blockMapping() {
        Position at = here();
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (i < s.length) {
            if (i != lineStart) {
                return null;
            }
            YamlNode.ScalarNode key = key();
            if (key == null || !keys.add(key.text()) || !take(':') || !takeSpaces()) {
                return null;
            }
            YamlNode value = s[i] == '[' ? flowList() : word();
            if (value == null || !endOfLine()) {
                return null;
            }
            entries.add(new YamlNode.Entry(key, value));
            skipBlankAndCommentLines();
        }
        return new YamlNode.MapNode(at, List.copyOf(entries));
    }

    private YamlNode.MapNode flowMapping() {
        Position at = here();
        i++;
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        skipSpaces();
        if (take('}')) {
            return endOfLine() ? new YamlNode.MapNode(at, List.of()) : null; // {}: "no answers yet"
        }
        while (true) {
            skipSpaces();
            YamlNode.ScalarNode key = key();
            if (key == null || !keys.add(key.text()) || !take(':') || !takeSpaces()) {
                return null;
            }
            YamlNode value = i < s.length && s[i] == '[' ? flowList() : word();
            if (value == null) {
                return null;
            }
            entries.add(new YamlNode.Entry(key, value));
            skipSpaces();
            if (take('}')) {
                return endOfLine() ? new YamlNode.MapNode(at, List.copyOf(entries)) : null;
            }
            if (!take(',')) {
                return null;
            }
        }
    }

    private YamlNode.ListNode flowList() {
        Position at = here();
        i++;
        List<YamlNode> items = new ArrayList<>();
        skipSpaces();
        if (take(']')) {
            return null; // an empty list: leave it to the full reader
        }
        while (true) {
            skipSpaces();
            YamlNode.ScalarNode item = word();
            if (item == null) {
                return null;
            }
            items.add(item);
            skipSpaces();
            if (take(']')) {
                return new YamlNode.ListNode(at, List.copyOf(items));
            }
            if (!take(',')) {
                return null;
            }
        }
    }

    /** A key: letters, digits, '-' and '_'. */
    private YamlNode.ScalarNode key() {
        Position at = here();
        int start = i;
        while (i < s.length && (isAlphanumeric(s[i]) || s[i] == '-' || s[i] == '_')) {
            i++;
        }
        return i == start || i - start > MAX_WORD ? null : new YamlNode.ScalarNode(at, YamlNode.Kind.STRING, text(start));
    }

    /**
     * A value: a word (a letter, then letters, digits and '-'), which YAML 1.2 reads as text unless it
     * is true, false or null in some spelling; or a plain decimal number. Anything else: not simple.
     */
    private YamlNode.ScalarNode word() {
        Position at = here();
        int start = i;
        if (i < s.length && isLetter(s[i])) {
            while (i < s.length && (isAlphanumeric(s[i]) || s[i] == '-')) {
                i++;
            }
            if (i - start > MAX_WORD) {
                return null;
            }
            String w = text(start);
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
                return null;
            }
            return new YamlNode.ScalarNode(at, YamlNode.Kind.STRING, w);
        }
        if (i < s.length && s[i] == '-') {
            i++;
        }
        int digits = i;
        while (i < s.length && isDigit(s[i])) {
            i++;
        }
        if (i == digits || (s[digits] == '0' && i - digits > 1)) {
            return null; // no digits, or a leading zero (octal in some YAML versions)
        }
        boolean fraction = false;
        if (i < s.length && s[i] == '.') {
            i++;
            int fractionStart = i;
            while (i < s.length && isDigit(s[i])) {
                i++;
            }
            if (i == fractionStart) {
                return null;
            }
            fraction = true;
        }
        if (i < s.length && !isDelimiter(s[i])) {
            return null; // 1e3, 12abc, 1.2.3 ...
        }
        return new YamlNode.ScalarNode(at, fraction ? YamlNode.Kind.FLOAT : YamlNode.Kind.INTEGER, text(start));
    }

    private static boolean isDelimiter(byte b) {
        return b == ' ' || b == '\n' || b == ',' || b == ']' || b == '}';
    }

    /** Spaces, then an optional comment, then the end of the line (or of the text). */
    private boolean endOfLine() {
        int spaces = i;
        skipSpaces();
        if (i < s.length && s[i] == '#') {
            if (i == spaces) {
                return false; // '#' right after a value is part of it in YAML
            }
            while (i < s.length && s[i] != '\n') {
                i++;
            }
        }
        if (i < s.length && s[i] != '\n') {
            return false;
        }
        return true;
    }

    private void skipBlankAndCommentLines() {
        while (i < s.length) {
            int start = i;
            skipSpaces();
            if (i < s.length && s[i] == '#') {
                while (i < s.length && s[i] != '\n') {
                    i++;
                }
            }
            if (i >= s.length) {
                return;
            }
            if (s[i] != '\n') {
                i = start;
                return;
            }
            i++;
            line++;
            lineStart = i;
        }
    }

    private boolean take(char c) {
        if (i < s.length && s[i] == c) {
            i++;
            return true;
        }
        return false;
    }

    /** At least one space (YAML needs one after ':'). */
    private boolean takeSpaces() {
        int start = i;
        skipSpaces();
        return i > start && i < s.length && s[i] != '\n' && s[i] != '#';
    }

    private void skipSpaces() {
        while (i < s.length && s[i] == ' ') {
            i++;
        }
    }

    private String text(int start) {
        return new String(s, start, i - start, StandardCharsets.US_ASCII);
    }

    private Position here() {
        return new Position(file, line, i - lineStart + 1);
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isAlphanumeric(byte b) {
        return isLetter(b) || isDigit(b);
    }
}
