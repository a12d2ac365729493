package referral.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic code, with the severity it is reported with, what it means in one line, and the
 * input it is catalogued under: {@code referral check --codes} and the README's rules table list the
 * {@link Input#RULES} codes (also given for any YAML or JSON file: {@code yaml-syntax},
 * {@code too-large}, {@code duplicate-key}...), the README's second table the others. Codes are
 * stable: tools and people refer to them, so a code is never renamed or reused for another problem.
 */
public enum Code {
    // reading the file
    YAML_SYNTAX("yaml-syntax", Severity.ERROR,
            "the file is not valid YAML"),
    TOO_LARGE("too-large", Severity.ERROR,
            "the file is past a limit: its size, depth or number of values"),
    EMPTY_FILE("empty-file", Severity.ERROR,
            "the file holds no tree"),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR,
            "a key is written twice in one mapping"),
    UNKNOWN_KEY("unknown-key", Severity.ERROR,
            "a key the format does not know (with a 'did you mean')"),
    MISSING_KEY("missing-key", Severity.ERROR,
            "a required key is missing"),
    WRONG_TYPE("wrong-type", Severity.ERROR,
            "a value of the wrong kind, e.g. a list where text is expected"),
    BAD_VALUE("bad-value", Severity.ERROR,
            "a value outside what is allowed, e.g. an unknown urgency"),
    BAD_ID("bad-id", Severity.ERROR,
            "an id that is not lower-case words joined by '-', or is reserved"),
    DUPLICATE_ID("duplicate-id", Severity.ERROR,
            "the same id is a question and an outcome"),
    BAD_CONDITION("bad-condition", Severity.ERROR,
            "a 'when' that is not a condition"),
    // structure
    UNKNOWN_START("unknown-start", Severity.ERROR,
            "'start' names no question"),
    START_IS_OUTCOME("start-is-outcome", Severity.WARNING,
            "'start' is an outcome, so nothing is asked"),
    EMPTY_NEXT("empty-next", Severity.ERROR,
            "a question has no 'next'"),
    UNKNOWN_GOTO("unknown-goto", Severity.ERROR,
            "a goto names no question or outcome"),
    CYCLE("cycle", Severity.ERROR,
            "a goto leads back to a question already on the path"),
    FALL_THROUGH("fall-through", Severity.ERROR,
            "a 'next' list does not end with an entry without 'when'"),
    UNREACHABLE_BRANCH("unreachable-branch", Severity.ERROR,
            "a 'next' entry after an entry without 'when'"),
    UNKNOWN_QUESTION("unknown-question", Severity.ERROR,
            "a condition tests a question that does not exist"),
    UNKNOWN_CHOICE("unknown-choice", Severity.ERROR,
            "a condition or 'exclusive' names a choice the question lacks"),
    WRONG_TEST("wrong-test", Severity.ERROR,
            "a test that does not fit the question's type (warning for 'all' on a one question)"),
    UNKNOWN_SOURCE("unknown-source", Severity.ERROR,
            "an outcome cites a source not under 'sources'"),
    // paths
    RED_FLAG_UNSAFE("red-flag-unsafe", Severity.ERROR,
            "a path through a red-flag choice ends at a less urgent outcome"),
    SHADOWED("shadowed", Severity.ERROR,
            "a 'next' entry is never taken because earlier entries always match first"),
    NEVER_MATCHES("never-matches", Severity.ERROR,
            "a 'next' entry's condition cannot hold on any path that reaches it"),
    NEVER_ASKED("never-asked", Severity.ERROR,
            "a test on a question that no path reaching it has asked (always false)"),
    MAYBE_UNASKED("maybe-unasked", Severity.WARNING,
            "a test on a question some path skipped sends that path where no answer would"),
    UNREACHABLE("unreachable", Severity.WARNING,
            "a question or outcome no answers lead to"),
    IGNORED_QUESTION("ignored-question", Severity.WARNING,
            "a question whose answer no test looks at"),
    UNUSED_CHOICE("unused-choice", Severity.WARNING,
            "a multi choice no test that can see it names: picking it changes nothing"),
    RED_FLAG_LATE("red-flag-late", Severity.WARNING,
            "a red-flag question can come after an ordinary question"),
    NEVER_OFFERED("never-offered", Severity.ERROR,
            "a choice whose 'when' holds on no path that reaches its question"),
    CHOICE_NEVER_ASKED("choice-never-asked", Severity.ERROR,
            "a choice's 'when' tests a question no path has asked before it (always false)"),
    NO_CHOICE_OFFERED("no-choice-offered", Severity.ERROR,
            "on some path a question offers no choice, or only its exclusive one"),
    RED_FLAG_HIDDEN("red-flag-hidden", Severity.WARNING,
            "a red-flag choice is not offered on some path that asks its question"),
    PROOF_TOO_LARGE("proof-too-large", Severity.ERROR,
            "the tree is too large for the safety proof to finish"),
    PATH_TOO_LONG("path-too-long", Severity.ERROR,
            "a path asks more questions than one set of answers may hold (1000)"),
    // texts
    EMPTY_TEXT("empty-text", Severity.WARNING,
            "a text shown to people is empty"),
    LONG_TEXT("long-text", Severity.WARNING,
            "a text is longer than reads at a glance"),
    MISSING_HELP("missing-help", Severity.WARNING,
            "a question has no 'help' saying why it is asked"),
    MISSING_SOURCES("missing-sources", Severity.WARNING,
            "an outcome cites no sources"),
    UNUSED_SOURCE("unused-source", Severity.WARNING,
            "a source no outcome cites"),
    MISSING_TRANSLATION("missing-translation", Severity.WARNING,
            "a text has no translation in a language the tree has a translation file for"),
    STALE_TRANSLATION("stale-translation", Severity.WARNING,
            "a translation whose English has changed, or whose key the tree no longer has"),

    // answers: an answers file, standard input, a batch line, a case's answers
    NOT_ANSWERS("not-answers", Input.ANSWERS,
            "the answers are not a mapping of question id to answer"),
    TOO_MANY_ANSWERS("too-many-answers", Input.ANSWERS,
            "more answers than one set may hold (1000)"),
    NO_SUCH_QUESTION("no-such-question", Input.ANSWERS,
            "an answer to a question the tree does not have"),
    ANSWERED_TWICE("answered-twice", Input.ANSWERS,
            "a question answered twice"),
    NO_SUCH_CHOICE("no-such-choice", Input.ANSWERS,
            "a choice the question does not have"),
    NOT_A_CHOICE("not-a-choice", Input.ANSWERS,
            "a list, mapping or nothing where a choice id is expected"),
    NO_CHOICE("no-choice", Input.ANSWERS,
            "a question answered with an empty list"),
    ONE_CHOICE_ONLY("one-choice-only", Input.ANSWERS,
            "a list of choices for a question that takes one"),
    TOO_MANY_CHOICES("too-many-choices", Input.ANSWERS,
            "a list longer than the question's choices"),
    CHOICE_TWICE("choice-twice", Input.ANSWERS,
            "a list that names a choice twice"),
    NOT_COMBINABLE("not-combinable", Input.ANSWERS,
            "an exclusive choice (such as 'none') listed with others"),
    NOT_A_NUMBER("not-a-number", Input.ANSWERS,
            "a number question answered with something else, or with no finite number"),
    OUT_OF_RANGE("out-of-range", Input.ANSWERS,
            "a number outside the question's min and max"),
    NOT_OFFERED("not-offered", Input.ANSWERS,
            "a choice its question does not offer on this path (its 'when' does not hold)"),
    INCOMPLETE("incomplete", Input.ANSWERS,
            "the answers stop before an outcome: a question on the path is not answered"),
    NOT_ASKED("not-asked", Input.ANSWERS, Severity.WARNING,
            "an answer to a question this path does not ask (a warning: it is ignored)"),
    BAD_LINE("bad-line", Input.ANSWERS,
            "a batch line that is not {\"id\": ..., \"answers\": {...}}, or is longer than the limit"),

    // case files (the answers in a case have the answers' codes; keys and values the rules' reading codes)
    NOT_CASES("not-cases", Input.CASES,
            "the file is not a case file: empty, a rules file, or no list under 'cases'"),
    NO_CASES("no-cases", Input.CASES,
            "no case to run"),
    WRONG_TREE("wrong-tree", Input.CASES,
            "the cases are written for another tree than the rules given"),
    DUPLICATE_CASE("duplicate-case", Input.CASES,
            "two cases have the same name"),
    EXPECTS_NOTHING("expects-nothing", Input.CASES,
            "a case's 'expect' gives none of outcome, see, specialty, urgency"),

    // files that cannot be read or written at all
    NO_SUCH_FILE("no-such-file", Input.FILES,
            "no such file or directory (or no case files in the directory named)"),
    NOT_A_FILE("not-a-file", Input.FILES,
            "a directory, device, link or unusable name where a file is expected"),
    PERMISSION_DENIED("permission-denied", Input.FILES,
            "the system refuses to let the file be read"),
    CANNOT_READ("cannot-read", Input.FILES,
            "reading failed (an input/output error)"),
    CANNOT_WRITE("cannot-write", Input.FILES,
            "writing failed (a full disk, a missing directory, no permission)");

    private final String id;
    private final Severity severity;
    private final String meaning;
    private final Input input;

    Code(String id, Severity severity, String meaning) {
        this.id = id;
        this.severity = severity;
        this.meaning = meaning;
        this.input = Input.RULES;
    }

    /** A problem with answers, a case file or a file: an error, since the input cannot be used. */
    Code(String id, Input input, String meaning) {
        this(id, input, Severity.ERROR, meaning);
    }

    Code(String id, Input input, Severity severity, String meaning) {
        this.id = id;
        this.severity = severity;
        this.meaning = meaning;
        this.input = input;
    }

    /** The code as printed: {@code red-flag-unsafe}. */
    public String id() {
        return id;
    }

    /** The severity it is reported with (one code, {@link #WRONG_TEST}, is also a warning in one case). */
    public Severity severity() {
        return severity;
    }

    public String meaning() {
        return meaning;
    }

    /** The input this code is catalogued under (see the class comment). */
    public Input input() {
        return input;
    }

    /** The codes catalogued under {@code input}, in the catalogue's order. */
    public static List<Code> of(Input input) {
        List<Code> codes = new ArrayList<>();
        for (Code c : values()) {
            if (c.input == input) {
                codes.add(c);
            }
        }
        return codes;
    }

    public static Optional<Code> byId(String id) {
        for (Code c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
