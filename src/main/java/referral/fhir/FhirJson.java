package referral.fhir;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import referral.report.JsonOut;

/**
 * The one place FHIR resources become JSON text. The resources are built as ordered maps and lists
 * of strings, numbers and booleans ({@link Resources}); this writes them with Jackson's generator
 * ({@link JsonOut}), keys in the maps' order.
 */
public final class FhirJson {
    private FhirJson() {}

    public static String write(Object value) {
        return JsonOut.write(g -> value(g, value));
    }

    private static void value(JsonGenerator g, Object value) {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            list.forEach(v -> value(g, v));
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            JsonOut.number(g, d);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
