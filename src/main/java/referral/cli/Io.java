package referral.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process's streams, environment and working directory, passed in rather than taken from
 * {@code System}, so that tests run the real command line in-process. {@code dir} is where
 * commands look for what they find by themselves ({@code check} without files: {@code rules/*.yaml});
 * files named on the command line are opened as named.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Path dir) {

    /** Streams of the process, its working directory. */
    public Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this(in, out, err, env, terminal, Path.of(""));
    }

    public static Io system() {
        return new Io(System.in, System.out, System.err, System.getenv(), Terminal.atBothEnds());
    }

    public boolean colorAllowed() {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
