package referral.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import referral.rules.Choice;
import referral.rules.Outcome;
import referral.rules.Question;

/**
 * Where the answers lead: a question still to ask, an answer that names a choice not offered
 * where it is asked, or an outcome. Each carries the trace of how it was reached and the
 * answers the path never asked for.
 */
public sealed interface Step {

    List<TraceEntry> trace();

    /** Answers given to questions this path does not ask; callers warn about them. */
    Set<String> unused();

    /**
     * A question to ask, and the choices offered there (those whose {@code when} holds on the
     * answers so far, in the tree's order; all of them for most questions, none for a number).
     */
    record Ask(Question question, List<Choice> offered, List<TraceEntry> trace, Set<String> unused) implements Step {
        public Ask {
            offered = List.copyOf(offered);
        }

        /** The question as it is put to the person: only the offered choices. */
        public Question shown() {
            return question.offering(offered);
        }

        /** The question's choices not offered here, in the tree's order. */
        public List<Choice> hidden() {
            if (offered.size() == question.choices().size()) {
                return List.of();
            }
            List<Choice> hidden = new ArrayList<>(question.choices());
            hidden.removeAll(offered);
            return hidden;
        }
    }

    /**
     * The answer to {@code ask.question()} names choices that are not offered there ({@code hidden}):
     * the walk stops at that question, as if it were not answered. Replaying answers makes it an
     * error; a session asks the question again.
     */
    record NotOffered(Ask ask, Answer answer, List<Choice> hidden) implements Step {
        public NotOffered {
            hidden = List.copyOf(hidden);
        }

        @Override
        public List<TraceEntry> trace() {
            return ask.trace();
        }

        @Override
        public Set<String> unused() {
            return ask.unused();
        }
    }

    record Reached(Outcome outcome, List<TraceEntry> trace, Set<String> unused) implements Step {}
}
