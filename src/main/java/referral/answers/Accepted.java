package referral.answers;

import referral.lang.Words;
import referral.rules.Numbers;
import referral.rules.Question;
import referral.rules.QuestionType;

/** What a question accepts, in the words every message uses: errors, prompts and hints alike. */
public final class Accepted {
    private Accepted() {}

    /** "one of: yes, no", "one or more of: ...", or the number phrase. */
    public static String of(Question q) {
        return of(q, Words.ENGLISH);
    }

    public static String of(Question q, Words words) {
        if (q.type() == QuestionType.NUMBER) {
            return number(q, words);
        }
        String ids = String.join(", ", q.choiceIds());
        return words.get(q.type() == QuestionType.MULTI ? "accepted.one-or-more" : "accepted.one-of", ids);
    }

    /** "a number from 0 to 120 years", as far as the question bounds it. */
    public static String number(Question q) {
        return number(q, Words.ENGLISH);
    }

    /** "a number from 0 to 120 years", "число от 0 до 120 лет": the unit in its form for the last number. */
    public static String number(Question q, Words words) {
        if (q.min() != null && q.max() != null) {
            return unit(words.get("accepted.from-to", Numbers.format(q.min()), Numbers.format(q.max())), q.max(), q, words);
        }
        if (q.min() != null) {
            return unit(words.get("accepted.at-least", Numbers.format(q.min())), q.min(), q, words);
        }
        if (q.max() != null) {
            return unit(words.get("accepted.at-most", Numbers.format(q.max())), q.max(), q, words);
        }
        String n = words.get("accepted.number");
        return q.unit() == null ? n : words.get("accepted.unit", n, words.unitWord(q.unit()));
    }

    private static String unit(String phrase, double last, Question q, Words words) {
        return q.unit() == null ? phrase : phrase + " " + words.unitAfterUpTo(last, q.unit());
    }

    /** The bounds part alone, in English for messages about files: " from 0 to 120 years", " of at least 0", " (years)" or nothing. */
    public static String bounds(Question q) {
        String unit = q.unit() == null ? "" : " " + q.unit().value();
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
