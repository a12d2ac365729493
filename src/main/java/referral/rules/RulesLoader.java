package referral.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.BadInput;
import referral.diagnostics.Position;
import referral.files.InputFiles;
import referral.yaml.YamlLimits;
import referral.yaml.YamlReader;

/** Loads a rules file into a {@link Tree}, with every problem found on the way. */
public final class RulesLoader {

    /** The bundled default tree, as packaged inside the jar. */
    public static final String BUNDLED = "rules/muscle-pain.yaml";

    /** The id of the bundled default tree (each bundled tree's file is named after its id). */
    public static final String DEFAULT_ID = "muscle-pain";

    /**
     * The bundled trees' file names, one a line, written by the build ({@code BundledTreeCompiler}),
     * so that nothing scans the classpath to find them.
     */
    public static final String BUNDLED_INDEX = "rules/index.txt";

    /** A tree (absent when the file could not be made into one) and what was wrong with the file. */
    public record Loaded(Optional<Tree> tree, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final YamlLimits limits;

    public RulesLoader() {
        this(YamlLimits.RULES);
    }

    /** A loader with other limits than a rules file's, e.g. for generated trees in benchmarks. */
    public RulesLoader(YamlLimits limits) {
        this.limits = limits;
    }

    /** A rules file, with the translation files beside it ({@code NAME.LANG.yaml}, see {@link Translations}). */
    public Loaded load(Path path) throws BadInput {
        return load(path, null);
    }

    /**
     * As {@link #load(Path)}, the files named in messages as {@code shownAs} says (the tree's file,
     * its translations beside it) rather than by {@code path}; null: by path.
     */
    public Loaded load(Path path, String shownAs) throws BadInput {
        InputFiles.Content content = InputFiles.read(path, limits.maxBytes());
        String name = shownAs == null ? content.name() : shownAs;
        if (content.tooLarge()) {
            return load(new InputFiles.Content(name, content.bytes(), true, content.size()));
        }
        List<Translations.File> translations = new ArrayList<>();
        for (Path t : translationsBeside(path)) {
            InputFiles.Content c = InputFiles.read(t, limits.maxBytes());
            String tName = shownAs == null ? c.name() : sibling(shownAs, t.getFileName().toString());
            if (c.tooLarge()) {
                return failed(Diagnostic.of(Code.TOO_LARGE, Position.ofFile(tName), "file is " + c.size()
                        + " bytes or more; the limit for a translation file is " + limits.maxBytes() + " bytes"));
            }
            translations.add(new Translations.File(tName, c.bytes()));
        }
        return parse(name, content.bytes(), translations);
    }

    private static String sibling(String shownAs, String fileName) {
        int slash = shownAs.lastIndexOf('/');
        return slash < 0 ? fileName : shownAs.substring(0, slash + 1) + fileName;
    }

    /** The translation files of the tree in {@code path}, by name; none for a file not named {@code *.yaml}. */
    public static List<Path> translationsBeside(Path path) throws BadInput {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.endsWith(".yaml") || Translations.isTranslation(name)) {
            return List.of();
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            // Named as the tree was (a relative path stays relative), so that messages name it the same way.
            Path parent = path.getParent();
            return files.map(p -> p.getFileName().toString()).filter(n -> Translations.translates(n, name)).sorted()
                    .map(n -> parent == null ? Path.of(n) : parent.resolve(n)).toList();
        } catch (IOException e) {
            throw BadInput.file(Code.CANNOT_READ, path.toString(),
                    "cannot list the files beside it to find its translations (" + e.getMessage() + ")");
        }
    }

    /**
     * Beside a bundled {@code x.yaml}, the build leaves {@code x.yaml.bin}: the same tree in English in
     * {@link TreeCodec} form; beside each translation {@code x.ru.yaml}, {@code x.ru.yaml.bin}: the
     * tree in English and that language.
     */
    public static final String COMPILED_SUFFIX = ".bin";

    /**
     * The bundled tree: from the form the build compiled it into when that was made from this very
     * YAML (no YAML library loaded), otherwise parsed from the YAML; with every language.
     */
    public Loaded loadBundled() {
        return loadBundledCompiled().loaded();
    }

    /**
     * The bundled tree as {@link #loadBundled()} gives it, with the checker's findings when the build
     * ran the checker on it (absent when the tree was parsed from YAML here).
     */
    public TreeCodec.Compiled loadBundledCompiled() {
        return loadBundledCompiled(DEFAULT_ID).orElseThrow(
                () -> new IllegalStateException("the bundled tree " + BUNDLED + " is missing from the jar"));
    }

    /** The ids of the bundled trees, the default one first, then by id. */
    public static List<String> bundledIds() {
        byte[] index = resource(BUNDLED_INDEX);
        List<String> ids = new ArrayList<>();
        ids.add(DEFAULT_ID);
        if (index != null) {
            new String(index, java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> l.endsWith(".yaml") && !Translations.isTranslation(l))
                    .map(l -> l.substring(0, l.length() - ".yaml".length()))
                    .filter(id -> !id.equals(DEFAULT_ID)).sorted().forEach(ids::add);
        }
        return List.copyOf(ids);
    }

    /** The resource name of the bundled tree with this id (which may not exist). */
    public static String bundledResource(String id) {
        return "rules/" + id + ".yaml";
    }

    /**
     * A bundled tree by id with every language, as {@link #loadBundledCompiled()} gives the default
     * one; empty when no bundled tree has that id. Every translation file is read, to check that what
     * the build compiled was made from it (for {@code check}, {@code list} and the like).
     */
    public Optional<TreeCodec.Compiled> loadBundledCompiled(String id) {
        return loadBundledCompiled(id, null);
    }

    /**
     * A bundled tree by id with its English and its texts in {@code language} alone ({@link
     * Tree#ENGLISH}: none besides; null: every language). Only that language's translation file is
     * read: a start in English reads no translation. {@link Tree#languages()} still names every
     * language the tree has, so that a command can say when one asked for is not among them.
     */
    public Optional<TreeCodec.Compiled> loadBundledCompiled(String id, String language) {
        if (!id.equals(DEFAULT_ID) && !Ids.isValid(id)) {
            // Never a path into the jar: ids are lower-case words joined by '-'. (The default tree,
            // on every start, skips the regular expression.)
            return Optional.empty();
        }
        String name = bundledResource(id);
        byte[] yaml = resource(name);
        if (yaml == null) {
            return Optional.empty();
        }
        List<String> translations = Tree.ENGLISH.equals(language) ? List.of() : bundledTranslations(id, language);
        long treeCrc = crc(yaml);
        Optional<TreeCodec.Compiled> compiled = compiled(name, treeCrc, translations, language == null);
        if (compiled.isPresent()) {
            return compiled;
        }
        List<Translations.File> files = new ArrayList<>();
        for (String t : translations) {
            byte[] bytes = resource(t);
            if (bytes != null) {
                files.add(new Translations.File(t, bytes));
            }
        }
        return Optional.of(new TreeCodec.Compiled(parse(name, yaml, files), Optional.empty()));
    }

    /**
     * The tree as the build compiled it, with the texts of these translation files, when every part
     * was made from the files as they are now (the CRC-32 of the YAML and of each translation file);
     * empty when any part is missing, stale or damaged (the files are then the truth). {@code all}:
     * the translations are every one the tree has, so the languages the build saw must be these.
     */
    private static Optional<TreeCodec.Compiled> compiled(String name, long treeCrc, List<String> translations,
            boolean all) {
        try {
            if (translations.size() == 1 && !all) {
                return compiled(translations.get(0), treeCrc); // the usual --lang: that language's form alone
            }
            Optional<TreeCodec.Compiled> english = compiledForm(name, treeCrc);
            if (english.isEmpty() || english.get().loaded().tree().isEmpty() || translations.isEmpty()) {
                return english;
            }
            Tree tree = english.get().loaded().tree().get();
            List<String> languages = new ArrayList<>();
            for (String t : translations) {
                Optional<Tree> translated = compiled(t, treeCrc).flatMap(c -> c.loaded().tree());
                if (translated.isEmpty()) {
                    return Optional.empty();
                }
                String language = Translations.language(t.substring(t.lastIndexOf('/') + 1)).orElseThrow();
                tree = TreeCodec.Texts.of(translated.get(), language).applyTo(tree);
                languages.add(language);
            }
            if (all && !new java.util.TreeSet<>(languages).equals(new java.util.TreeSet<>(tree.languages()))) {
                return Optional.empty(); // a translation file added or removed since the build
            }
            RulesLoader.Loaded loaded = new Loaded(Optional.of(tree), english.get().loaded().diagnostics());
            return Optional.of(new TreeCodec.Compiled(loaded, english.get().checks()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged compiled form: the YAML is the truth
        }
    }

    /** The tree in English and the language of {@code translation}, compiled from it and the tree as they are now. */
    private static Optional<TreeCodec.Compiled> compiled(String translation, long treeCrc) throws IOException {
        byte[] file = resource(translation);
        return file == null ? Optional.empty()
                : compiledForm(translation, TreeCodec.sourceCrc(treeCrc, crc(file)));
    }

    /** What the build compiled from {@code source} ({@code source.bin}), if made from what {@code sourceCrc} says. */
    private static Optional<TreeCodec.Compiled> compiledForm(String source, long sourceCrc) throws IOException {
        byte[] bin = resource(source + COMPILED_SUFFIX);
        return bin == null ? Optional.empty()
                : TreeCodec.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bin)), sourceCrc);
    }

    /**
     * The resource names of a bundled tree's translation files, from the build's index: every one
     * ({@code language} null) or that language's.
     */
    private static List<String> bundledTranslations(String id, String language) {
        byte[] index = resource(BUNDLED_INDEX);
        if (index == null) {
            return List.of();
        }
        String tree = id + ".yaml";
        return new String(index, java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(n -> Translations.translates(n, tree))
                .filter(n -> language == null || Translations.language(n).orElseThrow().equals(language))
                .map(n -> "rules/" + n).toList();
    }

    /** Parses the bundled tree's YAML, never its compiled form (for tests and the build). */
    public Loaded loadBundledYaml() {
        List<Translations.File> translations = new ArrayList<>();
        for (String t : bundledTranslations(DEFAULT_ID, null)) {
            translations.add(new Translations.File(t, resource(t)));
        }
        return parse(BUNDLED, resource(BUNDLED), translations);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled tree: " + e.getMessage(), e);
        }
    }

    /** The CRC-32 of a file: what a compiled form records of the file it was made from. */
    public static long crc(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    public Loaded load(InputFiles.Content content) {
        if (content.tooLarge()) {
            return failed(Diagnostic.of(Code.TOO_LARGE, Position.ofFile(content.name()),
                    "file is " + content.size() + " bytes or more; the limit for a rules file is "
                            + limits.maxBytes() + " bytes"));
        }
        return parse(content.name(), content.bytes());
    }

    public Loaded parse(String name, byte[] bytes) {
        return parse(name, bytes, List.of());
    }

    /** A tree's YAML and its translation files (see {@link Translations}). */
    public Loaded parse(String name, byte[] bytes, List<Translations.File> translations) {
        YamlReader.Document document = new YamlReader(limits).read(name, bytes);
        if (document.stopped()) {
            return new Loaded(Optional.empty(), document.problems());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.problems());
        Optional<Tree> tree = new TreeReader(name, diagnostics).read(document.root());
        if (tree.isPresent() && !translations.isEmpty()) {
            tree = Optional.of(Translations.attach(tree.get(), translations, limits, diagnostics));
        }
        return new Loaded(tree, List.copyOf(diagnostics));
    }

    private static Loaded failed(Diagnostic d) {
        return new Loaded(Optional.empty(), List.of(d));
    }
}
