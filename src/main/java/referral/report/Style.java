package referral.report;

import referral.rules.Urgency;

/** Terminal styling: ANSI colours when wanted, nothing at all otherwise (NO_COLOR, pipes, screen readers). */
public record Style(boolean color) {
    public static final Style PLAIN = new Style(false);

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[22m" : s;
    }

    public String dim(String s) {
        return color ? "\u001b[2m" + s + "\u001b[22m" : s;
    }

    public String urgency(Urgency u, String s) {
        if (!color) {
            return s;
        }
        String code = switch (u) {
            case EMERGENCY -> "\u001b[1;97;41m";
            case URGENT -> "\u001b[1;31m";
            case SOON -> "\u001b[1;33m";
            case ROUTINE -> "\u001b[1;36m";
            case SELF_CARE -> "\u001b[1;32m";
        };
        return code + s + "\u001b[0m";
    }
}
