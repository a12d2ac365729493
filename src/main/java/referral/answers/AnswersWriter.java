package referral.answers;

import java.util.Map;
import referral.engine.Answer;

/** Writes answers in the file format {@code run --answers} reads, in the order they were given. */
public final class AnswersWriter {
    private AnswersWriter() {}

    public static String toYaml(Map<String, Answer> answers) {
        StringBuilder s = new StringBuilder("# referral answers: replay with `referral run --answers FILE`\n");
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            s.append(e.getKey()).append(": ");
            if (e.getValue() instanceof Answer.Chosen c && c.choices().size() != 1) {
                s.append('[').append(String.join(", ", c.choices())).append(']');
            } else if (e.getValue() instanceof Answer.Chosen c) {
                s.append(c.choices().iterator().next());
            } else {
                s.append(e.getValue().display());
            }
            s.append('\n');
        }
        return s.toString();
    }
}
