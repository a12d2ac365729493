package referral.rules;

import referral.diagnostics.Position;

/**
 * One answer a person can pick. {@code redFlag} is the urgency this answer demands
 * (null when it demands none): any path through it must end at least that urgent.
 * {@code when} (null: always) offers the choice only where it holds on the answers given
 * earlier on the path, with the same meaning as a {@code when} of {@code next}.
 */
public record Choice(String id, Text text, Urgency redFlag, Condition when, Position position) {

    /** Whether the choice may be hidden on some path. */
    public boolean conditional() {
        return when != null;
    }
}
