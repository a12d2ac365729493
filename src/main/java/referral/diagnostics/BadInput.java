package referral.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that cannot be used: a rules file, answers, a case file, or a file that cannot be read or
 * written at all. It carries every problem found, as diagnostics, and which input it was, from
 * which the command line takes the exit code; {@link #lines()} is how they are printed, the one
 * printer of such problems, whether on standard error or in a batch's error objects.
 */
public final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    /** Problems printed, one a line; the first ones are what to fix first, and a file may have thousands. */
    public static final int MAX_SHOWN = 20;

    private final Input input;
    private final transient List<Diagnostic> problems;
    private final String closing;

    /**
     * @param closing a line printed after the problems (a count, what to run next), or null for the
     *        default: a count of the problems not shown, when there are more than {@value #MAX_SHOWN}
     */
    public BadInput(Input input, List<Diagnostic> problems, String closing) {
        // No stack trace: this is the user's input, reported as lines, never a trace; and a batch
        // may make thousands of these. The message is made only when asked for.
        super(null, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("bad input needs at least one problem");
        }
        this.input = input;
        this.problems = List.copyOf(problems);
        this.closing = closing;
    }

    public BadInput(Input input, List<Diagnostic> problems) {
        this(input, problems, null);
    }

    public BadInput(Input input, Diagnostic problem) {
        this(input, List.of(problem), null);
    }

    /** A file that cannot be read or written at all: {@code name: message}. */
    public static BadInput file(Code code, String name, String message) {
        return new BadInput(Input.FILES, Diagnostic.of(code, Position.ofFile(name), message));
    }

    public Input input() {
        return input;
    }

    /** Every problem found, none left out. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * The lines people read, without the {@code referral: } the command line puts before each: a
     * rules file's problems as {@code check} prints them ({@code file:line:col: error: message [code]}),
     * any other input's as {@code file:line:col: message}; the first {@value #MAX_SHOWN}, then the
     * closing line.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : problems.subList(0, Math.min(problems.size(), MAX_SHOWN))) {
            lines.add(input == Input.RULES ? d.format() : d.line());
        }
        if (closing != null) {
            lines.add(closing);
        } else if (problems.size() > MAX_SHOWN) {
            lines.add("and " + (problems.size() - MAX_SHOWN) + " more problems like these (the first " + MAX_SHOWN
                    + " above)");
        }
        return lines;
    }

    /** The codes of the problems {@link #lines()} shows, in the same order. */
    public List<String> codes() {
        return problems.subList(0, Math.min(problems.size(), MAX_SHOWN)).stream().map(d -> d.code().id()).toList();
    }

    @Override
    public String getMessage() {
        return String.join("\n", lines());
    }
}
