package referral.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

    private static Result execute(byte[] stdin, java.nio.file.Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, dir);
        int exit = Main.run(args, io);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
