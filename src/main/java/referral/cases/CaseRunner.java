package referral.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.Tree;

/** Runs cases through the pure engine and compares where they end with what they expect. */
public final class CaseRunner {
    private final Tree tree;

    public CaseRunner(Tree tree) {
        this.tree = tree;
    }

    public CaseResult run(Case c) {
        Step step = Engine.step(tree, c.answers());
        List<String> mismatches = new ArrayList<>();
        if (step instanceof Step.NotOffered refused) {
            c.given().notOffered(tree, refused).forEach(d -> mismatches.add(d.line()));
            return new CaseResult(c, step, mismatches);
        }
        if (step instanceof Step.Ask ask) {
            Question q = ask.question();
            mismatches.add("the answers stop at question '" + q.id() + "' (" + q.text().value()
                    + "), which the case does not answer");
            return new CaseResult(c, step, mismatches);
        }
        Outcome o = ((Step.Reached) step).outcome();
        Expectation e = c.expect();
        String reached = " (reached outcome '" + o.id() + "')";
        if (e.outcome() != null && !e.outcome().equals(o.id())) {
            mismatches.add("expected outcome '" + e.outcome() + "', reached '" + o.id() + "'");
            reached = "";
        }
        if (e.see() != null && e.see() != o.see()) {
            mismatches.add("expected see '" + e.see().id() + "', got '" + o.see().id() + "'" + reached);
        }
        if (e.specialty() != null && !Objects.equals(e.specialty(), o.specialty())) {
            mismatches.add("expected specialty '" + e.specialty() + "', got "
                    + (o.specialty() == null ? "none" : "'" + o.specialty() + "'") + reached);
        }
        if (e.urgency() != null && e.urgency() != o.urgency()) {
            mismatches.add("expected urgency '" + e.urgency().id() + "', got '" + o.urgency().id() + "'" + reached);
        }
        return new CaseResult(c, step, mismatches);
    }

    public List<CaseResult> runAll(List<Case> cases) {
        return cases.stream().map(this::run).toList();
    }
}
