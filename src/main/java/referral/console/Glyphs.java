package referral.console;

import java.nio.charset.Charset;

/**
 * The few non-ASCII marks the full-screen prompts use, with ASCII stand-ins for a terminal
 * whose character set cannot show them (a {@code C} or {@code POSIX} locale would print '?').
 */
final class Glyphs {
    private Glyphs() {}

    /** Fixed for the life of the process: the default charset cannot change once the JVM runs. */
    static final boolean UNICODE = Charset.defaultCharset().newEncoder().canEncode("→·");

    static final String ANSWER = UNICODE ? "→ " : "= ";
}
