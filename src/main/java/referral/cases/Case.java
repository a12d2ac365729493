package referral.cases;

import java.util.Map;
import referral.engine.Answer;
import referral.rules.Position;

/**
 * One written patient story: what the person would answer, and where the tree must send them.
 * {@code position} is where the case starts in its file, so failures point at it.
 */
public record Case(String name, String description, Map<String, Answer> answers, Expectation expect,
        Position position) {

    public Case {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
