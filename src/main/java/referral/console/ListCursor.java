package referral.console;

/**
 * The highlighted item of a list: moves with arrows, j/k, PgUp/PgDn (a page of {@link #PAGE}),
 * Home/End and the number keys; stops at the ends. Items are numbered from {@code firstNumber}; digits typed one after another make one
 * number when the list is that long ("1", "1" is item 11 of a list of 11), so every item has one.
 */
final class ListCursor {
    /** Choices a PgUp or PgDn moves: one key from the first choice to the tenth, and from there on. */
    static final int PAGE = 9;

    private final int size;
    private final int firstNumber;
    private int index;
    private String digits = "";

    ListCursor(int size, int start) {
        this(size, start, 1);
    }

    ListCursor(int size, int start, int firstNumber) {
        this.size = size;
        this.firstNumber = firstNumber;
        this.index = Math.max(0, Math.min(start, size - 1));
    }

    int index() {
        return index;
    }

    /** Whether the last key was a digit that made a longer number with the one before ("1", "1": 11). */
    boolean extendedNumber() {
        return digits.length() > 1;
    }

    /** Highlights item {@code at} (kept within the list), as a key that names a choice does. */
    void moveTo(int at) {
        digits = "";
        index = Math.max(0, Math.min(at, size - 1));
    }

    /** Moves for a movement key; false when the key is not one. */
    boolean move(Key key) {
        boolean digit = key.kind() == Key.Kind.CHAR && key.ch() >= '0' && key.ch() <= '9';
        if (!digit) {
            digits = "";
        }
        if (key.kind() == Key.Kind.UP || key.is('k')) {
            index = Math.max(0, index - 1);
        } else if (key.kind() == Key.Kind.DOWN || key.is('j')) {
            index = Math.min(size - 1, index + 1);
        } else if (key.kind() == Key.Kind.PAGE_UP) {
            index = Math.max(0, index - PAGE);
        } else if (key.kind() == Key.Kind.PAGE_DOWN) {
            index = Math.min(size - 1, index + PAGE);
        } else if (key.kind() == Key.Kind.HOME) {
            index = 0;
        } else if (key.kind() == Key.Kind.END) {
            index = size - 1;
        } else if (digit) {
            return jump(key.ch());
        } else {
            return false;
        }
        return true;
    }

    private boolean jump(char digit) {
        for (String typed : new String[] {digits + digit, String.valueOf(digit)}) {
            int at = Integer.parseInt(typed) - firstNumber;
            if (typed.length() <= 3 && at >= 0 && at < size) {
                index = at;
                digits = typed;
                return true;
            }
        }
        digits = "";
        return false;
    }
}
