package referral.cases;

import java.util.List;

/** A case file that cannot be used: not YAML, the wrong shape, or answers that do not fit the tree. One line a problem. */
public final class CaseFileException extends Exception {
    private final List<String> problems;

    public CaseFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
