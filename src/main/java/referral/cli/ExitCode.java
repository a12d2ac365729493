package referral.cli;

/** The exit codes, documented in the README and in {@code --help}. */
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

    public static final String HELP = """
            Exit codes:
              0    a recommendation (or a clean check)
              1    check or test found problems
              2    usage error
              3    rules file invalid
              4    answers invalid or incomplete
              5    file not found, unreadable or unwritable; standard output cannot be written
              130  interrupted (Ctrl-C)
              143  stopped by SIGTERM""";
}
