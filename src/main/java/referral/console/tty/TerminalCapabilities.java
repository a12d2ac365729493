package referral.console.tty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * The capabilities of the terminal types JLine carries in its jar (xterm, screen, rxvt, ansi and
 * their kinds), read in one pass over the text. JLine's own reading ({@code InfoCmp.parseInfoCmp})
 * compiles a regular expression for every line of its list of capability names and of the
 * terminal's entry, about 500 of them, each time a terminal opens, before the first question (the
 * cost: bench/README.md, "Timings behind the code"). This gives the same capabilities (a test compares them, type by type).
 */
public final class TerminalCapabilities {
    private TerminalCapabilities() {}

    /**
     * Adds the capabilities of {@code type} to the three collections: those JLine carries for it,
     * else what {@code infocmp} says of it (through JLine, which keeps the answer), else those of
     * {@code ansi}, as JLine does. False (nothing added) when JLine's list of names is missing.
     */
    static boolean read(String type, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        String names = bundled("capabilities.txt");
        if (names == null) {
            return false;
        }
        String entry = isPlainName(type) ? bundled(type + ".caps") : null;
        if (entry == null) {
            entry = described(type);
        }
        if (entry == null) {
            entry = bundled("ansi.caps");
        }
        if (entry == null) {
            return false;
        }
        parse(entry, byShortName(names), bools, ints, strings);
        return true;
    }

    /** The terminal's entry from {@code infocmp}, or null when it has none. */
    private static String described(String type) {
        try {
            return InfoCmp.getInfoCmp(type);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * An entry in {@code infocmp} form: comment lines ({@code #}), a line of names, then
     * capabilities separated by commas: {@code am} (a flag), {@code cols#80} (a number: 0x for
     * hexadecimal, a leading 0 for octal), {@code cup=\E[%i%p1%d;%p2%dH} (a string). Unknown names
     * are skipped.
     */
    static void parse(String entry, Map<String, Capability> byName, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int lineStart = 0;
        boolean namesLineSeen = false;
        while (lineStart < entry.length()) {
            int lineEnd = entry.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = entry.length();
            }
            String line = entry.substring(lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!namesLineSeen) {
                namesLineSeen = true; // "xterm|xterm terminal emulator (X Window System),"
                continue;
            }
            int from = 0;
            while (from < line.length()) {
                int comma = line.indexOf(',', from);
                int to = comma < 0 ? line.length() : comma;
                String cap = line.substring(from, to).strip();
                from = to + 1;
                if (!cap.isEmpty()) {
                    add(cap, byName, bools, ints, strings);
                }
            }
        }
    }

    private static void add(String cap, Map<String, Capability> byName, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int hash = cap.indexOf('#');
        int equals = cap.indexOf('=');
        if (hash > 0 && (equals < 0 || hash < equals)) {
            Capability c = byName.get(cap.substring(0, hash));
            if (c != null) {
                ints.put(c, number(cap.substring(hash + 1)));
            }
        } else if (equals > 0) {
            Capability c = byName.get(cap.substring(0, equals));
            if (c != null) {
                strings.put(c, cap.substring(equals + 1));
            }
        } else {
            Capability c = byName.get(cap);
            if (c != null) {
                bools.add(c);
            }
        }
    }

    private static int number(String s) {
        if (s.startsWith("0x")) {
            return Integer.parseInt(s.substring(2), 16);
        }
        if (s.length() > 1 && s.startsWith("0")) {
            return Integer.parseInt(s.substring(1), 8);
        }
        return Integer.parseInt(s);
    }

    /** JLine's list, a line a capability: {@code cursor_down, cud1, do} (its enum name, terminfo name, termcap name). */
    static Map<String, Capability> byShortName(String list) {
        Map<String, Capability> byName = new HashMap<>(1024);
        int lineStart = 0;
        while (lineStart < list.length()) {
            int lineEnd = list.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = list.length();
            }
            String line = list.substring(lineStart, lineEnd).strip();
            lineStart = lineEnd + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int first = line.indexOf(", ");
            if (first < 0) {
                continue;
            }
            int second = line.indexOf(", ", first + 2);
            Capability c = Capability.valueOf(line.substring(0, first));
            byName.put(line.substring(0, first), c);
            byName.put(line.substring(first + 2, second < 0 ? line.length() : second), c);
        }
        return byName;
    }

    /** Letters, digits, '-', '+' and '_': a name that cannot reach outside JLine's folder of entries. */
    private static boolean isPlainName(String type) {
        if (type.isEmpty()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '+' || c == '_';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** A text file from JLine's jar, beside {@link InfoCmp}; null when there is none. */
    private static String bundled(String name) {
        try (InputStream in = InfoCmp.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
