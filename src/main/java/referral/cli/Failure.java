package referral.cli;

/**
 * Stops a command with an exit code and one line, printed as {@code referral: <line>}: a usage
 * mistake the command finds itself (a value out of range, {@code -} where a file name is needed)
 * or an interruption. Input that cannot be used is a {@link referral.diagnostics.BadInput} instead.
 */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    Failure(int exitCode, String line) {
        super(line, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
