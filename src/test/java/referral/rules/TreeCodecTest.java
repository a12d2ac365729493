package referral.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import referral.check.Checker;
import referral.testing.Trees;

class TreeCodecTest {

    @Test
    void theBundledTreeCompiledByTheBuildEqualsWhatTheYamlLoaderReads() {
        RulesLoader loader = new RulesLoader();
        RulesLoader.Loaded fromYaml = loader.loadBundledYaml();
        RulesLoader.Loaded bundled = loader.loadBundled();
        assertTrue(fromYaml.tree().isPresent(), "the bundled YAML gives a tree");
        assertSame(fromYaml, bundled);
    }

    @Test
    void theBuildCheckedTheBundledTreeAsTheCheckerWouldNow() {
        TreeCodec.Compiled compiled = new RulesLoader().loadBundledCompiled();
        Tree fromYaml = new RulesLoader().loadBundledYaml().tree().orElseThrow();
        assertEquals(Optional.of(new Checker().check(fromYaml)), compiled.checks());
    }

    @Test
    void inOneLanguageTheBundledTreeIsItsCompiledEnglishWithThatLanguageAlone() {
        RulesLoader loader = new RulesLoader();
        Tree everything = loader.loadBundledYaml().tree().orElseThrow();
        List<String> languages = new ArrayList<>(everything.languages());
        languages.add(Tree.ENGLISH);
        for (String language : languages) {
            TreeCodec.Compiled compiled = loader.loadBundledCompiled(RulesLoader.DEFAULT_ID, language).orElseThrow();
            assertTrue(compiled.checks().isPresent(), language + ": made from what the build compiled, not from YAML");
            Tree tree = compiled.loaded().tree().orElseThrow();
            assertEquals(everything.languages(), tree.languages(), "every language the tree has is named");
            assertEquals(texts(everything, language), texts(tree, language), language);
            assertEquals(List.of(), TreeTexts.slots(tree).stream()
                    .filter(s -> !s.text().translations().keySet().stream().allMatch(language::equals)).toList(),
                    "no text in another language");
        }
    }

    /** Each text's key, its English, and its translation into {@code language} (if any). */
    private static List<String> texts(Tree tree, String language) {
        return TreeTexts.slots(tree).stream().map(s -> s.key() + " = " + s.text().value() + " | "
                + s.text().translations().get(language)).toList();
    }

    @Test
    void aTreeInOneLanguageIsUsedOnlyWithTheTreeAndTheTranslationItWasMadeFrom() throws IOException {
        String russian = "title: {en: A small tree, ru: Маленькое дерево}\nquestions:\n  signs:\n"
                + "    text: {en: Any of these?, ru: Что-нибудь из этого?}\n";
        RulesLoader.Loaded translated = Trees.load(Trees.SMALL, "ru", russian);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreeCodec.write(translated, null, TreeCodec.sourceCrc(11, 22), new DataOutputStream(bytes));
        assertSame(translated, TreeCodec.read(in(bytes), TreeCodec.sourceCrc(11, 22)).orElseThrow().loaded());
        assertTrue(TreeCodec.read(in(bytes), TreeCodec.sourceCrc(11, 23)).isEmpty(), "the translation file changed");
        assertTrue(TreeCodec.read(in(bytes), TreeCodec.sourceCrc(12, 22)).isEmpty(), "the tree changed");
        assertTrue(TreeCodec.read(in(bytes), 11).isEmpty(), "the tree in English alone");

        TreeCodec.Texts texts = TreeCodec.Texts.of(translated.tree().orElseThrow(), "ru");
        assertEquals(2, texts.byKey().size(), texts.byKey().toString());
        Tree english = Trees.load(Trees.SMALL).tree().orElseThrow();
        assertEquals(texts(translated.tree().orElseThrow(), "ru"), texts(texts.applyTo(english), "ru"));
    }

    private static DataInputStream in(ByteArrayOutputStream bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aTreeWithEveryKindOfFieldSurvivesTheRoundTrip() throws IOException {
        String yaml = Trees.SMALL
                .replace("              where:\n                text: Where?",
                        "              where:\n                text: Where?\n                help: Where it hurts")
                .replace("- when: {any: [{where: joints}, {signs: numb}]}",
                        "- when: {any: [{where: joints}, {signs: {all: [numb]}}, {not: {age: {at-least: 90.5}}}]}")
                .replace("gp: {see: primary-care,", "gp: {see: primary-care, specialty: family medicine,")
                .replace("joints: Joints", "joints: {text: Joints, when: {any: [{age: {below: 40}}, {not: {signs: numb}}]}}")
                .replace("back: Back", "back: {text: Back, when: {signs: {any: [numb, none]}}}")
                .replace("rheum: {see: rheumatologist,", "rheum: {see: rheumatologist, who: Your doctor,")
                .replace("sources:\n  s1: Source one\n", "sources:\n  s1: Source one\nclinicians:\n"
                        + "  self-care: You look after it.\n  physiatrist: A physiatrist treats pain.\n");
        RulesLoader.Loaded loaded = Trees.load(yaml, "ru", "questions:\n  signs:\n    text: {en: Any of these?, ru: Что-нибудь"
                + " из этого?}\n  age:\n    unit: {en: years, ru: [год, года, лет]}\noutcomes:\n  rheum:\n"
                + "    who: {en: Your doctor, ru: Ваш врач}\n  gp:\n    who: {en: Your primary care doctor (family medicine),"
                + " ru: Ваш семейный врач}\nclinicians:\n  physiatrist: {en: A physiatrist treats pain., ru: Реабилитолог.}\n");
        assertFalse(loaded.hasErrors(), () -> loaded.diagnostics().toString());
        assertEquals(2, loaded.tree().orElseThrow().clinicians().size(), "the edits apply");
        assertEquals("Ваш врач", loaded.tree().orElseThrow().outcomes().get("rheum").who().in("ru"));
        assertEquals("Ваш семейный врач", loaded.tree().orElseThrow().outcomes().get("gp").who().in("ru"));
        assertEquals(List.of("ru"), loaded.tree().orElseThrow().languages());
        assertSame(loaded, roundTrip(loaded, 42));
    }

    @Test
    void theConditionsOfChoicesSurviveTheRoundTrip() throws IOException {
        RulesLoader.Loaded loaded = Trees.load(Trees.WHEN);
        Tree back = roundTrip(loaded, 12).tree().orElseThrow();
        assertSame(loaded, roundTrip(loaded, 12));
        Choice pregnancy = back.questions().get("urgent-signs").choice("pregnancy-warning").orElseThrow();
        assertEquals("pregnant: yes", ConditionText.describe(pregnancy.when()));
        assertEquals(loaded.tree().get().questions().get("urgent-signs").choice("pregnancy-warning").orElseThrow()
                .when().position(), pregnancy.when().position());
    }

    @Test
    void aBrokenFileKeepsItsDiagnosticsAndPositions() throws IOException {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL.replace("type: yes-no", "type: yes-or-no")
                .replace("title: A small tree", "title: A small tree\ncolour: blue"));
        assertTrue(loaded.hasErrors());
        assertSame(loaded, roundTrip(loaded, 7));
        RulesLoader.Loaded unreadable = Trees.load("- just\n- a list\n");
        assertSame(unreadable, roundTrip(unreadable, 7));
    }

    @Test
    void dataMadeFromOtherYamlIsNotUsed() throws IOException {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreeCodec.write(loaded, null, 1, new DataOutputStream(bytes));
        assertTrue(TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 2).isEmpty());
    }

    private static RulesLoader.Loaded roundTrip(RulesLoader.Loaded loaded, long crc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreeCodec.write(loaded, null, crc, new DataOutputStream(bytes));
        return TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), crc).orElseThrow().loaded();
    }

    /** Record equality, plus the orders that records compare without (map keys, sets in conditions). */
    private static void assertSame(RulesLoader.Loaded expected, RulesLoader.Loaded actual) {
        assertEquals(expected, actual);
        assertEquals(expected.diagnostics(), actual.diagnostics());
        if (expected.tree().isEmpty()) {
            assertTrue(actual.tree().isEmpty());
            return;
        }
        Tree e = expected.tree().get();
        Tree a = actual.tree().get();
        assertEquals(e, a);
        assertEquals(List.copyOf(e.questions().keySet()), List.copyOf(a.questions().keySet()));
        assertEquals(List.copyOf(e.outcomes().keySet()), List.copyOf(a.outcomes().keySet()));
        assertEquals(List.copyOf(e.sources().keySet()), List.copyOf(a.sources().keySet()));
        assertEquals(List.copyOf(e.clinicians().keySet()), List.copyOf(a.clinicians().keySet()));
        assertEquals(conditions(e), conditions(a));
        assertEquals(e.toString(), a.toString());
    }

    private static List<String> conditions(Tree t) {
        List<String> all = new ArrayList<>();
        for (Question q : t.questions().values()) {
            for (Branch b : q.next()) {
                all.add(q.id() + " -> " + b.target() + " when " + (b.when() == null ? "-" : ConditionText.describe(b.when())));
            }
            for (Choice c : q.choices()) {
                all.add(q.id() + "." + c.id() + " offered when " + (c.when() == null ? "-" : ConditionText.describe(c.when())));
            }
        }
        return all;
    }

    @Test
    void textsOutsideAsciiKeepTheirCharacters() throws IOException {
        RulesLoader.Loaded loaded = Trees.load(Trees.SMALL.replace("title: A small tree", "title: \"Боль в мышцах — 筋肉痛 🙂\""));
        Tree t = roundTrip(loaded, 3).tree().orElseThrow();
        assertEquals("Боль в мышцах — 筋肉痛 🙂", t.title().value());
    }
}
