package referral.diagnostics;


/**
 * One problem found in a file, with a stable code so that tools and people can refer to it. The
 * position is null for a problem about no place in particular (no cases at all).
 */
public record Diagnostic(Severity severity, Code code, Position position, String message) {

    /** A problem reported with its code's own severity. */
    public static Diagnostic of(Code code, Position position, String message) {
        return new Diagnostic(code.severity(), code, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** As {@code check} prints a finding: {@code file:line:col: error: message [code]}. */
    public String format() {
        return Shown.oneLine(at() + severity.label() + ": " + message + " [" + code.id() + "]");
    }

    /**
     * As an error about answers, a case file or a file is printed: {@code file:line:col: message},
     * the severity (always an error) and code left out, as these lines have always read.
     */
    public String line() {
        return Shown.oneLine(at() + message);
    }

    private String at() {
        return position == null ? "" : position + ": ";
    }
}
