package referral.console;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.rules.Choice;
import referral.rules.Tree;

/**
 * The answers of one interactive session. Every change recomputes the walk from the engine
 * and keeps exactly the answers that walk uses, in the order it asks them; nothing is patched.
 * Answers dropped on the way (by going back, or because a change took the walk elsewhere)
 * are remembered only to preselect them if the question comes up again.
 */
public final class Session {
    private final Tree tree;
    private final Map<String, Answer> remembered = new HashMap<>();
    private Map<String, Answer> answers;
    private Step step;

    public Session(Tree tree, Map<String, Answer> initial) {
        this.tree = tree;
        walk(new LinkedHashMap<>(initial));
    }

    public Tree tree() {
        return tree;
    }

    /** The next question, or the outcome the answers reach. */
    public Step step() {
        return step;
    }

    /** The answers on the current path, in the order asked. */
    public Map<String, Answer> answers() {
        return answers;
    }

    /** The answer last given to {@code questionId}: its current one, else a remembered one; null when none. */
    public Answer previous(String questionId) {
        Answer current = answers.get(questionId);
        return current != null ? current : remembered.get(questionId);
    }

    /**
     * The answer to preselect when asking: the question's current answer, else a remembered one,
     * without the choices not offered there now (null when none is left).
     */
    public Answer previous(Step.Ask ask) {
        Answer known = previous(ask.question().id());
        if (!(known instanceof Answer.Chosen chosen) || ask.offered().size() == ask.question().choices().size()) {
            return known;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (Choice c : ask.offered()) {
            if (chosen.choices().contains(c.id())) {
                kept.add(c.id());
            }
        }
        return kept.isEmpty() ? null : new Answer.Chosen(kept);
    }

    /**
     * The question the current path asks at {@code index} (0 first), asked again to change its
     * answer: the walk on the answers before it stops there, with the choices it offers.
     */
    public Step.Ask askAgain(int index) {
        Map<String, Answer> before = new LinkedHashMap<>();
        var trace = step.trace();
        for (int i = 0; i < index; i++) {
            before.put(trace.get(i).question().id(), trace.get(i).answer());
        }
        return (Step.Ask) Engine.step(tree, before);
    }

    /** Answers (or changes the answer to) a question; answers that no longer apply are dropped. */
    public void answer(String questionId, Answer answer) {
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        next.put(questionId, answer);
        walk(next);
    }

    /** Takes back the last answer, so its question is asked again. False at the first question. */
    public boolean back() {
        var trace = step.trace();
        if (trace.isEmpty()) {
            return false;
        }
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        next.remove(trace.get(trace.size() - 1).question().id());
        walk(next);
        return true;
    }

    private void walk(Map<String, Answer> given) {
        remembered.putAll(given);
        Step s = Engine.step(tree, given);
        if (s instanceof Step.NotOffered refused) {
            // A changed earlier answer hid a choice this kept answer names: the question is asked
            // again, its answer preselected without that choice (see previous).
            s = refused.ask();
        }
        step = s;
        Map<String, Answer> used = new LinkedHashMap<>();
        for (TraceEntry e : step.trace()) {
            used.put(e.question().id(), e.answer());
        }
        answers = Collections.unmodifiableMap(used);
    }
}
