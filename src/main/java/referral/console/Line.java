package referral.console;

import referral.rules.Urgency;

/** One screen line and how it should look; every look is readable without colour. */
record Line(String text, Look look) {

    /** The last five are a result's urgency banner, each in its urgency's colour. */
    enum Look {
        NORMAL, TITLE, DIM, CURRENT, PROBLEM, EMERGENCY, URGENT, SOON, ROUTINE, SELF_CARE;

        static Look banner(Urgency u) {
            return switch (u) {
                case EMERGENCY -> EMERGENCY;
                case URGENT -> URGENT;
                case SOON -> SOON;
                case ROUTINE -> ROUTINE;
                case SELF_CARE -> SELF_CARE;
            };
        }
    }

    static Line of(String text) {
        return new Line(text, Look.NORMAL);
    }

    static Line of(String text, Look look) {
        return new Line(text, look);
    }
}
