package referral.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.rules.Tree;
import referral.testing.Trees;

class CoverageTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    private static Map<String, Answer> answers(Object... pairs) {
        Map<String, Answer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof Number n ? new Answer.Number(n.doubleValue()) : Answer.Chosen.of((String) v));
        }
        return m;
    }

    @Test
    void oneWalkCoversItsOutcomeItsBranchesAndItsChoices() {
        Coverage c = new Coverage(tree);
        c.add(Engine.step(tree, answers("signs", "chest")));
        Coverage.Figure outcomes = c.outcomes();
        assertEquals(1, outcomes.covered());
        assertEquals(4, outcomes.total());
        assertEquals(25, outcomes.percent());
        assertEquals(List.of("outcome 'gp' (test.yaml:50:3)", "outcome 'rheum' (test.yaml:51:3)",
                "outcome 'home' (test.yaml:52:3)"), outcomes.missing());
        assertEquals(1, c.branches().covered());
        assertTrue(c.branches().missing().contains("'signs' next #2: otherwise -> age (test.yaml:20:9)"),
                c.branches().missing().toString());
        assertTrue(c.branches().missing().contains("'where' next #1: when any: [{where: joints}, {signs: numb}]"
                + " -> rheum (test.yaml:45:9)"), c.branches().missing().toString());
        assertEquals(1, c.choices().covered());
        assertEquals(List.of(0), c.pathLengths().stream().map(n -> n - 1).toList());
    }

    @Test
    void walksThatTakeEveryBranchCoverEverything() {
        Coverage c = new Coverage(tree);
        c.add(Engine.step(tree, answers("signs", "chest")));
        c.add(Engine.step(tree, answers("signs", "numb", "age", 10)));
        c.add(Engine.step(tree, answers("signs", "none", "age", 40, "rest", "no")));
        c.add(Engine.step(tree, answers("signs", "none", "age", 40, "rest", "yes", "where", "joints")));
        c.add(Engine.step(tree, answers("signs", "none", "age", 40, "rest", "yes", "where", "back")));
        assertTrue(c.outcomes().complete());
        assertTrue(c.branches().complete());
        assertEquals(100, c.choices().percent());
        assertEquals(List.of(1, 2, 3, 4, 4), c.pathLengths());
    }

    @Test
    void aWalkThatStopsAtAQuestionCountsItsBranchesButNoOutcome() {
        Coverage c = new Coverage(tree);
        c.add(Engine.step(tree, answers("signs", "none")));
        assertEquals(0, c.outcomes().covered());
        assertEquals(1, c.branches().covered());
        assertEquals(List.of(), c.pathLengths());
    }

    @Test
    void percentIsRoundedDownSoNearlyAllIsNeverAll() {
        assertEquals(99, new Coverage.Figure("x", 199, 200, List.of("one")).percent());
        assertEquals(100, new Coverage.Figure("x", 0, 0, List.of()).percent());
    }

    @Test
    void aChoiceCountsOnlyWhereItIsOfferedAndItsConditionIsShownWhenMissing() {
        Tree when = Trees.valid(Trees.WHEN);
        Coverage c = new Coverage(when);
        // A man answering the pregnancy warning: refused at that question, so it covers nothing there.
        c.add(Engine.step(when, answers("emergency-signs", "none", "age", 30, "sex", "male",
                "urgent-signs", "pregnancy-warning")));
        assertTrue(c.choices().missing().contains("'urgent-signs': pregnancy-warning offered only when pregnant is yes"
                + " (test.yaml:57:7)"), c.choices().missing().toString());
        assertTrue(c.choices().missing().contains("'urgent-signs': fever-back (test.yaml:56:7)"),
                "unconditional choices are listed as before: " + c.choices().missing());
        assertEquals(0, c.outcomes().covered());

        c.add(Engine.step(when, answers("emergency-signs", "none", "age", 30, "sex", "female", "pregnant", "yes",
                "urgent-signs", "pregnancy-warning")));
        assertTrue(c.choices().missing().stream().noneMatch(m -> m.contains("pregnancy-warning")));
        assertEquals(13, c.choices().total(), "every choice of the tree can be offered somewhere, so each counts");
    }
}
