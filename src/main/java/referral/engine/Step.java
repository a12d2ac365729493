package referral.engine;

import java.util.List;
import java.util.Set;
import referral.rules.Outcome;
import referral.rules.Question;

/**
 * Where the answers lead: a question still to ask, or an outcome. Both carry the trace
 * of how they were reached and the answers the path never asked for.
 */
public sealed interface Step {

    List<TraceEntry> trace();

    /** Answers given to questions this path does not ask; callers warn about them. */
    Set<String> unused();

    record Ask(Question question, List<TraceEntry> trace, Set<String> unused) implements Step {}

    record Reached(Outcome outcome, List<TraceEntry> trace, Set<String> unused) implements Step {}
}
