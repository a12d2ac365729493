package referral.cases;

import java.util.List;
import referral.engine.Step;

/** What running one case gave: the step the answers led to, and how it differs from what the case expects. */
public record CaseResult(Case kase, Step step, List<String> mismatches) {

    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
