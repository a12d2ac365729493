package referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;
import referral.testing.Trees;

/**
 * {@code check} on choices with a {@code when}: every path explores only the choices offered on it,
 * so the safety proof is about what people can really answer, and the example paths of the
 * findings replay through the engine to what they describe.
 */
class ChoiceConditionsTest {

    private static List<Diagnostic> check(String yaml) {
        return DiagnosticCodesTest.check(yaml);
    }

    private static List<Diagnostic> withCode(List<Diagnostic> all, String code) {
        return all.stream().filter(d -> d.code().id().equals(code)).toList();
    }

    private static String edit(String from, String to) {
        assertTrue(Trees.WHEN.contains(from), from);
        return Trees.WHEN.replace(from, to);
    }

    /** The answers of a printed path {@code q=a -> q=[a, b] -> question}, read back. */
    private static Map<String, Answer> answersOf(Tree tree, String message) {
        Matcher m = Pattern.compile("path: (.*)$").matcher(message);
        assertTrue(m.find(), message);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String step : m.group(1).split(" -> ")) {
            int eq = step.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String q = step.substring(0, eq);
            String a = step.substring(eq + 1).replace("[", "").replace("]", "");
            Question question = tree.questions().get(q);
            answers.put(q, question.type() == QuestionType.NUMBER ? new Answer.Number(Double.parseDouble(a))
                    : new Answer.Chosen(new java.util.LinkedHashSet<>(List.of(a.split(", ")))));
        }
        return answers;
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }

    @Test
    void theTestTreeHasOnlyItsDeliberatelyHiddenRedFlagToReport() {
        List<Diagnostic> found = check(Trees.WHEN);
        assertEquals(List.of(Code.RED_FLAG_HIDDEN), found.stream().map(Diagnostic::code).toList(),
                "'pregnant' is looked at by a choice's condition, so it is not an ignored question: " + found);
    }

    @Test
    void theSafetyProofIsAboutTheChoicesOffered() {
        // Taken by someone never asked 'pregnant', the warning would end at home; but it is offered only after 'yes'.
        String yaml = edit("      - when: {urgent-signs: pregnancy-warning}\n        goto: maternity\n",
                "      - when: {all: [{urgent-signs: pregnancy-warning}, {pregnant: yes}]}\n        goto: maternity\n");
        assertEquals(List.of(), withCode(check(yaml), "red-flag-unsafe"));

        List<Diagnostic> offeredToAll = withCode(check(yaml.replace(", when: {pregnant: yes}, red-flag: urgent",
                ", red-flag: urgent")), "red-flag-unsafe");
        assertEquals(1, offeredToAll.size(), "offered to everyone, the same choice is unsafe");
        assertTrue(offeredToAll.get(0).message().startsWith("red-flag choice 'pregnancy-warning' of 'urgent-signs'"
                + " (urgent) can end at"), offeredToAll.get(0).message());
    }

    @Test
    void aHiddenRedFlagNamesAPathThatReallyHidesIt() {
        Tree tree = Trees.valid(Trees.WHEN);
        Diagnostic hidden = withCode(check(Trees.WHEN), "red-flag-hidden").get(0);
        assertEquals("test.yaml:57:94", hidden.position().toString());
        assertTrue(hidden.message().startsWith("red-flag choice 'pregnancy-warning' of 'urgent-signs' (urgent) is not"
                + " offered on every path that asks 'urgent-signs', only when pregnant is yes;"), hidden.message());
        Step.Ask ask = assertInstanceOf(Step.Ask.class, Engine.step(tree, answersOf(tree, hidden.message())));
        assertEquals("urgent-signs", ask.question().id());
        assertEquals(List.of("pregnancy-warning"), ids(ask.hidden()));
    }

    @Test
    void aQuestionLeftWithOnlyNoneOfTheseIsAnErrorWithAPath() {
        String yaml = edit("fever-back: {text: Back pain with a fever, red-flag: urgent}",
                "fever-back: {text: Back pain with a fever, when: {age: {at-least: 80}}, red-flag: urgent}");
        Tree tree = Trees.load(yaml).tree().orElseThrow();
        List<Diagnostic> empty = withCode(check(yaml), "no-choice-offered");
        assertEquals(1, empty.size(), check(yaml).toString());
        assertTrue(empty.get(0).message().startsWith("on some paths 'urgent-signs' offers only its exclusive choice:"),
                empty.get(0).message());
        Step.Ask ask = assertInstanceOf(Step.Ask.class, Engine.step(tree, answersOf(tree, empty.get(0).message())));
        assertEquals("urgent-signs", ask.question().id());
        assertEquals(List.of("none"), ids(ask.offered()));
    }

    @Test
    void aChoiceForAgesThePathCannotHaveIsNeverOffered() {
        // 'sex' is asked only from 12 to 55.
        String yaml = edit("female: Female", "female: {text: Female, when: {age: {at-least: 60}}}");
        List<Diagnostic> never = withCode(check(yaml), "never-offered");
        assertEquals(1, never.size());
        assertEquals("choice 'female' of 'sex' is never offered: no answers that reach 'sex' make its 'when' hold"
                + " (age is at least 60)", never.get(0).message());
    }

    @Test
    void aChoiceConditionOnALaterQuestionIsNeverAsked() {
        String yaml = edit("when: {age: {at-least: 16}}", "when: {main-problem: workout}");
        List<Diagnostic> found = check(yaml);
        List<Diagnostic> unasked = withCode(found, "choice-never-asked");
        assertEquals(1, unasked.size(), found.toString());
        assertEquals("the 'when' of choice 'heavy-work' of 'main-problem' tests 'main-problem', which no path"
                + " reaching 'main-problem' has asked before it (always false)", unasked.get(0).message());
        assertEquals(List.of(), withCode(found, "never-offered"), "one finding for one mistake");
        assertFalse(found.stream().anyMatch(d -> d.code() == Code.MAYBE_UNASKED), found.toString());
    }

    @Test
    void aQuestionThatOnlyDecidesWhichRedFlagsAreOfferedMayComeFirst() {
        // 'sex' goes nowhere different, but which emergency signs apply depends on it.
        String yaml = """
                id: t
                version: 1
                title: T
                start: sex
                sources:
                  s1: Source one
                questions:
                  sex:
                    text: Female or male?
                    help: Some signs apply to one only.
                    type: one
                    choices: {female: Female, male: Male}
                    next:
                      - goto: signs
                  signs:
                    text: Any of these now?
                    help: Red flags first.
                    type: multi
                    choices:
                      chest: {text: Chest pain, red-flag: emergency}
                      bleeding: {text: Heavy bleeding in pregnancy, when: {sex: female}, red-flag: emergency}
                      none: None of these
                    exclusive: [none]
                    next:
                      - when: {signs: {any: [chest, bleeding]}}
                        goto: call
                      - goto: home
                outcomes:
                  call: {see: emergency, urgency: emergency, title: Call now, say: Call now., sources: [s1]}
                  home: {see: self-care, urgency: self-care, title: Rest at home, say: It should pass., sources: [s1]}
                """;
        List<Diagnostic> found = check(yaml);
        assertEquals(List.of(Code.RED_FLAG_HIDDEN), found.stream().map(Diagnostic::code).toList(), found.toString());
        assertTrue(found.get(0).message().endsWith("path: sex=male -> signs"), found.get(0).message());
    }
}
