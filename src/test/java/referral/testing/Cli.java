package referral.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import referral.cli.Io;
import referral.cli.Main;

/** Runs the real command line in-process, as a user would type it, and captures what it prints. */
public final class Cli {
    private Cli() {}

    public record Result(int exit, String out, String err) {
        public String[] errLines() {
            return err.isEmpty() ? new String[0] : err.split("\n");
        }
    }

    public static Result run(String... args) {
        return runWithInput("", args);
    }

    /** As if started in {@code dir}: what a command finds by itself (not the files named) is looked for there. */
    public static Result runIn(java.nio.file.Path dir, String... args) {
        return execute(new byte[0], dir, args);
    }

    public static Result runWithInput(String stdin, String... args) {
        return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Standard input as raw bytes, for input that is not text (or not UTF-8). */
    public static Result runWithInput(byte[] stdin, String... args) {
        return execute(stdin, java.nio.file.Path.of(""), args);
    }

    /** With these environment variables (the locale: LANG, LC_ALL...), as a shell would pass them. */
    public static Result runWithEnv(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, out, java.nio.file.Path.of(""),
                env, args);
    }

    private static Result execute(byte[] stdin, java.nio.file.Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(new ByteArrayInputStream(stdin), out, out, dir, args);
    }

    /**
     * Standard output that takes {@code room} bytes and then fails as a full disk does
     * ({@code > /dev/full} when {@code room} is 0): the command must say so and stop.
     */
    public static Result runWithFullOutput(int room, String stdin, String... args) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        OutputStream disk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (kept.size() + len > room) {
                    throw new IOException("No space left on device");
                }
                kept.write(b, off, len);
            }
        };
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), disk, kept, java.nio.file.Path.of(""),
                args);
    }

    private static Result run(InputStream in, OutputStream out, ByteArrayOutputStream written, java.nio.file.Path dir,
            String... args) {
        return run(in, out, written, dir, Map.of(), args);
    }

    private static Result run(InputStream in, OutputStream out, ByteArrayOutputStream written, java.nio.file.Path dir,
            Map<String, String> env, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The streams as the real process makes them (Io.of): UTF-8, failed writes reported.
        Io io = Io.of(in, out, err, env, false, dir);
        int exit = Main.run(args, io);
        return new Result(exit, written.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
