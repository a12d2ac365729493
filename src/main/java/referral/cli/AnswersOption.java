package referral.cli;

import java.io.File;
import referral.answers.AnswerSet;
import referral.answers.AnswersReader;
import referral.diagnostics.BadInput;
import referral.files.InputFiles;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

/** Reads the {@code --answers FILE|-} argument against a tree (its problems are exit 4 and 5, see {@link Main}). */
final class AnswersOption {
    private AnswersOption() {}

    static AnswerSet read(String source, Tree tree, Io io) throws BadInput {
        InputFiles.Content content = "-".equals(source)
                ? InputFiles.readStdin(io.in(), YamlLimits.ANSWERS.maxBytes())
                : InputFiles.read(InputFiles.path(source), YamlLimits.ANSWERS.maxBytes());
        return new AnswersReader(tree).read(content);
    }

    /**
     * The name as typed. The option is a {@link File} so that shell completion offers file names; not
     * a {@code Path}, because a name the system cannot use must still reach {@link #read}, which says
     * so as a file problem (exit 5), where a {@code Path} would fail while the command line is parsed.
     */
    static String name(File file) {
        return file.getPath();
    }

    static String displayName(String source) {
        return "-".equals(source) ? InputFiles.STDIN : source;
    }
}
