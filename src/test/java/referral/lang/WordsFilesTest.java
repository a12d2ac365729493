package referral.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every language says every one of the tool's words: a key missing from a translation would show its
 * English in the middle of a Russian screen, and a placeholder missing from it would drop a number
 * (a count, a range) the person needs. A translation may have more keys (the names of clinicians and
 * urgencies, which English takes from the tree itself).
 */
class WordsFilesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = read("words.properties");
        for (String language : Words.LANGUAGES) {
            if (language.equals("en")) {
                continue;
            }
            Map<String, String> other = read("words_" + language + ".properties");
            TreeSet<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(other.keySet());
            assertEquals(new TreeSet<String>(), missing, "keys missing from words_" + language + ".properties");
            for (String key : english.keySet()) {
                assertEquals(placeholders(english.get(key)), placeholders(other.get(key)),
                        key + " in words_" + language + ".properties");
            }
        }
    }

    @Test
    void aScrollMarkerIsSaidInRussianWithItsCount() {
        assertEquals("(ещё 4 ниже)", Words.of("ru").get("screen.n-more-below", "4"));
        assertEquals("(4 more below)", Words.ENGLISH.get("screen.n-more-below", "4"));
    }

    private static TreeSet<String> placeholders(String message) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WordsFilesTest.class.getResourceAsStream("/referral/lang/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> sorted = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
        return sorted;
    }
}
