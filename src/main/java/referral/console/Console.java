package referral.console;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import referral.lang.Words;
import referral.engine.Answer;
import referral.diagnostics.BadInput;
import referral.report.Recommendation;
import referral.rules.Tree;

/**
 * Starts an interactive session: full screen through JLine on a real terminal, otherwise the
 * plain line mode. The terminal is set up on another thread while the caller loads the tree,
 * because both take a noticeable part of the time before the first question appears.
 */
public final class Console {

    /**
     * How to run: {@code color}, {@code width} for the plain mode, {@code person} (a person types
     * at a terminal, as opposed to a pipe), where to keep the answers (nullable), the answers to
     * resume from, and whether the result screen offers to save it (never in a rehearsal, which
     * must write nothing). Whether it is full screen was decided by {@link #prepare} or {@link #decide}.
     */
    public record Options(boolean color, int width, boolean person, AnswersFile saveTo, Map<String, Answer> resumed,
            boolean offerToSave, Words words) {

        public Options(boolean color, int width, boolean person, AnswersFile saveTo, Map<String, Answer> resumed,
                boolean offerToSave) {
            this(color, width, person, saveTo, resumed, offerToSave, Words.ENGLISH);
        }
    }

    /** Whether the session is full screen, and in colour: known only once the command line is read. */
    private record Start(boolean fullScreen, boolean color) {}

    /** How the terminal is opened: the real one, or one made up for the class-data training run. */
    public interface Opener {
        JLineTerminal open() throws java.io.IOException;
    }

    /** Completed by {@link #decide}; null for a console that is plain from the start. */
    private final CompletableFuture<Start> start;
    /**
     * The started {@link JLineTerminal}, or null once it is known the session is not full screen.
     * Typed {@code Object} so that a plain session never loads JLine's classes.
     */
    private final CompletableFuture<Object> terminal;

    private Console(CompletableFuture<Start> start, CompletableFuture<Object> terminal) {
        this.start = start;
        this.terminal = terminal;
    }

    /** A session in the plain line mode. */
    public static Console plain() {
        return new Console(null, null);
    }

    /**
     * Begins opening the terminal on another thread, because that takes longer than everything else
     * before the first question (reading the command line, loading the tree), and returns at once.
     * None of the terminal's modes change until {@link #decide} says the session is full screen.
     * Either {@link #run} or {@link #discard} must follow.
     */
    public static Console begin() {
        return begin(JLineTerminal::open);
    }

    public static Console begin(Opener opener) {
        CompletableFuture<Start> start = new CompletableFuture<>();
        CompletableFuture<Object> terminal = new CompletableFuture<>();
        Thread t = new Thread(() -> openThenStart(opener, start, terminal), "referral-open-terminal");
        t.setDaemon(true);
        t.start();
        return new Console(start, terminal);
    }

    /** {@link #begin} and {@link #decide} at once, or a plain console. */
    public static Console prepare(boolean fullScreen, boolean color) {
        return fullScreen ? begin().decide(true, color) : plain();
    }

    /** Full screen (the terminal goes to raw mode now, on its thread) or not (it is closed, unchanged). */
    public Console decide(boolean fullScreen, boolean color) {
        if (start != null) {
            start.complete(new Start(fullScreen, color));
        }
        return this;
    }

    private static void openThenStart(Opener opener, CompletableFuture<Start> start, CompletableFuture<Object> terminal) {
        JLineTerminal opened = null;
        try {
            opened = opener.open();
            Start how = start.get();
            if (how.fullScreen()) {
                opened.start(how.color());
                terminal.complete(opened);
            } else {
                opened.close();
                terminal.complete(null);
            }
        } catch (Throwable e) {
            if (opened != null) {
                opened.close();
            }
            terminal.completeExceptionally(e);
        }
    }

    /**
     * Runs the session to its result. A terminal that cannot be opened falls back to the plain mode.
     *
     * @throws Interrupted on Ctrl-C, or at the end of input in the plain mode
     * @throws BadInput when the answers cannot be saved where asked
     */
    public Recommendation run(Tree tree, Options options, InputStream in, PrintStream out, PrintStream err)
            throws Interrupted, BadInput {
        Session session = new Session(tree, options.resumed());
        if (options.saveTo() != null) {
            // Fail before the first question, not after the person has answered several.
            try {
                options.saveTo().save(session.answers());
            } catch (BadInput e) {
                discard();
                throw e;
            }
        }
        decide(true, options.color()); // unless decided otherwise already
        Object opened = terminal == null ? null : await(err);
        if (opened != null) {
            try (JLineTerminal screen = (JLineTerminal) opened) {
                return new Conversation(session, new ScreenUi(screen, screen, options.color(), options.words()),
                        options.saveTo(), options.offerToSave(), options.words()).run();
            }
        }
        PlainUi ui = new PlainUi(in, out, options.width(), options.person(), options.words());
        return new Conversation(session, ui, options.saveTo(), options.offerToSave(), options.words()).run();
    }

    /** Closes a terminal that was opened for a session that will not run (the rules failed to load, or --help). */
    public void discard() {
        if (terminal == null) {
            return;
        }
        decide(false, false);
        // Waits for the terminal, so that it is restored before the error is printed and the JVM exits.
        try {
            Object opened = terminal.get();
            if (opened != null) {
                ((JLineTerminal) opened).close();
            }
        } catch (ExecutionException e) {
            // it never opened: nothing to restore
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "interrupted; answers saved to FILE", "interrupted (end of input)", ... */
    public static String interruptedMessage(boolean endOfInput, AnswersFile saveTo) {
        return "interrupted" + (endOfInput ? " (end of input)" : "")
                + (saveTo == null ? "" : "; answers saved to " + saveTo.path());
    }

    private Object await(PrintStream err) {
        try {
            return terminal.get();
        } catch (ExecutionException e) {
            // JLine's reasons name its classes; the person only needs to know what happens instead.
            err.println("referral: warning: cannot use this terminal full screen; using the plain mode");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
