package referral.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads one YAML (or JSON) document into a {@link YamlNode} tree with positions, through Jackson's
 * YAML module. Aliases are replayed by Jackson ({@link YAMLAnchorReplayingFactory}): an alias
 * stands for the very scalar, mapping or list its anchor holds, and counts toward the limits with
 * all of it. Duplicate keys are reported with both lines, not silently overwritten.
 */
public final class YamlReader {

    /**
     * What reading produced: the document (null when the file holds none, or when reading stopped)
     * and the problems found; when reading stopped at one (not YAML, past a limit), that is the only one.
     */
    public record Document(YamlNode root, List<Diagnostic> problems) {
        static Document stopped(YamlException e) {
            return new Document(null, List.of(e.diagnostic()));
        }

        /** True when reading stopped at a problem, so there is no document to look at. */
        public boolean stopped() {
            return root == null && !problems.isEmpty();
        }
    }

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    public Document read(String fileName, byte[] bytes) {
        try {
            if (bytes.length > limits.maxBytes()) {
                throw YamlException.limit(Position.ofFile(fileName),
                        "file is " + bytes.length + " bytes; the limit is " + limits.maxBytes() + " bytes");
            }
            return read(fileName, decode(fileName, bytes));
        } catch (YamlException e) {
            return Document.stopped(e);
        }
    }

    public Document read(String fileName, String text) {
        try {
            return readText(fileName, text);
        } catch (YamlException e) {
            return Document.stopped(e);
        }
    }

    private Document readText(String fileName, String text) throws YamlException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.length() > limits.maxBytes()) {
            throw YamlException.limit(Position.ofFile(fileName),
                    "text is " + text.length() + " characters; the limit is " + limits.maxBytes());
        }
        NodeBuilder builder = new NodeBuilder(fileName, 1, true, text);
        YamlNode root;
        try (JsonParser parser = factory(text.length()).createParser(ObjectReadContext.empty(), text)) {
            root = builder.document(parser, "a second YAML document starts here; expected one document a file");
        }
        if (root instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.Kind.NULL) {
            root = null; // "---" alone, or "~": nothing written
        }
        return new Document(root, builder.problems());
    }

    /**
     * A factory for one document. SnakeYAML's reader copies its window again each time a token
     * outgrows it, which makes one long word cost time quadratic in its length; a window holding the
     * whole (bounded) text is filled once. The YAML 1.2 core schema keeps yes, no, on and off text.
     */
    private YAMLFactory factory(int length) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported by NodeBuilder, with the first one's line
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE - 1, limits.maxBytes()) + 1)
                .setBufferSize(length + 1)
                .build();
        return YAMLAnchorReplayingFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(limits.constraints())
                .build();
    }

    private static String decode(String fileName, byte[] bytes) throws YamlException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            throw new YamlException(positionOfByte(fileName, bytes, bad), notUtf8(bytes[bad]));
        }
    }

    static String notUtf8(byte bad) {
        return "not valid UTF-8 (byte 0x" + String.format("%02x", bad & 0xff) + "); save the file as UTF-8";
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
}
