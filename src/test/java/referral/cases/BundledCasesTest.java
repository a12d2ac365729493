package referral.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import referral.engine.Step;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.rules.Urgency;

/** The cases bundled with the tree pass, and cover every outcome and every branch of it. */
class BundledCasesTest {
    private final Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();

    private List<CaseResult> results() throws CaseFileException {
        return new CaseRunner(tree).runAll(new CaseReader(tree).readAll(CaseFiles.bundled()));
    }

    @Test
    void everyBundledCasePasses() throws Exception {
        List<CaseResult> results = results();
        assertTrue(results.size() >= 60, "cases: " + results.size());
        for (CaseResult r : results) {
            assertTrue(r.passed(), r.kase().name() + ": " + r.mismatches());
            assertTrue(r.step().unused().isEmpty(), r.kase().name() + " answers questions it is not asked: "
                    + r.step().unused());
        }
    }

    @Test
    void theCasesCoverEveryOutcomeAndEveryBranch() throws Exception {
        Coverage c = Coverage.of(tree, results());
        assertEquals(List.of(), c.outcomes().missing());
        assertEquals(List.of(), c.branches().missing());
        assertEquals(100, c.outcomes().percent());
        assertEquals(100, c.branches().percent());
    }

    @Test
    void emergenciesAreFoundWithinThreeQuestionsAndEveryoneElseIsAnsweredInFiveToTwelve() throws Exception {
        for (CaseResult r : results()) {
            Step.Reached reached = (Step.Reached) r.step();
            int asked = reached.trace().size();
            Urgency urgency = reached.outcome().urgency();
            if (urgency == Urgency.EMERGENCY) {
                assertTrue(asked <= 3, r.kase().name() + " asked " + asked + " questions before an emergency");
            } else if (urgency == Urgency.URGENT) {
                assertTrue(asked <= 12, r.kase().name() + " asked " + asked);
            } else {
                assertTrue(asked >= 5 && asked <= 12, r.kase().name() + " asked " + asked);
            }
        }
    }
}
