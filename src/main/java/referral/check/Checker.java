package referral.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Severity;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Ids;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;

/**
 * Static analysis of a loaded tree: everything that would make a walk fail or mislead.
 * Errors make the tree unusable; warnings point at what is probably a mistake.
 *
 * <p>First the structure (references, cycles, fall-through); when it is sound, every path is
 * followed symbolically ({@link PathAnalysis}), which proves the red-flag safety rule and finds
 * dead branches, tests on unasked questions and answers that change nothing. Text checks last.
 */
public final class Checker {

    /** Every check: structure, then (when the structure is sound) all paths, then texts. */
    public List<Diagnostic> check(Tree tree) {
        return check(tree, true);
    }

    /**
     * The structural checks alone: for a file whose loading already found errors, where
     * findings about paths and texts would be noise until those are fixed.
     */
    public List<Diagnostic> structure(Tree tree) {
        return check(tree, false);
    }

    private List<Diagnostic> check(Tree tree, boolean deep) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> nodes = new HashSet<>(tree.questions().keySet());
        nodes.addAll(tree.outcomes().keySet());
        if (!tree.start().isEmpty() && !nodes.contains(tree.start())) {
            out.add(Diagnostic.of(Code.UNKNOWN_START, tree.startPosition(), "start '" + tree.start()
                    + "' is not a question" + Ids.didYouMean(tree.start(), tree.questions().keySet())));
        } else if (tree.outcomes().containsKey(tree.start())) {
            out.add(Diagnostic.of(Code.START_IS_OUTCOME, tree.startPosition(),
                    "start '" + tree.start() + "' is an outcome; no question will be asked"));
        }
        for (Question q : tree.questions().values()) {
            checkNext(tree, q, nodes, out);
            for (Choice c : q.choices()) {
                if (c.when() != null) {
                    checkCondition(tree, q, c.when(), out);
                }
            }
        }
        for (Outcome o : tree.outcomes().values()) {
            for (String s : o.sources()) {
                if (!tree.sources().containsKey(s)) {
                    out.add(Diagnostic.of(Code.UNKNOWN_SOURCE, o.position(), "outcome '" + o.id()
                            + "' cites source '" + s + "', which is not under 'sources'"
                            + Ids.didYouMean(s, tree.sources().keySet())));
                }
            }
        }
        boolean acyclic = checkCycles(tree, out);
        boolean walkable = acyclic && out.stream().noneMatch(Diagnostic::isError);
        if (deep && walkable && tree.questions().containsKey(tree.start())) {
            checkPathLength(tree, out);
            out.addAll(PathAnalysis.analyse(tree));
        } else if (acyclic && nodes.contains(tree.start())) {
            checkReachable(tree, out);
        }
        if (deep) {
            out.addAll(TextChecks.check(tree));
        }
        out.sort(java.util.Comparator.comparing((Diagnostic d) -> d.position().line())
                .thenComparing(d -> d.position().column()));
        return out;
    }

    /**
     * A path asking more questions than one set of answers may hold ({@link Tree#MAX_ANSWERS})
     * could never be answered by {@code run} or {@code batch}. Counted on the shape of the tree,
     * conditions not evaluated (as the progress shown to people is), in linear time: each question
     * gets the number of the latest it can be asked at, in an order where every goto points forward.
     */
    private static void checkPathLength(Tree tree, List<Diagnostic> out) {
        Map<String, Integer> waiting = new HashMap<>();
        for (Question q : tree.questions().values()) {
            for (Branch b : q.next()) {
                if (tree.questions().containsKey(b.target())) {
                    waiting.merge(b.target(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> latest = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : tree.questions().keySet()) {
            if (!waiting.containsKey(id)) {
                ready.add(id);
            }
        }
        latest.put(tree.start(), 1);
        while (!ready.isEmpty()) {
            String id = ready.poll();
            Integer at = latest.get(id); // null: not reachable from the start
            if (at != null && at == Tree.MAX_ANSWERS + 1) {
                out.add(Diagnostic.of(Code.PATH_TOO_LONG, tree.questions().get(id).position(), "question '" + id
                        + "' can be question number " + at + " on a path from '" + tree.start()
                        + "'; one set of answers holds at most " + Tree.MAX_ANSWERS
                        + ", so whoever takes that path can never get a result from run or batch"));
                return;
            }
            for (Branch b : tree.questions().get(id).next()) {
                if (tree.questions().containsKey(b.target())) {
                    if (at != null) {
                        latest.merge(b.target(), at + 1, Math::max);
                    }
                    if (waiting.merge(b.target(), -1, Integer::sum) == 0) {
                        ready.add(b.target());
                    }
                }
            }
        }
    }

    private void checkNext(Tree tree, Question q, Set<String> nodes, List<Diagnostic> out) {
        if (q.next().isEmpty()) {
            out.add(Diagnostic.of(Code.EMPTY_NEXT, q.position(), "question '" + q.id()
                    + "' has no 'next'; add at least a final entry with only a goto"));
            return;
        }
        boolean unconditionalSeen = false;
        for (Branch b : q.next()) {
            if (unconditionalSeen) {
                out.add(Diagnostic.of(Code.UNREACHABLE_BRANCH, b.position(), "this entry of 'next' of '" + q.id()
                        + "' can never be taken: an earlier entry has no 'when' and always matches"));
            }
            if (b.isUnconditional()) {
                unconditionalSeen = true;
            } else {
                checkCondition(tree, q, b.when(), out);
            }
            if (!nodes.contains(b.target())) {
                out.add(Diagnostic.of(Code.UNKNOWN_GOTO, b.targetPosition(), "goto '" + b.target()
                        + "' names no question or outcome" + Ids.didYouMean(b.target(), nodes)));
            } else if (b.target().equals(q.id())) {
                out.add(Diagnostic.of(Code.CYCLE, b.targetPosition(), "question '" + q.id() + "' goes to itself"));
            }
        }
        Branch last = q.next().get(q.next().size() - 1);
        if (!last.isUnconditional() && !unconditionalSeen) {
            out.add(Diagnostic.of(Code.FALL_THROUGH, last.position(), "the 'next' of '" + q.id()
                    + "' can fall through: end it with an entry that has only a goto (the otherwise case)"));
        }
    }

    private void checkCondition(Tree tree, Question from, Condition c, List<Diagnostic> out) {
        if (c instanceof Condition.All all) {
            all.conditions().forEach(x -> checkCondition(tree, from, x, out));
            return;
        }
        if (c instanceof Condition.Any any) {
            any.conditions().forEach(x -> checkCondition(tree, from, x, out));
            return;
        }
        if (c instanceof Condition.Not not) {
            checkCondition(tree, from, not.condition(), out);
            return;
        }
        Condition.OnQuestion on = (Condition.OnQuestion) c;
        Question target = tree.questions().get(on.question());
        if (target == null) {
            out.add(Diagnostic.of(Code.UNKNOWN_QUESTION, c.position(), "the condition in '" + from.id()
                    + "' names '" + on.question() + "', which is not a question"
                    + Ids.didYouMean(on.question(), tree.questions().keySet())));
            return;
        }
        boolean numeric = on instanceof Condition.Below || on instanceof Condition.AtLeast;
        if (numeric && target.type() != QuestionType.NUMBER) {
            out.add(Diagnostic.of(Code.WRONG_TEST, c.position(), "'" + on.question() + "' is a " + target.type().id()
                    + " question; below/at-least only test number questions"));
            return;
        }
        if (!numeric && target.type() == QuestionType.NUMBER) {
            out.add(Diagnostic.of(Code.WRONG_TEST, c.position(), "'" + on.question()
                    + "' is a number question; test it with {below: N} or {at-least: N}"));
            return;
        }
        if (c instanceof Condition.AllOf && target.type() != QuestionType.MULTI) {
            out.add(new Diagnostic(Severity.WARNING, Code.WRONG_TEST, c.position(), "'all' on '" + on.question() + "' ("
                    + target.type().id() + ") can only hold with a single choice; did you mean 'any'?"));
        }
        Set<String> named = new LinkedHashSet<>();
        if (c instanceof Condition.Is is) {
            named.add(is.choice());
        } else if (c instanceof Condition.AnyOf anyOf) {
            named.addAll(anyOf.choices());
        } else if (c instanceof Condition.AllOf allOf) {
            named.addAll(allOf.choices());
        }
        for (String choice : named) {
            if (target.choice(choice).isEmpty()) {
                out.add(Diagnostic.of(Code.UNKNOWN_CHOICE, c.position(), "'" + choice + "' is not a choice of '"
                        + on.question() + "'" + Ids.didYouMean(choice, target.choiceIds())
                        + "; expected one of: " + String.join(", ", target.choiceIds())));
            }
        }
    }

    /** Reports each cycle once, at the goto that closes it. Returns true when there is none. */
    private boolean checkCycles(Tree tree, List<Diagnostic> out) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        boolean acyclic = true;
        for (String root : tree.questions().keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            state.put(root, 1);
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                Question q = tree.questions().get((String) frame[0]);
                int i = (Integer) frame[1];
                if (i >= q.next().size()) {
                    state.put(q.id(), 2);
                    stack.pop();
                    continue;
                }
                frame[1] = i + 1;
                Branch b = q.next().get(i);
                if (!tree.questions().containsKey(b.target()) || b.target().equals(q.id())) {
                    continue;
                }
                Integer s = state.get(b.target());
                if (s == null) {
                    state.put(b.target(), 1);
                    stack.push(new Object[] {b.target(), 0});
                } else if (s == 1) {
                    acyclic = false;
                    out.add(Diagnostic.of(Code.CYCLE, b.targetPosition(), "goto '" + b.target()
                            + "' from '" + q.id() + "' makes a loop; a tree must never come back to a question"));
                }
            }
        }
        return acyclic;
    }

    private void checkReachable(Tree tree, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(tree.start());
        seen.add(tree.start());
        while (!todo.isEmpty()) {
            Question q = tree.questions().get(todo.poll());
            if (q == null) {
                continue;
            }
            for (Branch b : q.next()) {
                if (seen.add(b.target())) {
                    todo.add(b.target());
                }
            }
        }
        for (Question q : tree.questions().values()) {
            if (!seen.contains(q.id())) {
                out.add(Diagnostic.of(Code.UNREACHABLE, q.position(), "question '" + q.id()
                        + "' is never asked: no path from start leads to it"));
            }
        }
        for (Outcome o : tree.outcomes().values()) {
            if (!seen.contains(o.id())) {
                out.add(Diagnostic.of(Code.UNREACHABLE, o.position(), "outcome '" + o.id()
                        + "' is never reached: no path from start leads to it"));
            }
        }
    }
}
