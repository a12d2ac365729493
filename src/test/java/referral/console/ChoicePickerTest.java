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
        p.move(Key.ch('3'));
        p.toggle();                                   // none
        assertEquals(Answer.Chosen.of("none"), p.confirm());
        p.move(Key.ch('1'));
        p.toggle();                                   // chest again
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
}
