package referral.yaml;

import java.util.Locale;
import referral.diagnostics.Position;

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
        int key = keyLengthBefore(text, where);
        if (key > MAX_KEY) {
            return "a key of " + key + " characters; YAML allows at most " + MAX_KEY + " characters in a key";
        }
        String p = ReadErrors.clean(problem);
        if (p.isEmpty()) {
            return "not valid YAML";
        }
        // The context ("while scanning a quoted scalar") is the parser's own business: never shown.
        return plain(p);
    }

    /** The longest key YAML reads without an explicit '?' before it (YAML 1.2, 7.4.2 and 7.5). */
    static final int MAX_KEY = 1024;

    /**
     * The length of the key that ends where the parser stopped (at the ':' it did not expect),
     * or 0: a key longer than YAML allows stops the parser with words about the ':' instead.
     */
    private static int keyLengthBefore(String text, Position where) {
        if (where.line() < 1 || where.column() < 2) {
            return 0;
        }
        int start = 0;
        for (int line = 1; line < where.line(); line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return 0;
            }
        }
        int colon = start + where.column() - 1;
        if (colon >= text.length() || text.charAt(colon) != ':') {
            return 0;
        }
        int from = colon;
        while (from > start && "{[,".indexOf(text.charAt(from - 1)) < 0) {
            from--; // back to the start of the line, or of the key in a { mapping }
        }
        while (from < colon && " -\"'".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        int to = colon;
        while (to > from && " \"'".indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to - from;
    }

    private static String plain(String message) {
        String known = known(message);
        return known != null ? known : "not valid YAML here: " + words(message);
    }

    /**
     * The parser's words for the common mistakes, said the way a person editing the file thinks of them;
     * null for words it has no plainer form of. Shared with {@link ReadErrors} for answers and cases.
     */
    static String known(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("found character '\\t") || m.contains("found character '\t")) {
            return "a tab is used where YAML needs spaces";
        }
        if (m.startsWith("found character '") && m.contains("cannot start any token")) {
            String c = message.substring("found character '".length(), message.indexOf('\'', "found character '".length()));
            return "'" + c + "' cannot start a value in YAML; put the text in quotes";
        }
        if (m.contains("unknown escape character") || m.contains("hexadecimal numbers")) {
            return "a backslash in double quotes starts an escape it does not finish; write \\\\ for a"
                    + " backslash, or use single quotes";
        }
        if (m.startsWith("unexpected character found")) {
            return "an anchor (&) or an alias (*) needs a name here";
        }
        if (m.contains("<stream end>")) {
            return "the file ends where a value was expected; check for an unclosed [ or {, or a missing value";
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
        if (m.contains("expected '<document start>'")) {
            return "unexpected text after the end of the document; check for an extra ] or }";
        }
        return null;
    }

    /** The parser's names of its tokens, in words. */
    private static String words(String message) {
        return message.replace("'<stream end>'", "the end of the file").replace("<stream end>", "the end of the file")
                .replace("'<document start>'", "a document start").replace("<document start>", "a document start")
                .replace("'<document end>'", "a document end").replace("<document end>", "a document end")
                .replace("<block end>", "the end of an indented block")
                .replace("'<block mapping start>'", "a mapping").replace("<block mapping start>", "a mapping")
                .replace("'<block sequence start>'", "a list").replace("<block sequence start>", "a list")
                .replace("'<scalar>'", "a value").replace("<scalar>", "a value")
                .replace("'<alias>'", "an alias").replace("'<anchor>'", "an anchor").replace("'<tag>'", "a tag")
                .replace("node content", "a value")
                .replaceAll("<([a-z ]+)>", "$1");
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
