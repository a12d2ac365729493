package referral.fhir;

import java.util.List;
import java.util.Map;
import referral.report.Json;

/**
 * The one place FHIR resources become JSON text. The resources are built as ordered maps and lists
 * of strings, numbers and booleans ({@link Resources}); this writes them through the project's JSON
 * writer, so that moving to another writer (issue 14, Jackson) changes this class alone.
 */
public final class FhirJson {
    private FhirJson() {}

    public static String write(Object value) {
        Json j = new Json();
        value(j, value);
        return j.toString();
    }

    private static void value(Json j, Object value) {
        if (value instanceof Map<?, ?> map) {
            j.begin();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                j.key((String) e.getKey());
                value(j, e.getValue());
            }
            j.end();
        } else if (value instanceof List<?> list) {
            j.beginArray();
            list.forEach(v -> value(j, v));
            j.endArray();
        } else if (value instanceof String s) {
            j.value(s);
        } else if (value instanceof Boolean b) {
            j.value(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long) {
            j.value(((Number) value).longValue());
        } else if (value instanceof Double d) {
            j.value(d);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
