package referral.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Builds the {@link YamlNode} tree of one document from a Jackson token stream (YAML or JSON),
 * each node at the line and column its token starts at. One recursion level a nesting level, which
 * Jackson bounds ({@link YamlLimits#maxDepth()}). Keys written twice in one mapping are reported
 * with both positions and the first one kept.
 */
final class NodeBuilder {
    /** Problems reported while reading on; past this many, a file is not worth a line each. */
    private static final int MAX_PROBLEMS = 100;
    /** The tags of the YAML 1.2 core schema, the only ones a file may write. */
    private static final String CORE_TAG = "tag:yaml.org,2002:";

    private final String fileName;
    private final int firstLine;
    private final boolean yaml;
    private final String text;
    private final List<Diagnostic> problems = new ArrayList<>();
    private JsonParser parser;
    /** Where the furthest token read so far starts: aliases replay tokens from further up the file. */
    private long furthestOffset = -1;
    private Position furthest;

    /**
     * @param firstLine the line the input starts at (a batch line is one line of a longer input)
     * @param yaml whether the input is YAML: its tags are checked, and its texts, which may be shown
     *     on a terminal, may hold no control characters even written as escapes
     * @param text the text read, to place what the parser reports by character index; null if none
     */
    NodeBuilder(String fileName, int firstLine, boolean yaml, String text) {
        this.text = text;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.yaml = yaml;
        this.furthest = new Position(fileName, firstLine, 1);
    }

    /** The one value the input holds, null when it holds none; anything after it is an error with {@code second}. */
    YamlNode document(JsonParser p, String second) throws YamlException {
        this.parser = p;
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = value(first);
            if (p.nextToken() != null) {
                throw new YamlException(here(), second);
            }
            return root;
        } catch (RuntimeException e) {
            throw ReadErrors.translate(e, this, text); // while the parser can still say where it was
        }
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    String fileName() {
        return fileName;
    }

    boolean isYaml() {
        return yaml;
    }

    /** The start of the token read furthest into the input: where reading had got to. */
    Position furthest() {
        return furthest;
    }

    /**
     * Where reading stopped: the start of the token being read, unless aliases were replaying tokens
     * from further up the file, then the furthest token read. (Ask before the parser is closed.)
     */
    Position reached() {
        if (parser != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            if (at.getLineNr() > 0 && Math.max(at.getCharOffset(), at.getByteOffset()) >= furthestOffset) {
                return position(at);
            }
        }
        return furthest;
    }

    Position position(TokenStreamLocation at) {
        return new Position(fileName, firstLine - 1 + at.getLineNr(), at.getColumnNr());
    }

    private Position here() {
        TokenStreamLocation at = parser.currentTokenLocation();
        Position p = position(at);
        long offset = Math.max(at.getCharOffset(), at.getByteOffset());
        if (offset > furthestOffset) {
            furthestOffset = offset;
            furthest = p;
        }
        return p;
    }

    private YamlNode value(JsonToken token) throws YamlException {
        if (token == null) {
            throw new YamlException(reached(), "the text ends where a value was expected");
        }
        Position at = here();
        checkTag(token, at);
        return switch (token) {
            case START_OBJECT -> map(at);
            case START_ARRAY -> list(at);
            case VALUE_STRING -> scalar(at, YamlNode.Kind.STRING);
            case VALUE_NUMBER_INT -> scalar(at, YamlNode.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT -> scalar(at, YamlNode.Kind.FLOAT);
            case VALUE_TRUE, VALUE_FALSE -> scalar(at, YamlNode.Kind.BOOLEAN);
            case VALUE_NULL -> scalar(at, YamlNode.Kind.NULL);
            default -> throw new YamlException(at, "expected a value here");
        };
    }

    private YamlNode.MapNode map(Position at) throws YamlException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = null; // for a large mapping; a small one is searched
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            Position keyAt = here();
            String name = text(parser.currentName(), keyAt);
            Position first;
            if (seen == null && entries.size() < 16) {
                first = null;
                for (YamlNode.Entry e : entries) {
                    if (e.name().equals(name)) {
                        first = e.key().position();
                        break;
                    }
                }
            } else {
                if (seen == null) {
                    seen = new HashMap<>();
                    for (YamlNode.Entry e : entries) {
                        seen.put(e.name(), e.key().position());
                    }
                }
                first = seen.putIfAbsent(name, keyAt);
            }
            if (first != null) {
                duplicate(name, first, keyAt, at);
            }
            YamlNode value = value(parser.nextToken());
            if (first == null) {
                entries.add(new YamlNode.Entry(new YamlNode.ScalarNode(keyAt, YamlNode.Kind.STRING, name), value));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new YamlException(here(), "expected a key here");
        }
        return new YamlNode.MapNode(at, Collections.unmodifiableList(entries));
    }

    /** A key given twice in the mapping at {@code map}; a first one written before the mapping came through a merge ({@code <<}). */
    private void duplicate(String name, Position first, Position again, Position map) throws YamlException {
        if (problems.size() >= MAX_PROBLEMS) {
            throw YamlException.limit(again, "more than " + MAX_PROBLEMS + " duplicate keys; the limit is "
                    + MAX_PROBLEMS + " (is this the file you meant?)");
        }
        boolean merged = first.line() < map.line() || (first.line() == map.line() && first.column() < map.column());
        String message = merged
                ? "duplicate key '" + name + "': the merge '<<' gives it already (line " + first.line()
                        + "); a merged key cannot be given again"
                : "duplicate key '" + name + "' (first at "
                        + (first.line() == again.line() ? "column " + first.column() : "line " + first.line())
                        + "); keys must be unique";
        problems.add(Diagnostic.of(Code.DUPLICATE_KEY, again, message));
    }

    private YamlNode.ListNode list(Position at) throws YamlException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(t));
        }
        return new YamlNode.ListNode(at, Collections.unmodifiableList(items));
    }

    private YamlNode.ScalarNode scalar(Position at, YamlNode.Kind kind) throws YamlException {
        return new YamlNode.ScalarNode(at, kind, text(parser.getString(), at));
    }

    /**
     * A double-quoted escape ("\\e", "\\x1b") gets past the YAML reader's check of the raw text; a
     * control character in a text shown on a terminal could move the cursor or recolour it.
     */
    private String text(String value, Position at) throws YamlException {
        if (yaml) {
            int bad = value.chars().filter(NodeBuilder::isControl).findFirst().orElse(-1);
            if (bad >= 0) {
                throw new YamlException(at, "the text holds the control character U+"
                        + String.format("%04X", bad) + "; remove it");
            }
        }
        return value;
    }

    private static boolean isControl(int c) {
        return (Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\u2028' || c == '\u2029';
    }

    /** Only the core schema's tags: a tag such as {@code !!python/object} asks for more than text and numbers. */
    private void checkTag(JsonToken token, Position at) throws YamlException {
        if (!yaml) {
            return;
        }
        String tag = ((YAMLParser) parser).getRawTag();
        if (tag == null || tag.equals("!")) {
            return;
        }
        String kind = tag.startsWith(CORE_TAG) ? tag.substring(CORE_TAG.length()) : null;
        boolean fits = kind != null && switch (token) {
            case START_OBJECT -> kind.equals("map");
            case START_ARRAY -> kind.equals("seq");
            default -> List.of("str", "int", "float", "bool", "null").contains(kind);
        };
        if (!fits) {
            String shown = kind != null ? "!!" + kind : tag;
            throw new YamlException(at, "the tag '" + shown + "' is not supported here; remove it");
        }
    }
}
