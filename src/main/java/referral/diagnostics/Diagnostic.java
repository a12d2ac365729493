package referral.diagnostics;

import referral.rules.Ids;

/**
 * One problem found in a file, with a stable code so that tools and people can refer to it.
 * Printed as {@code file:line:col: error: message [code]}.
 */
public record Diagnostic(Severity severity, String code, Position position, String message) {

    public static Diagnostic error(String code, Position position, String message) {
        return new Diagnostic(Severity.ERROR, code, position, message);
    }

    public static Diagnostic warning(String code, Position position, String message) {
        return new Diagnostic(Severity.WARNING, code, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String format() {
        return Ids.oneLine(position + ": " + severity.label() + ": " + message + " [" + code + "]");
    }
}
