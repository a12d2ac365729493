package referral.console;

import referral.engine.Progress;

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
        String left = left(p);
        return "Question " + p.number() + (left == null ? "" : " (" + left + ")");
    }

    /** The questions left after this one, in words; null when nothing honest and useful can be said. */
    private static String left(Progress p) {
        int fewest = Math.max(0, p.fewestTotal() - p.number());
        int most = Math.max(fewest, p.mostTotal() - p.number());
        boolean first = p.number() == 1;
        if (most == 0) {
            return first ? "the only question" : "the last question";
        }
        if (fewest == most) {
            return count(most) + " more to go";
        }
        if (most <= FEW) {
            return first ? "only a few questions" : "last few questions";
        }
        if (most - fewest <= ABOUT) {
            return "about " + count((fewest + most + 1) / 2) + " more to go";
        }
        return first ? null : "up to " + count(most) + " more";
    }

    private static String count(int n) {
        return n == 1 ? "one" : Integer.toString(n);
    }
}
