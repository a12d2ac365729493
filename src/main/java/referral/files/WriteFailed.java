package referral.files;

/**
 * A write to standard output failed (a full disk, a closed pipe, {@code > /dev/full}). Unchecked
 * on purpose: {@link java.io.PrintStream} swallows every {@code IOException} into a flag nobody
 * reads, but lets this through, so the command stops at the first lost byte and the command line
 * turns it into one line and exit 5.
 */
public final class WriteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public WriteFailed(String where, String reason) {
        super(where + ": " + reason, null, false, false);
        this.where = where;
        this.reason = reason;
    }

    /** "standard output". */
    public String where() {
        return where;
    }

    /** What the system said, in the words people know ("the disk is full"). */
    public String reason() {
        return reason;
    }
}
