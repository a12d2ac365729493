package referral.cli;

import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import referral.answers.AnswerSet;
import referral.engine.Step;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.lang.Language;
import referral.lang.Words;
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
    private final OptionSpec langOption = LangOption.spec();

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
                        "  referral next --answers partial.yaml --format json",
                        "  echo '{}' | referral next --answers - --lang ru"},
                "0:the next question, or the outcome", ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID,
                ExitCode.ANSWERS_INVALID, ExitCode.FILE_PROBLEM);
        spec.addOption(rulesOption);
        spec.addOption(answersOption);
        spec.addOption(formatOption);
        spec.addOption(langOption);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        RulesOption rules = RulesOption.of(rulesOption.getValue());
        String answers = AnswersOption.name(answersOption.<File>getValue());
        Language.Asked asked = LangOption.asked(langOption.getValue(), io);
        Tree tree = rules.load();
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Words words = LangOption.words(asked, io, tree);
        Tree shown = words.tree(tree);
        Step step = AnswersOption.step(set, shown);
        if (step instanceof Step.Ask ask) {
            io.out().println(JsonReport.question(shown, ask.shown(), ask.trace().size(), words));
        } else {
            Step.Reached reached = (Step.Reached) step;
            Warnings.unused(io, answers, reached.unused());
            io.out().println(JsonReport.outcome(Recommendation.of(shown, reached, words)));
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
