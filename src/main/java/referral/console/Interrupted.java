package referral.console;

/** The person stopped the session: Ctrl-C at any prompt, or end of input in the plain mode. */
public final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean endOfInput;

    Interrupted(boolean endOfInput) {
        super(endOfInput ? "end of input" : "interrupted", null, false, false);
        this.endOfInput = endOfInput;
    }

    /** Stopped by the end of the input (Ctrl-D, or a pipe that ran dry) rather than by Ctrl-C. */
    public boolean endOfInput() {
        return endOfInput;
    }
}
