package referral.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for terminal text, so long sentences never run off a narrow terminal. */
public final class Wrap {
    private Wrap() {}

    /** Lines of at most {@code width} characters; the first starts with {@code first}, the rest with {@code rest}. */
    public static List<String> lines(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int indent = first.length();
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                indent = rest.length();
                empty = true;
            }
            while (empty && indent + word.length() > width && width - indent > 8) {
                int cut = width - indent;
                out.add(line + word.substring(0, cut));
                word = word.substring(cut);
                line = new StringBuilder(rest);
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.add(line.toString());
        return out;
    }

    public static String text(String text, int width, String first, String rest) {
        return String.join("\n", lines(text, width, first, rest));
    }
}
