package referral.console;

/** The highlighted item of a list: moves with arrows, j/k, Home/End and number keys; stops at the ends. */
final class ListCursor {
    private final int size;
    private int index;

    ListCursor(int size, int start) {
        this.size = size;
        this.index = Math.max(0, Math.min(start, size - 1));
    }

    int index() {
        return index;
    }

    /** Moves for a movement key; false when the key is not one. */
    boolean move(Key key) {
        if (key.kind() == Key.Kind.UP || key.is('k')) {
            index = Math.max(0, index - 1);
        } else if (key.kind() == Key.Kind.DOWN || key.is('j')) {
            index = Math.min(size - 1, index + 1);
        } else if (key.kind() == Key.Kind.HOME) {
            index = 0;
        } else if (key.kind() == Key.Kind.END) {
            index = size - 1;
        } else if (key.kind() == Key.Kind.CHAR && key.ch() >= '1' && key.ch() <= '9' && key.ch() - '1' < size) {
            index = key.ch() - '1';
        } else {
            return false;
        }
        return true;
    }
}
