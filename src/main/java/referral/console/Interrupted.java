package referral.console;

/** The person stopped the session: Ctrl-C at any prompt, or end of input in the plain mode. */
public final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;

    public Interrupted(String how) {
        super(how, null, false, false);
    }
}
