package referral.rules;

import java.util.List;
import java.util.Set;
import referral.diagnostics.Position;

/** A test on the answers given so far, written as YAML data in a {@code when}. */
public sealed interface Condition {

    Position position();

    /** A test on one question's answer. */
    sealed interface OnQuestion extends Condition {
        String question();
    }

    /** {@code {q: choice}}: the answer is (or, for multi, includes) the choice. */
    record Is(String question, String choice, Position position) implements OnQuestion {}

    /** {@code {q: {any: [a, b]}}}: at least one of the choices. */
    record AnyOf(String question, Set<String> choices, Position position) implements OnQuestion {}

    /** {@code {q: {all: [a, b]}}}: every one of the choices (multi). */
    record AllOf(String question, Set<String> choices, Position position) implements OnQuestion {}

    /** {@code {q: {below: N}}}. */
    record Below(String question, double limit, Position position) implements OnQuestion {}

    /** {@code {q: {at-least: N}}}. */
    record AtLeast(String question, double limit, Position position) implements OnQuestion {}

    record All(List<Condition> conditions, Position position) implements Condition {}

    record Any(List<Condition> conditions, Position position) implements Condition {}

    record Not(Condition condition, Position position) implements Condition {}
}
