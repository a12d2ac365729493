package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Engine;
import referral.engine.Progress;
import referral.engine.Step;
import referral.testing.Trees;

/** "Question 3 (about 4 more to go)": progress in words, at the boundaries of each wording. */
class ProgressTextTest {

    private static String at(int number, int fewestTotal, int mostTotal) {
        return ProgressText.of(new Progress(number, fewestTotal, mostTotal));
    }

    @Test
    void theFirstQuestionSaysLittleUntilThereIsSomethingHonestToSay() {
        assertEquals("Question 1 (the only question)", at(1, 1, 1));
        assertEquals("Question 1 (one more to go)", at(1, 2, 2));
        assertEquals("Question 1 (only a few questions)", at(1, 1, 4));
        assertEquals("Question 1 (about 4 more to go)", at(1, 3, 7), "2 to 6 more");
        assertEquals("Question 1", at(1, 1, 9), "0 to 8 more says nothing yet");
    }

    @Test
    void oneOrNoneLeft() {
        assertEquals("Question 4 (the last question)", at(4, 4, 4));
        assertEquals("Question 3 (one more to go)", at(3, 4, 4));
        assertEquals("Question 3 (last few questions)", at(3, 3, 4), "maybe one more");
    }

    @Test
    void anExactCountIsSaid() {
        assertEquals("Question 2 (5 more to go)", at(2, 7, 7));
    }

    @Test
    void rangesAreSaidAsAboutOrUpTo() {
        assertEquals("Question 3 (last few questions)", at(3, 3, 6), "at most 3 more");
        assertEquals("Question 3 (about 4 more to go)", at(3, 5, 9), "2 to 6 more");
        assertEquals("Question 3 (about 5 more to go)", at(3, 6, 9), "3 to 6 more, rounded up");
        assertEquals("Question 2 (up to 7 more)", at(2, 3, 9), "1 to 7 more is too wide for 'about'");
    }

    @Test
    void noRangeWithADashAnywhere() {
        for (int number = 1; number <= 10; number++) {
            for (int fewest = number; fewest <= 12; fewest++) {
                for (int most = fewest; most <= 14; most++) {
                    String words = at(number, fewest, most);
                    assertEquals(-1, words.indexOf('-'), words);
                    assertEquals(-1, words.indexOf(" of "), words);
                }
            }
        }
    }

    @Test
    void fromTheEngineOnATree() {
        var tree = Trees.valid(Trees.SMALL);
        Step.Ask first = (Step.Ask) Engine.step(tree, Map.of());
        assertEquals("Question 1 (only a few questions)", ProgressText.of(Progress.of(tree, first)));
    }
}
