package referral.console;

import java.util.LinkedHashSet;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The state of a choice prompt: which choice is highlighted and, for {@code multi}, which are
 * selected. An exclusive choice ("None of these") clears the others when selected, and the
 * others clear it. On a {@code multi} question a number key ticks (or unticks) its choice as
 * well as highlighting it, as typing the number does in the plain mode.
 */
final class ChoicePicker {
    private final Question question;
    private final ListCursor cursor;
    private final Set<String> selected = new LinkedHashSet<>();
    /** The choice the last digit ticked, or -1: undone when the next digit makes a longer number. */
    private int tickedByDigit = -1;

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
        if (!moved || !digit || question.type() != QuestionType.MULTI) {
            tickedByDigit = -1;
            return moved;
        }
        if (cursor.extendedNumber() && tickedByDigit >= 0) {
            toggle(tickedByDigit);   // "1" then "1" is choice 11, not 1 and 11
        }
        tickedByDigit = cursor.index();
        toggle(tickedByDigit);
        return true;
    }

    /** Space on a {@code multi} question: selects or unselects the highlighted choice. */
    void toggle() {
        tickedByDigit = -1;
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
