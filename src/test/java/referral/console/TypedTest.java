package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.rules.Question;
import referral.rules.Tree;
import referral.testing.Trees;

class TypedTest {
    private final Tree tree = Trees.valid(Trees.SMALL);
    private final Question signs = tree.questions().get("signs");
    private final Question age = tree.questions().get("age");
    private final Question rest = tree.questions().get("rest");
    private final Question where = tree.questions().get("where");

    @Test
    void choicesByNumberOrByIdInAnyCase() {
        assertEquals(Answer.Chosen.of("joints"), Typed.parse(where, "2").answer());
        assertEquals(Answer.Chosen.of("joints"), Typed.parse(where, " Joints ").answer());
    }

    @Test
    void yesNoTakesNumbersIdsAndLetters() {
        assertEquals(Answer.Chosen.of("yes"), Typed.parse(rest, "y").answer());
        assertEquals(Answer.Chosen.of("no"), Typed.parse(rest, "2").answer());
        assertEquals(Answer.Chosen.of("no"), Typed.parse(rest, "NO").answer());
    }

    @Test
    void severalChoicesSeparatedBySpacesOrCommasInTreeOrder() {
        assertEquals(Answer.Chosen.of("chest", "numb"), Typed.parse(signs, "2, chest").answer());
        assertEquals(Answer.Chosen.of("chest", "numb"), Typed.parse(signs, "1 2").answer());
    }

    @Test
    void anExclusiveChoiceStandsAlone() {
        Typed t = Typed.parse(signs, "1,3");
        assertNull(t.answer());
        assertEquals("'None of these' cannot be combined with other choices.", t.problem());
    }

    @Test
    void unknownChoicesSayWhatIsExpected() {
        assertEquals("'7' is not one of the choices. Type a number from 1 to 2.", Typed.parse(where, "7").problem());
        assertEquals("Choose just one. Type a number from 1 to 2.", Typed.parse(where, "1 2").problem());
    }

    @Test
    void numbersInRangeWithOrWithoutTheUnit() {
        assertEquals(new Answer.Number(42), Typed.parse(age, "42").answer());
        assertEquals(new Answer.Number(42), Typed.parse(age, "42 years").answer());
        assertEquals("130 is out of range. Type a number from 0 to 120 years.", Typed.parse(age, "130").problem());
        assertTrue(Typed.parse(age, "forty").problem().startsWith("'forty' is not a number."));
        assertTrue(Typed.parse(age, "1e400").problem().startsWith("'1e400' is not a number."));
        assertTrue(Typed.parse(age, "0x1p4").problem().startsWith("'0x1p4' is not a number."));
        assertEquals(new Answer.Number(42.5), Typed.parse(age, "42.5").answer());
    }
}
