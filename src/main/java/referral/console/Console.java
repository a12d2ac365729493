package referral.console;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import referral.engine.Answer;
import referral.files.FileProblem;
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
     * at a terminal, as opposed to a pipe), where to keep the answers (nullable) and the answers
     * to resume from. Whether it is full screen was decided by {@link #prepare}.
     */
    public record Options(boolean color, int width, boolean person, AnswersFile saveTo, Map<String, Answer> resumed) {}

    private final CompletableFuture<Object> terminal;

    private Console(CompletableFuture<Object> terminal) {
        this.terminal = terminal;
    }

    /**
     * Begins opening the terminal (and switching it to raw mode) when the session will be full
     * screen; returns at once. Either {@link #run} or {@link #discard} must follow.
     */
    public static Console prepare(boolean fullScreen, boolean color) {
        if (!fullScreen) {
            return new Console(null);
        }
        CompletableFuture<Object> building = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                building.complete(JLineTerminal.open(color));
            } catch (Throwable e) {
                building.completeExceptionally(e);
            }
        }, "referral-open-terminal");
        t.setDaemon(true);
        t.start();
        return new Console(building);
    }

    /**
     * Runs the session to its result. A terminal that cannot be opened falls back to the plain mode.
     *
     * @throws Interrupted on Ctrl-C, or at the end of input in the plain mode
     * @throws FileProblem when the answers cannot be saved where asked
     */
    public Recommendation run(Tree tree, Options options, InputStream in, PrintStream out, PrintStream err)
            throws Interrupted, FileProblem {
        Session session = new Session(tree, options.resumed());
        if (options.saveTo() != null) {
            // Fail before the first question, not after the person has answered several.
            try {
                options.saveTo().save(session.answers());
            } catch (FileProblem e) {
                discard();
                throw e;
            }
        }
        Object opened = terminal == null ? null : await(err);
        if (opened != null) {
            try (JLineTerminal screen = (JLineTerminal) opened) {
                return new Conversation(session, new ScreenUi(screen, screen, options.color()), options.saveTo()).run();
            }
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PlainUi ui = new PlainUi(reader, out, options.width(), options.person());
        Thread onSignal = options.person() ? interruptedLine(err, options.saveTo()) : null;
        try {
            return new Conversation(session, ui, options.saveTo()).run();
        } finally {
            if (onSignal != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running
                }
            }
        }
    }

    /** The one line a plain-mode session leaves when Ctrl-C (a signal in line mode) stops the JVM. */
    private static Thread interruptedLine(PrintStream err, AnswersFile saveTo) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println("referral: " + interruptedMessage(false, saveTo));
            err.flush();
        }, "referral-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Closes a terminal that was opened for a session that will not run (the rules failed to load). */
    public void discard() {
        if (terminal != null) {
            // Waits for the terminal, so that it is restored before the error is printed and the JVM exits.
            try {
                ((JLineTerminal) terminal.get()).close();
            } catch (ExecutionException e) {
                // it never opened: nothing to restore
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
