package referral.yaml;

import java.util.Locale;
import referral.rules.Position;

/** Turns the YAML parser's messages into one line a person can act on. */
final class YamlErrors {
    private YamlErrors() {}

    /**
     * @param problem what the parser found (may span lines, may quote a snippet of the file)
     * @param context what it was doing ("while scanning a quoted scalar"), or null
     */
    static String oneLine(String problem, String context, Position where, String text) {
        if (hasTabIndent(text, where.line())) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        String p = clean(problem);
        String c = clean(context);
        if (p.isEmpty()) {
            return "not valid YAML" + (c.isEmpty() ? "" : " (" + c + ")");
        }
        return plain(c.isEmpty() ? p : p + " (" + c + ")");
    }

    /** The parser's words for the common mistakes, said the way a person editing the file thinks of them. */
    private static String plain(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("found character '\\t'") || m.contains("found character '\t'")) {
            return "a tab is used where YAML needs spaces";
        }
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

    /** The first line of a parser message, without quoted snippets, positions or Java names. */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in ") || l.startsWith("^") || looksLikeSnippet(line)) {
                continue;
            }
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(l);
        }
        return out.toString()
                .replaceAll(",?\\s*line \\d+, column \\d+:?", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[;:,]\\s*$", "")
                .strip();
    }

    private static boolean looksLikeSnippet(String line) {
        return line.startsWith("    ") && !line.strip().startsWith("in ");
    }

    private static boolean hasTabIndent(String text, int line) {
        if (line < 1) {
            return false;
        }
        int lineNo = 1;
        int start = 0;
        while (lineNo < line - 1 && start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return false;
            }
            start = nl + 1;
            lineNo++;
        }
        // Look at the line before, the line itself and the one after: a tab indent confuses the
        // parser on a neighbouring line as often as on its own.
        for (int n = 0; n < 3 && start <= text.length(); n++) {
            int k = start;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                if (text.charAt(k) == '\t') {
                    return true;
                }
                k++;
            }
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return false;
    }
}
