package referral.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/** What every message a person sees must be: lines of "referral: ...", and nothing from inside Java. */
public final class UserFacing {
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|picocli|tools\\.jackson|org\\.snakeyaml)\\.[a-z]|\\b[A-Z]\\w*(?:Exception|Error)\\b");

    private UserFacing() {}

    /** No stack trace, no "Exception", no Java class name; every line starts with "referral: ". */
    public static void assertClean(String stderr) {
        assertFalse(stderr.contains("Exception"), () -> "mentions Exception: " + stderr);
        assertFalse(stderr.contains("at java."), () -> "has a stack trace: " + stderr);
        assertFalse(stderr.contains("\tat "), () -> "has a stack trace: " + stderr);
        assertFalse(JAVA_NAME.matcher(stderr).find(), () -> "names a Java class: " + stderr);
        for (String line : stderr.split("\n")) {
            if (!line.isEmpty()) {
                assertTrue(line.startsWith("referral: "), () -> "line without the 'referral: ' prefix: " + line);
            }
        }
    }

    /** Clean, and exactly one line. */
    public static void assertOneCleanLine(String stderr) {
        assertClean(stderr);
        assertTrue(stderr.endsWith("\n") && stderr.indexOf('\n') == stderr.length() - 1,
                () -> "expected exactly one line, got: " + stderr);
    }
}
