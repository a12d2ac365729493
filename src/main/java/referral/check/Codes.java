package referral.check;

import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic code {@code referral check} can print. Codes are stable: tools and people
 * refer to them, so a code is never renamed or reused for another problem.
 */
public final class Codes {

    /** A code, the severity it is reported with, and what it means in one line. */
    public record Code(String code, String severity, String meaning) {}

    public static final List<Code> ALL = List.of(
            // reading the file
            new Code("yaml-syntax", "error", "the file is not valid YAML"),
            new Code("too-large", "error", "the file is larger than a rules file may be"),
            new Code("empty-file", "error", "the file holds no tree"),
            new Code("duplicate-key", "error", "a key is written twice in one mapping"),
            new Code("unknown-key", "error", "a key the format does not know (with a 'did you mean')"),
            new Code("missing-key", "error", "a required key is missing"),
            new Code("wrong-type", "error", "a value of the wrong kind, e.g. a list where text is expected"),
            new Code("bad-value", "error", "a value outside what is allowed, e.g. an unknown urgency"),
            new Code("bad-id", "error", "an id that is not lower-case words joined by '-', or is reserved"),
            new Code("duplicate-id", "error", "the same id is a question and an outcome"),
            new Code("bad-condition", "error", "a 'when' that is not a condition"),
            // structure
            new Code("unknown-start", "error", "'start' names no question"),
            new Code("start-is-outcome", "warning", "'start' is an outcome, so nothing is asked"),
            new Code("empty-next", "error", "a question has no 'next'"),
            new Code("unknown-goto", "error", "a goto names no question or outcome"),
            new Code("cycle", "error", "a goto leads back to a question already on the path"),
            new Code("fall-through", "error", "a 'next' list does not end with an entry without 'when'"),
            new Code("unreachable-branch", "error", "a 'next' entry after an entry without 'when'"),
            new Code("unknown-question", "error", "a condition tests a question that does not exist"),
            new Code("unknown-choice", "error", "a condition or 'exclusive' names a choice the question lacks"),
            new Code("wrong-test", "error", "a test that does not fit the question's type (warning for 'all' on a one question)"),
            new Code("unknown-source", "error", "an outcome cites a source not under 'sources'"),
            // paths
            new Code("red-flag-unsafe", "error", "a path through a red-flag choice ends at a less urgent outcome"),
            new Code("shadowed", "error", "a 'next' entry is never taken because earlier entries always match first"),
            new Code("never-matches", "error", "a 'next' entry's condition cannot hold on any path that reaches it"),
            new Code("never-asked", "error", "a test on a question that no path reaching it has asked (always false)"),
            new Code("maybe-unasked", "warning", "a test on a question some path skipped sends that path where no answer would"),
            new Code("unreachable", "warning", "a question or outcome no answers lead to"),
            new Code("ignored-question", "warning", "a question whose answer no test looks at"),
            new Code("unused-choice", "warning", "a multi choice no test that can see it names: picking it changes nothing"),
            new Code("red-flag-late", "warning", "a red-flag question can come after an ordinary question"),
            new Code("never-offered", "error", "a choice whose 'when' holds on no path that reaches its question"),
            new Code("choice-never-asked", "error", "a choice's 'when' tests a question no path has asked before it (always false)"),
            new Code("no-choice-offered", "error", "on some path a question offers no choice, or only its exclusive one"),
            new Code("red-flag-hidden", "warning", "a red-flag choice is not offered on some path that asks its question"),
            new Code("proof-too-large", "error", "the tree is too large for the safety proof to finish"),
            new Code("path-too-long", "error", "a path asks more questions than one set of answers may hold (1000)"),
            // texts
            new Code("empty-text", "warning", "a text shown to people is empty"),
            new Code("long-text", "warning", "a text is longer than reads at a glance"),
            new Code("missing-help", "warning", "a question has no 'help' saying why it is asked"),
            new Code("missing-sources", "warning", "an outcome cites no sources"),
            new Code("unused-source", "warning", "a source no outcome cites"),
            new Code("missing-translation", "warning", "a text has no translation in a language the tree has a translation file for"),
            new Code("stale-translation", "warning", "a translation whose English has changed, or whose key the tree no longer has"));

    private Codes() {}

    public static Optional<Code> byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
