package referral.console;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can show. The screens are written in Unicode (a {@code ·} between key hints,
 * {@code →} before an answer, the tree's own {@code °C}); on a terminal whose character set
 * lacks a character, {@link #shown} puts an ASCII stand-in no wider than it ({@code |}, {@code =},
 * an accent dropped), rather than the {@code ?} an encoder would print.
 */
final class Glyphs {
    /** The separator between key hints, and the mark before an answer, as drawn on a Unicode terminal. */
    static final String SEPARATOR = " · ";
    static final String ANSWER = "→ ";

    /** Stand-ins of the same width or narrower, so that what was wrapped still fits. */
    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('·', "|"), Map.entry('→', "="), Map.entry('°', ""), Map.entry('–', "-"), Map.entry('—', "-"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('…', "."), Map.entry('×', "x"), Map.entry('\u00a0', " "));

    private final Charset charset;
    private final CharsetEncoder encoder;

    Glyphs(Charset charset) {
        this.charset = charset;
        this.encoder = charset.newEncoder();
    }

    Charset charset() {
        return charset;
    }

    /**
     * The character set to write to a terminal: UTF-8 when the locale says so ({@code LC_ALL},
     * else {@code LC_CTYPE}, else {@code LANG}) or when the terminal itself does (its {@code iutf8}
     * mode, which terminal emulators, tmux and ssh set); otherwise the locale's own character set
     * ({@code native.encoding}), ASCII for the C locale.
     */
    static Charset forTerminal(Map<String, String> env, boolean terminalSaysUtf8) {
        String locale = null;
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                locale = v;
                break;
            }
        }
        String l = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
        if (l.contains("utf-8") || l.contains("utf8") || terminalSaysUtf8) {
            return StandardCharsets.UTF_8;
        }
        String own = System.getProperty("native.encoding");
        try {
            return own == null ? StandardCharsets.US_ASCII : Charset.forName(own);
        } catch (RuntimeException unknown) {
            return StandardCharsets.US_ASCII;
        }
    }

    /** The text with each character the terminal cannot show replaced by a stand-in. */
    synchronized String shown(String text) {
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String c = new String(Character.toChars(cp));
            i += c.length();
            if (encoder.canEncode(c)) {
                out.append(c);
            } else if (STAND_INS.containsKey(c.charAt(0))) {
                out.append(STAND_INS.get(c.charAt(0)));
            } else {
                // An accented letter without its accent; anything else a question mark.
                String bare = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!bare.isEmpty() && encoder.canEncode(bare) ? bare.substring(0, 1) : "?");
            }
        }
        return out.toString();
    }
}
