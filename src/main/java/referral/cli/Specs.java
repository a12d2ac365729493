package referral.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

/**
 * Every command is defined here, in code, through picocli's programmatic API rather than its
 * annotations: reading annotations costs reflection and annotation proxy classes made at run time,
 * which no class-data archive keeps (the figures: docs/design-decisions.md, "Commands defined one
 * way"). The factories give each option once, typed: a command reads {@code format.value()}, never
 * an unchecked cast, and an option several commands take ({@code --rules}, {@code --format},
 * {@code --no-color}, {@code --answers}, {@code --out}) is written here once, help text included.
 */
final class Specs {
    private Specs() {}

    /** An option or positional parameter defined in code, read back as its own type. */
    static final class Arg<T> {
        private final Class<T> type;
        final OptionSpec option;
        final PositionalParamSpec positional;

        private Arg(Class<T> type, OptionSpec option, PositionalParamSpec positional) {
            this.type = type;
            this.option = option;
            this.positional = positional;
        }

        /** The value given, its default, or null. */
        T value() {
            return type.cast(option != null ? option.getValue() : positional.getValue());
        }

        /** Adds it to the command, in the order help lists it. */
        void addTo(CommandSpec spec) {
            if (option != null) {
                spec.addOption(option);
            } else {
                spec.addPositional(positional);
            }
        }
    }

    /** A flag: true when given. */
    static final class Flag {
        final OptionSpec option;

        private Flag(OptionSpec option) {
            this.option = option;
        }

        boolean isSet() {
            return Boolean.TRUE.equals(option.getValue()); // null when not given
        }

        void addTo(CommandSpec spec) {
            spec.addOption(option);
        }
    }

    /** Positional parameters that may repeat, read back as a list of their type. */
    static final class Many<T> {
        private final Class<T> type;
        final PositionalParamSpec positional;

        private Many(Class<T> type, PositionalParamSpec positional) {
            this.type = type;
            this.positional = positional;
        }

        List<T> values() {
            List<?> given = positional.getValue();
            return given == null ? List.of() : given.stream().map(type::cast).toList();
        }

        void addTo(CommandSpec spec) {
            spec.addPositional(positional);
        }
    }

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
     * them (its own mixin is read from annotations), after the command's own options. Every command
     * answers {@code --version} alike: without a provider picocli prints nothing and exits 0.
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.versionProvider(new Main.Version());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Print version information and exit.").build());
    }

    /** The flag given to a command is given to its subcommands too ({@code --debug}). */
    static Flag inherited(Flag flag) {
        return new Flag(flag.option.toBuilder().scopeType(ScopeType.INHERIT).build());
    }

    static Flag flag(String name, String description) {
        return new Flag(OptionSpec.builder(name).type(boolean.class).description(description).build());
    }

    static <T> Arg<T> option(String name, Class<T> type, String paramLabel, String description) {
        return new Arg<>(type, OptionSpec.builder(name).type(type).paramLabel(paramLabel).description(description)
                .build(), null);
    }

    static <T> Arg<T> option(String name, Class<T> type, String paramLabel, String defaultValue, String description) {
        return new Arg<>(type, OptionSpec.builder(name).type(type).paramLabel(paramLabel).defaultValue(defaultValue)
                .description(description).build(), null);
    }

    /** One positional parameter, {@code arity} "1" or "0..1". */
    static <T> Arg<T> positional(String paramLabel, Class<T> type, String arity, String description) {
        return new Arg<>(type, null, PositionalParamSpec.builder().paramLabel(paramLabel).arity(arity).type(type)
                .description(description).build());
    }

    /** One positional parameter whose values shell completion offers. */
    static Arg<String> positional(String paramLabel, String arity, Iterable<String> candidates, String description) {
        return new Arg<>(String.class, null, PositionalParamSpec.builder().paramLabel(paramLabel).arity(arity)
                .type(String.class).completionCandidates(candidates).description(description).build());
    }

    /** Any number of positional parameters. */
    static <T> Many<T> many(String paramLabel, Class<T> type, String description) {
        return new Many<>(type, PositionalParamSpec.builder().paramLabel(paramLabel).arity("0..*").type(List.class)
                .auxiliaryTypes(type).description(description).build());
    }

    // The options several commands take, each written once.

    static Arg<Path> rules() {
        return option("--rules", Path.class, "FILE|ID", "Rules file, or the id of a bundled tree ('referral list'),"
                + " instead of the bundled muscle-pain tree. A file of that name wins when it exists.");
    }

    /** {@code --format} over the values of {@code formats}, with a default. */
    static <E extends Enum<E>> Arg<E> format(Class<E> formats, String defaultValue) {
        return option("--format", formats, "FORMAT", defaultValue,
                "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).");
    }

    /** {@code --lang LANG}: the language of the questions and the result (see {@link LangOption}). */
    static Arg<String> lang() {
        return new Arg<>(String.class, OptionSpec.builder("--lang").type(String.class).paramLabel("LANG")
                .description(LangOption.DESCRIPTION).completionCandidates(referral.lang.Words.LANGUAGES).build(), null);
    }

    static Flag noColor() {
        return flag("--no-color", "Never use colour (also: the NO_COLOR environment variable).");
    }

    /**
     * {@code --answers FILE|-}, required, a {@link File} so that shell completion offers file names
     * (see {@link AnswersOption#name}); {@code description} says what the answers are for.
     */
    static Arg<File> answers(String description) {
        return new Arg<>(File.class, OptionSpec.builder("--answers").required(true).type(File.class)
                .paramLabel("FILE|-").description(description).build(), null);
    }

    static Arg<Path> out() {
        return option("--out", Path.class, "FILE",
                "Write to FILE (atomically, readable by you alone) instead of standard output.");
    }
}
