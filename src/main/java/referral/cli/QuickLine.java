package referral.cli;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import referral.engine.Answer;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;
import referral.yaml.YamlLimits;

/**
 * Reads a batch line of the usual shape straight from its UTF-8 bytes:
 * {@code {"id": 12, "answers": {"age": 40, "main-problem": ["cramps"], ...}}} with ids as the tree
 * writes them, whole numbers in range, known choices, nothing escaped. That is all but a few lines
 * of a real batch, and reading them this way makes no String, node or position a line.
 *
 * <p>It only ever says yes or "not mine": anything else (an escape, other text than ASCII, an
 * unknown or differently written id, an answer with a sign, a fraction or out of range, a duplicate,
 * an empty or too long list, true/false, an unknown key...) is left to the general reader
 * ({@link BatchScorer#score}), which gives the exact result or error message. So the answers read
 * here are always what the general reader would have read from the same line. One a thread: it
 * keeps the answers of the last line read.
 */
final class QuickLine {

    /** What a line may name, from one tree: immutable, shared by every thread. */
    static final class Vocabulary {
        private final AsciiTable<Asked> questions;
        private final YamlLimits limits;

        Vocabulary(Tree tree, YamlLimits limits) {
            Map<String, Asked> byId = new HashMap<>();
            for (Question q : tree.questions().values()) {
                if (q.id().toLowerCase(Locale.ROOT).equals(q.id())) { // the general reader lower-cases ids
                    Map<String, Answer.Chosen> choices = new HashMap<>();
                    for (Choice c : q.choices()) {
                        if (c.id().strip().toLowerCase(Locale.ROOT).equals(c.id())) {
                            choices.put(c.id(), Answer.Chosen.of(c.id())); // immutable: one for every line
                        }
                    }
                    byId.put(q.id(), new Asked(q, new AsciiTable<>(choices)));
                }
            }
            this.questions = new AsciiTable<>(byId);
            this.limits = limits;
        }
    }

    /** A question, and its choices' answers made once. */
    private record Asked(Question question, AsciiTable<Answer.Chosen> choices) {}

    private final Vocabulary vocabulary;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Set<String> picked = new LinkedHashSet<>();
    private byte[] b;
    private int i;
    private int end;
    private int values;
    private int idFrom;
    private int idTo;

    QuickLine(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The answers of the line last read (valid until the next read). */
    Map<String, Answer> answers() {
        return answers;
    }

    /** Where the line's id is, as JSON to echo; -1 when it has none. */
    int idFrom() {
        return idFrom;
    }

    int idTo() {
        return idTo;
    }

    /** Reads the line in {@code bytes[from, to)}; false when it is not of the usual shape. */
    boolean read(byte[] bytes, int from, int to) {
        b = bytes;
        i = from;
        end = to;
        values = 0;
        idFrom = -1;
        answers.clear();
        boolean hasAnswers = false;
        if (!skipTo('{')) {
            return false;
        }
        values++;
        do {
            int key = string();
            int keyEnd = i - 1;
            if (key < 0 || !skipTo(':')) {
                return false;
            }
            if (is(key, keyEnd, "id") && idFrom < 0) {
                if (!id()) {
                    return false;
                }
            } else if (is(key, keyEnd, "answers") && !hasAnswers) {
                if (!answerObject()) {
                    return false;
                }
                hasAnswers = true;
            } else {
                return false;
            }
        } while (skipTo(','));
        if (!skipTo('}')) {
            return false;
        }
        skipSpace();
        return hasAnswers && i == end && values <= vocabulary.limits.maxNodes();
    }

    private boolean id() {
        skipSpace();
        values++;
        int start = i;
        if (i < end && b[i] == '"') {
            if (string() < 0) {
                return false;
            }
        } else if (wholeNumber(true) < 0) {
            return false;
        }
        idFrom = start;
        idTo = i;
        return true;
    }

    private boolean answerObject() {
        if (!skipTo('{')) {
            return false;
        }
        values++;
        skipSpace();
        if (i < end && b[i] == '}') {
            i++;
            return true;
        }
        do {
            int key = string();
            if (key < 0) {
                return false;
            }
            Asked asked = vocabulary.questions.get(b, key, i - 1);
            if (asked == null || !skipTo(':') || answers.size() >= referral.answers.AnswersReader.MAX_ANSWERS) {
                return false;
            }
            Answer answer = asked.question().type() == QuestionType.NUMBER ? number(asked.question()) : choices(asked);
            if (answer == null || answers.putIfAbsent(asked.question().id(), answer) != null) {
                return false;
            }
        } while (skipTo(','));
        return skipTo('}');
    }

    private Answer number(Question q) {
        skipSpace();
        values++;
        long n = wholeNumber(false);
        if (n < 0 || (q.min() != null && n < q.min()) || (q.max() != null && n > q.max())) {
            return null;
        }
        return new Answer.Number(n);
    }

    /** One choice as text, or a list of choices (one only unless the question takes several). */
    private Answer choices(Asked asked) {
        skipSpace();
        values++;
        if (i < end && b[i] == '"') {
            return choice(asked);
        }
        if (!skipTo('[')) {
            return null;
        }
        skipSpace();
        values++;
        Answer.Chosen first = choice(asked);
        if (first == null || skipTo(']')) {
            return first;
        }
        Question q = asked.question();
        if (q.type() != QuestionType.MULTI) {
            return null;
        }
        picked.clear();
        picked.add(idOf(first));
        while (skipTo(',')) {
            skipSpace();
            values++;
            Answer.Chosen next = choice(asked);
            if (next == null || !picked.add(idOf(next))) {
                return null;
            }
        }
        if (!skipTo(']')) {
            return null;
        }
        for (String x : q.exclusive()) {
            if (picked.contains(x)) {
                return null;
            }
        }
        return new Answer.Chosen(picked);
    }

    private static String idOf(Answer.Chosen one) {
        return one.choices().iterator().next();
    }

    private Answer.Chosen choice(Asked asked) {
        int from = i + 1;
        return string() < 0 ? null : asked.choices().get(b, from, i - 1);
    }

    /**
     * Text in double quotes at {@code i} with nothing escaped and only printable ASCII in it: moves
     * past it and gives where its content starts, or -1.
     */
    private int string() {
        skipSpace();
        if (i >= end || b[i] != '"') {
            return -1;
        }
        int start = ++i;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                i++;
                return i - 1 - start <= vocabulary.limits.maxStringLength() ? start : -1;
            }
            if (c < 0x20 || c == '\\') { // bytes of other characters than ASCII are negative
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** Digits at {@code i} (a minus sign first when allowed), no leading zero: their value, or -1. */
    private long wholeNumber(boolean signed) {
        boolean minus = signed && i < end && b[i] == '-';
        if (minus) {
            i++;
        }
        int start = i;
        long n = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9' && i - start < 15) {
            n = n * 10 + (b[i] - '0');
            i++;
        }
        if (i == start || (b[start] == '0' && i - start > 1)
                || (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E' || (b[i] >= '0' && b[i] <= '9')))) {
            return -1;
        }
        return minus ? 0 : n;
    }

    private boolean is(int from, int to, String word) {
        int length = to - from;
        if (length != word.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (b[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Skips white space, then {@code c} if it is there. */
    private boolean skipTo(char c) {
        skipSpace();
        if (i < end && b[i] == c) {
            i++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
    }
}
