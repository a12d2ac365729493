package referral.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.rules.Tree;
import referral.testing.Trees;

class ProgressTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    @Test
    void theFirstQuestionCountsTheShortestAndLongestWayToAnOutcome() {
        // signs -> emergency is one question; signs -> age -> rest -> where -> ... is four.
        Progress p = Progress.of(tree, (Step.Ask) Engine.step(tree, Map.of()));
        assertEquals(new Progress(1, 1, 4), p);
    }

    @Test
    void answeredQuestionsCountTowardsBothEnds() {
        Step.Ask ask = (Step.Ask) Engine.step(tree, Map.of("signs", Answer.Chosen.of("none")));
        assertEquals(new Progress(2, 2, 4), Progress.of(tree, ask));
    }

    @Test
    void aQuestionWhoseEveryWayEndsAtOnceCountsItselfOnly() {
        Step.Ask ask = (Step.Ask) Engine.step(tree, Map.of("signs", Answer.Chosen.of("none"),
                "age", new Answer.Number(40), "rest", Answer.Chosen.of("yes")));
        assertEquals(new Progress(4, 4, 4), Progress.of(tree, ask));
    }

    @Test
    void progressAtAnEarlierQuestionForChangingItsAnswer() {
        assertEquals(new Progress(2, 2, 4), Progress.at(tree, "age", Map.of("signs", Answer.Chosen.of("none"))));
    }

    /** q2 goes on to q3 only after 'q1: yes', so at q2 the answer to q1 already says how many follow. */
    private static final String LATER = """
            id: later
            version: 1.0.0
            title: An earlier answer decides a later way
            start: q1
            questions:
              q1: {text: First?, type: yes-no, next: [{goto: q2}]}
              q2: {text: Second?, type: yes-no, next: [{when: {q1: yes}, goto: q3}, {goto: done}]}
              q3: {text: Third?, type: yes-no, next: [{goto: done}]}
            outcomes:
              done: {see: self-care, urgency: self-care, title: Rest, say: Rest., meanwhile: [Rest]}
            """;

    @Test
    void anEntryTheAnswersGivenRuleOutIsNoWayOn() {
        Tree later = Trees.valid(LATER);
        assertEquals(new Progress(1, 2, 3), Progress.of(later, (Step.Ask) Engine.step(later, Map.of())),
                "q1 not yet answered: two or three questions");
        Step.Ask afterNo = (Step.Ask) Engine.step(later, Map.of("q1", Answer.Chosen.of("no")));
        assertEquals(new Progress(2, 2, 2), Progress.of(later, afterNo), "after no, q2 is the last");
        Step.Ask afterYes = (Step.Ask) Engine.step(later, Map.of("q1", Answer.Chosen.of("yes")));
        assertEquals(new Progress(2, 3, 3), Progress.of(later, afterYes), "after yes, q3 follows q2");
    }
}
