package referral.cli;

import java.util.List;
import referral.diagnostics.Diagnostic;

/** Warnings that do not stop a command, on standard error: {@code referral: warning: file: message}. */
final class Warnings {
    private Warnings() {}

    static void print(Io io, List<Diagnostic> warnings) {
        for (Diagnostic d : warnings) {
            io.err().println("referral: " + d.severity().label() + ": " + d.line());
        }
    }
}
