package referral.yaml;

import referral.diagnostics.Position;

/** A file that is not well-formed YAML (or breaks one of our limits), with where it went wrong. */
public final class YamlException extends Exception {
    private final Position position;
    private final boolean limit;

    public YamlException(Position position, String message) {
        this(position, message, false);
    }

    private YamlException(Position position, String message, boolean limit) {
        super(message, null, false, false);
        this.position = position;
        this.limit = limit;
    }

    /** A file that breaks one of our {@link YamlLimits} rather than the YAML grammar. */
    static YamlException limit(Position position, String message) {
        return new YamlException(position, message, true);
    }

    /** True when the file breaks one of our limits (size, depth, values, text length, aliases). */
    public boolean isLimit() {
        return limit;
    }

    public Position position() {
        return position;
    }

    public String format() {
        return position + ": " + getMessage();
    }
}
