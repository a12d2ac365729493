package referral.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.answers.Accepted;
import referral.answers.AnswerSet;
import referral.engine.Step;
import referral.fhir.FhirJson;
import referral.fhir.Resources;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.diagnostics.Position;
import referral.report.JsonReport;
import referral.report.MarkdownReport;
import referral.report.Recommendation;
import referral.report.Style;
import referral.report.TextReport;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;

/** {@code run}: its definition is built in code (see {@link Specs}). */
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, markdown, fhir }

    private final Io io;
    private final Specs.Arg<Path> rulesOption = Specs.rules();
    private final Specs.Arg<File> answersOption =
            Specs.answers("Answers file (YAML or JSON, question id to answer); '-' reads standard input.");
    private final Specs.Arg<Format> formatOption = Specs.format(Format.class, "text");
    private final Specs.Flag noColorOption = Specs.noColor();
    private final Specs.Arg<String> langOption = Specs.lang();

    RunCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "run",
                new String[] {"Print the recommendation for a complete set of answers, without asking anything."},
                new String[] {
                        "  referral run --answers my-answers.yaml",
                        "  referral run --answers answers.json --format json",
                        "  referral run --answers my-answers.yaml --format fhir",
                        "  referral run --answers my-answers.yaml --lang ru",
                        "  echo '{emergency-signs: [stroke]}' | referral run --answers -"},
                ExitCode.RECOMMENDATION, ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, ExitCode.ANSWERS_INVALID,
                ExitCode.FILE_PROBLEM);
        rulesOption.addTo(spec);
        answersOption.addTo(spec);
        formatOption.addTo(spec);
        noColorOption.addTo(spec);
        langOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        String answers = AnswersOption.name(answersOption.value());
        Format format = formatOption.value();
        boolean noColor = noColorOption.isSet();
        Language.Asked asked = LangOption.asked(langOption.value(), io);
        // FHIR carries every language itself (HL7's translation extension), so it is made from the tree as written.
        Tree tree = rules.load(format == Format.fhir ? null : asked.language());
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Words words = format == Format.fhir ? Words.ENGLISH : LangOption.words(asked, io, tree);
        Tree shown = words.tree(tree);
        Step step = set.step(format == Format.fhir ? tree : shown);
        if (step instanceof Step.Ask ask) {
            var q = ask.question();
            throw new BadInput(Input.ANSWERS, Diagnostic.of(Code.INCOMPLETE, Position.ofFile(AnswersOption.displayName(answers)),
                    words.get("answers.incomplete", q.id(), q.text().value(), Accepted.of(ask.shown(), words))));
        }
        Step.Reached reached = (Step.Reached) step;
        Warnings.print(io, set.warnings(reached, AnswersOption.displayName(answers)));
        Recommendation r = Recommendation.of(shown, reached, words);
        io.out().print(switch (format) {
            case json -> JsonReport.recommendation(r) + "\n";
            case markdown -> MarkdownReport.render(r);
            case fhir -> FhirJson.write(Resources.response(tree, reached)) + "\n";
            case text -> new TextReport(new Style(io.colorAllowed() && !noColor), Terminal.width(io)).render(r);
        });
        io.out().flush();
        return ExitCode.OK;
    }
}
