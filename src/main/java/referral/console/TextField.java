package referral.console;

import java.util.function.IntPredicate;

/** A one-line text input: typed characters that the filter allows, and Backspace. */
final class TextField {
    private final StringBuilder text;
    private final IntPredicate allowed;
    private final int maxLength;

    TextField(String initial, IntPredicate allowed, int maxLength) {
        this.text = new StringBuilder(initial);
        this.allowed = allowed;
        this.maxLength = maxLength;
    }

    String text() {
        return text.toString();
    }

    /** Applies an editing key: true when the key was one (even if refused), false otherwise. */
    boolean edit(Key key) {
        if (key.kind() == Key.Kind.BACKSPACE) {
            if (text.length() > 0) {
                text.setLength(text.length() - 1);
            }
            return true;
        }
        char c = key.kind() == Key.Kind.SPACE ? ' ' : key.ch();
        if ((key.kind() == Key.Kind.CHAR || key.kind() == Key.Kind.SPACE) && allowed.test(c)) {
            if (text.length() < maxLength) {
                text.append(c);
            }
            return true;
        }
        return false;
    }

    static boolean numberChar(int c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
