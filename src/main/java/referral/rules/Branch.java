package referral.rules;

import referral.diagnostics.Position;

/** One entry of a question's {@code next} list: go to {@code target} when {@code when} holds (null: always). */
public record Branch(Condition when, String target, Position position, Position targetPosition) {

    public boolean isUnconditional() {
        return when == null;
    }
}
