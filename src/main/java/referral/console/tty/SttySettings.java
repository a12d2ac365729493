package referral.console.tty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.terminal.Attributes;

/**
 * Reads the modes out of {@code stty -a}'s output in one pass over its words. JLine's own reader
 * ({@code ExecPty.doGetAttr}) compiles and runs a regular expression for each of some ninety
 * flags and characters before the first question (the cost: bench/README.md, "Timings behind the code"); this
 * gives the same {@link Attributes} (a test compares them on real outputs).
 */
public final class SttySettings {
    private SttySettings() {}

    public static Attributes parse(String sttyOutput) {
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

    /**
     * The size {@code stty -a} says: {@code rows 24; columns 80;} (Linux), {@code 24 rows; 80 columns;}
     * (BSD) or {@code rows = 24}. JLine's reader builds a regular expression for each with string
     * concatenations linked at run time, before the first question on a cold JVM.
     */
    static org.jline.terminal.Size size(String sttyOutput) throws java.io.IOException {
        String[] clauses = sttyOutput.split(";");
        return new org.jline.terminal.Size(number("columns", clauses), number("rows", clauses));
    }

    /** In the first clause that has it: {@code N name}, else {@code name N}, else {@code name = N}. */
    private static int number(String name, String[] clauses) throws java.io.IOException {
        for (String clause : clauses) {
            String[] words = clause.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (!words[i].equals(name)) {
                    continue;
                }
                if (i > 0 && isNumber(words[i - 1])) {
                    return Integer.parseInt(words[i - 1]);
                }
                if (i + 1 < words.length && isNumber(words[i + 1])) {
                    return Integer.parseInt(words[i + 1]);
                }
                if (i + 2 < words.length && words[i + 1].equals("=") && isNumber(words[i + 2])) {
                    return Integer.parseInt(words[i + 2]);
                }
            }
        }
        throw new java.io.IOException("stty did not say the terminal's " + name);
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > 9) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code stty} arguments that take a terminal from {@code current} to {@code wanted}, as
     * JLine's {@code ExecPty} would write them ({@code -icanon}, {@code min 1}, {@code intr ^C}, ...);
     * none when nothing changes. Written here because JLine's version builds its words with string
     * concatenations that the JVM links at run time, on a cold JVM (a test compares both).
     */
    public static List<String> changes(Attributes wanted, Attributes current) {
        List<String> words = new ArrayList<>();
        for (Attributes.InputFlag f : Attributes.InputFlag.values()) {
            if (f != Attributes.InputFlag.INORMEOL && wanted.getInputFlag(f) != current.getInputFlag(f)) {
                words.add(flagWord(f, wanted.getInputFlag(f)));
            }
        }
        for (Attributes.OutputFlag f : Attributes.OutputFlag.values()) {
            if (wanted.getOutputFlag(f) != current.getOutputFlag(f)) {
                words.add(flagWord(f, wanted.getOutputFlag(f)));
            }
        }
        for (Attributes.ControlFlag f : Attributes.ControlFlag.values()) {
            if (wanted.getControlFlag(f) != current.getControlFlag(f)) {
                words.add(flagWord(f, wanted.getControlFlag(f)));
            }
        }
        for (Attributes.LocalFlag f : Attributes.LocalFlag.values()) {
            if (wanted.getLocalFlag(f) != current.getLocalFlag(f)) {
                words.add(flagWord(f, wanted.getLocalFlag(f)));
            }
        }
        for (Attributes.ControlChar c : Attributes.ControlChar.values()) {
            int v = wanted.getControlChar(c);
            if (v >= 0 && v != current.getControlChar(c)) {
                words.add(name(c).substring(1));
                boolean number = c == Attributes.ControlChar.VMIN || c == Attributes.ControlChar.VTIME;
                words.add(number ? Integer.toString(v) : controlCharWord(v));
            }
        }
        return words;
    }

    private static String flagWord(Enum<?> flag, boolean on) {
        return on ? name(flag) : "-" + name(flag);
    }

    /** The notation {@link #controlChar} reads: {@code undef} for 0, {@code ^C}, {@code M-a}, {@code M-^?}. */
    static String controlCharWord(int v) {
        if (v == 0) {
            return "undef";
        }
        StringBuilder word = new StringBuilder();
        if (v >= 128) {
            v -= 128;
            word.append("M-");
        }
        if (v < 32 || v == 127) {
            v ^= 0x40;
            word.append('^');
        }
        return word.append((char) v).toString();
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
