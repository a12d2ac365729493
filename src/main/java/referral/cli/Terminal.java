package referral.cli;

/** Facts about the output terminal that plain Java can learn cheaply. */
final class Terminal {
    private Terminal() {}

    /** The width to wrap text at: $COLUMNS when set, else 80. */
    static int width(Io io) {
        String columns = io.env().get("COLUMNS");
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.strip());
                if (w >= 20 && w <= 1000) {
                    return Math.min(w, 100);
                }
            } catch (NumberFormatException e) {
                // fall back to the default
            }
        }
        return 80;
    }
}
