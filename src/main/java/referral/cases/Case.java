package referral.cases;

import java.util.Map;
import referral.answers.AnswerSet;
import referral.diagnostics.Position;
import referral.engine.Answer;

/**
 * One written patient story: what the person would answer ({@code given}, with where each answer
 * is written), and where the tree must send them. {@code position} is where the case starts in its
 * file, so failures point at it.
 */
public record Case(String name, String description, AnswerSet given, Expectation expect, Position position) {

    /** The answers, question id to answer. */
    public Map<String, Answer> answers() {
        return given.answers();
    }
}
