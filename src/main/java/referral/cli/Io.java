package referral.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The process's streams and environment, passed in rather than taken from {@code System},
 * so that tests run the real command line in-process.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {

    public static Io system() {
        return new Io(System.in, System.out, System.err, System.getenv(), Terminal.atBothEnds());
    }

    public boolean colorAllowed() {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
