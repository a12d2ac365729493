package referral.console;

import java.util.function.IntPredicate;

/**
 * A one-line text input: typed characters that the filter allows, and Backspace. A value filled
 * in beforehand (the previous answer) is replaced by the first character typed, as selected text
 * would be, and edited by Backspace.
 */
final class TextField {
    private final StringBuilder text;
    private final IntPredicate allowed;
    private final int maxLength;
    private boolean untouched;

    TextField(String initial, IntPredicate allowed, int maxLength) {
        this.text = new StringBuilder(initial);
        this.allowed = allowed;
        this.maxLength = maxLength;
        this.untouched = !initial.isEmpty();
    }

    String text() {
        return text.toString();
    }

    /** Still the value filled in beforehand: the next character typed replaces it. */
    boolean untouched() {
        return untouched;
    }

    /** Applies an editing key: true when the key was one (even if refused), false otherwise. */
    boolean edit(Key key) {
        if (key.kind() == Key.Kind.BACKSPACE) {
            untouched = false;
            if (text.length() > 0) {
                text.setLength(text.length() - 1);
            }
            return true;
        }
        char c = key.kind() == Key.Kind.SPACE ? ' ' : key.ch();
        if ((key.kind() != Key.Kind.CHAR && key.kind() != Key.Kind.SPACE) || !allowed.test(c)) {
            return false;
        }
        if (untouched) {
            text.setLength(0);
            untouched = false;
        }
        if (text.length() < maxLength) {
            text.append(c);
        }
        return true;
    }

    static boolean numberChar(int c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
