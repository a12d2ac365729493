package referral.diagnostics;

/**
 * The kind of input a problem is about. It decides the exit code of input that cannot be used
 * (rules 3, answers and case files 4, files that cannot be read or written 5) and which table
 * lists a {@link Code}.
 */
public enum Input {
    /** A rules file, or its translations. */
    RULES,
    /** An answers file, standard input, a line of a batch. */
    ANSWERS,
    /** A case file of {@code referral test}. */
    CASES,
    /** A file or directory that cannot be read or written at all (missing, no permission, a full disk). */
    FILES
}
