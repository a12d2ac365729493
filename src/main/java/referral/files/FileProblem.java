package referral.files;

/** A file that could not be read or written at all (missing, a directory, no permission, disk full). */
public final class FileProblem extends Exception {
    public FileProblem(String message) {
        super(message);
    }
}
