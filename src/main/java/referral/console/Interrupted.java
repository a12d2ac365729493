package referral.console;

/** The person stopped the session: Ctrl-C at any prompt, or end of input in the plain mode. */
public final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean endOfInput;
    private final String unreadable;

    Interrupted(boolean endOfInput) {
        this(endOfInput, null);
    }

    private Interrupted(boolean endOfInput, String unreadable) {
        super(endOfInput ? "end of input" : "interrupted", null, false, false);
        this.endOfInput = endOfInput;
        this.unreadable = unreadable;
    }

    /** The input could not be read at all (closed when the process started): why, in plain words. */
    static Interrupted unreadable(String why) {
        return new Interrupted(true, why);
    }

    /** Why the input could not be read, or null when it simply ended or the person stopped. */
    public String unreadable() {
        return unreadable;
    }

    /** Stopped by the end of the input (Ctrl-D, or a pipe that ran dry) rather than by Ctrl-C. */
    public boolean endOfInput() {
        return endOfInput;
    }
}
