package referral.yaml;

import referral.rules.Position;

/** A file that is not well-formed YAML (or breaks one of our limits), with where it went wrong. */
public final class YamlException extends Exception {
    private final Position position;

    public YamlException(Position position, String message) {
        super(message);
        this.position = position;
    }

    public Position position() {
        return position;
    }

    public String format() {
        return position + ": " + getMessage();
    }
}
