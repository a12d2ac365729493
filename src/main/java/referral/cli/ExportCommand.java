package referral.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import referral.fhir.FhirJson;
import referral.fhir.Resources;
import referral.files.AtomicFile;
import referral.files.FileProblem;
import referral.rules.Tree;

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write the tree in another standard's form.",
                "", "fhir: a FHIR R4 Questionnaire (JSON): an item per question (linkId = question id), an"
                        + " answerOption per choice, enableWhen where the routing can be said so, the routing"
                        + " itself in an extension, the outcomes as contained ActivityDefinitions."
                        + " 'referral run --format fhir' writes a QuestionnaireResponse to it. See the README,"
                        + " \"FHIR\"."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:written", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, ExitCode.FILE_PROBLEM},
        footerHeading = ExitCode.EXAMPLES,
        footer = {"  referral export fhir > muscle-pain.questionnaire.json",
                "  referral export fhir --rules night-cramps --out night-cramps.json"})
final class ExportCommand implements Callable<Integer> {
    enum Format { fhir }

    private final Io io;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "What to write: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    RulesOption rules;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (atomically, readable by you alone) instead of standard output.")
    Path out;

    ExportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws FileProblem {
        Tree tree = rules.load();
        String text = FhirJson.write(Resources.questionnaire(tree)) + "\n";
        if (out == null) {
            io.out().print(text);
            io.out().flush();
            return ExitCode.OK;
        }
        AtomicFile.write(out, text.getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
