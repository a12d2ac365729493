package referral.cli;

import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/** What a question accepts, in one phrase for error messages. */
final class Expected {
    private Expected() {}

    static String of(Question q) {
        if (q.type() == QuestionType.NUMBER) {
            String unit = q.unit() == null ? "" : " " + q.unit();
            if (q.min() != null && q.max() != null) {
                return "a number from " + Numbers.format(q.min()) + " to " + Numbers.format(q.max()) + unit;
            }
            return "a number" + (unit.isEmpty() ? "" : " (" + unit.strip() + ")");
        }
        String ids = String.join(", ", q.choiceIds());
        return q.type() == QuestionType.MULTI ? "one or more of: " + ids : "one of: " + ids;
    }
}
