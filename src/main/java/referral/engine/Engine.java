package referral.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.Tree;

/**
 * The walk through a tree, as a pure function of the answers: going back, changing an
 * answer, resuming and replaying all reduce to calling {@link #step} again. A choice with a
 * {@code when} is offered only where its condition holds on the answers the path gave before
 * its question; an answer naming it elsewhere stops the walk ({@link Step.NotOffered}).
 */
public final class Engine {
    private Engine() {}

    /**
     * Follows the tree from its start while the answers say where to go.
     *
     * @throws IllegalArgumentException when the tree is broken in a way {@code check} reports
     *     (a dangling goto, a cycle, a next list that falls through)
     */
    public static Step step(Tree tree, Map<String, Answer> answers) {
        List<TraceEntry> trace = new ArrayList<>();
        // Conditions see only the answers this path asked for: a stale answer to a question the
        // path skips (after going back and changing an earlier answer) must not steer it. Its keys
        // are also the questions visited, each answered (else the walk stops and asks).
        Map<String, Answer> asked = new java.util.HashMap<>();
        String at = tree.start();
        while (true) {
            Question q = tree.questions().get(at);
            if (q == null) {
                var outcome = tree.outcomes().get(at);
                if (outcome == null) {
                    throw new IllegalArgumentException("'" + at + "' is neither a question nor an outcome");
                }
                // When there are as many answers as questions visited, none is unused.
                Set<String> unused = answers.size() == asked.size() ? Set.of() : unused(answers, asked.keySet());
                return new Step.Reached(outcome, List.copyOf(trace), unused);
            }
            if (asked.containsKey(at)) {
                throw new IllegalArgumentException("the tree loops back to '" + at + "'");
            }
            Answer answer = answers.get(at);
            if (answer == null) {
                return new Step.Ask(q, offered(q, asked), List.copyOf(trace), Set.of());
            }
            List<Choice> hidden = hidden(q, answer, asked);
            if (!hidden.isEmpty()) {
                return new Step.NotOffered(new Step.Ask(q, offered(q, asked), List.copyOf(trace), Set.of()), answer, hidden);
            }
            asked.put(at, answer);
            Branch taken = firstMatching(q, asked);
            trace.add(new TraceEntry(q, answer, taken));
            at = taken.target();
        }
    }

    /**
     * The choices of {@code q} offered after the answers {@code before} (those the path asked before
     * it): each whose {@code when} holds, in the tree's order. The question's own list when all are.
     */
    public static List<Choice> offered(Question q, Map<String, Answer> before) {
        List<Choice> choices = q.choices();
        List<Choice> offered = null;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.when() != null && !Conditions.holds(c.when(), before)) {
                if (offered == null) {
                    offered = new ArrayList<>(choices.subList(0, i));
                }
            } else if (offered != null) {
                offered.add(c);
            }
        }
        return offered == null ? choices : offered;
    }

    /** The choices an answer names that are not offered after {@code before}; usually none, found in one pass. */
    private static List<Choice> hidden(Question q, Answer answer, Map<String, Answer> before) {
        if (!(answer instanceof Answer.Chosen chosen)) {
            return List.of();
        }
        List<Choice> hidden = List.of();
        for (Choice c : q.choices()) {
            if (c.when() != null && chosen.choices().contains(c.id()) && !Conditions.holds(c.when(), before)) {
                if (hidden.isEmpty()) {
                    hidden = new ArrayList<>(1);
                }
                hidden.add(c);
            }
        }
        return hidden;
    }

    private static Branch firstMatching(Question q, Map<String, Answer> answers) {
        for (Branch b : q.next()) {
            if (b.when() == null || Conditions.holds(b.when(), answers)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no 'next' entry of '" + q.id() + "' matches");
    }

    private static Set<String> unused(Map<String, Answer> answers, Set<String> visited) {
        Set<String> unused = new LinkedHashSet<>();
        for (String id : answers.keySet()) {
            if (!visited.contains(id)) {
                unused.add(id);
            }
        }
        return unused;
    }
}
