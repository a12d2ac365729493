package referral.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        String unit,
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
}
