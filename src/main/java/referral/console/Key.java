package referral.console;

/** One key press (or a terminal event) as the full-screen prompts understand it. */
record Key(Kind kind, char ch) {

    enum Kind { UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN, ENTER, SPACE, ESCAPE, BACKSPACE, CHAR, RESIZE, INTERRUPT }

    static Key of(Kind kind) {
        return new Key(kind, '\0');
    }

    static Key ch(char c) {
        return c == ' ' ? of(Kind.SPACE) : new Key(Kind.CHAR, c);
    }

    boolean is(char c) {
        return kind == Kind.CHAR && ch == c;
    }
}
