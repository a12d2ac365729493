package referral.diagnostics;

/** User text made fit for a one-line message: what every error and finding quotes goes through here. */
public final class Shown {
    private Shown() {}

    /**
     * User text as it may be echoed inside a one-line message: control characters (a newline
     * in a quoted value) made visible, and long text cut, so one problem stays one short line.
     */
    public static String text(String text) {
        return visible(text, 60);
    }

    /** A message kept on one line: control characters made visible; nothing cut. */
    public static String oneLine(String message) {
        return visible(message, Integer.MAX_VALUE);
    }

    private static String visible(String text, int limit) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (out.length() >= limit) {
                return out.append("...").toString();
            }
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
