package referral.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.fhir.FhirJson;
import referral.fhir.Resources;
import referral.diagnostics.BadInput;
import referral.rules.Tree;

final class ExportCommand implements Callable<Integer> {
    enum Format { fhir }

    private final Io io;

    private final Specs.Arg<Format> formatParam = Specs.positional("FORMAT", Format.class, "1",
            "What to write: ${COMPLETION-CANDIDATES}.");

    private final Specs.Arg<Path> rulesOption = Specs.rules();

    private final Specs.Arg<Path> outOption = Specs.out();

    ExportCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "export",
                new String[] {"Write the tree in another standard's form.",
                        "", "fhir: a FHIR R4 Questionnaire (JSON): an item per question (linkId = question id), an"
                        + " answerOption per choice, enableWhen where the routing can be said so, the routing"
                        + " itself in an extension, the outcomes as contained ActivityDefinitions."
                        + " 'referral run --format fhir' writes a QuestionnaireResponse to it. See the README,"
                        + " \"FHIR\"."},
                new String[] {"  referral export fhir > muscle-pain.questionnaire.json",
                        "  referral export fhir --rules night-cramps --out night-cramps.json"},
                "0:written", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, ExitCode.FILE_PROBLEM);
        formatParam.addTo(spec);
        rulesOption.addTo(spec);
        outOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        Path out = outOption.value();
        OutOrStdout.check(out, "export", "questionnaire");
        Tree tree = rules.load();
        String text = FhirJson.write(Resources.questionnaire(tree)) + "\n";
        OutOrStdout.write(io, out, text);
        return ExitCode.OK;
    }
}
