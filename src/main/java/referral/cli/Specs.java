package referral.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Command definitions built in code rather than read from annotations, for the commands on the
 * start-up path (the top level, {@code run}, {@code next}): reading annotations costs reflection and
 * annotation proxy classes made at run time, which no class-data archive keeps. The other commands
 * keep their annotations; both kinds mix freely under one {@link picocli.CommandLine}.
 */
final class Specs {
    private Specs() {}

    /**
     * A command whose help lists its options in the order they are added, as every command does here,
     * then the exit codes it can give ({@code "code:meaning"}, see {@link ExitCode}), then examples.
     * Each description entry is a paragraph: picocli wraps it to the width of the help.
     */
    static CommandSpec command(Object userObject, String name, String[] description, String[] examples,
            String... exitCodes) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
        spec.name(name);
        spec.usageMessage().sortOptions(false).description(description)
                .exitCodeListHeading(ExitCode.HEADING).exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes))
                .footerHeading(ExitCode.EXAMPLES).footer(examples);
        return spec;
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} gives
     * them (its own mixin is read from annotations).
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
    }

    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    static OptionSpec option(String name, Class<?> type, String paramLabel, String description) {
        return OptionSpec.builder(name).type(type).paramLabel(paramLabel).description(description).build();
    }
}
