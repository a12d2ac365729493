package referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;
import referral.rules.Urgency;
import referral.testing.TreeGenerator;
import referral.testing.Trees;

/** The symbolic walk over every path: the safety proof, feasibility, and the example paths it prints. */
class PathAnalysisTest {

    private static List<Diagnostic> check(String yaml) {
        return DiagnosticCodesTest.check(yaml);
    }

    private static List<Diagnostic> withCode(List<Diagnostic> all, String code) {
        return all.stream().filter(d -> d.code().id().equals(code)).toList();
    }

    /** The answers of a printed path {@code q=a -> q=[a, b] -> outcome}, read back. */
    private static Map<String, Answer> answersOf(Tree tree, String message) {
        Matcher m = Pattern.compile("path: (.*)$").matcher(message);
        assertTrue(m.find(), message);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String step : m.group(1).split(" -> ")) {
            int eq = step.indexOf('=');
            if (eq < 0) {
                continue; // the outcome (or question) the path ends at
            }
            String q = step.substring(0, eq);
            String a = step.substring(eq + 1).replace("[", "").replace("]", "");
            Question question = tree.questions().get(q);
            answers.put(q, question.type() == QuestionType.NUMBER ? new Answer.Number(Double.parseDouble(a))
                    : new Answer.Chosen(new java.util.LinkedHashSet<>(List.of(a.split(", ")))));
        }
        return answers;
    }

    private static List<Diagnostic> checkGenerated(String yaml) {
        return new Checker().check(TreeGenerator.load("generated.yaml", yaml));
    }

    @Test
    void theGeneratedTreeIsProvedSafeAndClean() {
        // Its otherwise entries go one question on, so one path asks all 2 000: more than a set of answers holds.
        List<Diagnostic> found = checkGenerated(TreeGenerator.yaml(2_000, 7));
        assertEquals(List.of(Code.PATH_TOO_LONG), found.stream().map(Diagnostic::code).toList());
    }

    @Test
    void anUnsafeRedFlagDeepInALargeTreeIsFoundWithAPathThatReallyEndsTooLow() {
        String yaml = TreeGenerator.unsafeYaml(2_000, 7);
        List<Diagnostic> unsafe = withCode(checkGenerated(yaml), "red-flag-unsafe");
        assertEquals(1, unsafe.size(), unsafe.toString());
        String flagged = TreeGenerator.unsafeQuestion(2_000);
        assertTrue(unsafe.get(0).message().startsWith("red-flag choice 'yes' of '" + flagged + "' (urgent)"),
                unsafe.get(0).message());
        Tree tree = TreeGenerator.load("generated.yaml", yaml);
        Map<String, Answer> answers = answersOf(tree, unsafe.get(0).message());
        assertEquals(Answer.Chosen.of("yes"), answers.get(flagged), "the path takes the red flag");
        Step.Reached end = assertInstanceOf(Step.Reached.class, Engine.step(tree, answers));
        assertTrue(end.outcome().urgency().compareTo(Urgency.URGENT) < 0, end.outcome().id());
        assertTrue(unsafe.get(0).message().contains("-> " + end.outcome().id()), "the message names where it ends");
    }

    @Test
    void aPathNoAnswersCanTakeDoesNotCount() {
        // The only way from the red flag to self-care needs age < 18 and then age >= 50.
        String yaml = DiagnosticCodesTest.TREE
                .replace("goto: call", "goto: age")
                .replace("      - goto: rest\n", "      - when: {age: {at-least: 50}}\n        goto: rest\n      - goto: call\n")
                .replace("        goto: gp\n      - when: {age: {at-least: 50}}", "        goto: call\n      - when: {age: {at-least: 50}}")
                .replace("      - when: {rest: yes}\n        goto: gp\n      - goto: home\n",
                        "      - when: {age: {below: 18}}\n        goto: home\n      - goto: call\n");
        List<Diagnostic> found = check(yaml);
        assertEquals(List.of(), withCode(found, "red-flag-unsafe"), found.toString());
        assertEquals(1, withCode(found, "never-matches").size(), "the impossible entry is itself reported: " + found);
    }

    @Test
    void aMultiRedFlagIsFollowedWhateverElseIsPicked() {
        // Chest pain together with numbness takes the numbness entry first: that path ends at home.
        String yaml = DiagnosticCodesTest.TREE
                .replace("      - when: {signs: chest}\n        goto: call\n      - when: {signs: numb}\n        goto: age\n",
                        "      - when: {signs: numb}\n        goto: rest\n      - when: {signs: chest}\n        goto: call\n");
        List<Diagnostic> unsafe = withCode(check(yaml), "red-flag-unsafe");
        assertEquals(1, unsafe.size());
        Tree tree = Trees.load(yaml).tree().orElseThrow();
        Map<String, Answer> answers = answersOf(tree, unsafe.get(0).message());
        assertEquals(Answer.Chosen.of("chest", "numb"), answers.get("signs"));
        assertEquals("home", assertInstanceOf(Step.Reached.class, Engine.step(tree, answers)).outcome().id());
    }

    @Test
    void anEntryCoveredByEarlierOnesTogetherIsShadowed() {
        // Neither earlier entry alone covers 'chest or numbness', but together they do.
        String yaml = DiagnosticCodesTest.TREE
                .replace("      - when: {signs: numb}\n        goto: age\n",
                        "      - when: {signs: numb}\n        goto: age\n      - when: {signs: {any: [chest, numb]}}\n        goto: rest\n");
        List<Diagnostic> shadowed = withCode(check(yaml), "shadowed");
        assertEquals(1, shadowed.size());
        assertEquals("test.yaml:22:9", shadowed.get(0).position().toString());
        assertTrue(shadowed.get(0).message().contains("(lines 18, 20)"), shadowed.get(0).message());
    }

    @Test
    void aTestOnASkippedQuestionIsFineWhenTheWalkGoesWhereSomeAnswerWouldTakeIt() {
        // Without age, 'age >= 50' is false: the walk goes home, as it would for someone under 50.
        String yaml = DiagnosticCodesTest.TREE.replace("{rest: yes}", "{all: [{rest: yes}, {age: {at-least: 50}}]}")
                .replace("      - goto: age\n", "      - goto: rest\n");
        assertEquals(List.of(), withCode(check(yaml), "maybe-unasked"));
    }

    @Test
    void aTestOnASkippedQuestionIsReportedWhenTheWalkGoesWhereNoAnswerWould() {
        // 'otherwise' after tests that cover every age is taken only when age was never asked.
        String yaml = DiagnosticCodesTest.TREE
                .replace("      - when: {rest: yes}\n        goto: gp\n      - goto: home\n",
                        "      - when: {age: {below: 50}}\n        goto: gp\n      - when: {age: {at-least: 50}}\n"
                                + "        goto: home\n      - goto: call\n")
                .replace("      - goto: age\n", "      - goto: rest\n");
        List<Diagnostic> maybe = withCode(check(yaml), "maybe-unasked");
        assertEquals(1, maybe.size(), maybe.toString());
        assertTrue(maybe.get(0).message().contains("takes the entry at line 42 (goto call), which no answer to 'age'"
                + " would take; path: signs=none -> rest"), maybe.get(0).message());
    }

    @Test
    void theRedFlagOrderExcusesAQuestionThatChoosesTheWay() {
        // age chooses between the children's red flags and the adults' way: it may come first.
        String yaml = DiagnosticCodesTest.TREE
                .replace("    type: yes-no\n", "    type: yes-no\n    choices:\n      yes: {text: \"Yes\", red-flag: emergency}\n")
                .replace("- when: {rest: yes}\n        goto: gp", "- when: {rest: yes}\n        goto: call");
        assertEquals(List.of(), withCode(check(yaml), "red-flag-late"));
    }
}
