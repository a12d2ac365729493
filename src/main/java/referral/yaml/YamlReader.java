package referral.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import referral.rules.Diagnostic;
import referral.rules.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML (or JSON) document into a {@link YamlNode} tree with positions.
 * Duplicate keys are reported, not silently overwritten. Anchors and aliases work, and
 * their expanded size is bounded.
 */
public final class YamlReader {

    /** What reading produced: the document (null when the file holds none) and problems that did not stop it. */
    public record Document(YamlNode root, List<Diagnostic> problems) {}

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    public Document read(String fileName, byte[] bytes) throws YamlException {
        if (bytes.length > limits.maxBytes()) {
            throw new YamlException(Position.ofFile(fileName),
                    "file is " + bytes.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
        return read(fileName, decode(fileName, bytes));
    }

    public Document read(String fileName, String text) throws YamlException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        YAMLFactory factory = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder()
                        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1))
                        .setAllowDuplicateKeys(true) // we report them ourselves, with both positions
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            Builder builder = new Builder(fileName, (YAMLParser) parser, text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Document(null, List.of());
            }
            YamlNode root = builder.node(first, 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new YamlException(builder.position(parser),
                        "a second YAML document starts here; expected one document a file");
            }
            return new Document(root, builder.problems);
        } catch (JacksonException e) {
            throw translate(fileName, e, text);
        }
    }

    private static String decode(String fileName, byte[] bytes) throws YamlException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            Position where = positionOfByte(fileName, bytes, bad);
            throw new YamlException(where, "not valid UTF-8 (byte 0x"
                    + String.format("%02x", bytes[bad] & 0xff) + "); save the file as UTF-8");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
    }

    private static Position positionOfByte(String fileName, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(fileName, line, offset - lineStart + 1);
    }

    private YamlException translate(String fileName, JacksonException e, String text) {
        TokenStreamLocation loc = e.getLocation();
        Position where = loc == null || loc.getLineNr() < 1
                ? Position.ofFile(fileName)
                : new Position(fileName, loc.getLineNr(), loc.getColumnNr());
        return new YamlException(where, YamlErrors.oneLine(e.getOriginalMessage(), where, text));
    }

    /** Builds nodes from the token stream, one recursion level a nesting level. */
    private final class Builder {
        private final String fileName;
        private final YAMLParser parser;
        private final String text;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Integer> sizes = new java.util.IdentityHashMap<>();
        private long nodes;

        Builder(String fileName, YAMLParser parser, String text) {
            this.fileName = fileName;
            this.parser = parser;
            this.text = text;
        }

        Position position(JsonParser p) {
            TokenStreamLocation loc = p.currentTokenLocation();
            return new Position(fileName, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
        }

        YamlNode node(JsonToken token, int depth) throws YamlException {
            Position at = position(parser);
            if (depth > limits.maxDepth()) {
                throw new YamlException(at, "nested more than " + limits.maxDepth() + " levels deep");
            }
            if (parser.isCurrentAlias()) {
                return alias(at);
            }
            String anchor = anchorName();
            long before = nodes;
            count(at, 1);
            YamlNode built = switch (token) {
                case START_OBJECT -> map(at, depth);
                case START_ARRAY -> list(at, depth);
                default -> scalar(token, at);
            };
            if (anchor != null) {
                anchors.put(anchor, built);
                sizes.put(built, (int) Math.min(Integer.MAX_VALUE, nodes - before));
            }
            return built;
        }

        private String anchorName() {
            Object id = parser.getObjectId();
            return id == null ? null : id.toString();
        }

        private YamlNode alias(Position at) throws YamlException {
            String name = parser.getString();
            YamlNode target = anchors.get(name);
            if (target == null) {
                throw new YamlException(at, "alias *" + name + " names no anchor defined before it");
            }
            count(at, sizes.getOrDefault(target, 1));
            return target;
        }

        private void count(Position at, long n) throws YamlException {
            nodes += n;
            if (nodes > limits.maxNodes()) {
                throw new YamlException(at, "more than " + limits.maxNodes()
                        + " values (counting what aliases repeat); the file is too large or expands too much");
            }
        }

        private YamlNode.MapNode map(Position at, int depth) throws YamlException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (t != JsonToken.PROPERTY_NAME) {
                    throw new YamlException(position(parser), "expected a key");
                }
                Position keyAt = position(parser);
                String name = parser.currentName();
                checkLength(keyAt, name);
                YamlNode.ScalarNode key = new YamlNode.ScalarNode(keyAt, YamlNode.Kind.STRING, name);
                Position first = seen.putIfAbsent(name, keyAt);
                if (first != null) {
                    problems.add(Diagnostic.error("duplicate-key", keyAt,
                            "duplicate key '" + name + "' (first at line " + first.line() + "); keys must be unique"));
                }
                YamlNode value = node(parser.nextToken(), depth + 1);
                if (first == null) {
                    entries.add(new YamlNode.Entry(key, value));
                }
            }
            return new YamlNode.MapNode(at, List.copyOf(entries));
        }

        private YamlNode.ListNode list(Position at, int depth) throws YamlException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(t, depth + 1));
            }
            return new YamlNode.ListNode(at, List.copyOf(items));
        }

        private YamlNode.ScalarNode scalar(JsonToken token, Position at) throws YamlException {
            String value = parser.getString();
            YamlNode.Kind kind = switch (token) {
                case VALUE_NUMBER_INT -> YamlNode.Kind.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlNode.Kind.FLOAT;
                case VALUE_TRUE, VALUE_FALSE -> YamlNode.Kind.BOOLEAN;
                case VALUE_NULL -> YamlNode.Kind.NULL;
                default -> YamlNode.Kind.STRING;
            };
            if (value == null) {
                value = "";
            }
            checkLength(at, value);
            return new YamlNode.ScalarNode(at, kind, value);
        }

        private void checkLength(Position at, String value) throws YamlException {
            if (value.length() > limits.maxStringLength()) {
                throw new YamlException(at, "text of " + value.length() + " characters; the limit is "
                        + limits.maxStringLength());
            }
        }
    }
}
