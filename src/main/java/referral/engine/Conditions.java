package referral.engine;

import java.util.Map;
import java.util.Set;
import referral.rules.Condition;

/** Evaluates conditions on answers (printing them is {@link referral.rules.ConditionText}'s). */
public final class Conditions {
    private Conditions() {}

    /** A test on a question that was not answered is false. */
    public static boolean holds(Condition condition, Map<String, Answer> answers) {
        if (condition instanceof Condition.Is c) {
            return chosen(answers, c.question()).contains(c.choice());
        }
        if (condition instanceof Condition.AnyOf c) {
            // Whether the two sets meet: looking up the members of the smaller one (usually the
            // one choice given) in the larger.
            Set<String> chosen = chosen(answers, c.question());
            Set<String> fewer = chosen.size() <= c.choices().size() ? chosen : c.choices();
            Set<String> more = fewer == chosen ? c.choices() : chosen;
            for (String id : fewer) {
                if (more.contains(id)) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof Condition.AllOf c) {
            Set<String> chosen = chosen(answers, c.question());
            return !chosen.isEmpty() && chosen.containsAll(c.choices());
        }
        if (condition instanceof Condition.Below c) {
            return answers.get(c.question()) instanceof Answer.Number n && n.value() < c.limit();
        }
        if (condition instanceof Condition.AtLeast c) {
            return answers.get(c.question()) instanceof Answer.Number n && n.value() >= c.limit();
        }
        if (condition instanceof Condition.All c) {
            for (Condition x : c.conditions()) {
                if (!holds(x, answers)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.Any c) {
            for (Condition x : c.conditions()) {
                if (holds(x, answers)) {
                    return true;
                }
            }
            return false;
        }
        Condition.Not not = (Condition.Not) condition;
        return !holds(not.condition(), answers);
    }

    private static Set<String> chosen(Map<String, Answer> answers, String question) {
        return answers.get(question) instanceof Answer.Chosen c ? c.choices() : Set.of();
    }
}
