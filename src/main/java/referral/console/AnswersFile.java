package referral.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import referral.answers.AnswersWriter;
import referral.engine.Answer;
import referral.files.AtomicFile;
import referral.diagnostics.BadInput;

/** The answers file a session keeps up to date ({@code --save-answers}), in the format {@code run} reads. */
public final class AnswersFile {
    private final Path path;

    public AnswersFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public void save(Map<String, Answer> answers) throws BadInput {
        AtomicFile.write(path, AnswersWriter.toYaml(answers).getBytes(StandardCharsets.UTF_8));
    }
}
