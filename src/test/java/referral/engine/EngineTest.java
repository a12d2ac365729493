package referral.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import referral.rules.ConditionText;
import referral.rules.Tree;
import referral.testing.Trees;

class EngineTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    private static Map<String, Answer> answers(Object... pairs) {
        Map<String, Answer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof Number n ? new Answer.Number(n.doubleValue())
                    : v instanceof String[] ids ? Answer.Chosen.of(ids) : Answer.Chosen.of((String) v));
        }
        return m;
    }

    @Test
    void noAnswersAsksTheStartQuestion() {
        Step.Ask ask = assertInstanceOf(Step.Ask.class, Engine.step(tree, Map.of()));
        assertEquals("signs", ask.question().id());
        assertEquals(List.of(), ask.trace());
    }

    @Test
    void aRedFlagGoesStraightToItsOutcome() {
        Step.Reached r = assertInstanceOf(Step.Reached.class,
                Engine.step(tree, answers("signs", new String[] {"chest", "numb"})));
        assertEquals("emergency", r.outcome().id());
        assertEquals("signs: chest", ConditionText.describe(r.trace().get(0).branch().when()));
    }

    @Test
    void theTraceListsEveryAnswerAndTheEntryThatMatched() {
        Step.Reached r = assertInstanceOf(Step.Reached.class,
                Engine.step(tree, answers("signs", "none", "age", 40, "rest", "yes", "where", "joints")));
        assertEquals("rheum", r.outcome().id());
        assertEquals(List.of("signs", "age", "rest", "where"),
                r.trace().stream().map(e -> e.question().id()).toList());
        assertNull(r.trace().get(1).branch().when());
        assertEquals("any: [{where: joints}, {signs: numb}]", ConditionText.describe(r.trace().get(3).branch().when()));
    }

    @Test
    void numbersAreComparedWithBelowAndAtLeast() {
        assertEquals("gp", ((Step.Reached) Engine.step(tree, answers("signs", "none", "age", 17.5))).outcome().id());
        assertEquals("rest", ((Step.Ask) Engine.step(tree, answers("signs", "none", "age", 18))).question().id());
    }

    @Test
    void anEarlierAnswerReachesBackIntoALaterCondition() {
        Step.Reached r = (Step.Reached) Engine.step(tree,
                answers("signs", "numb", "age", 40, "rest", "yes", "where", "back"));
        assertEquals("rheum", r.outcome().id());
    }

    @Test
    void changingAnAnswerRecomputesThePathAndDropsWhatNoLongerApplies() {
        Map<String, Answer> given = answers("signs", "none", "age", 40, "rest", "yes", "where", "back");
        assertEquals("gp", ((Step.Reached) Engine.step(tree, given)).outcome().id());
        given.put("rest", Answer.Chosen.of("no"));
        Step.Reached r = (Step.Reached) Engine.step(tree, given);
        assertEquals("home", r.outcome().id());
        assertEquals(Set.of("where"), r.unused());
    }
}
