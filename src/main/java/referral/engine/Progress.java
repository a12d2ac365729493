package referral.engine;

import java.util.HashMap;
import java.util.Map;
import referral.rules.Branch;
import referral.rules.Question;
import referral.rules.Tree;

/**
 * How far along a walk is: the number of the question being asked and how many questions
 * the whole walk may take, from the shortest and the longest way on from here to an outcome.
 * The ways are counted on the shape of the tree alone (conditions are not evaluated), so the
 * range is an honest "about", never a promise.
 */
public record Progress(int number, int fewestTotal, int mostTotal) {

    /** Progress at the question a step asks. */
    public static Progress of(Tree tree, Step.Ask ask) {
        return at(tree, ask.question().id(), ask.trace().size());
    }

    /** Progress at {@code questionId}, reached after {@code answeredBefore} answers. */
    public static Progress at(Tree tree, String questionId, int answeredBefore) {
        Map<String, int[]> memo = new HashMap<>();
        int[] ahead = remaining(tree, questionId, memo);
        return new Progress(answeredBefore + 1, answeredBefore + ahead[0], answeredBefore + ahead[1]);
    }

    /** {@code [fewest, most]} questions from {@code id} (itself included) to any outcome. */
    private static int[] remaining(Tree tree, String id, Map<String, int[]> memo) {
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
            int[] on = remaining(tree, b.target(), memo);
            fewest = Math.min(fewest, on[0]);
            most = Math.max(most, on[1]);
        }
        int[] result = fewest == Integer.MAX_VALUE ? new int[] {1, 1} : new int[] {1 + fewest, 1 + most};
        memo.put(id, result);
        return result;
    }
}
