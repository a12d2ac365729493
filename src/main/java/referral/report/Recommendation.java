package referral.report;

import java.util.ArrayList;
import java.util.List;
import referral.engine.Answer;
import referral.engine.Conditions;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.rules.Choice;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.Source;
import referral.rules.Tree;

/** An outcome reached, with the tree it came from and the path that led to it. */
public record Recommendation(Tree tree, Outcome outcome, List<TraceEntry> trace) {

    public static Recommendation of(Tree tree, Step.Reached reached) {
        return new Recommendation(tree, reached.outcome(), reached.trace());
    }

    /** The citations of the outcome's sources, in the order given. */
    public List<Source> sources() {
        return sources(tree, outcome);
    }

    /** The citations of an outcome's sources, in the order given. */
    public static List<Source> sources(Tree tree, Outcome outcome) {
        List<Source> result = new ArrayList<>();
        for (String id : outcome.sources()) {
            Source s = tree.sources().get(id);
            result.add(s != null ? s : new Source(id, referral.rules.Text.of(id), outcome.position()));
        }
        return result;
    }

    /** The answer as the person saw it: the choice texts, or the number with its unit. */
    public static String answerText(Question q, Answer answer) {
        if (answer instanceof Answer.Chosen c) {
            List<String> texts = new ArrayList<>();
            for (String id : c.choices()) {
                texts.add(q.choice(id).map(Choice::text).map(Object::toString).orElse(id));
            }
            return String.join("; ", texts);
        }
        return answer.display() + (q.unit() == null ? "" : " " + q.unit());
    }

    /** Why this step mattered, in words: the matched condition, or that it was the default way on. */
    public static String reason(TraceEntry e) {
        return e.branch().when() == null ? "otherwise" : Conditions.describe(e.branch().when());
    }
}
