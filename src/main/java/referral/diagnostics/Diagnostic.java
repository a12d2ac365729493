package referral.diagnostics;


/**
 * One problem found in a file, with a stable code so that tools and people can refer to it.
 * Printed as {@code file:line:col: error: message [code]}.
 */
public record Diagnostic(Severity severity, Code code, Position position, String message) {

    /** A problem reported with its code's own severity. */
    public static Diagnostic of(Code code, Position position, String message) {
        return new Diagnostic(code.severity(), code, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        return Shown.oneLine(position + ": " + severity.label() + ": " + message + " [" + code.id() + "]");
    }
}
