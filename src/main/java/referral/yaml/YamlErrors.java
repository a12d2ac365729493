package referral.yaml;

import java.util.Locale;
import referral.rules.Position;

/** Turns the YAML library's multi-line messages into one line a person can act on. */
final class YamlErrors {
    private YamlErrors() {}

    static String oneLine(String raw, Position where, String text) {
        if (raw == null || raw.isBlank()) {
            return "not valid YAML";
        }
        if (hasTabIndent(text, where.line())) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in reader") || l.startsWith("^") || l.startsWith("at [")
                    || l.startsWith("in 'reader'") || l.startsWith("Source:") || looksLikeSnippet(line)) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(l.replaceAll(",?\\s*line \\d+, column \\d+:?", "").replaceAll("\\s+", " ").strip());
        }
        String message = out.length() == 0 ? "not valid YAML" : out.toString();
        message = message.replaceAll(";\\s*$", "").replace(":;", ";");
        if (message.toLowerCase(Locale.ROOT).contains("mapping values are not allowed")) {
            message += " (check the indentation, or quote text that contains ': ')";
        }
        return message;
    }

    private static boolean looksLikeSnippet(String line) {
        return line.startsWith("    ") && !line.strip().startsWith("in ");
    }

    private static boolean hasTabIndent(String text, int line) {
        if (line < 1) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(0, line - 2); i < Math.min(lines.length, line + 1); i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && (l.charAt(k) == ' ' || l.charAt(k) == '\t')) {
                if (l.charAt(k) == '\t') {
                    return true;
                }
                k++;
            }
        }
        return false;
    }
}
