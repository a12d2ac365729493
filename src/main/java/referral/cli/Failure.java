package referral.cli;

import java.util.List;

/** Stops a command with an exit code and one line a problem, printed as {@code referral: <line>}. */
final class Failure extends RuntimeException {
    private final int exitCode;
    private final List<String> lines;

    Failure(int exitCode, List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    Failure(int exitCode, String line) {
        this(exitCode, List.of(line));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> lines() {
        return lines;
    }
}
