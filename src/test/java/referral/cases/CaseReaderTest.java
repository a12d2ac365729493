package referral.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import referral.diagnostics.BadInput;
import referral.engine.Answer;
import referral.files.InputFiles;
import referral.rules.See;
import referral.rules.Tree;
import referral.rules.Urgency;
import referral.testing.Trees;

class CaseReaderTest {
    private final Tree tree = Trees.valid(Trees.SMALL);
    private final CaseReader reader = new CaseReader(tree);

    static InputFiles.Content file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputFiles.Content(name, bytes, false, bytes.length);
    }

    private List<String> problems(String text) {
        return assertThrows(BadInput.class, () -> reader.read(file("c.yaml", text))).lines();
    }

    @Test
    void readsStoryAnswersAndExpectation() throws Exception {
        List<Case> cases = reader.read(file("c.yaml", """
                tree: small
                cases:
                  - name: chest-pain
                    description: A man with chest pain while shovelling snow.
                    answers: {signs: [chest]}
                    expect: {outcome: emergency, see: emergency, urgency: emergency}
                  - name: sore-after-run
                    description: Sore legs the day after a run.
                    answers: {signs: none, age: 30, rest: No}
                    expect: {urgency: self-care}
                """));
        assertEquals(2, cases.size());
        Case chest = cases.get(0);
        assertEquals("chest-pain", chest.name());
        assertEquals(Answer.Chosen.of("chest"), chest.answers().get("signs"));
        assertEquals(new Expectation("emergency", See.EMERGENCY, null, Urgency.EMERGENCY), chest.expect());
        assertEquals("c.yaml:3:5", chest.position().toString());
        assertEquals(Answer.Chosen.of("no"), cases.get(1).answers().get("rest"), "ids match without regard to case");
    }

    @Test
    void everyProblemOfAFileIsReportedWithItsPosition() {
        List<String> problems = problems("""
                cases:
                  - name: one
                    descripton: typo
                    answers: {signs: [chst]}
                    expect: {outcome: gpp, urgency: later}
                """);
        assertEquals(List.of(
                "c.yaml:3:5: unknown key 'descripton' in a case (did you mean 'description'?)",
                "c.yaml:2:5: case 'one' needs 'description'",
                "c.yaml:4:23: unknown choice 'chst' for 'signs' (did you mean 'chest'?); expected one of: chest, numb, none",
                "c.yaml:5:23: outcome 'gpp' is not in tree 'small' (did you mean 'gp'?)",
                "c.yaml:5:37: unknown urgency 'later'; expected one of: self-care, routine, soon, urgent, emergency"),
                problems);
    }

    @Test
    void aCaseMustExpectSomething() {
        List<String> problems = problems("""
                cases:
                  - name: vague
                    description: Nothing expected.
                    answers: {signs: none}
                    expect: {}
                """);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("expects nothing"), problems.get(0));
    }

    @Test
    void casesWrittenForAnotherTreeAreRefused() {
        List<String> problems = problems("tree: knee-pain\ncases: []\n");
        assertEquals(List.of("c.yaml:1:7: these cases are for tree 'knee-pain', but the rules are tree 'small'"), problems);
    }

    @Test
    void shapeMistakesSayWhatWasExpected() {
        assertEquals(List.of("c.yaml: the file is empty; expected 'cases:' with a list of cases"), problems(""));
        assertEquals(List.of("c.yaml:1:1: a case file must be a mapping with 'cases:', not a list"), problems("- a\n"));
        assertTrue(problems("cases: {name: x}\n").get(0).startsWith("c.yaml:1:8: 'cases' must be a list of cases"));
        assertTrue(problems("cases: [{name: Bad Name, description: d, answers: {}, expect: {urgency: routine}}]\n")
                .get(0).contains("case name 'Bad Name' must be lower-case words joined by '-'"));
    }

    @Test
    void aRulesFileGivenAsCasesIsOneProblemNotOnePerKey() {
        assertEquals(List.of("c.yaml: this is a rules file, not a case file; give it with --rules FILE"), problems(Trees.SMALL));
    }

    @Test
    void yamlSyntaxErrorsAreOneLineWithPosition() {
        List<String> problems = problems("cases:\n  - name: [unclosed\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("c.yaml:"), problems.get(0));
    }

    @Test
    void namesMustBeUniqueAcrossFiles() {
        String one = "cases: [{name: same, description: d, answers: {signs: none}, expect: {urgency: routine}}]\n";
        BadInput e = assertThrows(BadInput.class,
                () -> reader.readAll(List.of(file("a.yaml", one), file("b.yaml", one))));
        assertEquals(List.of("b.yaml:1:9: case name 'same' is used twice (first at a.yaml:1:9)",
                "the case files have 1 problem; no case was run"), e.lines());
    }
}
