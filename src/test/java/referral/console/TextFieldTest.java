package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextFieldTest {

    @Test
    void thePreviousValueIsReplacedByTypingAndEditedByBackspace() {
        TextField typedOver = new TextField("42", TextField::numberChar, 12);
        typedOver.edit(Key.ch('7'));
        assertEquals("7", typedOver.text());

        TextField edited = new TextField("42", TextField::numberChar, 12);
        edited.edit(Key.of(Key.Kind.BACKSPACE));
        edited.edit(Key.ch('7'));
        assertEquals("47", edited.text());
    }

    @Test
    void refusedCharactersChangeNothing() {
        TextField f = new TextField("42", TextField::numberChar, 12);
        assertFalse(f.edit(Key.ch('x')));
        f.edit(Key.ch('1'));
        assertEquals("1", f.text(), "the refused key did not count as editing");
    }

    @Test
    void theLengthIsBounded() {
        TextField f = new TextField("", TextField::numberChar, 3);
        "12345".chars().forEach(c -> f.edit(Key.ch((char) c)));
        assertEquals("123", f.text());
    }
}
