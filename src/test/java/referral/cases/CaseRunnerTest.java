package referral.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import referral.rules.Tree;
import referral.testing.Trees;

class CaseRunnerTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    private CaseResult run(String yaml) throws Exception {
        List<Case> cases = new CaseReader(tree).read(CaseReaderTest.file("c.yaml", yaml));
        return new CaseRunner(tree).run(cases.get(0));
    }

    @Test
    void aCaseThatReachesWhatItExpectsPasses() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: joint-pain
                    description: Joint pain at rest.
                    answers: {signs: none, age: 60, rest: yes, where: joints}
                    expect: {outcome: rheum, see: rheumatologist, urgency: routine}
                """);
        assertTrue(r.passed(), r.mismatches().toString());
    }

    @Test
    void everyMismatchIsExplained() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: back-pain
                    description: Back pain at rest, expected at the rheumatologist.
                    answers: {signs: none, age: 60, rest: yes, where: back}
                    expect: {see: rheumatologist, urgency: soon, specialty: spine}
                """);
        assertFalse(r.passed());
        assertEquals(List.of(
                "expected see 'rheumatologist', got 'primary-care' (reached outcome 'gp')",
                "expected specialty 'spine', got none (reached outcome 'gp')",
                "expected urgency 'soon', got 'routine' (reached outcome 'gp')"), r.mismatches());
    }

    @Test
    void aWrongOutcomeIsNamedOnce() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: back-pain
                    description: Back pain at rest.
                    answers: {signs: none, age: 60, rest: yes, where: back}
                    expect: {outcome: rheum, urgency: routine}
                """);
        assertEquals(List.of("expected outcome 'rheum', reached 'gp'"), r.mismatches());
    }

    @Test
    void answersThatStopShortFailAndNameTheQuestion() throws Exception {
        CaseResult r = run("""
                cases:
                  - name: unfinished
                    description: The story never says whether it hurts at rest.
                    answers: {signs: none, age: 60}
                    expect: {urgency: routine}
                """);
        assertEquals(List.of("the answers stop at question 'rest' (Does it hurt at rest?), which the case does not answer"),
                r.mismatches());
    }
}
