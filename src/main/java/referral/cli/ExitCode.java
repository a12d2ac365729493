package referral.cli;

/**
 * The exit codes, documented in the README and in each command's {@code --help}, which lists only
 * the codes that command can give. The {@code "code:meaning"} texts are picocli's {@code exitCodeList}
 * entries, shared so that one code reads the same in every command's help and in the man page.
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int BAD_RULES = 3;
    public static final int BAD_ANSWERS = 4;
    public static final int FILE_IO = 5;
    public static final int INTERNAL = 70;
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM: 128 and the signal's number, as the shell reports it. */
    public static final int TERMINATED = 143;

    private ExitCode() {}

    /** The heading above a command's exit codes in its help. */
    public static final String HEADING = "%nExit codes:%n";
    /** The heading above a command's examples in its help (picocli's footer). */
    public static final String EXAMPLES = "%nExamples:%n";

    static final String RECOMMENDATION = "0:a recommendation";
    static final String SHOWN = "0:shown";
    static final String USAGE_ERROR = "2:usage error (unknown option, missing argument)";
    static final String RULES_INVALID = "3:rules file invalid";
    static final String ANSWERS_INVALID = "4:answers invalid or incomplete";
    static final String FILE_PROBLEM = "5:file not found, unreadable or unwritable (standard output too)";
    /** For commands that read and write no file of their own. */
    static final String OUTPUT_PROBLEM = "5:standard output cannot be written";
    static final String INTERRUPTED_BY_USER = "130:interrupted (Ctrl-C)";

    /** Every code, for the top-level help: what the tool as a whole may answer. */
    static final String[] ALL = {
        "0:a recommendation (or a clean check or test)",
        "1:check or test found problems",
        USAGE_ERROR,
        RULES_INVALID,
        "4:answers invalid or incomplete (test: a case file invalid)",
        FILE_PROBLEM,
        "70:internal error (a bug: please report it)",
        "130:interrupted (Ctrl-C; ask: also the end of its input)",
        "143:stopped by SIGTERM",
    };
}
