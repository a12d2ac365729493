package referral.engine;

import referral.rules.Branch;
import referral.rules.Question;

/** One step of a path: the question, its answer, and the {@code next} entry that matched. */
public record TraceEntry(Question question, Answer answer, Branch branch) {}
