package referral.console;

import java.util.LinkedHashSet;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The state of a choice prompt: which choice is highlighted and, for {@code multi}, which are
 * selected. An exclusive choice ("None of these") clears the others when selected, and the
 * others clear it. On a {@code multi} question of at most nine choices a number key ticks (or
 * unticks) its choice as well as highlighting it, as typing the number does in the plain mode. On a
 * longer list a number only highlights: there "1" could be the first choice or the start of "12",
 * and a carer who typed 1 then 2 for the first two signs had the first unticked and the twelfth
 * ticked, a different emergency. Space ticks there.
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
        boolean moved = cursor.move(key);
        boolean digit = key.kind() == Key.Kind.CHAR && Character.isDigit(key.ch());
        if (moved && digit && numberTicks()) {
            toggle(cursor.index());
        }
        return moved;
    }

    /** Whether a number key ticks its choice here: a multi question whose numbers are one digit each. */
    boolean numberTicks() {
        return question.type() == QuestionType.MULTI && question.choices().size() <= 9;
    }

    /** The choice {@code n} ticks: the first exclusive one, in the list's order, of a {@code multi} question; null when there is none. */
    static Choice none(Question question) {
        if (question.type() != QuestionType.MULTI) {
            return null;
        }
        return question.choices().stream().filter(c -> question.exclusive().contains(c.id())).findFirst().orElse(null);
    }

    /** The {@code n} key: highlights "None of these" and ticks it (clearing the others); false where there is none. */
    boolean tickNone() {
        Choice none = none(question);
        if (none == null) {
            return false;
        }
        int index = question.choiceIds().indexOf(none.id());
        cursor.moveTo(index);
        if (!selected.contains(none.id())) {
            toggle(index);
        }
        return true;
    }

    /** Space on a {@code multi} question: selects or unselects the highlighted choice. */
    void toggle() {
        toggle(cursor.index());
    }

    private void toggle(int index) {
        String id = question.choiceIds().get(index);
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
