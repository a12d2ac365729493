package referral.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import referral.files.Output;

/**
 * The process's streams, environment and working directory, passed in rather than taken from
 * {@code System}, so that tests run the real command line in-process. {@code dir} is where
 * commands look for what they find by themselves ({@code check} without files: {@code rules/*.yaml});
 * files named on the command line are opened as named.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Path dir,
        Interruption interruption) {

    /** Streams of the process, its working directory. */
    public Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this(in, out, err, env, terminal, Path.of(""));
    }

    public Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Path dir) {
        this(in, out, err, env, terminal, dir, new Interruption());
    }

    public static Io system() {
        InputStream in = Terminal.inputClosed() ? new ClosedInput() : System.in;
        return of(in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                System.getenv(), Terminal.atBothEnds());
    }

    /** Standard input closed when the process started ({@code <&-}): every read says so. */
    static final class ClosedInput extends InputStream {
        @Override
        public int read() throws IOException {
            throw new IOException("standard input is closed");
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return read();
        }
    }

    /**
     * Streams as every command writes them: UTF-8 whatever the locale, and a failed write to
     * standard output stops the command with exit 5 ({@link Output}).
     */
    public static Io of(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, boolean terminal) {
        return of(in, out, err, env, terminal, Path.of(""));
    }

    public static Io of(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, boolean terminal,
            Path dir) {
        return new Io(in, Output.strict(out, Output.STDOUT), Output.lenient(err), env, terminal, dir);
    }

    public boolean colorAllowed() {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
