package referral.rules;

import java.util.Map;

/**
 * A piece of text shown to people, with optional translations ({@code text: {en: ..., ru: ...}}).
 * {@code value} is the text in the tree's main language.
 */
public record Text(String value, Map<String, String> translations) {

    public Text {
        translations = Map.copyOf(translations);
    }

    public static Text of(String value) {
        return new Text(value, Map.of());
    }

    public String in(String language) {
        return translations.getOrDefault(language, value);
    }

    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
