package referral.cli;

import java.util.regex.Pattern;
import referral.diagnostics.Shown;

/**
 * The last guard before a library's message reaches the user: one line, no Java names.
 * picocli's type-conversion messages quote the exception's class name; people need what
 * went wrong, not which class noticed. (Our own messages are written clean and only get
 * {@link Ids#oneLine}: scrubbing them could cut a file name.)
 */
final class Messages {
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|picocli|tools\\.jackson|org\\.snakeyaml|referral)(?:\\.[a-z_$][\\w$]*)*"
                    + "\\.[A-Z][\\w$]*:?\\s*");
    private static final Pattern THROWABLE_NAME = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error):\\s*");
    private static final int MAX_LENGTH = 2_000;

    private Messages() {}

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String s = message.replaceAll("\\s*\\R\\s*", " ");
        s = QUALIFIED.matcher(s).replaceAll("");
        s = THROWABLE_NAME.matcher(s).replaceAll("");
        s = s.replace("()", "").replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ").strip();
        s = Shown.oneLine(s);
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "..." : s;
    }
}
