package referral.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import referral.answers.AnswersWriter;
import referral.engine.Answer;
import referral.files.AtomicFile;
import referral.diagnostics.BadInput;
import referral.report.Recommendation;
import referral.report.Style;
import referral.report.TextReport;

/** Writes what the result screen offers to save (atomically, owner only), where the person says. */
final class ResultSaver {
    static final String ANSWERS_FILE = "referral-answers.yaml";
    static final String SUMMARY_FILE = "referral-summary.txt";

    private final Map<String, Answer> answers;
    private final Recommendation recommendation;
    private final AnswersFile savedTo;

    ResultSaver(Map<String, Answer> answers, Recommendation recommendation, AnswersFile savedTo) {
        this.answers = answers;
        this.recommendation = recommendation;
        this.savedTo = savedTo;
    }

    Recommendation recommendation() {
        return recommendation;
    }

    /** The file the answers are already kept in ({@code --save-answers}), or null. */
    String answersSavedTo() {
        return savedTo == null ? null : savedTo.path().toString();
    }

    void saveAnswers(String file) throws BadInput {
        AtomicFile.write(Path.of(file), AnswersWriter.toYaml(answers).getBytes(StandardCharsets.UTF_8));
    }

    /** The result as plain text (no colour codes), the answers that led to it included. */
    void saveSummary(String file) throws BadInput {
        String text = new TextReport(Style.PLAIN, 80).render(recommendation);
        AtomicFile.write(Path.of(file), text.getBytes(StandardCharsets.UTF_8));
    }
}
