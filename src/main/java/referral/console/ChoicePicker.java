package referral.console;

import java.util.LinkedHashSet;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The state of a choice prompt: which choice is highlighted and, for {@code multi}, which are
 * selected. An exclusive choice ("None of these") clears the others when selected, and the
 * others clear it.
 */
final class ChoicePicker {
    private final Question question;
    private final ListCursor cursor;
    private final Set<String> selected = new LinkedHashSet<>();

    ChoicePicker(Question question, Answer previous) {
        this.question = question;
        int start = 0;
        if (previous instanceof Answer.Chosen chosen && !chosen.choices().isEmpty()) {
            start = Math.max(0, question.choiceIds().indexOf(chosen.choices().iterator().next()));
            if (question.type() == QuestionType.MULTI) {
                selected.addAll(chosen.choices());
            }
        }
        this.cursor = new ListCursor(question.choices().size(), start);
    }

    int cursor() {
        return cursor.index();
    }

    boolean isSelected(String id) {
        return selected.contains(id);
    }

    boolean move(Key key) {
        return cursor.move(key);
    }

    /** Space on a {@code multi} question: selects or unselects the highlighted choice. */
    void toggle() {
        String id = question.choiceIds().get(cursor.index());
        if (selected.remove(id)) {
            return;
        }
        if (question.exclusive().contains(id)) {
            selected.clear();
        } else {
            selected.removeAll(question.exclusive());
        }
        selected.add(id);
    }

    /** The answer Enter gives, or null when nothing is selected on a {@code multi} question. */
    Answer confirm() {
        if (question.type() != QuestionType.MULTI) {
            return Answer.Chosen.of(question.choiceIds().get(cursor.index()));
        }
        return selected.isEmpty() ? null : new Answer.Chosen(Typed.inTreeOrder(question, selected));
    }
}
