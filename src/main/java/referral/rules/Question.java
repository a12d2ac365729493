package referral.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.Position;

/**
 * One question of the tree. For {@code yes-no} the choices are {@code yes} and {@code no};
 * for {@code number} there are none and {@code min}/{@code max} (nullable) bound the answer.
 */
public record Question(
        String id,
        Position position,
        QuestionType type,
        Text text,
        Text help,
        List<Choice> choices,
        Set<String> exclusive,
        Double min,
        Double max,
        Text unit,
        List<Branch> next) {

    public Question {
        choices = List.copyOf(choices);
        exclusive = Set.copyOf(exclusive);
        next = List.copyOf(next);
    }

    public Optional<Choice> choice(String choiceId) {
        for (Choice c : choices) {
            if (c.id().equals(choiceId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<String> choiceIds() {
        return choices.stream().map(Choice::id).toList();
    }

    public boolean hasRedFlag() {
        return choices.stream().anyMatch(c -> c.redFlag() != null);
    }

    /** Whether some choice has a {@code when}, so that not every path offers every choice. */
    public boolean hasConditionalChoices() {
        for (Choice c : choices) {
            if (c.when() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The question as a person is asked it where only {@code offered} (some of its choices, in
     * their order) apply: the same question when all do, otherwise a copy with the others left out.
     */
    public Question offering(List<Choice> offered) {
        if (offered.size() == choices.size()) {
            return this;
        }
        Set<String> kept = new java.util.LinkedHashSet<>();
        for (Choice c : offered) {
            if (exclusive.contains(c.id())) {
                kept.add(c.id());
            }
        }
        return new Question(id, position, type, text, help, offered, kept, min, max, unit, next);
    }
}
