package referral.console;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.Attributes;

/**
 * Reads the modes out of {@code stty -a}'s output in one pass over its words. JLine's own reader
 * ({@code ExecPty.doGetAttr}) compiles and runs a regular expression for each of some ninety
 * flags and characters, which costs 10 to 20 ms before the first question on a cold JVM; this
 * gives the same {@link Attributes} (a test compares them on real outputs).
 */
final class SttySettings {
    private SttySettings() {}

    static Attributes parse(String sttyOutput) {
        String[] words = sttyOutput.split("[\\s;]+");
        Map<String, Boolean> flags = new HashMap<>();
        Map<String, String> chars = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (i + 2 < words.length && words[i + 1].equals("=")) {
                chars.putIfAbsent(w, words[i + 2]);
            } else if (w.startsWith("-")) {
                flags.putIfAbsent(w.substring(1), false);
            } else {
                flags.putIfAbsent(w, true);
            }
        }
        Attributes a = new Attributes();
        for (Attributes.InputFlag f : Attributes.InputFlag.values()) {
            Boolean on = flags.get(name(f));
            if (on != null) {
                a.setInputFlag(f, on);
            }
        }
        for (Attributes.OutputFlag f : Attributes.OutputFlag.values()) {
            Boolean on = flags.get(name(f));
            if (on != null) {
                a.setOutputFlag(f, on);
            }
        }
        for (Attributes.ControlFlag f : Attributes.ControlFlag.values()) {
            Boolean on = flags.get(name(f));
            if (on != null) {
                a.setControlFlag(f, on);
            }
        }
        for (Attributes.LocalFlag f : Attributes.LocalFlag.values()) {
            Boolean on = flags.get(name(f));
            if (on != null) {
                a.setLocalFlag(f, on);
            }
        }
        for (Attributes.ControlChar c : Attributes.ControlChar.values()) {
            String key = c.name().toLowerCase(Locale.ROOT).substring(1);
            String value = chars.get(key);
            if (value == null && key.equals("reprint")) {
                value = chars.get("rprnt");
            }
            if (value != null) {
                a.setControlChar(c, controlChar(value.toUpperCase(Locale.ROOT)));
            }
        }
        return a;
    }

    private static String name(Enum<?> flag) {
        return flag.name().toLowerCase(Locale.ROOT);
    }

    /** {@code ^C}, {@code ^?}, {@code M-^A}, {@code <undef>}, {@code DEL}, a number (octal when it starts with 0). */
    static int controlChar(String s) {
        if (s.equals("<UNDEF>")) {
            return -1;
        }
        if (s.equalsIgnoreCase("DEL")) {
            return 127;
        }
        char first = s.charAt(0);
        if (first == '0') {
            return Integer.parseInt(s, 8);
        }
        if (first >= '1' && first <= '9') {
            return Integer.parseInt(s, 10);
        }
        if (first == '^' && s.length() > 1) {
            return s.charAt(1) == '?' ? 127 : s.charAt(1) - 64;
        }
        if (first == 'M' && s.length() > 2 && s.charAt(1) == '-') {
            if (s.charAt(2) == '^' && s.length() > 3) {
                return s.charAt(3) == '?' ? 255 : s.charAt(3) - 64 + 128;
            }
            return s.charAt(2) + 128;
        }
        return first;
    }
}
