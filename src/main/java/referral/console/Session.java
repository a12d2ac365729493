package referral.console;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.engine.TraceEntry;
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

    /** The answer to preselect when asking {@code questionId}: its current one, else a remembered one. */
    public Answer previous(String questionId) {
        Answer current = answers.get(questionId);
        return current != null ? current : remembered.get(questionId);
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
        step = Engine.step(tree, given);
        Map<String, Answer> used = new LinkedHashMap<>();
        for (TraceEntry e : step.trace()) {
            used.put(e.question().id(), e.answer());
        }
        answers = Collections.unmodifiableMap(used);
    }
}
