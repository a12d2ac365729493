package referral.cli;

import java.util.Set;

/** Warnings that do not stop a command, on standard error. */
final class Warnings {
    private Warnings() {}

    static void unused(Io io, String answersSource, Set<String> unused) {
        for (String id : unused) {
            io.err().println("referral: warning: " + AnswersOption.displayName(answersSource) + ": '" + id
                    + "' is answered but this path does not ask it; ignored");
        }
    }
}
