package referral.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import referral.diagnostics.Position;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads one line of JSON Lines (strict JSON, RFC 8259) with jackson-core's streaming parser into a
 * {@link YamlNode} tree whose positions are the line's number and the column in it, so that the
 * answers checks report a batch line the way they report a file. Keeps its buffers from one line to
 * the next: one a thread.
 */
public final class JsonLineReader {
    private final JsonFactory factory;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(4096);

    public JsonLineReader(YamlLimits limits) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.constraints())
                // Each scoring thread reads line after line: its buffers stay with it, no shared pool.
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
    }

    /**
     * A parser of the line in {@code bytes[from, to)}, for a caller that reads the tokens itself;
     * null when the bytes are not UTF-8 ({@link #read} says where). Close it before the next line.
     */
    public JsonParser open(byte[] bytes, int from, int to) {
        try {
            int length = decode("", 0, bytes, from, to);
            return factory.createParser(ObjectReadContext.empty(), chars.array(), 0, length);
        } catch (YamlException e) {
            return null;
        }
    }

    /**
     * The value on line {@code lineNumber}, UTF-8 in {@code bytes[from, to)} without its end of line;
     * null when the line is blank. Anything but white space after the value is an error.
     */
    public YamlReader.Document read(String fileName, int lineNumber, byte[] bytes, int from, int to) {
        try {
            int length = decode(fileName, lineNumber, bytes, from, to);
            NodeBuilder builder = new NodeBuilder(fileName, lineNumber, false, null);
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), chars.array(), 0, length)) {
                YamlNode root = builder.document(parser, "more follows the JSON value; expected one JSON object a line");
                return new YamlReader.Document(root, builder.problems());
            }
        } catch (YamlException e) {
            return YamlReader.Document.stopped(e);
        }
    }

    /** Decodes the line into {@link #chars}, refusing bytes that are not UTF-8; gives its length in characters. */
    private int decode(String fileName, int lineNumber, byte[] bytes, int from, int to) throws YamlException {
        if (chars.capacity() < to - from) {
            chars = CharBuffer.allocate(Math.max(to - from, 2 * chars.capacity()));
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            throw new YamlException(new Position(fileName, lineNumber, chars.position() + 1),
                    YamlReader.notUtf8(bytes[in.position()]));
        }
        return chars.position();
    }
}
