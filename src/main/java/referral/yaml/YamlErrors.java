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
        String message = c.isEmpty() ? p : p + " (" + c + ")";
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("mapping values are not allowed")) {
            message += "; check the indentation, or quote text that contains ': '";
        } else if (lower.contains("could not find expected ':'")) {
            message += "; a key needs ': ' after it, or quote text that starts with a special character";
        } else if (lower.contains("expected <block end>")) {
            message = "the indentation does not line up with the lines above (" + message + ")";
        } else if (lower.contains("found character '\\t'") || lower.contains("found character '\t'")) {
            return "a tab is used where YAML needs spaces";
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
