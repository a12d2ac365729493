package referral.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import referral.rules.Branch;
import referral.rules.Condition;
import referral.rules.Question;
import referral.rules.Tree;

/**
 * How far along a walk is: the number of the question being asked and the fewest and the most
 * questions the whole walk can take. Both are bounds the walk keeps: the ways on from here are
 * followed with the answers given so far, so an entry of {@code next} that those answers already
 * rule out (or make certain) is not counted as a way; a test on a question still ahead could go
 * either way and keeps both. The number of questions actually asked after this one is never above
 * {@code mostTotal - number} nor below {@code fewestTotal - number}, so what people are told can
 * be an upper bound they can hold the tool to.
 */
public record Progress(int number, int fewestTotal, int mostTotal) {

    /** Progress at the question a step asks, with the answers its path gave. */
    public static Progress of(Tree tree, Step.Ask ask) {
        Map<String, Answer> given = new HashMap<>();
        for (TraceEntry e : ask.trace()) {
            given.put(e.question().id(), e.answer());
        }
        return at(tree, ask.question().id(), given);
    }

    /** Progress at {@code questionId}, reached with the answers {@code given} (those of its path). */
    public static Progress at(Tree tree, String questionId, Map<String, Answer> given) {
        int[] ahead = new Ways(tree, given, ahead(tree, questionId)).remaining(questionId);
        return new Progress(given.size() + 1, given.size() + ahead[0], given.size() + ahead[1]);
    }

    /** The questions that can still be asked from {@code id} on, itself included, on the shape of the tree. */
    private static Set<String> ahead(Tree tree, String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            Question q = tree.questions().get(todo.pop());
            if (q != null && seen.add(q.id())) {
                q.next().forEach(b -> todo.push(b.target()));
            }
        }
        return seen;
    }

    /**
     * The ways on from a question, counted once a question: what an entry of {@code next} decides
     * depends only on the answers given (fixed here) and on questions ahead (open on every way), so
     * it is the same whichever way the question is reached.
     */
    private record Ways(Tree tree, Map<String, Answer> given, Set<String> open, Map<String, int[]> memo) {
        Ways(Tree tree, Map<String, Answer> given, Set<String> open) {
            this(tree, given, open, new HashMap<>());
        }

        /** {@code [fewest, most]} questions from {@code id} (itself included) to an outcome. */
        int[] remaining(String id) {
            Question q = tree.questions().get(id);
            if (q == null) {
                return new int[] {0, 0};
            }
            int[] known = memo.get(id);
            if (known != null) {
                return known;
            }
            // A cycle (which check reports as an error) must not recurse forever: count it as an end.
            memo.put(id, new int[] {1, 1});
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (Branch b : q.next()) {
                Boolean holds = b.when() == null ? Boolean.TRUE : decided(b.when());
                if (Boolean.FALSE.equals(holds)) {
                    continue;
                }
                int[] on = remaining(b.target());
                fewest = Math.min(fewest, on[0]);
                most = Math.max(most, on[1]);
                if (holds != null) {
                    break; // the first entry that surely matches is taken; those after it never are
                }
            }
            int[] result = fewest == Integer.MAX_VALUE ? new int[] {1, 1} : new int[] {1 + fewest, 1 + most};
            memo.put(id, result);
            return result;
        }

        /** Whether a condition holds: true or false when the answers given decide it, null when one ahead may. */
        private Boolean decided(Condition c) {
            if (c instanceof Condition.All all) {
                boolean open = false;
                for (Condition x : all.conditions()) {
                    Boolean d = decided(x);
                    if (Boolean.FALSE.equals(d)) {
                        return false;
                    }
                    open |= d == null;
                }
                return open ? null : Boolean.TRUE;
            }
            if (c instanceof Condition.Any any) {
                boolean open = false;
                for (Condition x : any.conditions()) {
                    Boolean d = decided(x);
                    if (Boolean.TRUE.equals(d)) {
                        return true;
                    }
                    open |= d == null;
                }
                return open ? null : Boolean.FALSE;
            }
            if (c instanceof Condition.Not not) {
                Boolean d = decided(not.condition());
                return d == null ? null : !d;
            }
            // A question still ahead may be answered either way; any other is answered or never will be.
            return open.contains(((Condition.OnQuestion) c).question()) ? null : Conditions.holds(c, given);
        }
    }
}
