package referral.lang;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a person asked for: {@code --lang}, else the locale of the environment as POSIX
 * orders it ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}; the first one set wins),
 * else English.
 */
public final class Language {
    private Language() {}

    /** Where the language came from: a language asked for by name is held to; one from the locale is a wish. */
    public record Asked(String language, boolean explicit) {}

    /**
     * The language part of a name as people write it ({@code ru}, {@code RU}, {@code ru_RU.UTF-8},
     * {@code ru-RU}); empty when it is none ({@code C}, {@code POSIX}, {@code 42}).
     */
    public static Optional<String> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String s = name.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128) {
            end++;
        }
        boolean whole = end == s.length() || "_-.@".indexOf(s.charAt(end)) >= 0;
        if (!whole || end < 2 || end > 3) {
            return Optional.empty();
        }
        return Optional.of(s.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** The language the environment's locale names; English when it names none (C, POSIX) or nothing is set. */
    public static String fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return parse(value).orElse("en");
            }
        }
        return "en";
    }
}
