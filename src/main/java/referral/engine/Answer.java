package referral.engine;

import java.util.Set;
import referral.rules.Numbers;

/** What a person answered to one question. */
public sealed interface Answer {

    /** The answer as written in an answers file: {@code yes}, {@code [a, b]} or {@code 42}. */
    String display();

    /** Choice questions: one, yes-no (a single id) and multi (one or more ids), in the order chosen. */
    record Chosen(Set<String> choices) implements Answer {
        public Chosen {
            // One choice is the usual answer, and conditions test it often: an immutable set of one
            // is tested by a comparison where a hash set takes a lookup.
            choices = choices.size() == 1 && choices.iterator().next() != null
                    ? Set.of(choices.iterator().next())
                    : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(choices));
        }

        public static Chosen of(String... ids) {
            return new Chosen(new java.util.LinkedHashSet<>(java.util.List.of(ids)));
        }

        @Override
        public String display() {
            return choices.size() == 1 ? choices.iterator().next() : "[" + String.join(", ", choices) + "]";
        }
    }

    record Number(double value) implements Answer {
        @Override
        public String display() {
            return Numbers.format(value);
        }
    }
}
