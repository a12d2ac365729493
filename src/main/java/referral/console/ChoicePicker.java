package referral.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The state of a choice prompt: which choice is highlighted and, for {@code multi}, which are
 * selected. An exclusive choice ("None of these") clears the others when selected, and the
 * others clear it.
 *
 * <p>One rule on every list: a number key moves to its choice, Space ticks, Enter confirms. Numbers
 * used to tick as well on lists of at most nine, and only move on longer ones ("1" could be the
 * first choice or the start of "12": a carer who typed 1 then 2 for the first two signs had the
 * first unticked and the twelfth ticked, a different emergency). Players then met two behaviours
 * for the same key and ticked the wrong thing, so a number now only ever moves, on every list.
 *
 * <p>{@code n} ticks the list's "None of these" (the exclusive choice whose id is {@code none}, else
 * its first exclusive choice, in the list's order) and highlights it, whatever the list's length: on a long list it is the last choice, below the
 * fold on a small terminal, and a person with none of the signs should not have to scroll past all
 * of them to say so.
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

    /**
     * The choice {@code n} ticks on a {@code multi} question: the exclusive one named {@code none}, else the
     * first exclusive one in the list's order; null when there is none. The id wins over the order because a
     * list may offer another exclusive answer before its None (a child's list: "Only a limp since a knock"),
     * and a person who pressed n for None on every list before must not tick that one here.
     */
    static Choice none(Question question) {
        if (question.type() != QuestionType.MULTI) {
            return null;
        }
        List<Choice> exclusive = question.choices().stream().filter(c -> question.exclusive().contains(c.id())).toList();
        return exclusive.stream().filter(c -> c.id().equals("none")).findFirst()
                .orElse(exclusive.isEmpty() ? null : exclusive.get(0));
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
