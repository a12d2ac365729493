package referral.answers;

import java.util.List;

/** Answers that are malformed, do not fit the tree, or are incomplete; one line a problem. */
public final class AnswersException extends Exception {
    private final List<String> problems;

    public AnswersException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public AnswersException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
