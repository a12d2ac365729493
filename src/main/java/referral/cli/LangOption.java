package referral.cli;

import java.util.Optional;
import referral.lang.Language;
import referral.lang.Words;
import referral.rules.Tree;

/**
 * The {@code --lang LANG} option of the commands that show a tree to people (ask, run, next, batch)
 * and the words it gives. A language asked for by name that the tool does not speak is a usage
 * error (exit 2): a script or a person who named it should know at once. One that only the locale
 * names falls back to English without a word, as programs do for a locale they have no texts for.
 * A tree with no translation into the language is shown wholly in English, and one line says so.
 */
final class LangOption {
    // Words.LANGUAGES lists the same languages.
    static final String DESCRIPTION = "Language of the questions and the result: en or ru (default: from LC_ALL,"
            + " LC_MESSAGES or LANG; English when they name another language).";

    private LangOption() {}

    /** The language asked for, before any tree is read: a usage error is found before the files are. */
    static Language.Asked asked(String option, Io io) {
        if (option == null) {
            String fromLocale = Language.fromEnvironment(io.env());
            return new Language.Asked(Words.LANGUAGES.contains(fromLocale) ? fromLocale : "en", false);
        }
        Optional<String> language = Language.parse(option);
        if (language.isEmpty() || !Words.LANGUAGES.contains(language.get())) {
            throw new Failure(ExitCode.USAGE, "--lang '" + option + "': " + (language.isEmpty() ? "not a language"
                    : "no texts in this language") + "; expected one of: " + String.join(", ", Words.LANGUAGES));
        }
        return new Language.Asked(language.get(), true);
    }

    /** The words for showing {@code tree}: English, with one line on stderr, when the tree is not translated. */
    static Words words(Language.Asked asked, Io io, Tree tree) {
        if (asked.language().equals("en")) {
            return Words.ENGLISH;
        }
        Words words = Words.of(asked.language());
        if (!tree.languages().contains(asked.language())) {
            io.err().println("referral: " + words.get("tree.untranslated", tree.id()));
            return Words.ENGLISH;
        }
        return words;
    }
}
