package referral.report;

import java.io.OutputStream;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.Separators;

/**
 * Every JSON the tool prints is written by jackson-core's generator, made here: compact, UTF-8,
 * {@code /} left as it is, nothing between values at the top level, and closing a generator never
 * closes the stream under it.
 */
public final class JsonOut {
    private JsonOut() {}

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null) // a batch ends each result with its own end of line
            .recyclerPool(JsonRecyclerPools.threadLocalPool()) // a batch's threads each keep their buffers
            .build();

    /** Something that writes JSON. */
    @FunctionalInterface
    public interface Body {
        void writeTo(JsonGenerator g);
    }

    /** A generator writing UTF-8 to {@code out}; close it to flush what it holds. */
    public static JsonGenerator to(OutputStream out) {
        return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }

    /** What {@code body} writes, as a string. */
    public static String write(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            body.writeTo(g);
        }
        return out.toString();
    }

    /**
     * The JSON document {@code json}, parsed and written again indented for people to read (two
     * spaces a level, {@code "key": value}), in the same order: a file the tool prints, such as a
     * schema, is JSON by construction.
     */
    public static String indented(String json) {
        StringWriter out = new StringWriter(json.length() + json.length() / 2);
        ObjectWriteContext indenting = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                DefaultIndenter lines = new DefaultIndenter("  ", "\n");
                return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                        .withObjectIndenter(lines)
                        .withArrayIndenter(lines);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json);
             JsonGenerator g = FACTORY.createGenerator(indenting, out)) {
            p.nextToken();
            g.copyCurrentStructureExact(p);
        }
        return out.append('\n').toString();
    }

    /**
     * A number as people write it: a whole number without ".0" (up to 10^15, exact in a double), null
     * for none or for what JSON cannot hold (infinity, NaN).
     */
    public static void number(JsonGenerator g, Double value) {
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value.doubleValue());
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /** {@code "key": [texts...]}. */
    public static void strings(JsonGenerator g, String key, Iterable<String> values) {
        g.writeArrayPropertyStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
