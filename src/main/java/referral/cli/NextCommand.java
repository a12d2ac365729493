package referral.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import referral.answers.AnswerSet;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.rules.Tree;

@Command(name = "next", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The step API for other programs: the next unanswered question as JSON,",
                "or the outcome once the answers reach one. An empty answers file gives the first question."},
        footer = {"", "Output: {\"question\": {\"id\", \"type\", \"text\", \"help\", \"choices\": [{\"id\", \"text\"}],",
                "\"min\", \"max\", \"unit\"}, \"answered\", \"tree\"} or {\"outcome\": {...as run --format json}}.",
                "", "Examples:",
                "  echo '{}' | referral next --answers -",
                "  referral next --answers partial.yaml --format json",
                "", ExitCode.HELP})
final class NextCommand implements Callable<Integer> {
    enum Format { json }

    private final Io io;

    @Mixin
    RulesOption rules;

    @Option(names = "--answers", required = true, paramLabel = "FILE|-",
            description = "Answers so far (YAML or JSON); '-' reads standard input.")
    String answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    NextCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Tree tree = rules.load();
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Step step = Engine.step(tree, set.answers());
        if (step instanceof Step.Ask ask) {
            io.out().println(JsonReport.question(tree, ask.question(), ask.trace().size()));
        } else {
            Step.Reached reached = (Step.Reached) step;
            Warnings.unused(io, answers, reached.unused());
            io.out().println(JsonReport.outcome(Recommendation.of(tree, reached)));
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
