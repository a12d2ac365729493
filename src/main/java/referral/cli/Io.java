package referral.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import referral.files.Output;

/**
 * The process's streams and environment, passed in rather than taken from {@code System},
 * so that tests run the real command line in-process.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal,
        Interruption interruption) {

    public Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        this(in, out, err, env, terminal, new Interruption());
    }

    /** What {@link referral.files.WriteFailed} names when standard output cannot be written. */
    public static final String STDOUT = "standard output";

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
        return new Io(in, Output.strict(out, STDOUT), Output.lenient(err), env, terminal);
    }

    public boolean colorAllowed() {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
