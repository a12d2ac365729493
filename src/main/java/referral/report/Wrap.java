package referral.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for terminal text, so long sentences never run off a narrow terminal. */
public final class Wrap {
    private Wrap() {}

    /**
     * Lines of at most {@code width} characters; the first starts with {@code first}, the rest with
     * {@code rest}. A word too long for a line is cut. Linear in the length of the text: a word is
     * never copied again for each piece cut from it.
     */
    public static List<String> lines(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int indent = first.length();
        boolean empty = true;
        String s = text.strip();
        int i = 0;
        do {
            int from = i;
            int to = from;
            while (to < s.length() && !space(s.charAt(to))) {
                to++;
            }
            if (!empty && line.length() + 1 + (to - from) > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                indent = rest.length();
                empty = true;
            }
            while (empty && indent + (to - from) > width && width - indent > 8) {
                int cut = width - indent;
                out.add(line.append(s, from, from + cut).toString());
                from += cut;
                line = new StringBuilder(rest);
                indent = rest.length();
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(s, from, to);
            empty = false;
            i = to;
            while (i < s.length() && space(s.charAt(i))) {
                i++;
            }
        } while (i < s.length());
        out.add(line.toString());
        return out;
    }

    public static String text(String text, int width, String first, String rest) {
        return String.join("\n", lines(text, width, first, rest));
    }

    /** What separates words: the characters of the regular expression {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
