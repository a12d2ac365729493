package referral.console;

/** One screen line and how it should look; every look is readable without colour. */
record Line(String text, Look look) {

    enum Look { NORMAL, TITLE, DIM, CURRENT, PROBLEM }

    static Line of(String text) {
        return new Line(text, Look.NORMAL);
    }

    static Line of(String text, Look look) {
        return new Line(text, look);
    }
}
