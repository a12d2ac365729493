package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/**
 * {@code --lang} and the locale, through the real command line, on the bundled night-cramps tree
 * and its Russian translation ({@code rules/night-cramps.ru.yaml}).
 */
class LanguagesTest {
    /** Answers that reach the routine visit to primary care for frequent cramps with a new medicine. */
    private static final String ANSWERS = "{warning-signs: none, age: 40, pregnant: no, when-cramps: night-rest,"
            + " how-often: often, clues: [medicine]}";

    @TempDir
    Path dir;

    @Test
    void runInRussianShowsTheTreeAndTheToolsOwnWordsInRussian() {
        Cli.Result r = Cli.runWithInput(ANSWERS, "run", "--rules", "night-cramps", "--answers", "-", "--lang", "ru");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("ЗАПИШИТЕСЬ НА ПРИЁМ\nЗапишитесь к терапевту\n\n"
                + "Кто:    Ваш терапевт или врач общей практики\nКогда:  Запишитесь на обычный приём\n"), r.out());
        assertTrue(r.out().contains("\nЧто делать сейчас:\n  - Не отменяйте назначенное лекарство сами"), r.out());
        assertTrue(r.out().contains("\nПочему:\nУ частых судорог при новом или отменённом лекарстве"), r.out());
        assertTrue(r.out().contains("\nЧто вы ответили:\n"), r.out());
        assertTrue(r.out().contains("Сколько лет человеку, у которого судороги? 40 лет\n"), r.out());
        assertFalse(java.util.regex.Pattern.compile("(?m)^(Who|How soon|What to do now|Why|What you answered|Sources):")
                .matcher(r.out()).find(), "no English heading:\n" + r.out());
        assertEquals("", r.err());
    }

    @Test
    void aUnitTakesItsRussianFormForTheNumber() {
        for (String[] age : new String[][] {{"21", "21 год"}, {"23", "23 года"}, {"40", "40 лет"}, {"111", "111 лет"}}) {
            Cli.Result r = Cli.runWithInput(ANSWERS.replace("age: 40", "age: " + age[0]),
                    "run", "--rules", "night-cramps", "--answers", "-", "--lang", "ru");
            assertTrue(r.out().contains("судороги? " + age[1] + "\n"), r.out());
        }
    }

    @Test
    void theLocaleChoosesTheLanguageAsPosixOrdersIt() {
        String ru = "ЗАПИШИТЕСЬ НА ПРИЁМ";
        String en = "BOOK AN APPOINTMENT";
        assertTrue(run(Map.of("LANG", "ru_RU.UTF-8")).startsWith(ru));
        assertTrue(run(Map.of("LANG", "en_GB.UTF-8", "LC_MESSAGES", "ru_RU.UTF-8")).startsWith(ru));
        assertTrue(run(Map.of("LANG", "ru_RU.UTF-8", "LC_ALL", "C")).startsWith(en), "LC_ALL wins");
        assertTrue(run(Map.of("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "C.UTF-8")).startsWith(en));
        assertTrue(run(Map.of()).startsWith(en), "nothing set: English");
    }

    @Test
    void theLanguageNamedWinsOverTheLocale() {
        Cli.Result r = Cli.runWithEnv(Map.of("LANG", "ru_RU.UTF-8"), ANSWERS,
                "run", "--rules", "night-cramps", "--answers", "-", "--lang", "en");
        assertTrue(r.out().startsWith("BOOK AN APPOINTMENT"), r.out());
    }

    @Test
    void aLocaleInALanguageTheToolDoesNotSpeakIsEnglishWithoutAWord() {
        Cli.Result r = Cli.runWithEnv(Map.of("LANG", "de_DE.UTF-8"), ANSWERS,
                "run", "--rules", "night-cramps", "--answers", "-");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("BOOK AN APPOINTMENT"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aLanguageNamedThatTheToolDoesNotSpeakIsAUsageError() {
        Cli.Result de = Cli.runWithInput(ANSWERS, "run", "--answers", "-", "--lang", "de");
        assertEquals(2, de.exit());
        assertEquals("referral: --lang 'de': no texts in this language; expected one of: en, ru\n", de.err());
        assertEquals("", de.out());
        Cli.Result nonsense = Cli.run("next", "--answers", "missing.yaml", "--lang", "42");
        assertEquals(2, nonsense.exit(), "before the files are read");
        assertEquals("referral: --lang '42': not a language; expected one of: en, ru\n", nonsense.err());
    }

    @Test
    void aTreeWithoutTheLanguageIsShownInEnglishAndOneLineSaysSo() {
        Cli.Result r = Cli.runWithInput("{}",
                "next", "--rules", "rules/examples/starter.yaml", "--answers", "-", "--lang", "ru");
        assertEquals(0, r.exit(), r.err());
        assertEquals("referral: дерево «starter» не переведено на русский язык; вопросы и советы будут на английском\n",
                r.err());
        assertTrue(r.out().contains("\"language\":\"en\""), r.out());
    }

    @Test
    void nextGivesTheQuestionInRussianWithTheSameIds() {
        Cli.Result r = Cli.runWithInput("{warning-signs: none, age: 40}",
                "next", "--rules", "night-cramps", "--answers", "-", "--lang", "ru", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("{\"question\":{\"id\":\"pregnant\",\"type\":\"yes-no\",\"text\":\"Возможна ли беременность?\","
                + "\"help\":\"Судороги в ногах часто бывают при беременности; акушерка или врач может проверить, не хватает"
                + " ли магния или кальция. Ответьте «нет», если это исключено.\",\"choices\":[{\"id\":\"yes\",\"text\":\"Да\"},"
                + "{\"id\":\"no\",\"text\":\"Нет\"}]},\"answered\":2,"
                + "\"tree\":{\"id\":\"night-cramps\",\"version\":\"1.0.0\",\"language\":\"ru\"}}\n", r.out());
        Cli.Result age = Cli.runWithInput("{warning-signs: none}",
                "next", "--rules", "night-cramps", "--answers", "-", "--lang", "ru");
        assertTrue(age.out().contains("\"min\":0,\"max\":120,\"unit\":\"лет\""), age.out());
    }

    @Test
    void theOutcomeOfNextAndRunAsJsonIsInRussian() {
        Cli.Result r = Cli.runWithInput(ANSWERS, "next", "--rules", "night-cramps", "--answers", "-", "--lang", "ru");
        assertTrue(r.out().startsWith("{\"outcome\":{\"outcome\":\"gp-cramp-clues\",\"see\":\"primary-care\","
                + "\"specialty\":null,\"who\":\"Ваш терапевт или врач общей практики\",\"who-is-this\":null,"
                + "\"urgency\":\"routine\",\"how-soon\":\"Запишитесь на обычный приём\",\"title\":\"Запишитесь к терапевту\""),
                r.out());
        assertTrue(r.out().contains("\"answer\":40,\"answer-text\":\"40 лет\""), r.out());
    }

    @Test
    void aPlainSessionIsAnsweredInRussianWordsAndItsAnswersFileHoldsIds() throws IOException {
        Path saved = dir.resolve("answers.yaml");
        Cli.Result r = Cli.runWithInput("Ничего из этого\n40\nнет\nтолько ночью или в покое\n2\nд\n1 3\n",
                "ask", "--rules", "night-cramps", "--lang", "ru", "--save-answers", saved.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Вопрос 2 (осталось не больше 4): Сколько лет человеку, у которого судороги?\n"
                + "Введите число от 0 до 120 лет. ? — справка, b — назад.\n"), r.out());
        assertTrue(r.out().contains("  1) Да  2) Нет\n"), r.out());
        assertTrue(r.out().contains("> д\nВарианта «д» нет в списке. Введите один или несколько номеров от 1 до 4 через\n"),
                r.out());
        assertTrue(r.out().contains("\nЗАПИШИТЕСЬ НА ПРИЁМ\n"), r.out());
        String answers = Files.readString(saved);
        assertTrue(answers.contains("pregnant: no") && answers.contains("when-cramps: night-rest")
                && answers.contains("clues: [medicine, alcohol]"), answers);
        Cli.Result replayed = Cli.run("run", "--rules", "night-cramps", "--answers", saved.toString());
        assertTrue(replayed.out().startsWith("BOOK AN APPOINTMENT\nBook a visit to your primary care doctor\n"),
                replayed.out());
    }

    @Test
    void yesAndNoAreTypedInEitherLanguage() {
        for (String yes : new String[] {"д", "да", "Да", "y", "yes", "1"}) {
            Cli.Result r = Cli.runWithInput("5\n30\n" + yes + "\n", "ask", "--rules", "night-cramps", "--lang", "ru");
            assertTrue(r.out().contains("Расскажите акушерке или врачу на следующем приёме"), yes + ":\n" + r.out());
        }
    }

    @Test
    void aBatchInRussian() {
        Cli.Result r = Cli.runWithInput("{\"id\": 1, \"answers\": " + ANSWERS.replace("{", "{\"").replace(": ", "\": \"")
                + "}\n{\"id\": 2, \"answers\": {\"warning-signs\": [\"none\"]}}\n", "batch", "--rules", "night-cramps",
                "--lang", "ru", "--threads", "1");
        assertEquals(4, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].contains("нет ответа на вопрос «age» (Сколько лет человеку, у которого судороги?); ожидается"
                + " число от 0 до 120 лет"), lines[1]);
    }

    @Test
    void checkNamesAMissingTranslationAtTheEnglishAndAStaleOneAtTheTranslation() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of("rules/night-cramps.yaml"), rules.resolve("night-cramps.yaml"));
        String ru = Files.readString(Path.of("rules/night-cramps.ru.yaml"));
        String withoutAge = ru.replace("    text:\n      en: How old is the person with the cramps?\n"
                + "      ru: Сколько лет человеку, у которого судороги?\n", "");
        assertTrue(withoutAge.length() < ru.length(), "the edit applies");
        Files.writeString(rules.resolve("night-cramps.ru.yaml"), withoutAge);
        Cli.Result missing = Cli.runIn(dir, "check");
        assertEquals(0, missing.exit(), "a warning");
        assertEquals("rules/night-cramps.yaml:66:11: warning: 'text' of question 'age' has no ru text in"
                + " rules/night-cramps.ru.yaml [missing-translation]\n", missing.out());
        assertTrue(missing.err().contains("checked 1 file: 0 errors, 1 warning"), missing.err());

        Files.writeString(rules.resolve("night-cramps.ru.yaml"), ru);
        Files.writeString(rules.resolve("night-cramps.yaml"), Files.readString(rules.resolve("night-cramps.yaml"))
                .replace("text: How old is the person with the cramps?", "text: How old is the person?"));
        // Named by the translation file, check checks the tree and its translations together.
        Cli.Result stale = Cli.run("check", rules.resolve("night-cramps.ru.yaml").toString());
        assertTrue(stale.out().contains("\n" + rules.resolve("night-cramps.ru.yaml") + ":"), stale.out());
        assertTrue(stale.out().contains(": warning: the English of 'text' of question 'age' has changed since this was"
                + " translated, so it is shown in English; translate it again and write its English here as it is now:"
                + " 'How old is the person?' [stale-translation]\n"), stale.out());
        Cli.Result shown = Cli.runWithInput("{warning-signs: none}", "next", "--rules",
                rules.resolve("night-cramps.yaml").toString(), "--answers", "-", "--lang", "ru");
        assertTrue(shown.out().contains("\"text\":\"How old is the person?\""), "never the old words: " + shown.out());
    }

    @Test
    void theFhirQuestionnaireCarriesTheRussianTexts() {
        Cli.Result r = Cli.run("export", "fhir", "--rules", "night-cramps");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("{\"url\":\"lang\",\"valueCode\":\"ru\"},{\"url\":\"content\","
                + "\"valueString\":\"Возможна ли беременность?\"}"), r.out());
    }

    private static String run(Map<String, String> env) {
        Cli.Result r = Cli.runWithEnv(env, ANSWERS, "run", "--rules", "night-cramps", "--answers", "-");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
