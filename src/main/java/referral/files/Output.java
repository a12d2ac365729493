package referral.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The one way the tool writes to standard output: UTF-8 whatever the locale, and a failed write
 * is a {@link WriteFailed} rather than the silent flag of {@link PrintStream}. Files go through
 * {@link AtomicFile}, which reports its failures the same way (a {@link referral.diagnostics.BadInput}, exit 5).
 */
public final class Output {
    private Output() {}

    /** What {@link WriteFailed} names when standard output cannot be written. */
    public static final String STDOUT = "standard output";

    /**
     * A print stream over {@code raw} that throws {@link WriteFailed} naming {@code where} as soon
     * as a write or flush fails, and flushes at every line (as {@code System.out} does).
     */
    public static PrintStream strict(OutputStream raw, String where) {
        return new PrintStream(new BufferedOutputStream(new Failing(raw, where), 8192), true, StandardCharsets.UTF_8);
    }

    /**
     * A print stream for messages (standard error): UTF-8 too, but a message that cannot be
     * written is not worth stopping for, so failures are dropped as {@link PrintStream} drops them.
     */
    public static PrintStream lenient(OutputStream raw) {
        return new PrintStream(new BufferedOutputStream(raw, 1024), true, StandardCharsets.UTF_8);
    }

    /**
     * Turns the first {@link IOException} of the stream below into a {@link WriteFailed}; what is
     * written after that (the rest of a buffer flushed on the way out) is dropped, the failure
     * having been reported once.
     */
    private static final class Failing extends OutputStream {
        private final OutputStream out;
        private final String where;
        private volatile boolean failed;

        Failing(OutputStream out, String where) {
            this.out = out;
            this.where = where;
        }

        @Override
        public void write(int b) {
            if (failed) {
                return;
            }
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (failed) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() {
            if (failed) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() {
            flush();
        }

        private WriteFailed failed(IOException e) {
            failed = true;
            return new WriteFailed(where, AtomicFile.reason(e));
        }
    }
}
