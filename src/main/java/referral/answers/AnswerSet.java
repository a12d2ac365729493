package referral.answers;

import java.util.List;
import java.util.Map;
import referral.engine.Answer;

/** Answers read from a file, checked against a tree, with warnings that did not stop reading. */
public record AnswerSet(Map<String, Answer> answers, List<String> warnings) {
    public AnswerSet {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        warnings = List.copyOf(warnings);
    }
}
