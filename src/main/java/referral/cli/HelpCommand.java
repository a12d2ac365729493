package referral.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code help [COMMAND]}: the same text as {@code referral [COMMAND] --help}. Defined in code (see {@link Specs}). */
final class HelpCommand implements Callable<Integer> {
    private final Io io;
    private final Specs.Arg<String> commandParam;
    private CommandSpec spec;

    /** {@code commands}: the names {@code COMMAND} may take, offered by shell completion. */
    HelpCommand(Io io, Iterable<String> commands) {
        this.io = io;
        this.commandParam = Specs.positional("COMMAND", "0..1", commands,
                "The command to explain (default: referral itself).");
    }

    CommandSpec spec() {
        spec = Specs.command(this, "help",
                new String[] {"Show the help of referral, or of one of its commands: its options, exit codes"
                        + " and examples."},
                new String[] {
                        "  referral help",
                        "  referral help run"},
                ExitCode.SHOWN, ExitCode.USAGE_ERROR, ExitCode.OUTPUT_PROBLEM);
        commandParam.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String name = commandParam.value();
        CommandLine shown = name == null ? root : root.getSubcommands().get(name);
        if (shown == null) {
            throw new Failure(ExitCode.USAGE, UsageErrors.unknownCommand(name, root.getCommandSpec())
                    + " (see 'referral help')");
        }
        shown.usage(io.out());
        io.out().flush();
        return ExitCode.OK;
    }
}
