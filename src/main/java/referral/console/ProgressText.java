package referral.console;

import referral.engine.Progress;
import referral.lang.Words;

/**
 * Where a person is, in words: "Question 3 (at most 4 more)", "Question 5 (2 or 3 more to go)",
 * "Question 6 (the last question)". The number said is never below the number of questions that
 * actually follow: players held the tool to it ("about 2 more" followed by three questions read
 * as a broken promise), so a range is said by its upper end ({@link Progress} keeps it a bound on
 * every way on), "or" when it is two numbers apart by one, and "the last question" only where
 * no way on asks another.
 */
final class ProgressText {

    private ProgressText() {}

    static String of(Progress p) {
        return of(p, Words.ENGLISH);
    }

    static String of(Progress p, Words words) {
        String n = Integer.toString(p.number());
        return words.get("progress.question-left", n, left(p, words));
    }

    /** The questions left after this one, in words. */
    private static String left(Progress p, Words words) {
        int fewest = Math.max(0, p.fewestTotal() - p.number());
        int most = Math.max(fewest, p.mostTotal() - p.number());
        if (most == 0) {
            return words.get(p.number() == 1 ? "progress.only" : "progress.last");
        }
        if (fewest == most) {
            return most == 1 ? words.get("progress.one-more") : words.get("progress.more", Integer.toString(most));
        }
        if (most == 1) {
            return words.get("progress.at-most-one");
        }
        if (most == fewest + 1) {
            return words.get("progress.or", Integer.toString(fewest), Integer.toString(most));
        }
        return words.get("progress.at-most", Integer.toString(most));
    }
}
