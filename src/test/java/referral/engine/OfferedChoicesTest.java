package referral.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.ConditionText;
import referral.rules.Question;
import referral.rules.Tree;
import referral.testing.Trees;

/** Choices with a {@code when}: offered only where it holds on the answers given before their question. */
class OfferedChoicesTest {
    private final Tree tree = Trees.valid(Trees.WHEN);

    private static Map<String, Answer> answers(Object... pairs) {
        Map<String, Answer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof Number n ? new Answer.Number(n.doubleValue()) : Answer.Chosen.of((String) v));
        }
        return m;
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }

    @Test
    void aPregnantWomanIsOfferedThePregnancyWarning() {
        Step.Ask ask = assertInstanceOf(Step.Ask.class, Engine.step(tree,
                answers("emergency-signs", "none", "age", 30, "sex", "female", "pregnant", "yes")));
        assertEquals("urgent-signs", ask.question().id());
        assertEquals(List.of("fever-back", "pregnancy-warning", "none"), ids(ask.offered()));
        assertEquals(List.of(), ask.hidden());
        assertSame(ask.question(), ask.shown(), "every choice offered: the question as written");
    }

    @Test
    void aQuestionThePathNeverAskedHidesWhatDependsOnIt() {
        // A man is never asked 'pregnant': the test on it is false, so the choice is not offered.
        Step.Ask ask = (Step.Ask) Engine.step(tree, answers("emergency-signs", "none", "age", 30, "sex", "male"));
        assertEquals(List.of("fever-back", "none"), ids(ask.offered()));
        assertEquals(List.of("pregnancy-warning"), ids(ask.hidden()));
        Question shown = ask.shown();
        assertEquals(List.of("fever-back", "none"), shown.choiceIds());
        assertEquals(java.util.Set.of("none"), shown.exclusive());
        assertEquals(3, ask.question().choices().size(), "the tree's question is unchanged");
    }

    @Test
    void conditionsOnNumbersHideAdultChoicesFromChildren() {
        Step.Ask child = (Step.Ask) Engine.step(tree, answers("emergency-signs", "none", "age", 10, "urgent-signs", "none"));
        assertEquals(List.of("workout", "other"), ids(child.offered()));
        Step.Ask adult = (Step.Ask) Engine.step(tree, answers("emergency-signs", "none", "age", 70, "urgent-signs", "none"));
        assertEquals(List.of("workout", "heavy-work", "girdle", "other"), ids(adult.offered()));
    }

    @Test
    void anAnswerNamingAChoiceNotOfferedStopsTheWalkThere() {
        Map<String, Answer> given = answers("emergency-signs", "none", "age", 30, "sex", "male",
                "urgent-signs", "pregnancy-warning");
        Step.NotOffered refused = assertInstanceOf(Step.NotOffered.class, Engine.step(tree, given));
        assertEquals("urgent-signs", refused.ask().question().id());
        assertEquals(List.of("pregnancy-warning"), ids(refused.hidden()));
        assertEquals(Answer.Chosen.of("pregnancy-warning"), refused.answer());
        assertEquals(List.of("emergency-signs", "age", "sex"),
                refused.trace().stream().map(e -> e.question().id()).toList());
    }

    @Test
    void onlyTheHiddenChoicesOfAMultiAnswerAreNamed() {
        Map<String, Answer> given = answers("emergency-signs", "none", "age", 60);
        given.put("urgent-signs", Answer.Chosen.of("fever-back", "pregnancy-warning"));
        Step.NotOffered refused = (Step.NotOffered) Engine.step(tree, given);
        assertEquals(List.of("pregnancy-warning"), ids(refused.hidden()));
    }

    @Test
    void anOfferedChoiceWalksOnAsAnyOther() {
        Step.Reached r = assertInstanceOf(Step.Reached.class, Engine.step(tree,
                answers("emergency-signs", "none", "age", 30, "sex", "female", "pregnant", "yes",
                        "urgent-signs", "pregnancy-warning")));
        assertEquals("maternity", r.outcome().id());
    }

    @Test
    void aStaleAnswerToASkippedQuestionOffersNothing() {
        // 'pregnant: yes' left over from before age was changed to 70: the path no longer asks it.
        Map<String, Answer> given = answers("emergency-signs", "none", "age", 70, "sex", "female", "pregnant", "yes");
        Step.Ask ask = (Step.Ask) Engine.step(tree, given);
        assertEquals(List.of("fever-back", "none"), ids(ask.offered()));
    }

    @Test
    void conditionsReadAsWords() {
        Map<String, Question> qs = tree.questions();
        java.util.function.Function<String, String> words = yaml -> {
            Tree t = Trees.load(Trees.WHEN.replace("when: {main-problem: girdle}", "when: " + yaml)).tree().orElseThrow();
            return ConditionText.words(t.questions().get("main-problem").next().get(0).when(), qs);
        };
        assertEquals("pregnant is yes", words.apply("{pregnant: yes}"));
        assertEquals("age is at least 12 and age is below 56", words.apply("{age: {at-least: 12, below: 56}}"));
        assertEquals("urgent-signs includes fever-back or none", words.apply("{urgent-signs: {any: [fever-back, none]}}"));
        assertEquals("sex is not male", words.apply("{not: {sex: male}}"));
        assertEquals("main-problem is none of workout, other", words.apply("{not: {main-problem: {any: [workout, other]}}}"));
        assertEquals("sex is female and (age is below 20 or pregnant is yes)",
                words.apply("{all: [{sex: female}, {any: [{age: {below: 20}}, {pregnant: yes}]}]}"));
        assertEquals("not (sex is female and pregnant is yes)", words.apply("{not: {sex: female, pregnant: yes}}"));
        Condition c = qs.get("urgent-signs").choice("pregnancy-warning").orElseThrow().when();
        assertEquals("pregnant is yes", ConditionText.words(c, qs));
    }
}
