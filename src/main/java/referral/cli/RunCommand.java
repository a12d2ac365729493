package referral.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import referral.answers.AnswerSet;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.JsonReport;
import referral.report.MarkdownReport;
import referral.report.Recommendation;
import referral.report.Style;
import referral.report.TextReport;
import referral.rules.Tree;

@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Print the recommendation for a complete set of answers, without asking anything.",
        footer = {"", "Examples:",
                "  referral run --answers my-answers.yaml",
                "  referral run --answers answers.json --format json",
                "  echo '{emergency-signs: none, age: 40}' | referral run --answers -",
                "", ExitCode.HELP})
final class RunCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    private final Io io;

    @Mixin
    RulesOption rules;

    @Option(names = "--answers", required = true, paramLabel = "FILE|-",
            description = "Answers file (YAML or JSON, question id to answer); '-' reads standard input.")
    String answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-color", description = "Never use colour (also: the NO_COLOR environment variable).")
    boolean noColor;

    RunCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Tree tree = rules.load();
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Step step = Engine.step(tree, set.answers());
        if (step instanceof Step.Ask ask) {
            var q = ask.question();
            throw new Failure(ExitCode.BAD_ANSWERS, AnswersOption.displayName(answers)
                    + ": incomplete: question '" + q.id() + "' (" + q.text().value()
                    + ") is not answered; expected " + Expected.of(q));
        }
        Step.Reached reached = (Step.Reached) step;
        Warnings.unused(io, answers, reached.unused());
        Recommendation r = Recommendation.of(tree, reached);
        io.out().print(switch (format) {
            case json -> JsonReport.recommendation(r) + "\n";
            case markdown -> MarkdownReport.render(r);
            case text -> new TextReport(new Style(io.colorAllowed() && !noColor), Terminal.width(io)).render(r);
        });
        io.out().flush();
        return ExitCode.OK;
    }
}
