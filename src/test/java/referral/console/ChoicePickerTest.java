package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.rules.Question;
import referral.testing.Trees;

class ChoicePickerTest {
    private final Question signs = Trees.valid(Trees.SMALL).questions().get("signs");

    @Test
    void anExclusiveChoiceClearsTheOthersAndTheOthersClearIt() {
        ChoicePicker p = new ChoicePicker(signs, null);
        p.toggle();                                   // chest
        p.move(Key.of(Key.Kind.DOWN));
        p.toggle();                                   // numb
        assertEquals(Answer.Chosen.of("chest", "numb"), p.confirm());
        p.move(Key.ch('3'));                          // none, by its number
        p.toggle();
        assertEquals(Answer.Chosen.of("none"), p.confirm());
        p.move(Key.ch('1'));                          // chest again
        p.toggle();
        assertEquals(Answer.Chosen.of("chest"), p.confirm());
    }

    @Test
    void nothingSelectedIsNoAnswer() {
        ChoicePicker p = new ChoicePicker(signs, null);
        assertNull(p.confirm());
        p.toggle();
        p.toggle();
        assertNull(p.confirm(), "toggled twice is not selected");
    }

    @Test
    void thePreviousAnswerIsPreselectedAndHighlighted() {
        ChoicePicker p = new ChoicePicker(signs, Answer.Chosen.of("numb"));
        assertEquals(1, p.cursor());
        assertTrue(p.isSelected("numb"));
        assertFalse(p.isSelected("chest"));
    }

    @Test
    void theCursorStopsAtTheEndsAndJumpsByNumber() {
        ChoicePicker p = new ChoicePicker(signs, null);
        p.move(Key.of(Key.Kind.UP));
        assertEquals(0, p.cursor());
        p.move(Key.ch('j'));
        p.move(Key.ch('j'));
        p.move(Key.ch('j'));
        assertEquals(2, p.cursor());
        p.move(Key.ch('k'));
        assertEquals(1, p.cursor());
        assertFalse(p.move(Key.ch('9')), "no ninth choice");
        assertEquals(1, p.cursor());
    }

    @Test
    void onAShortMultiQuestionTooANumberOnlyMoves() {
        Question q = Trees.load(Trees.SMALL).tree().orElseThrow().questions().get("signs");
        ChoicePicker p = new ChoicePicker(q, null);
        assertTrue(p.move(Key.ch('2')));
        assertEquals(1, p.cursor(), "2 highlights the second choice");
        assertNull(p.confirm(), "and ticks nothing: the same rule as on a long list");
        p.toggle();
        assertEquals(Answer.Chosen.of("numb"), p.confirm(), "Space ticks it");
    }

    @Test
    void onALongMultiQuestionANumberOnlyMovesSoThatOneThenTwoNeverTicksTheTwelfth() {
        String twelve = Trees.SMALL.replace("      none: None of these\n", "      none: None of these\n"
                + String.join("", java.util.stream.IntStream.rangeClosed(4, 12).mapToObj(i -> "      c" + i + ": Choice " + i + "\n").toList()))
                .replace("exclusive: [none]", "exclusive: [c12]");
        Question q = Trees.load(twelve).tree().orElseThrow().questions().get("signs");
        assertEquals(12, q.choices().size());
        ChoicePicker p = new ChoicePicker(q, null);
        p.move(Key.ch('1'));
        p.move(Key.ch('2'));
        assertEquals(11, p.cursor(), "1 then 2 highlights the twelfth");
        assertNull(p.confirm(), "but ticks nothing");
        p.toggle();
        assertEquals(Answer.Chosen.of("c12"), p.confirm(), "Space ticks the highlighted choice");
        p.move(Key.ch('2'));
        p.toggle();
        assertEquals(Answer.Chosen.of("numb"), p.confirm(), "another choice clears the exclusive one");
    }

    @Test
    void nTicksNoneOfTheseWhereverItIsAndClearsTheOthers() {
        String long14 = Trees.SMALL.replace("      none: None of these\n", String.join("",
                java.util.stream.IntStream.rangeClosed(4, 14).mapToObj(i -> "      c" + i + ": Choice " + i + "\n").toList())
                + "      knock: Only since a knock\n      none: None of these\n      unsure: Not sure\n")
                .replace("exclusive: [none]", "exclusive: [knock, unsure, none]");
        Question q = Trees.load(long14).tree().orElseThrow().questions().get("signs");
        ChoicePicker p = new ChoicePicker(q, null);
        assertEquals("none", ChoicePicker.none(q).id(), "the exclusive choice named none, though another comes first");
        p.toggle();                                   // chest
        assertTrue(p.tickNone());
        assertEquals(q.choiceIds().indexOf("none"), p.cursor(), "n highlights it, so a list scrolls to it");
        assertEquals(Answer.Chosen.of("none"), p.confirm(), "and ticks it alone");
        assertTrue(p.tickNone());
        assertEquals(Answer.Chosen.of("none"), p.confirm(), "n twice still means none");
        Question where = Trees.load(Trees.SMALL).tree().orElseThrow().questions().get("where");
        assertFalse(new ChoicePicker(where, null).tickNone(), "nothing to tick where one choice is the answer");
    }
}
