package referral.cli;

import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import referral.answers.AnswerSet;
import referral.answers.AnswersException;
import referral.engine.Step;
import referral.files.FileProblem;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.rules.Tree;

/** {@code next}: its definition is built in code (see {@link Specs}). */
final class NextCommand implements Callable<Integer> {
    enum Format { json }

    private final Io io;
    private final OptionSpec rulesOption = RulesOption.spec();
    private final OptionSpec answersOption = OptionSpec.builder("--answers").required(true).type(File.class)
            .paramLabel("FILE|-").description("Answers so far (YAML or JSON); '-' reads standard input.").build();
    private final OptionSpec formatOption = OptionSpec.builder("--format").type(Format.class).paramLabel("FORMAT")
            .defaultValue("json")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();

    NextCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "next",
                new String[] {"For other programs: the next unanswered question as JSON, or the outcome.",
                        "", "An empty answers file gives the first question; once the answers reach an outcome,"
                        + " it is printed as 'run --format json' would.",
                        "", "Output: {\"question\": {\"id\", \"type\", \"text\", \"help\","
                        + " \"choices\": [{\"id\", \"text\"}], \"min\", \"max\", \"unit\"}, \"answered\", \"tree\"}"
                        + " or {\"outcome\": {...as run --format json}}."},
                new String[] {
                        "  echo '{}' | referral next --answers -",
                        "  referral next --answers partial.yaml --format json"},
                "0:the next question, or the outcome", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID,
                ExitCode.ANSWERS_INVALID, ExitCode.FILE_PROBLEM);
        spec.addOption(rulesOption);
        spec.addOption(answersOption);
        spec.addOption(formatOption);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws FileProblem, AnswersException {
        RulesOption rules = RulesOption.of(rulesOption.getValue());
        String answers = AnswersOption.name(answersOption.<File>getValue());
        Tree tree = rules.load();
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Step step = set.step(tree);
        if (step instanceof Step.Ask ask) {
            io.out().println(JsonReport.question(tree, ask.shown(), ask.trace().size()));
        } else {
            Step.Reached reached = (Step.Reached) step;
            Warnings.unused(io, answers, reached.unused());
            io.out().println(JsonReport.outcome(Recommendation.of(tree, reached)));
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
