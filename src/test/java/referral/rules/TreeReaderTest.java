package referral.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import referral.diagnostics.Diagnostic;
import referral.testing.Trees;

class TreeReaderTest {

    private static List<String> errors(String yaml) {
        return Trees.load(yaml).diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryQuestionTypeWithItsDetails() {
        Tree tree = Trees.valid(Trees.SMALL);
        assertEquals("small", tree.id());
        assertEquals("signs", tree.start());
        Question signs = tree.questions().get("signs");
        assertEquals(QuestionType.MULTI, signs.type());
        assertEquals(List.of("chest", "numb", "none"), signs.choiceIds());
        assertEquals(Urgency.EMERGENCY, signs.choice("chest").orElseThrow().redFlag());
        assertNull(signs.choice("numb").orElseThrow().redFlag());
        assertEquals(java.util.Set.of("none"), signs.exclusive());
        Question age = tree.questions().get("age");
        assertEquals(0.0, age.min());
        assertEquals(120.0, age.max());
        assertEquals("years", age.unit().value());
        assertEquals(List.of("yes", "no"), tree.questions().get("rest").choiceIds());
        Outcome home = tree.outcomes().get("home");
        assertEquals(See.SELF_CARE, home.see());
        assertEquals(Urgency.SELF_CARE, home.urgency());
        assertEquals("Rest", home.meanwhile().get(0).value());
    }

    @Test
    void everyNodeKnowsWhereItWasWritten() {
        Tree tree = Trees.valid(Trees.SMALL);
        assertEquals("test.yaml:21:3", tree.questions().get("age").position().toString());
        Branch toGp = tree.questions().get("age").next().get(0);
        assertEquals("test.yaml:29:15", toGp.targetPosition().toString());
        assertEquals("test.yaml:28:22", toGp.when().position().toString());
    }

    @Test
    void anOutcomesWhoAndTheTreesCliniciansAreReadWithWhereTheyWereWritten() {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL.replace("sources:\n  s1: Source one\n", "sources:\n  s1: Source one\n"
                + "clinicians:\n  rheumatologist: A rheumatologist treats joints.\n")
                .replace("rheum: {see: rheumatologist,", "rheum: {see: rheumatologist, who: Your doctor then a rheumatologist,"),
                "fr", "clinicians:\n  rheumatologist: {en: A rheumatologist treats joints., fr: Un rhumatologue soigne les articulations.}\n");
        assertEquals(List.of(), loaded.diagnostics());
        Tree tree = loaded.tree().orElseThrow();
        Clinician c = tree.clinicians().get(See.RHEUMATOLOGIST);
        assertEquals("A rheumatologist treats joints.", c.explanation().value());
        assertEquals("Un rhumatologue soigne les articulations.", c.explanation().in("fr"));
        assertEquals("test.yaml:8:3", c.position().toString());
        assertEquals(List.of(See.RHEUMATOLOGIST), List.copyOf(tree.clinicians().keySet()));
        assertEquals("Your doctor then a rheumatologist", tree.outcomes().get("rheum").who().value());
        assertNull(tree.outcomes().get("gp").who(), "who is optional");
    }

    @Test
    void aCliniciansKeyThatIsNotASeeValueIsAnErrorWithItsPosition() {
        String yaml = Trees.SMALL.replace("sources:\n  s1: Source one\n",
                "sources:\n  s1: Source one\nclinicians:\n  physiatrst: A physiatrist is a doctor.\n");
        assertEquals(List.of("test.yaml:8:3: error: 'clinicians' names 'physiatrst', which is not a 'see' value "
                + "(did you mean 'physiatrist'?); expected one of: emergency, primary-care, physiatrist, rheumatologist, "
                + "orthopedist, neurologist, self-care [bad-value]"), errors(yaml));
    }

    @Test
    void yesInAConditionMeansTheChoiceYes() {
        Tree tree = Trees.valid(Trees.SMALL);
        Condition when = tree.questions().get("rest").next().get(0).when();
        assertEquals(new Condition.Is("rest", "yes", when.position()), when);
    }

    @Test
    void conditionsCombineWithAllAnyAndNot() {
        Tree tree = Trees.valid(Trees.SMALL.replace("- when: {any: [{where: joints}, {signs: numb}]}",
                "- when: {not: {all: [{where: back}, {age: {at-least: 50}}]}}"));
        Condition when = tree.questions().get("where").next().get(0).when();
        assertTrue(when instanceof Condition.Not n && n.condition() instanceof Condition.All a
                && a.conditions().get(1) instanceof Condition.AtLeast at && at.limit() == 50.0, when.toString());
    }

    @Test
    void unknownKeysSuggestTheClosestKnownOne() {
        List<String> errors = errors(Trees.SMALL.replace("    help: Red flags first.", "    hlep: Red flags first."));
        assertEquals(List.of("test.yaml:10:5: error: unknown key 'hlep' in question 'signs' (did you mean 'help'?)"
                + " [unknown-key]"), errors);
    }

    @Test
    void anUnquotedCommaInAFlowMappingIsExplained() {
        List<String> errors = errors(Trees.SMALL.replace("{text: Chest pain, red-flag: emergency}",
                "{text: Chest pain, or pressure, red-flag: emergency}"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("put the whole text in quotes"), errors.get(0));
    }

    @Test
    void wrongTypesAreNamed() {
        List<String> errors = errors(Trees.SMALL.replace("text: How old are you?", "text: [How, old]"));
        assertEquals(List.of("test.yaml:22:11: error: 'text' in question 'age' must be text, not a list [wrong-type]"), errors);
    }

    @Test
    void badIdsAndUnknownEnumValuesAreErrors() {
        List<String> errors = errors(Trees.SMALL.replace("  where:\n", "  Where Now:\n")
                .replace("see: rheumatologist", "see: rheumatolgist"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("question id 'Where Now' must be lower-case"), errors.get(0));
        assertTrue(errors.get(1).contains("did you mean 'rheumatologist'?"), errors.get(1));
    }

    @Test
    void anIdUsedForAQuestionAndAnOutcomeIsAnError() {
        List<String> errors = errors(Trees.SMALL.replace("  gp: {see", "  where: {see"));
        assertTrue(errors.stream().anyMatch(e -> e.contains("is both a question and an outcome")), errors.toString());
    }

    @Test
    void translationsComeFromAFileBesideTheTreeKeyedByIds() {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL, "ru",
                "questions:\n  where:\n    text: {en: Where?, ru: Где?}\n    choices:\n      back: {en: Back, ru: Спина}\n");
        assertEquals(List.of(), loaded.diagnostics());
        Tree tree = loaded.tree().orElseThrow();
        Text text = tree.questions().get("where").text();
        assertEquals("Where?", text.value());
        assertEquals("Где?", text.in("ru"));
        assertEquals("Where?", text.in("de"));
        assertEquals("Спина", tree.questions().get("where").choice("back").orElseThrow().text().in("ru"));
        assertEquals(List.of("ru"), tree.languages());
    }

    @Test
    void aTranslationWhoseEnglishChangedIsNotUsedAndSaysSo() {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL, "ru",
                "questions:\n  where:\n    text: {en: Where does it hurt?, ru: Где болит?}\n  gone:\n    text: {en: Gone, ru: Нет}\n");
        List<String> found = loaded.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("test.ru.yaml:3:11: warning: the English of 'text' of question 'where' has changed since this was"
                + " translated, so it is shown in English; translate it again and write its English here as it is now:"
                + " 'Where?' [stale-translation]",
                "test.ru.yaml:5:11: warning: 'questions.gone.text' is not in the tree test.yaml (renamed or removed?);"
                + " nothing uses this text [stale-translation]"), found);
        assertEquals("Where?", loaded.tree().orElseThrow().questions().get("where").text().in("ru"));
    }

    @Test
    void aTranslationWrittenInTheTreeSaysWhereTranslationsGo() {
        List<String> errors = errors(Trees.SMALL.replace("text: Where?", "text: {en: Where?, ru: Где?}"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("must be text, not a mapping; translations go in a file beside the tree"),
                errors.get(0));
    }

    @Test
    void anEmptyFileSaysWhatWasExpected() {
        RulesLoader.Loaded loaded = Trees.load("");
        assertFalse(loaded.tree().isPresent());
        assertTrue(loaded.diagnostics().get(0).message().contains("the file is empty"));
    }

    @Test
    void missingRequiredKeysAreNamed() {
        List<String> errors = errors("id: t\nversion: 1\ntitle: T\nquestions: {}\noutcomes: {}\n");
        assertEquals(List.of("test.yaml:1:1: error: the tree needs 'start' [missing-key]"), errors);
    }

    @Test
    void aChoiceKeepsTheConditionThatOffersIt() {
        Tree tree = Trees.valid(Trees.WHEN);
        Question urgent = tree.questions().get("urgent-signs");
        assertNull(urgent.choice("fever-back").orElseThrow().when(), "no 'when': always offered");
        Choice pregnancy = urgent.choice("pregnancy-warning").orElseThrow();
        assertEquals(new Condition.Is("pregnant", "yes", pregnancy.when().position()), pregnancy.when());
        assertEquals("test.yaml:57:94", pregnancy.when().position().toString());
        assertEquals(Urgency.URGENT, pregnancy.redFlag());
        assertTrue(urgent.hasConditionalChoices());
        assertFalse(tree.questions().get("emergency-signs").hasConditionalChoices());
        Condition girdle = tree.questions().get("main-problem").choice("girdle").orElseThrow().when();
        assertTrue(girdle instanceof Condition.AtLeast at && at.question().equals("age") && at.limit() == 50.0,
                girdle.toString());
    }

    @Test
    void theYesAndNoOfAYesNoQuestionCannotBeHidden() {
        List<String> errors = errors(Trees.SMALL.replace("    type: yes-no\n",
                "    type: yes-no\n    choices:\n      yes: {text: Yes, when: {age: {at-least: 18}}}\n"));
        assertEquals(List.of("test.yaml:35:37: error: 'yes' of yes-no question 'rest' cannot have a 'when':"
                + " yes and no are always both offered [bad-value]"), errors);
    }

    @Test
    void anExclusiveChoiceCannotBeHidden() {
        List<String> errors = errors(Trees.SMALL.replace("none: None of these",
                "none: {text: None of these, when: {signs: numb}}"));
        assertEquals(List.of("test.yaml:15:42: error: exclusive choice 'none' of 'signs' cannot have a 'when':"
                + " it stands for none of the others and is always offered [bad-value]"), errors);
    }

    @Test
    void aWhenOnAChoiceIsReadLikeAnyOtherCondition() {
        List<String> errors = errors(Trees.SMALL.replace("numb: Numbness", "numb: {text: Numbness, when: [age]}"));
        assertEquals(List.of("test.yaml:14:36: error: a condition must be a mapping such as {question: choice},"
                + " {all: [...]}, {any: [...]} or {not: ...}, not a list [bad-condition]"), errors);
    }
}
