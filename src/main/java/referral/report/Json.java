package referral.report;

import java.util.List;

/**
 * A small streaming JSON writer: our output is a handful of flat objects, and writing them
 * by hand keeps the JSON library off the start-up path.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    public Json begin() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public Json end() {
        out.append('}');
        needComma = true;
        return this;
    }

    public Json beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    public Json key(String key) {
        comma();
        string(key);
        out.append(':');
        needComma = false;
        return this;
    }

    public Json value(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    public Json value(Double value) {
        comma();
        if (value == null || !Double.isFinite(value)) {
            out.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value.doubleValue());
        } else {
            out.append(value);
        }
        needComma = true;
        return this;
    }

    public Json value(long value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    public Json value(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    /** A value that is already JSON (e.g. an id echoed as it was given). */
    public Json raw(String json) {
        comma();
        out.append(json);
        needComma = true;
        return this;
    }

    public Json field(String key, String value) {
        return key(key).value(value);
    }

    public Json strings(String key, List<String> values) {
        key(key).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        quote(out, s);
    }

    /** Appends {@code s} as a JSON string, with the escapes JSON needs (and U+2028/9, which JavaScript needs). */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        int plain = 0;
        while (plain < s.length()) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                break;
            }
            plain++;
        }
        if (plain == s.length()) {
            out.append(s).append('"');
            return;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
