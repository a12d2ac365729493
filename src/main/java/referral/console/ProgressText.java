package referral.console;

import referral.engine.Progress;
import referral.lang.Words;

/**
 * Where a person is, in words: "Question 3 (about 4 more to go)", "Question 6 (last few
 * questions)", "Question 2 (the last question)". The engine knows the fewest and the most
 * questions left on the tree's shape; a range such as "1-9" puzzles people, so it is said as
 * a rough count, as an upper bound when it is wide, and not at all at the first question,
 * where it is widest and tells nothing yet.
 */
final class ProgressText {
    /** A range of remaining questions at most this wide is said as "about N". */
    private static final int ABOUT = 4;
    /** At most this many left (and some already answered): "last few questions". */
    private static final int FEW = 3;

    private ProgressText() {}

    static String of(Progress p) {
        return of(p, Words.ENGLISH);
    }

    static String of(Progress p, Words words) {
        String left = left(p, words);
        String n = Integer.toString(p.number());
        return left == null ? words.get("progress.question", n) : words.get("progress.question-left", n, left);
    }

    /** The questions left after this one, in words; null when nothing honest and useful can be said. */
    private static String left(Progress p, Words words) {
        int fewest = Math.max(0, p.fewestTotal() - p.number());
        int most = Math.max(fewest, p.mostTotal() - p.number());
        boolean first = p.number() == 1;
        if (most == 0) {
            return words.get(first ? "progress.only" : "progress.last");
        }
        if (fewest == most) {
            return most == 1 ? words.get("progress.one-more") : words.get("progress.more", Integer.toString(most));
        }
        if (most <= FEW) {
            return words.get(first ? "progress.few-first" : "progress.few");
        }
        if (most - fewest <= ABOUT) {
            return words.get("progress.about", Integer.toString((fewest + most + 1) / 2));
        }
        return first ? null : words.get("progress.up-to", Integer.toString(most));
    }
}
