package referral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.console.AnswersFile;
import referral.console.Console;
import referral.console.Interrupted;
import referral.engine.Answer;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.files.InputFiles;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;

/** {@code ask}, also what bare {@code referral} does: its definition is built in code (see {@link Specs}). */
final class AskCommand implements Callable<Integer> {
    private final Io io;
    private final Specs.Arg<Path> rulesOption = Specs.rules();
    private final Specs.Arg<Path> saveAnswersOption = Specs.option("--save-answers", Path.class, "FILE",
            "Keep the answers in FILE (replaced atomically after every answer, readable by you only).");
    private final Specs.Arg<Path> resumeOption = Specs.option("--resume", Path.class, "FILE",
            "Continue from the answers in FILE (as saved by --save-answers), and keep saving there"
                    + " unless --save-answers names another file.");
    private final Specs.Flag plainOption =
            Specs.flag("--plain", "Numbered prompts on plain lines, no escape codes (screen readers).");
    private final Specs.Flag noColorOption = Specs.noColor();
    private final Specs.Arg<String> langOption = Specs.lang();

    /** The terminal being opened since the command line was first seen, or null. */
    private final Console early;
    private boolean called;

    /** {@code early}: the console {@link #openEarly} began, or null. */
    AskCommand(Io io, Console early) {
        this.io = io;
        this.early = early;
    }

    /**
     * For arguments of {@code referral} that could start a full-screen session, begins opening the
     * terminal right away, while picocli loads and reads the command line: opening it is the
     * longest step before the first question. Nothing on the terminal changes until {@link #call}
     * decides; {@link #discardUnused} closes it when {@code call} never comes (help, a usage error).
     * Null when the session cannot be full screen.
     */
    static Console openEarly(Io io, String[] args) {
        for (String arg : args) {
            if (arg.equals("--plain") || arg.equals("--help") || arg.equals("-h") || arg.equals("--version")
                    || arg.equals("-V")) {
                return null;
            }
        }
        return fullScreenPossible(io) ? Console.begin() : null;
    }

    /** A terminal at both ends, the process's own input, and a terminal type that can move the cursor. */
    private static boolean fullScreenPossible(Io io) {
        return io.terminal() && io.in() == System.in && !"dumb".equals(io.env().get("TERM"));
    }

    /** Closes the terminal opened early, when the command line turned out not to run the session (help, a usage error). */
    void discardUnused() {
        if (early != null && !called) {
            early.discard();
        }
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "ask",
                new String[] {"Ask the questions one by one, then show the recommendation.",
                        "", "Full screen on a terminal; plain numbered lines otherwise (a pipe, TERM=dumb, --plain)."
                        + " This is also what 'referral' alone does.",
                        "", "Keys: Up/Down or j/k move, a number jumps, Enter chooses, Space selects several,"
                        + " y/n answer yes-no, ? shows help, Esc or b goes back, Ctrl-C stops (exit 130)."
                        + " Before the result you can review every answer and change any of them.",
                        "", "Plain mode: type a choice's number or id (several: separated by spaces or commas),"
                        + " b to go back, ? for help; end of input stops (exit 130).",
                        "", "Text is UTF-8 whatever the locale (LANG=C too). The full screen writes UTF-8 when"
                        + " the locale (LC_ALL, LC_CTYPE, LANG) or the terminal (stty iutf8) says it can show it;"
                        + " elsewhere ASCII stand-ins: '|' for '\u00b7', '=' for '\u2192', no accents.",
                        "", "Nothing is written unless you ask: --save-answers FILE keeps FILE (mode 0600) up to"
                        + " date after every answer, in the format 'referral run --answers FILE' replays."},
                new String[] {
                        "  referral ask",
                        "  referral ask --save-answers my-answers.yaml",
                        "  referral ask --resume my-answers.yaml",
                        "  referral ask --lang ru",
                        "  printf '3\\n42\\nn\\n' | referral ask"},
                ExitCode.RECOMMENDATION, ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID,
                "4:the answers file given to --resume is invalid", ExitCode.FILE_PROBLEM,
                "130:interrupted (Ctrl-C, or the end of the input in plain mode)");
        rulesOption.addTo(spec);
        saveAnswersOption.addTo(spec);
        resumeOption.addTo(spec);
        plainOption.addTo(spec);
        noColorOption.addTo(spec);
        langOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        Path saveAnswers = saveAnswersOption.value();
        Path resume = resumeOption.value();
        boolean plain = plainOption.isSet();
        boolean noColor = noColorOption.isSet();
        // Before called: a usage error leaves the terminal opened early as it was (discardUnused).
        for (Specs.Arg<Path> file : List.of(saveAnswersOption, resumeOption)) {
            if (file.value() != null && file.value().toString().equals("-")) {
                throw new Failure(ExitCode.USAGE, file.option.longestName() + " needs a file name: the answers are saved"
                        + " to it after every answer, which '-' (standard input or output) cannot be"
                        + " (see 'referral ask --help')");
            }
        }
        Language.Asked asked = LangOption.asked(langOption.value(), io);
        called = true;
        boolean fullScreen = !plain && fullScreenPossible(io);
        boolean color = io.colorAllowed() && !noColor;
        Console console = early != null ? early.decide(fullScreen, color) : Console.prepare(fullScreen, color);
        Tree tree;
        Words words;
        Map<String, Answer> resumed = Map.of();
        try {
            tree = rules.load(asked.language());
            words = LangOption.words(asked, io, tree);
            if (resume != null) {
                var set = AnswersOption.read(resume.toString(), tree, io);
                set.step(tree); // a choice the path does not offer is an error, as in 'run'
                resumed = set.answers();
            }
        } catch (RuntimeException | BadInput e) {
            console.discard();
            throw e;
        }
        Path keep = saveAnswers != null ? saveAnswers : resume;
        AnswersFile saveTo = keep == null ? null : new AnswersFile(keep);
        if (saveTo != null) {
            io.interruption().kept("; answers saved to " + saveTo.path());
        }
        Console.Options options = new Console.Options(color,
                Terminal.width(io), personAtInput(), saveTo, resumed, true, words);
        try {
            console.run(words.tree(tree), options, io.in(), io.out(), io.err());
            io.out().flush();
            return ExitCode.OK;
        } catch (Interrupted e) {
            if (e.unreadable() != null) {
                throw BadInput.file(Code.CANNOT_READ, InputFiles.STDIN, "cannot read (" + e.unreadable() + ")");
            }
            throw new Failure(ExitCode.INTERRUPTED, Console.interruptedMessage(e.endOfInput(), saveTo));
        }
    }

    /**
     * Whether a person types the input at a terminal (rather than a pipe or a file). Java 17 can
     * only tell for standard input and output together, so on Linux the link of descriptor 0 is
     * read too, for {@code referral ask | tee log}.
     */
    private boolean personAtInput() {
        if (io.terminal()) {
            return true;
        }
        if (io.in() != System.in) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return Terminal.isTerminal(target);
        } catch (Exception e) {
            return false;
        }
    }
}
