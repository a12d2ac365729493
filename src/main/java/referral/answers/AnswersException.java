package referral.answers;

import java.util.List;

/** Answers that are malformed, do not fit the tree, or are incomplete; one line a problem. */
public final class AnswersException extends Exception {
    private final List<String> problems;

    public AnswersException(List<String> problems) {
        // No stack trace: this is the user's input, reported as lines, never a trace; and a batch
        // may make thousands of these.
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public AnswersException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
