package referral.yaml;

import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;

/**
 * Stops reading at the first thing that is not well-formed YAML (or breaks one of our limits),
 * from deep in the node builder. It never leaves this package: {@link YamlReader} and
 * {@link JsonLineReader} give it as the one problem of a document read no further.
 */
final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    YamlException(Position position, String message) {
        this(Diagnostic.of(Code.YAML_SYNTAX, position, message));
    }

    private YamlException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    /** A file that breaks one of our {@link YamlLimits} rather than the YAML grammar. */
    static YamlException limit(Position position, String message) {
        return new YamlException(Diagnostic.of(Code.TOO_LARGE, position, message));
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
