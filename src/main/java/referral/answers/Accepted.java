package referral.answers;

import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/** What a question accepts, in the words every message uses: errors, prompts and hints alike. */
public final class Accepted {
    private Accepted() {}

    /** "one of: yes, no", "one or more of: ...", or the number phrase. */
    public static String of(Question q) {
        if (q.type() == QuestionType.NUMBER) {
            return number(q);
        }
        String ids = String.join(", ", q.choiceIds());
        return q.type() == QuestionType.MULTI ? "one or more of: " + ids : "one of: " + ids;
    }

    /** "a number from 0 to 120 years", as far as the question bounds it. */
    public static String number(Question q) {
        return "a number" + bounds(q);
    }

    /** The bounds part alone: " from 0 to 120 years", " of at least 0", " (years)" or nothing. */
    public static String bounds(Question q) {
        String unit = q.unit() == null ? "" : " " + q.unit();
        if (q.min() != null && q.max() != null) {
            return " from " + Numbers.format(q.min()) + " to " + Numbers.format(q.max()) + unit;
        }
        if (q.min() != null) {
            return " of at least " + Numbers.format(q.min()) + unit;
        }
        if (q.max() != null) {
            return " of at most " + Numbers.format(q.max()) + unit;
        }
        return unit.isEmpty() ? "" : " (" + unit.strip() + ")";
    }
}
