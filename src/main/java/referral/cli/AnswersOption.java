package referral.cli;

import referral.answers.AnswerSet;
import referral.answers.AnswersException;
import referral.answers.AnswersReader;
import referral.engine.Step;
import referral.files.FileProblem;
import referral.files.InputFiles;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

/** Reads the {@code --answers FILE|-} argument against a tree, mapping problems to exit codes 4 and 5. */
final class AnswersOption {
    private AnswersOption() {}

    static AnswerSet read(String source, Tree tree, Io io) {
        try {
            InputFiles.Content content = "-".equals(source)
                    ? InputFiles.readStdin(io.in(), YamlLimits.ANSWERS.maxBytes())
                    : InputFiles.read(InputFiles.path(source), YamlLimits.ANSWERS.maxBytes());
            return new AnswersReader(tree).read(content);
        } catch (FileProblem e) {
            throw new Failure(ExitCode.FILE_IO, e.getMessage());
        } catch (AnswersException e) {
            throw new Failure(ExitCode.BAD_ANSWERS, e.problems());
        }
    }

    /** Where the answers lead; a choice not offered where it is answered is exit 4, one line each. */
    static Step step(AnswerSet set, Tree tree) {
        try {
            return set.step(tree);
        } catch (AnswersException e) {
            throw new Failure(ExitCode.BAD_ANSWERS, e.problems());
        }
    }

    static String displayName(String source) {
        return "-".equals(source) ? "<stdin>" : source;
    }
}
