package referral.rules;

import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.diagnostics.Code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import referral.yaml.YamlLimits;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;
import referral.yaml.YamlReader;

/**
 * A tree's translation files: {@code NAME.LANG.yaml} beside {@code NAME.yaml}
 * ({@code muscle-pain.ru.yaml}), one a language, keyed by the ids of the tree (see {@link TreeTexts}).
 * Each text holds the English it was translated from beside the translation:
 *
 * <pre>
 * questions:
 *   age:
 *     text: {en: How old is the person with the pain?, ru: Сколько лет человеку, у которого болит?}
 *     unit: {en: years, ru: [год, года, лет]}     # a unit: its forms for 1, 2 and 5
 * outcomes:
 *   gp:
 *     meanwhile:
 *       - {en: Rest the leg., ru: Дайте ноге покой.}
 * </pre>
 *
 * A translation is used only while its {@code en} is the tree's English as it is now: advice the
 * authors have changed is never shown in its old words, but in English until it is translated again
 * ({@code stale-translation}, at the translation). A key the tree no longer has is stale too.
 */
public final class Translations {
    /** {@code muscle-pain.ru.yaml}: the tree's file name, a language (two or three letters), {@code .yaml}. */
    private static final Pattern FILE = Pattern.compile("(.+)\\.([a-z]{2,3})\\.yaml");

    static final Set<String> TOP_KEYS = Set.of("title", "sources", "clinicians", "questions", "outcomes");
    static final Set<String> QUESTION_KEYS = Set.of("text", "help", "unit", "choices");
    static final Set<String> OUTCOME_KEYS = Set.of("who", "title", "say", "meanwhile", "go-sooner-if");

    /** A translation file's name and bytes. */
    public record File(String name, byte[] bytes) {}

    /** One translated text: the English it was made from, the translation, and where it is written. */
    private record Entry(String english, String translation, Position at) {}

    private Translations() {}

    /** Whether a file name is a translation's ({@code x.ru.yaml}) rather than a tree's. */
    public static boolean isTranslation(String fileName) {
        return FILE.matcher(fileName).matches();
    }

    /** The language of a translation file ({@code ru} for {@code x.ru.yaml}), or empty for a tree's file. */
    public static Optional<String> language(String fileName) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The file name of the tree a translation belongs to ({@code x.yaml} for {@code x.ru.yaml}). */
    public static String treeFile(String fileName) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? m.group(1) + ".yaml" : fileName;
    }

    /** Whether {@code fileName} translates the tree in the file named {@code treeFileName}. */
    public static boolean translates(String fileName, String treeFileName) {
        return isTranslation(fileName) && treeFile(fileName).equals(treeFileName);
    }

    /**
     * The tree with the translations of {@code files} in its texts and their languages in
     * {@link Tree#languages()}; every problem of the files into {@code out}.
     */
    static Tree attach(Tree tree, List<File> files, YamlLimits limits, List<Diagnostic> out) {
        Tree result = tree;
        Set<String> languages = new TreeSet<>();
        for (File file : files) {
            String language = language(last(file.name())).orElseThrow();
            if (language.equals(Tree.ENGLISH)) {
                out.add(Diagnostic.of(Code.BAD_VALUE, Position.ofFile(file.name()),
                        "the tree is written in English (en); a translation file is for another language"));
                continue;
            }
            Optional<Map<String, Entry>> entries = read(file, language, limits, out);
            if (entries.isEmpty()) {
                continue;
            }
            languages.add(language);
            result = apply(result, language, entries.get(), out);
        }
        List<String> all = new ArrayList<>(languages);
        return new Tree(result.id(), result.version(), result.title(), result.start(), result.startPosition(),
                result.questions(), result.outcomes(), result.sources(), result.clinicians(), result.file(), all);
    }

    private static String last(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static Tree apply(Tree tree, String language, Map<String, Entry> entries, List<Diagnostic> out) {
        Set<String> used = new HashSet<>();
        Tree translated = TreeTexts.map(tree, slot -> {
            Entry e = entries.get(slot.key());
            if (e == null) {
                return slot.text();
            }
            used.add(slot.key());
            if (!same(e.english(), slot.text().value())) {
                out.add(Diagnostic.of(Code.STALE_TRANSLATION, e.at(), "the English of " + slot.what()
                        + " has changed since this was translated, so it is shown in English; translate it again and"
                        + " write its English here as it is now: '" + slot.text().value() + "'"));
                return slot.text();
            }
            return e.translation().isBlank() ? slot.text() : slot.text().with(language, e.translation());
        });
        entries.forEach((key, e) -> {
            if (!used.contains(key)) {
                out.add(Diagnostic.of(Code.STALE_TRANSLATION, e.at(), "'" + key.replace('/', '.')
                        + "' is not in the tree " + tree.file() + " (renamed or removed?); nothing uses this text"));
            }
        });
        return translated;
    }

    /** The same English, however the lines were folded in either file. */
    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    private static Optional<Map<String, Entry>> read(File file, String language, YamlLimits limits,
            List<Diagnostic> out) {
        YamlReader.Document document = new YamlReader(limits).read(file.name(), file.bytes());
        out.addAll(document.problems());
        if (document.stopped()) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (document.root() == null) {
            return Optional.of(entries); // an empty file: a translation begun, every text still to do
        }
        Optional<MapNode> root = Fields.asMap(document.root(), "a translation file", out);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        new Reader(language, entries, out).top(root.get());
        return Optional.of(entries);
    }

    /** Walks a translation file, keeping each text under its {@link TreeTexts} key. */
    private record Reader(String language, Map<String, Entry> entries, List<Diagnostic> out) {

        void top(MapNode root) {
            new Fields(root, "the translation file", TOP_KEYS, out);
            entry(root, "title", "title", "the tree's 'title'");
            each(root, "sources", (id, node) -> pair(node, "sources/" + id, "source '" + id + "'"));
            each(root, "clinicians", (id, node) -> pair(node, "clinicians/" + id, "'clinicians' entry '" + id + "'"));
            each(root, "questions", (id, node) -> Fields.asMap(node, "question '" + id + "'", out).ifPresent(q -> {
                String what = "question '" + id + "'";
                new Fields(q, what, QUESTION_KEYS, out);
                for (String k : List.of("text", "help", "unit")) {
                    entry(q, k, "questions/" + id + "/" + k, "'" + k + "' of " + what);
                }
                each(q, "choices", (c, n) -> pair(n, "questions/" + id + "/choices/" + c, "choice '" + c + "' of " + what));
            }));
            each(root, "outcomes", (id, node) -> Fields.asMap(node, "outcome '" + id + "'", out).ifPresent(o -> {
                String what = "outcome '" + id + "'";
                new Fields(o, what, OUTCOME_KEYS, out);
                for (String k : List.of("who", "title", "say")) {
                    entry(o, k, "outcomes/" + id + "/" + k, "'" + k + "' of " + what);
                }
                for (String k : List.of("meanwhile", "go-sooner-if")) {
                    o.get(k).ifPresent(n -> {
                        if (n instanceof ListNode l) {
                            for (int i = 0; i < l.items().size(); i++) {
                                pair(l.items().get(i), "outcomes/" + id + "/" + k + "/" + i, "an item of '" + k + "' of " + what);
                            }
                        } else {
                            out.add(Diagnostic.of(Code.WRONG_TYPE, n.position(), "'" + k + "' of " + what
                                    + " must be a list, one {en: ..., " + language + ": ...} an item, not " + n.describe()));
                        }
                    });
                }
            }));
        }

        private void entry(MapNode map, String key, String slot, String what) {
            map.entry(key).ifPresent(e -> pair(e.value(), slot, what));
        }

        private void each(MapNode map, String key, java.util.function.BiConsumer<String, YamlNode> each) {
            map.get(key).flatMap(n -> Fields.asMap(n, "'" + key + "'", out))
                    .ifPresent(m -> m.entries().forEach(e -> each.accept(e.name(), e.value())));
        }

        /** {@code {en: ..., ru: ...}}; a unit may give its forms as a list ({@code ru: [год, года, лет]}). */
        private void pair(YamlNode node, String slot, String what) {
            Optional<MapNode> map = Fields.asMap(node, what, out);
            if (map.isEmpty()) {
                return;
            }
            Fields f = new Fields(map.get(), what, Set.of(Tree.ENGLISH, language), out);
            Optional<String> english = f.string(Tree.ENGLISH, true, false);
            Optional<YamlNode> translated = f.required(language);
            if (english.isEmpty() || translated.isEmpty()) {
                return;
            }
            String text;
            if (translated.get() instanceof ScalarNode s && s.kind() == YamlNode.Kind.STRING) {
                text = s.text();
            } else if (slot.endsWith("/unit") && translated.get() instanceof ListNode forms
                    && forms.items().size() == 3
                    && forms.items().stream().allMatch(i -> i instanceof ScalarNode s && s.kind() == YamlNode.Kind.STRING)) {
                text = String.join("|", forms.items().stream().map(i -> ((ScalarNode) i).text()).toList());
            } else {
                out.add(Diagnostic.of(Code.WRONG_TYPE, translated.get().position(), "'" + language + "' of " + what
                        + " must be text" + (slot.endsWith("/unit") ? " (or the unit's forms for 1, 2 and 5)" : "")
                        + ", not " + translated.get().describe()));
                return;
            }
            Position at = map.get().position();
            entries.put(slot, new Entry(english.get(), text, at));
        }
    }
}
