package referral.cases;

import referral.rules.See;
import referral.rules.Urgency;

/**
 * What a case expects of the outcome it reaches. Every field is optional (null: not checked),
 * but a case must expect at least one, so that it proves something.
 */
public record Expectation(String outcome, See see, String specialty, Urgency urgency) {

    public boolean isEmpty() {
        return outcome == null && see == null && specialty == null && urgency == null;
    }
}
