package referral.console;

import referral.engine.Progress;

/** "Question 3 of 5" or "Question 3 of 4-7": where a person is, in words. */
final class ProgressText {
    private ProgressText() {}

    static String of(Progress p) {
        int fewest = Math.max(p.number(), p.fewestTotal());
        int most = Math.max(fewest, p.mostTotal());
        String total = fewest == most ? Integer.toString(most) : fewest + "-" + most;
        return "Question " + p.number() + " of " + total;
    }
}
