package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Step;
import referral.rules.Tree;
import referral.testing.Trees;

class SessionTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    private static String asking(Session s) {
        return ((Step.Ask) s.step()).question().id();
    }

    @Test
    void answersWalkTheTreeInTheOrderAsked() {
        Session s = new Session(tree, Map.of());
        assertEquals("signs", asking(s));
        s.answer("signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(40));
        assertEquals("rest", asking(s));
        assertEquals(List.of("signs", "age"), List.copyOf(s.answers().keySet()));
    }

    @Test
    void backAsksTheLastQuestionAgainWithItsOldAnswerPreselected() {
        Session s = new Session(tree, Map.of());
        assertFalse(s.back(), "nothing to go back to at the first question");
        s.answer("signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(40));
        assertTrue(s.back());
        assertEquals("age", asking(s));
        assertEquals(new Answer.Number(40), s.previous("age"));
        assertEquals(List.of("signs"), List.copyOf(s.answers().keySet()));
    }

    @Test
    void changingAnEarlierAnswerDropsTheAnswersThatNoLongerApply() {
        Session s = new Session(tree, Map.of());
        s.answer("signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(40));
        s.answer("rest", Answer.Chosen.of("yes"));
        s.answer("where", Answer.Chosen.of("back"));
        assertEquals("gp", ((Step.Reached) s.step()).outcome().id());

        s.answer("signs", Answer.Chosen.of("chest"));
        assertEquals("emergency", ((Step.Reached) s.step()).outcome().id());
        assertEquals(List.of("signs"), List.copyOf(s.answers().keySet()));
        assertEquals(new Answer.Number(40), s.previous("age"), "remembered in case the walk comes back");
    }

    @Test
    void changingAnAnswerKeepsTheLaterAnswersThatStillApply() {
        Session s = new Session(tree, Map.of());
        s.answer("signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(40));
        s.answer("rest", Answer.Chosen.of("yes"));
        s.answer("where", Answer.Chosen.of("back"));

        s.answer("signs", Answer.Chosen.of("numb"));
        Step.Reached reached = assertInstanceOf(Step.Reached.class, s.step());
        assertEquals("rheum", reached.outcome().id(), "numbness now leads to the rheumatologist");
        assertEquals(4, s.answers().size());
    }

    @Test
    void resumedAnswersThatThePathNeverAsksAreDropped() {
        Session s = new Session(tree, Map.of("signs", Answer.Chosen.of("chest"), "age", new Answer.Number(40)));
        assertEquals(List.of("signs"), List.copyOf(s.answers().keySet()));
    }

    @Test
    void aChangeThatHidesAKeptChoiceAsksItsQuestionAgainWithoutIt() {
        Session s = new Session(Trees.valid(Trees.WHEN), Map.of());
        s.answer("emergency-signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(60));
        s.answer("urgent-signs", Answer.Chosen.of("none"));
        s.answer("main-problem", Answer.Chosen.of("girdle"));
        assertEquals("rheumatologist", ((Step.Reached) s.step()).outcome().id());

        s.answer("age", new Answer.Number(10));   // a child now: 'girdle' is for 50 and over
        Step.Ask ask = assertInstanceOf(Step.Ask.class, s.step());
        assertEquals("main-problem", ask.question().id());
        assertEquals(List.of("workout", "other"), ask.shown().choiceIds());
        assertEquals(List.of("emergency-signs", "age", "urgent-signs"), List.copyOf(s.answers().keySet()),
                "the answer naming a hidden choice is no longer on the path");
        assertEquals(null, s.previous(ask), "nothing to preselect: the old answer is not offered");
    }

    @Test
    void aKeptMultiAnswerKeepsOnlyItsChoicesStillOffered() {
        Session s = new Session(Trees.valid(Trees.WHEN), Map.of());
        s.answer("emergency-signs", Answer.Chosen.of("none"));
        s.answer("age", new Answer.Number(30));
        s.answer("sex", Answer.Chosen.of("female"));
        s.answer("pregnant", Answer.Chosen.of("yes"));
        s.answer("urgent-signs", Answer.Chosen.of("fever-back", "pregnancy-warning"));
        assertEquals("maternity", ((Step.Reached) s.step()).outcome().id());

        s.answer("pregnant", Answer.Chosen.of("no"));
        Step.Ask ask = assertInstanceOf(Step.Ask.class, s.step());
        assertEquals("urgent-signs", ask.question().id());
        assertEquals(Answer.Chosen.of("fever-back"), s.previous(ask), "preselected without the hidden choice");
    }

    @Test
    void aQuestionAskedAgainFromTheReviewOffersWhatItsEarlierAnswersAllow() {
        Session s = new Session(Trees.valid(Trees.WHEN), Map.of("emergency-signs", Answer.Chosen.of("none"),
                "age", new Answer.Number(10), "urgent-signs", Answer.Chosen.of("none"), "main-problem", Answer.Chosen.of("other")));
        assertEquals("gp", ((Step.Reached) s.step()).outcome().id());
        Step.Ask again = s.askAgain(3);
        assertEquals("main-problem", again.question().id());
        assertEquals(List.of("workout", "other"), again.shown().choiceIds());
        assertEquals(Answer.Chosen.of("other"), s.previous(again));
    }
}
