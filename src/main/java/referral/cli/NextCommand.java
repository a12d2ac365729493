package referral.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.answers.AnswerSet;
import referral.engine.Step;
import referral.diagnostics.BadInput;
import referral.report.JsonReport;
import referral.report.Recommendation;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;

/** {@code next}: its definition is built in code (see {@link Specs}). */
final class NextCommand implements Callable<Integer> {
    enum Format { json }

    private final Io io;
    private final Specs.Arg<Path> rulesOption = Specs.rules();
    private final Specs.Arg<File> answersOption =
            Specs.answers("Answers so far (YAML or JSON); '-' reads standard input.");
    private final Specs.Arg<Format> formatOption = Specs.format(Format.class, "json");
    private final Specs.Arg<String> langOption = Specs.lang();

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
        rulesOption.addTo(spec);
        answersOption.addTo(spec);
        formatOption.addTo(spec);
        langOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        String answers = AnswersOption.name(answersOption.value());
        Language.Asked asked = LangOption.asked(langOption.value(), io);
        Tree tree = rules.load(asked.language());
        AnswerSet set = AnswersOption.read(answers, tree, io);
        Words words = LangOption.words(asked, io, tree);
        Tree shown = words.tree(tree);
        Step step = set.step(shown);
        if (step instanceof Step.Ask ask) {
            io.out().println(JsonReport.question(shown, ask.shown(), ask.trace().size(), words));
        } else {
            Step.Reached reached = (Step.Reached) step;
            Warnings.print(io, set.warnings(reached, AnswersOption.displayName(answers)));
            io.out().println(JsonReport.outcome(Recommendation.of(shown, reached, words)));
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
