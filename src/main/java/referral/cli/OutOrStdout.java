package referral.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import referral.files.AtomicFile;
import referral.diagnostics.BadInput;

/** Where a command that writes one text (a graph, an export) puts it: the file of {@code --out}, or standard output. */
final class OutOrStdout {
    private OutOrStdout() {}

    /**
     * Refuses {@code --out -} before any work (standard output is what no {@code --out} means; a file named
     * "-" is never what was meant).
     */
    static void check(Path out, String command, String what) {
        if (out != null && out.toString().equals("-")) {
            throw new Failure(ExitCode.USAGE, "--out needs a file name; without --out the " + what
                    + " goes to standard output (see 'referral " + command + " --help')");
        }
    }

    /** Writes {@code text} whole to {@code out} (replaced at once, never half-written), or to standard output. */
    static void write(Io io, Path out, String text) throws BadInput {
        if (out == null) {
            io.out().print(text);
            io.out().flush();
        } else {
            AtomicFile.write(out, text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
