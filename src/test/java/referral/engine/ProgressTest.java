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
}
