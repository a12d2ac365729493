package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ListCursorTest {

    private static ListCursor typed(ListCursor c, String keys) {
        keys.chars().forEach(k -> c.move(Key.ch((char) k)));
        return c;
    }

    @Test
    void digitsTypedTogetherReachItemsPastNine() {
        assertEquals(10, typed(new ListCursor(11, 0), "11").index());
        assertEquals(9, typed(new ListCursor(11, 0), "10").index());
    }

    @Test
    void aDigitThatMakesNoItemWithThePreviousOnesStartsAfresh() {
        assertEquals(4, typed(new ListCursor(11, 0), "35").index(), "35 is no item: 5");
        assertEquals(1, typed(new ListCursor(3, 0), "12").index(), "12 is no item: 2");
    }

    @Test
    void anotherKeyEndsTheNumber() {
        ListCursor c = typed(new ListCursor(11, 0), "1");
        c.move(Key.of(Key.Kind.DOWN));
        assertEquals(0, typed(c, "1").index());
    }

    @Test
    void listsNumberedFromZero() {
        ListCursor review = new ListCursor(4, 2, 0);
        assertEquals(0, typed(review, "0").index());
        assertEquals(3, typed(review, "3").index());
        assertFalse(review.move(Key.ch('7')));
        assertEquals(3, review.index());
    }

    @Test
    void pageDownGoesFromTheFirstChoiceToTheTenthThenOnToTheEnd() {
        ListCursor c = new ListCursor(14, 0);
        c.move(Key.of(Key.Kind.PAGE_DOWN));
        assertEquals(9, c.index());
        c.move(Key.of(Key.Kind.PAGE_DOWN));
        assertEquals(13, c.index(), "stops at the last");
        c.move(Key.of(Key.Kind.PAGE_UP));
        assertEquals(4, c.index());
    }
}
