package referral.rules;

import referral.diagnostics.Position;
import java.util.Map;

/**
 * A piece of text shown to people: {@code value} in the tree's own language (English), written at
 * {@code at} (null for a text the tool makes up, such as the "Yes" of a yes-no question), and its
 * translations by language, from the tree's translation files ({@code muscle-pain.ru.yaml}, see
 * {@link Translations}). Only a translation made from the English as it is now is kept here.
 */
public record Text(String value, Map<String, String> translations, Position at) {

    public Text {
        translations = Map.copyOf(translations);
    }

    public static Text of(String value) {
        return new Text(value, Map.of(), null);
    }

    public static Text at(String value, Position at) {
        return new Text(value, Map.of(), at);
    }

    /** The text in {@code language}, or in English when it has no translation into it. */
    public String in(String language) {
        return translations.getOrDefault(language, value);
    }

    /** The same text with one more translation. */
    public Text with(String language, String translation) {
        Map<String, String> more = new java.util.TreeMap<>(translations);
        more.put(language, translation);
        return new Text(value, more, at);
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
