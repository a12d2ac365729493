package referral.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import referral.diagnostics.BadInput;
import referral.diagnostics.Input;
import referral.diagnostics.Shown;
import referral.files.WriteFailed;
import referral.rules.RulesLoader;

/**
 * The {@code referral} command line: wires the layers together and maps every failure to an exit code.
 * Its definition is built in code (see {@link Specs}), as is every command's.
 */
public final class Main implements Callable<Integer> {

    private final Io io;
    private CommandLine commandLine;
    /** {@code ask}, when the arguments name it (or nothing), for {@link AskCommand#discardUnused}. */
    private AskCommand ask;
    /** {@code ask}'s command line, made at most once. */
    private CommandLine askLine;

    private static final String DEBUG = "--debug";
    private final Specs.Flag debugOption = Specs.inherited(Specs.flag(DEBUG, "Show internal details of unexpected errors."));

    Main(Io io) {
        this.io = io;
    }

    private CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "referral",
                new String[] {"Tells a person with muscle pain, cramps or spasms which doctor to see and how soon."
                        + " It routes; it never diagnoses. In an emergency, call your local emergency number.",
                        "", "Without a command, it asks the questions one by one, as 'referral ask' does, and takes"
                        + " the options of ask: 'referral --lang ru' is 'referral ask --lang ru' (see 'referral ask --help')."},
                new String[] {
                        "  referral                            # the questions, one by one",
                        "  referral --lang ru                  # the same, in Russian",
                        "  referral run --answers my-answers.yaml",
                        "  echo '{}' | referral next --answers -",
                        "  referral test",
                        "  referral list                       # the bundled trees",
                        "  referral help run                   # options, exit codes, examples"},
                ExitCode.ALL);
        spec.usageMessage().commandListHeading("%nCommands:%n");
        debugOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    private boolean debug() {
        return debugOption.isSet();
    }

    public static void main(String[] args) {
        Io io = Io.system();
        io.interruption().install(io);
        System.exit(run(args, io));
    }

    public static int run(String[] args, Io io) {
        boolean debug = java.util.Arrays.asList(args).contains(DEBUG);
        try {
            int exit = execute(args, io);
            io.out().flush(); // the last bytes may still be buffered: a failure to write them is a failure too
            return exit;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Outside picocli's handler (it only catches exceptions); still one line, still exit 70.
            io.err().println("referral: internal error: ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + " (please report it, with the input that caused it)");
            return ExitCode.INTERNAL;
        } catch (RuntimeException | Error e) {
            return handle(e, debug, io);
        }
    }

    private static int execute(String[] args, Io io) {
        // Before even picocli's classes load: see AskCommand.openEarly.
        var early = mayAsk(args) ? AskCommand.openEarly(io, args) : null;
        // picocli readies converters for the java.sql and java.time types by reflection whenever a
        // command line is made, loading some 150 classes (see bench/README.md); no option here takes one.
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, "java\\.(sql|time)\\..*");
        }
        Main top = new Main(io);
        if (early != null) {
            top.ask = new AskCommand(io, early);
        }
        CommandLine cl = new CommandLine(top.spec());
        String[] line = top.addSubcommands(cl, args);
        top.commandLine = cl;
        cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            String command = e.getCommandLine().getCommandName();
            String help = command.equals("referral") ? "referral --help" : "referral " + command + " --help";
            io.err().println("referral: " + UsageErrors.describe(e) + " (see '" + help + "')");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> handle(e, top.debug(), io));
        cl.setExecutionStrategy(new OwnErrors(cl));
        try {
            return cl.execute(line);
        } finally {
            if (top.ask != null) {
                top.ask.discardUnused();
            }
        }
    }

    /** picocli's switch for its built-in converters, a regular expression of the type names to skip. */
    private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    /** The subcommands' names, in the order help lists them. */
    private static final List<String> SUBCOMMANDS = List.of(
            "run", "next", "check", "test", "ask", "graph", "list", "export", "schema", "batch", "help", "completion");

    /**
     * A subcommand by name, defined in code (see {@link Specs}). A switch rather than a map of
     * lambdas: each lambda costs start-up time.
     */
    private CommandLine subcommand(String name) {
        switch (name) {
            case "run":
                return new CommandLine(new RunCommand(io).spec());
            case "next":
                return new CommandLine(new NextCommand(io).spec());
            case "check":
                return new CommandLine(new CheckCommand(io).spec());
            case "test":
                return new CommandLine(new TestCommand(io).spec());
            case "ask":
                if (askLine == null) {
                    if (ask == null) {
                        ask = new AskCommand(io, null);
                    }
                    askLine = new CommandLine(ask.spec()); // once: both deciding on forwarding and parsing use it
                }
                return askLine;
            case "graph":
                return new CommandLine(new GraphCommand(io).spec());
            case "list":
                return new CommandLine(new ListCommand(io).spec());
            case "export":
                return new CommandLine(new ExportCommand(io).spec());
            case "schema":
                return new CommandLine(new SchemaCommand(io).spec());
            case "batch":
                return new CommandLine(new BatchCommand(io).spec());
            case "help":
                return new CommandLine(new HelpCommand(io, SUBCOMMANDS).spec());
            case "completion":
                return new CommandLine(new CompletionCommand(io).spec());
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /**
     * Whether the arguments may run {@code ask}, told from the words alone, before picocli loads
     * (see {@link #addSubcommands}): none, {@code ask}, or an option first (after {@code --debug}).
     * An option ask turns out not to take costs only a terminal opened and closed unchanged.
     */
    private static boolean mayAsk(String[] args) {
        int first = 0;
        while (first < args.length && args[first].equals(DEBUG)) {
            first++;
        }
        return first == args.length || args[first].equals("ask") || args[first].startsWith("-");
    }

    /**
     * Adds only the subcommand the arguments name, when they name one: picocli reflects over every
     * command added (and loads what its fields refer to), which is start-up time the others would
     * waste. Top-level options take no value, so the first word not starting with '-' is the
     * subcommand. Anything else (help, a typo to suggest a fix for, completion) gets them all.
     * Returns the arguments to parse: those that name no command are ask's ({@link #forAsk}).
     */
    private String[] addSubcommands(CommandLine cl, String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return args; // the version names no subcommand
        }
        String[] forAsk = forAsk(cl.getCommandSpec(), args);
        if (forAsk != null) {
            cl.addSubcommand("ask", subcommand("ask"));
            return forAsk;
        }
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                if (SUBCOMMANDS.contains(arg) && !arg.equals("help") && !arg.equals("completion")) {
                    cl.addSubcommand(arg, subcommand(arg));
                    return args;
                }
                break;
            }
        }
        addAllSubcommands(cl);
        return args;
    }

    /**
     * Bare {@code referral} is {@code referral ask}, and so is {@code referral --lang ru}: arguments
     * that name no command, whose first word after the top level's own options is one of ask's
     * options (or that end there), are returned with {@code ask} put before that word; otherwise
     * null. picocli has no default subcommand, and declaring ask's options on the top level too
     * would be a second definition to keep alike (and list twice in the help); forwarding keeps one
     * command that runs the session, one definition of its options and one set of its errors. A word
     * neither knows stays the top level's, so {@code referral --nosuch} is told of
     * {@code referral --help}, as before; help and the version are the top level's own.
     */
    private String[] forAsk(CommandSpec top, String[] args) {
        int first = 0;
        while (first < args.length && top.optionsMap().containsKey(args[first])) {
            OptionSpec option = top.optionsMap().get(args[first]);
            if (option.usageHelp() || option.versionHelp()) {
                return null;
            }
            first++;
        }
        if (first < args.length) {
            String word = args[first];
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (!word.startsWith("-") || !subcommand("ask").getCommandSpec().optionsMap().containsKey(name)) {
                return null;
            }
        }
        String[] forwarded = new String[args.length + 1];
        System.arraycopy(args, 0, forwarded, 0, first);
        forwarded[first] = "ask";
        System.arraycopy(args, first, forwarded, first + 1, args.length - first);
        return forwarded;
    }

    private void addAllSubcommands(CommandLine cl) {
        for (String name : SUBCOMMANDS) {
            cl.addSubcommand(name, subcommand(name));
        }
    }

    /**
     * The whole command model, every command in it, as the command line is parsed with: for the man
     * page made at build time ({@code src/build}), so that it says what the parser accepts.
     */
    public static CommandLine model() {
        Main top = new Main(Io.system());
        CommandLine cl = new CommandLine(top.spec());
        top.addAllSubcommands(cl);
        top.commandLine = cl;
        return cl;
    }

    /**
     * Bare {@code referral} is {@code referral ask}, forwarded as such ({@link #forAsk}); what still
     * reaches the top level without a command is only an end of options with nothing after it
     * ({@code referral --}), which is bare {@code referral} too.
     */
    @Override
    public Integer call() {
        return commandLine.getSubcommands().get("ask").execute();
    }

    /**
     * The one place a failure becomes its exit code and its lines on stderr: input that cannot be
     * used by the kind of input ({@link #exitCode(Input)}), standard output that cannot be written 5,
     * a command's own {@link Failure} (a usage error, an interruption) its code; anything else is a bug, 70.
     */
    private static int handle(Throwable e, boolean debug, Io io) {
        if (e instanceof BadInput bad) {
            return report(io, exitCode(bad.input()), bad.lines());
        }
        if (e instanceof WriteFailed w) {
            return report(io, ExitCode.FILE_IO, List.of("cannot write to " + w.where() + " (" + w.reason() + ")"));
        }
        if (e instanceof Failure f) {
            return report(io, f.exitCode(), List.of(f.getMessage()));
        }
        // The exception's own message may name classes; the user gets a plain line, --debug the rest.
        io.err().println("referral: internal error (a bug)"
                + (debug ? ":" : "; run again with --debug for details, and please report it"));
        if (debug) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                io.err().println(t);
                for (StackTraceElement frame : t.getStackTrace()) {
                    io.err().println("    at " + frame);
                }
            }
        }
        return ExitCode.INTERNAL;
    }

    /** Rules that cannot be used are 3, answers and case files 4, a file that cannot be read or written 5. */
    static int exitCode(Input input) {
        return switch (input) {
            case RULES -> ExitCode.BAD_RULES;
            case ANSWERS, CASES -> ExitCode.BAD_ANSWERS;
            case FILES -> ExitCode.FILE_IO;
        };
    }

    private static int report(Io io, int exitCode, List<String> lines) {
        for (String line : lines) {
            io.err().println("referral: " + Shown.oneLine(line));
        }
        return exitCode;
    }

    /**
     * picocli's usual strategy, but what goes wrong outside a command's own code (help or the
     * version printed to a full disk) goes to the same handler as the rest, rather than to
     * picocli's, which would print the exception with its stack trace.
     */
    private static final class OwnErrors implements CommandLine.IExecutionStrategy {
        private final CommandLine commandLine;

        OwnErrors(CommandLine commandLine) {
            this.commandLine = commandLine;
        }

        @Override
        public int execute(CommandLine.ParseResult parseResult) {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (CommandLine.PicocliException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(commandLine, "", e);
            }
        }
    }

    /** {@code --version}: the tool's version and the bundled tree's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String tool = Main.class.getPackage().getImplementationVersion();
            String tree = new RulesLoader().loadBundledCompiled(RulesLoader.DEFAULT_ID, referral.rules.Tree.ENGLISH)
                    .flatMap(c -> c.loaded().tree())
                    .map(t -> t.id() + " " + t.version()).orElse("unreadable");
            return new String[] {"referral " + (tool == null ? "dev" : tool) + " (tree " + tree + ")"};
        }
    }
}
