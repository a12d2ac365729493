package referral.report;

import java.util.ArrayList;
import java.util.List;
import referral.engine.Answer;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.lang.Words;
import referral.rules.Choice;
import referral.rules.Clinician;
import referral.rules.ConditionText;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Tree;

/**
 * An outcome reached, with the tree it came from, the path that led to it, and the words it is told
 * in (the tree given in the same language: {@link Words#tree}).
 */
public record Recommendation(Tree tree, Outcome outcome, List<TraceEntry> trace, Words words) {

    public static Recommendation of(Tree tree, Step.Reached reached) {
        return of(tree, reached, Words.ENGLISH);
    }

    public static Recommendation of(Tree tree, Step.Reached reached, Words words) {
        return new Recommendation(tree, reached.outcome(), reached.trace(), words);
    }

    /** The citations of the outcome's sources, in the order given. */
    public List<Source> sources() {
        return sources(tree, outcome);
    }

    /**
     * The citations of an outcome's sources, in the order given. A source the tree does not declare
     * (an error of {@code check}, so only in a tree loaded without it) is left out: a person is never
     * shown a bare id in place of a citation.
     */
    public static List<Source> sources(Tree tree, Outcome outcome) {
        List<Source> result = new ArrayList<>();
        for (String id : outcome.sources()) {
            Source s = tree.sources().get(id);
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    /** The "Who" line: the outcome's own {@code who}, or "An orthopedist (sports medicine)" made from see and specialty. */
    public static String who(Tree tree, Outcome o) {
        if (o.who() != null && !o.who().isBlank()) {
            return o.who().value();
        }
        return Outcome.whoFromSee(tree, o);
    }

    /** The tree's plain explanation of the clinician an outcome sends to ("who is this"), or null. */
    public static Text whoIsThis(Tree tree, Outcome o) {
        Clinician c = tree.clinicians().get(o.see());
        return c == null || c.explanation().isBlank() ? null : c.explanation();
    }

    /** The answer as the person saw it: the choice texts, or the number with its unit. */
    public static String answerText(Question q, Answer answer) {
        return answerText(q, answer, Words.ENGLISH);
    }

    /** As {@link #answerText(Question, Answer)}, a unit in the form these words give it for the number. */
    public static String answerText(Question q, Answer answer, Words words) {
        if (answer instanceof Answer.Chosen c) {
            List<String> texts = new ArrayList<>();
            for (String id : c.choices()) {
                texts.add(q.choice(id).map(Choice::text).map(Object::toString).orElse(id));
            }
            return String.join("; ", texts);
        }
        return words.withUnit(answer.display(), q.unit());
    }

    /** Why this step mattered, in words: the matched condition, or that it was the default way on. */
    public static String reason(TraceEntry e) {
        return e.branch().when() == null ? "otherwise" : ConditionText.describe(e.branch().when());
    }
}
