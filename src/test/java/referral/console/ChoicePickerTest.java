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
        p.move(Key.ch('3'));                          // none, ticked by its number
        assertEquals(Answer.Chosen.of("none"), p.confirm());
        p.move(Key.ch('1'));                          // chest again
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
    void onAMultiQuestionANumberTicksItsChoiceAndTwoDigitsMakeOneNumber() {
        String eleven = Trees.SMALL.replace("      none: None of these\n", "      none: None of these\n"
                + String.join("", java.util.stream.IntStream.rangeClosed(4, 11).mapToObj(i -> "      c" + i + ": Choice " + i + "\n").toList()))
                .replace("exclusive: [none]", "exclusive: [c11]");
        Question q = Trees.load(eleven).tree().orElseThrow().questions().get("signs");
        assertEquals(11, q.choices().size());
        ChoicePicker p = new ChoicePicker(q, null);
        p.move(Key.ch('2'));
        assertEquals(Answer.Chosen.of("numb"), p.confirm(), "2 ticks the second choice");
        p.move(Key.of(Key.Kind.DOWN));
        p.move(Key.ch('1'));
        p.move(Key.ch('1'));
        assertEquals(10, p.cursor());
        assertEquals(Answer.Chosen.of("c11"), p.confirm(), "1 then 1 is the 11th (exclusive) choice, not the first as well");
        p.move(Key.ch('3'));
        assertEquals(Answer.Chosen.of("none"), p.confirm(), "another choice clears the exclusive one");
        p.move(Key.ch('3'));
        assertNull(p.confirm(), "its number again unticks it");
    }
}
