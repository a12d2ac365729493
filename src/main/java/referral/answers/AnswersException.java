package referral.answers;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers that are malformed, do not fit the tree, or are incomplete; one line a problem, the
 * first {@value #MAX_SHOWN} of them and a count of the rest (999 unknown questions were 999 lines).
 */
public final class AnswersException extends Exception {
    /** Problems shown one a line; the first ones are what to fix first, and a file may have thousands. */
    public static final int MAX_SHOWN = 20;

    private final List<String> problems;

    public AnswersException(List<String> problems) {
        // No stack trace: this is the user's input, reported as lines, never a trace; and a batch
        // may make thousands of these.
        super(String.join("\n", shown(problems)), null, false, false);
        this.problems = shown(problems);
    }

    private static List<String> shown(List<String> problems) {
        if (problems.size() <= MAX_SHOWN) {
            return List.copyOf(problems);
        }
        List<String> shown = new ArrayList<>(problems.subList(0, MAX_SHOWN));
        shown.add("and " + (problems.size() - MAX_SHOWN) + " more problems like these (the first " + MAX_SHOWN + " above)");
        return List.copyOf(shown);
    }

    public AnswersException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
