package referral.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one line a mistake on the command line gets: what was not understood and, when a known name is
 * close, which one was probably meant ({@code Unknown command 'rn'. Did you mean 'run'?}).
 */
final class UsageErrors {
    private UsageErrors() {}

    static String describe(ParameterException e) {
        CommandLine commandLine = e.getCommandLine();
        // picocli checks required options before it reports unknown ones, so a mistyped required
        // option ('--answer' for '--answers') would read as a missing one: the typo is the news.
        List<String> unmatched = commandLine.getUnmatchedArguments();
        if ((e instanceof CommandLine.UnmatchedArgumentException || e instanceof CommandLine.MissingParameterException)
                && !unmatched.isEmpty()) {
            String first = unmatched.get(0);
            CommandSpec spec = commandLine.getCommandSpec();
            if (first.startsWith("-") && first.length() > 1) {
                String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                return "Unknown option: '" + Messages.clean(option) + "'" + suggestion(option, optionNames(spec));
            }
            if (!spec.subcommands().isEmpty()) {
                return unknownCommand(first, spec);
            }
        }
        return Messages.clean(e.getMessage());
    }

    /** {@code ". Did you mean 'run'?"}, or nothing when no known name is close. */
    private static String suggestion(String typed, Collection<String> known) {
        String sentence = DidYouMean.sentence(typed, known);
        return sentence.isEmpty() ? "" : "." + sentence;
    }

    /** {@code Unknown command 'rn'. Did you mean 'run'?}, for a word that names none of {@code spec}'s commands. */
    static String unknownCommand(String typed, CommandSpec spec) {
        return "Unknown command '" + Messages.clean(typed) + "'" + suggestion(typed, commandNames(spec));
    }

    /** The names of a command's subcommands that help lists. */
    private static List<String> commandNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * The names of a command's options that help lists; on the top level, {@code ask}'s too, as
     * {@code referral --lang ru} is {@code referral ask --lang ru} (see {@code Main.forAsk}).
     */
    private static Collection<String> optionNames(CommandSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        addOptionNames(spec, names);
        CommandLine ask = spec.parent() == null ? spec.subcommands().get("ask") : null;
        if (ask != null) {
            addOptionNames(ask.getCommandSpec(), names);
        }
        return names;
    }

    private static void addOptionNames(CommandSpec spec, Set<String> names) {
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
    }
}
