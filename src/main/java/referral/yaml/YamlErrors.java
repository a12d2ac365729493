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
        return plain(message);
    }

    /** The parser's words for the common mistakes, said the way a person editing the file thinks of them. */
    private static String plain(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("expected <block end>")) {
            return "this line is not indented like the lines around it; the keys of one mapping, and the items"
                    + " of one list, must start in the same column";
        }
        if (m.contains("mapping values are not allowed")) {
            return "unexpected ':' here; check the indentation, or put text that contains ': ' in quotes";
        }
        if (m.contains("could not find expected ':'")) {
            return "a line here is neither 'key: value' nor a list item; check for a missing ':' or quotes";
        }
        if (m.contains("did not find expected key") || m.contains("did not find expected '-'")) {
            return "this line does not fit the structure above it; check its indentation and any '-' of a list";
        }
        if (m.contains("unexpected end of stream") || m.contains("found unexpected end")) {
            return "the file ends inside an unclosed quote, [ or {";
        }
        if (m.contains("expected ',' or ']'")) {
            return "a [ list ] is not closed, or an item in it needs quotes";
        }
        if (m.contains("expected ',' or '}'")) {
            return "a { mapping } is not closed, or a text in it needs quotes";
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
