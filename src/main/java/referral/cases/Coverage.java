package referral.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import referral.engine.Answer;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.ConditionText;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;

/**
 * How much of a tree a set of walks has exercised: outcomes reached, choices picked on questions
 * that were asked (where they were offered: a walk that names a choice not offered stops before
 * its question, see {@link Step.NotOffered}), and {@code next} entries taken. Missing items are described with their position,
 * so an author sees where a case is missing.
 */
public final class Coverage {

    /** One coverage figure, with what was not covered. */
    public record Figure(String name, int covered, int total, List<String> missing) {
        public Figure {
            missing = List.copyOf(missing);
        }

        /** Rounded down, so that 99.6 % never shows as 100 %. */
        public int percent() {
            return total == 0 ? 100 : (int) (covered * 100L / total);
        }

        public boolean complete() {
            return covered == total;
        }
    }

    private final Tree tree;
    private final Set<String> outcomes = new HashSet<>();
    private final Set<String> choices = new HashSet<>();
    private final Set<Branch> branches = new HashSet<>();
    private final List<Integer> pathLengths = new ArrayList<>();

    public Coverage(Tree tree) {
        this.tree = tree;
    }

    public static Coverage of(Tree tree, List<CaseResult> results) {
        Coverage c = new Coverage(tree);
        results.forEach(r -> c.add(r.step()));
        return c;
    }

    public void add(Step step) {
        for (TraceEntry e : step.trace()) {
            branches.add(e.branch());
            if (e.answer() instanceof Answer.Chosen chosen) {
                for (String id : chosen.choices()) {
                    choices.add(key(e.question(), id));
                }
            }
        }
        if (step instanceof Step.Reached reached) {
            outcomes.add(reached.outcome().id());
            pathLengths.add(step.trace().size());
        }
    }

    public Figure outcomes() {
        List<String> missing = new ArrayList<>();
        for (Outcome o : tree.outcomes().values()) {
            if (!outcomes.contains(o.id())) {
                missing.add("outcome '" + o.id() + "' (" + o.position() + ")");
            }
        }
        int total = tree.outcomes().size();
        return new Figure("outcomes reached", total - missing.size(), total, missing);
    }

    public Figure branches() {
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (Question q : tree.questions().values()) {
            for (int i = 0; i < q.next().size(); i++) {
                Branch b = q.next().get(i);
                total++;
                if (!branches.contains(b)) {
                    missing.add("'" + q.id() + "' next #" + (i + 1) + ": "
                            + (b.when() == null ? "otherwise" : "when " + ConditionText.describe(b.when()))
                            + " -> " + b.target() + " (" + b.position() + ")");
                }
            }
        }
        return new Figure("next branches taken", total - missing.size(), total, missing);
    }

    public Figure choices() {
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (Question q : tree.questions().values()) {
            if (q.type() == QuestionType.NUMBER) {
                continue;
            }
            for (Choice c : q.choices()) {
                total++;
                if (!choices.contains(key(q, c.id()))) {
                    // A choice with a 'when' is covered only by a walk that is offered it: say which.
                    String offered = c.when() == null ? ""
                            : " offered only when " + ConditionText.words(c.when(), tree.questions());
                    missing.add("'" + q.id() + "': " + c.id() + offered + " (" + c.position() + ")");
                }
            }
        }
        return new Figure("choices exercised", total - missing.size(), total, missing);
    }

    /** How many questions each walk that reached an outcome asked, in ascending order. */
    public List<Integer> pathLengths() {
        return pathLengths.stream().sorted().toList();
    }

    private static String key(Question q, String choice) {
        return q.id() + "\u0000" + choice;
    }
}
