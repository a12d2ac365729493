package referral.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import referral.rules.Diagnostic;
import referral.rules.Position;

/**
 * Reads one YAML (or JSON) document into a {@link YamlNode} tree with positions.
 * Duplicate keys are reported, not silently overwritten. Anchors and aliases work, and
 * their number and expanded size are bounded.
 *
 * <p>It reads the YAML event stream (SnakeYAML Engine's parser) directly rather than going
 * through a data-binding layer: that is the only level that reports anchors on plain values,
 * and it lets us stop at the first limit passed, before the rest of the file costs anything.
 */
public final class YamlReader {

    /** What reading produced: the document (null when the file holds none) and problems that did not stop it. */
    public record Document(YamlNode root, List<Diagnostic> problems) {}

    private static final ScalarResolver CORE_SCHEMA = new CoreScalarResolver(false);
    /** Problems reported while reading on; past this many, a file is not worth a line each. */
    private static final int MAX_PROBLEMS = 100;

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    public Document read(String fileName, byte[] bytes) throws YamlException {
        if (bytes.length > limits.maxBytes()) {
            throw YamlException.limit(Position.ofFile(fileName),
                    "file is " + bytes.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
        }
        return read(fileName, decode(fileName, bytes));
    }

    public Document read(String fileName, String text) throws YamlException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.length() > limits.maxBytes()) {
            throw YamlException.limit(Position.ofFile(fileName),
                    "text is " + text.length() + " characters; the limit is " + limits.maxBytes());
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileName)
                .setUseMarks(true)
                .setAllowDuplicateKeys(true) // we report them ourselves, with both positions
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE - 1, limits.maxBytes()) + 1)
                // The reader re-copies its window each time a token outgrows it, which makes one
                // long word cost time and memory quadratic in its length; a window holding the
                // whole (bounded) text is copied once.
                .setBufferSize(text.length() + 1)
                .build();
        Parser parser = new ParserImpl(settings, new StreamReader(settings, text));
        return new Builder(fileName, parser, text).document();
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

    /** Builds nodes from the event stream, one recursion level a nesting level (bounded by maxDepth). */
    private final class Builder {
        private final String fileName;
        private final Parser parser;
        private final String text;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
        private long nodes;
        private int aliases;

        Builder(String fileName, Parser parser, String text) {
            this.fileName = fileName;
            this.parser = parser;
            this.text = text;
        }

        Document document() throws YamlException {
            expect(next(), Event.ID.StreamStart);
            Event e = next();
            if (e.getEventId() == Event.ID.StreamEnd) {
                return new Document(null, List.of());
            }
            expect(e, Event.ID.DocumentStart);
            YamlNode root = node(next(), 0);
            expect(next(), Event.ID.DocumentEnd);
            Event after = next();
            if (after.getEventId() != Event.ID.StreamEnd) {
                throw new YamlException(position(after),
                        "a second YAML document starts here; expected one document a file");
            }
            if (root instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.Kind.NULL) {
                root = null; // "---" alone, or "~": nothing written
            }
            return new Document(root, List.copyOf(problems));
        }

        private Event next() throws YamlException {
            try {
                return parser.next();
            } catch (ReaderException e) {
                throw new YamlException(positionOfCodePoint(e.getPosition()), "the character U+"
                        + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML; remove it");
            } catch (MarkedYamlEngineException e) {
                Position where = e.getProblemMark().or(e::getContextMark).map(this::position)
                        .orElse(Position.ofFile(fileName));
                throw new YamlException(where, YamlErrors.oneLine(e.getProblem(), e.getContext(), where, text));
            } catch (YamlEngineException e) {
                throw new YamlException(Position.ofFile(fileName), YamlErrors.oneLine(e.getMessage(), null,
                        Position.ofFile(fileName), text));
            } catch (RuntimeException e) {
                // The parser met something it has no message for; the file is still what is wrong.
                throw new YamlException(Position.ofFile(fileName), "not valid YAML");
            }
        }

        private void expect(Event e, Event.ID id) throws YamlException {
            if (e.getEventId() != id) {
                throw new YamlException(position(e), "not valid YAML here");
            }
        }

        private Position position(Event e) {
            return e.getStartMark().map(this::position).orElse(Position.ofFile(fileName));
        }

        private Position position(Mark m) {
            return new Position(fileName, m.getLine() + 1, m.getColumn() + 1);
        }

        private Position positionOfCodePoint(int index) {
            int line = 1;
            int column = 1;
            int seen = 0;
            for (int i = 0; i < text.length() && seen < index; i = text.offsetByCodePoints(i, 1), seen++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new Position(fileName, line, column);
        }

        YamlNode node(Event event, int depth) throws YamlException {
            Position at = position(event);
            if (depth > limits.maxDepth()) {
                throw YamlException.limit(at, "nested more than " + limits.maxDepth() + " levels deep; the limit is "
                        + limits.maxDepth() + " levels");
            }
            if (event instanceof AliasEvent alias) {
                return alias(at, alias.getAlias());
            }
            if (!(event instanceof NodeEvent nodeEvent)) {
                throw new YamlException(at, "expected a value here");
            }
            long before = nodes;
            count(at, 1);
            YamlNode built;
            if (event instanceof ScalarEvent scalar) {
                built = scalar(scalar, at);
            } else if (event.getEventId() == Event.ID.MappingStart) {
                checkCollectionTag((CollectionStartEvent) event, Tag.MAP, at);
                built = map(at, depth);
            } else if (event.getEventId() == Event.ID.SequenceStart) {
                checkCollectionTag((CollectionStartEvent) event, Tag.SEQ, at);
                built = list(at, depth);
            } else {
                throw new YamlException(at, "expected a value here");
            }
            Optional<Anchor> anchor = nodeEvent.getAnchor();
            if (anchor.isPresent()) {
                anchors.put(anchor.get().getValue(), built);
                sizes.put(built, nodes - before);
            }
            return built;
        }

        private YamlNode alias(Position at, Anchor name) throws YamlException {
            if (++aliases > limits.maxAliases()) {
                throw YamlException.limit(at, "more than " + limits.maxAliases() + " aliases; the limit is "
                        + limits.maxAliases());
            }
            YamlNode target = anchors.get(name.getValue());
            if (target == null) {
                throw new YamlException(at, "alias *" + name.getValue() + " names no anchor defined before it");
            }
            count(at, sizes.getOrDefault(target, 1L));
            return target;
        }

        private void count(Position at, long n) throws YamlException {
            nodes += n;
            if (nodes > limits.maxNodes()) {
                throw YamlException.limit(at, "more than " + limits.maxNodes() + " values, counting what aliases"
                        + " repeat; the limit is " + limits.maxNodes() + " (the file is too large or expands too much)");
            }
        }

        private YamlNode.MapNode map(Position at, int depth) throws YamlException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            Event e;
            while ((e = next()).getEventId() != Event.ID.MappingEnd) {
                YamlNode keyNode = node(e, depth + 1);
                if (!(keyNode instanceof YamlNode.ScalarNode scalarKey)) {
                    throw new YamlException(keyNode.position(), "a key must be plain text, not " + keyNode.describe());
                }
                Position keyAt = position(e);
                String name = scalarKey.text();
                YamlNode.ScalarNode key = new YamlNode.ScalarNode(keyAt, YamlNode.Kind.STRING, name);
                Position first = seen.putIfAbsent(name, keyAt);
                if (first != null) {
                    if (problems.size() >= MAX_PROBLEMS) {
                        throw YamlException.limit(keyAt, "more than " + MAX_PROBLEMS + " duplicate keys; the limit is "
                                + MAX_PROBLEMS + " (is this the file you meant?)");
                    }
                    problems.add(Diagnostic.error("duplicate-key", keyAt,
                            "duplicate key '" + name + "' (first at line " + first.line() + "); keys must be unique"));
                }
                YamlNode value = node(next(), depth + 1);
                if (first == null) {
                    entries.add(new YamlNode.Entry(key, value));
                }
            }
            return new YamlNode.MapNode(at, List.copyOf(entries));
        }

        private YamlNode.ListNode list(Position at, int depth) throws YamlException {
            List<YamlNode> items = new ArrayList<>();
            Event e;
            while ((e = next()).getEventId() != Event.ID.SequenceEnd) {
                items.add(node(e, depth + 1));
            }
            return new YamlNode.ListNode(at, List.copyOf(items));
        }

        private YamlNode.ScalarNode scalar(ScalarEvent event, Position at) throws YamlException {
            String value = event.getValue();
            if (value.length() > limits.maxStringLength()) {
                throw YamlException.limit(at, "text of " + value.length() + " characters; the limit is "
                        + limits.maxStringLength());
            }
            checkPrintable(value, at);
            Tag tag = event.getTag().filter(t -> !t.equals("!")).map(Tag::new)
                    .orElseGet(() -> event.isPlain() ? CORE_SCHEMA.resolve(value, true) : Tag.STR);
            YamlNode.Kind kind;
            if (tag.equals(Tag.STR)) {
                kind = YamlNode.Kind.STRING;
            } else if (tag.equals(Tag.INT)) {
                kind = YamlNode.Kind.INTEGER;
            } else if (tag.equals(Tag.FLOAT)) {
                kind = YamlNode.Kind.FLOAT;
            } else if (tag.equals(Tag.BOOL)) {
                kind = YamlNode.Kind.BOOLEAN;
            } else if (tag.equals(Tag.NULL)) {
                kind = YamlNode.Kind.NULL;
            } else {
                throw new YamlException(at, unsupportedTag(tag.getValue()));
            }
            return new YamlNode.ScalarNode(at, kind, value);
        }

        /**
         * A double-quoted escape ("\\e", "\\x1b") gets past the parser's check of the raw text;
         * a control character in a text shown on a terminal could move the cursor or recolour it.
         */
        private void checkPrintable(String value, Position at) throws YamlException {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\u2028' || c == '\u2029') {
                    throw new YamlException(at, "the text holds the control character U+"
                            + String.format("%04X", (int) c) + "; remove it");
                }
            }
        }

        private void checkCollectionTag(CollectionStartEvent event, Tag expected, Position at) throws YamlException {
            Optional<String> tag = event.getTag().filter(t -> !t.equals("!"));
            if (tag.isPresent() && !new Tag(tag.get()).equals(expected)) {
                throw new YamlException(at, unsupportedTag(tag.get()));
            }
        }

        private String unsupportedTag(String tag) {
            String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            return "the tag '" + shown + "' is not supported here; remove it";
        }
    }
}
