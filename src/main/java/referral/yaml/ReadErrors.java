package referral.yaml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import referral.diagnostics.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what Jackson (and the YAML parser under it) throws into one line a person can act on, at
 * the line and column it concerns.
 */
final class ReadErrors {
    private ReadErrors() {}

    /** Jackson's words for a limit passed: "Token count (50001) exceeds the maximum allowed (50000, ...". */
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /**
     * @param e what reading threw
     * @param text the whole text read, to place a position given as a character index
     */
    static YamlException translate(RuntimeException e, NodeBuilder at, String text) {
        String what = at.isYaml() ? "YAML" : "JSON";
        if (e instanceof StreamConstraintsException limit) {
            return limit(limit, at.reached());
        }
        if (e.getCause() instanceof ReaderException r) {
            return new YamlException(positionOfCodePoint(at.fileName(), text, r.getPosition()), "the character U+"
                    + String.format("%04X", r.getCodePoint()) + " is not allowed in YAML; remove it");
        }
        if (e.getCause() instanceof MarkedYamlEngineException m) {
            Position where = m.getProblemMark().or(m::getContextMark)
                    .map(mark -> position(at.fileName(), mark)).orElse(at.reached());
            return new YamlException(where, oneLine(m.getProblem(), m.getContext(), where, text));
        }
        if (e instanceof JacksonException j) {
            TokenStreamLocation loc = j.getLocation();
            Position where = loc != null && loc.getLineNr() > 0 ? at.position(loc) : at.reached();
            String message = plain(j.getOriginalMessage(), what);
            if (text != null && loc != null && message.startsWith("alias *")) {
                // Jackson places it after the token before the alias; the alias itself comes next.
                int alias = text.indexOf(message.substring("alias ".length(), message.indexOf(' ', "alias ".length())),
                        (int) Math.max(0, loc.getCharOffset()));
                where = alias < 0 ? where : positionOfChar(at.fileName(), text, alias);
            }
            return new YamlException(where, message);
        }
        // The parser met something it has no message for; the input is still what is wrong.
        return new YamlException(at.reached(), "not valid " + what);
    }

    private static YamlException limit(StreamConstraintsException e, Position where) {
        String message = e.getOriginalMessage();
        if (message.startsWith("too many events to replay")) {
            return YamlException.limit(where, "an anchor here holds more than 9999 values, counting what its aliases"
                    + " repeat; the limit is 9999 (the file expands too much)");
        }
        Matcher m = LIMIT.matcher(message);
        if (!m.find()) {
            return YamlException.limit(where, clean(message));
        }
        String count = m.group(2);
        String max = m.group(3);
        return YamlException.limit(where, switch (m.group(1)) {
            case "Document nesting depth" -> "nested more than " + max + " levels deep; the limit is " + max + " levels";
            case "Token count" -> "more than " + max + " values, counting keys, the start and end of every mapping"
                    + " and list, and what aliases repeat; the limit is " + max + " (the file is too large or expands too much)";
            case "String value length", "Name length" -> "text of " + count + " characters; the limit is " + max;
            case "Number value length" -> "a number of " + count + " digits; the limit is " + max;
            case "Document length" -> "text of more than " + max + " characters; the limit is " + max;
            default -> clean(message);
        });
    }

    private static Position position(String fileName, Mark m) {
        return new Position(fileName, m.getLine() + 1, m.getColumn() + 1);
    }

    private static Position positionOfChar(String fileName, String text, int index) {
        int line = 1 + (int) text.chars().limit(index).filter(c -> c == '\n').count();
        return new Position(fileName, line, index - (text.lastIndexOf('\n', index - 1) + 1) + 1);
    }

    private static Position positionOfCodePoint(String fileName, String text, int index) {
        int line = 1;
        int column = 1;
        var codePoints = text.codePoints().limit(Math.max(0, index)).iterator();
        while (codePoints.hasNext()) {
            if (codePoints.nextInt() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(fileName, line, column);
    }

    /**
     * @param problem what the parser found (may span lines, may quote a snippet of the file)
     * @param context what it was doing ("while scanning a quoted scalar"), or null
     */
    static String oneLine(String problem, String context, Position where, String text) {
        // The YAML parser's own words (its token names, "while scanning ...") are translated in one place.
        return YamlErrors.oneLine(problem, context, where, text);
    }

    /** The parsers' words for the common mistakes, said the way a person editing the file thinks of them. */
    private static String plain(String raw, String what) {
        String message = clean(raw);
        String known = YamlErrors.known(message);
        if (known != null) {
            return known;
        }
        String m = message.toLowerCase(Locale.ROOT);
        if (m.startsWith("invalid alias: ")) {
            return "alias *" + message.substring("invalid alias: ".length()) + " names no anchor defined before it";
        }
        if (m.startsWith("expected a property name")) {
            return "a key must be plain text, not " + (m.contains("+seq") ? "a list" : m.contains("+map") ? "a mapping"
                    : m.contains("=alias") ? "an alias" : "this");
        }
        if (m.startsWith("found field '<<'")) {
            return "a merge key '<<' must be followed by one mapping or an alias of one";
        }
        return what.equals("JSON") ? json(message) : message;
    }

    /** Jackson's words for the mistakes in a line of JSON. */
    private static final Pattern UNEXPECTED = Pattern.compile(
            "^Unexpected character \\('(.+?)'\\)(?: in numeric value)?: (?:was expecting|expected) (.*)$");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*?)': was expecting .*$");

    private static String json(String message) {
        Matcher u = UNRECOGNIZED.matcher(message);
        if (u.matches()) {
            return "unexpected '" + u.group(1) + "'; expected a JSON value (an object, a list, text in double quotes,"
                    + " a number, true, false or null)";
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.matches()) {
            String expected = m.group(2);
            String says = expected.startsWith("comma to separate Object") ? "',' or '}' in the object"
                    : expected.startsWith("comma to separate Array") ? "',' or ']' in the list"
                    : expected.startsWith("double-quote to start") ? "a key in double quotes"
                    : expected.startsWith("a colon") ? "':' after the key"
                    : expected;
            return "unexpected '" + m.group(1) + "'; expected " + says;
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return message.contains("closing quote") ? "the text has no closing double quote (the line ends too soon)"
                    : message.contains("for Object") ? "the line ends inside an object: a '}' is missing"
                    : message.contains("for Array") ? "the line ends inside a list: a ']' is missing"
                    : "the line ends too soon";
        }
        return message.replace("was expecting", "expected");
    }

    /** The first line of a parser message, without quoted snippets, positions, character codes or Java names. */
    static String clean(String raw) {
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
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s*\\((?:for [A-Za-z]+ starting|start marker) at .*$", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*", "")
                .replaceAll("\\s+", " ")
                .replaceAll("[;:,]\\s*$", "")
                .strip();
    }

    private static boolean looksLikeSnippet(String line) {
        return line.startsWith("    ") && !line.strip().startsWith("in ");
    }
}
