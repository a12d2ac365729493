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

    /** Beside a bundled {@code x.yaml}, the build leaves {@code x.yaml.bin}: the same tree in {@link TreeCodec} form. */
    public static final String COMPILED_SUFFIX = ".bin";

    /**
     * The bundled tree: from the form the build compiled it into when that was made from this very
     * YAML (no YAML library loaded), otherwise parsed from the YAML.
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
     * A bundled tree by id, as {@link #loadBundledCompiled()} gives the default one; empty when no
     * bundled tree has that id.
     */
    public Optional<TreeCodec.Compiled> loadBundledCompiled(String id) {
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
        List<Translations.File> translations = new ArrayList<>();
        for (String t : bundledTranslations(id)) {
            byte[] bytes = resource(t);
            if (bytes != null) {
                translations.add(new Translations.File(t, bytes));
            }
        }
        byte[] compiled = resource(name + COMPILED_SUFFIX);
        if (compiled != null) {
            try {
                Optional<TreeCodec.Compiled> read = TreeCodec.read(
                        new java.io.DataInputStream(new java.io.ByteArrayInputStream(compiled)), crc(yaml, translations));
                if (read.isPresent()) {
                    return read;
                }
            } catch (IOException e) {
                // a damaged compiled form: the YAML is the truth
            }
        }
        return Optional.of(new TreeCodec.Compiled(parse(name, yaml, translations), Optional.empty()));
    }

    /** The resource names of a bundled tree's translation files, from the build's index. */
    private static List<String> bundledTranslations(String id) {
        byte[] index = resource(BUNDLED_INDEX);
        if (index == null) {
            return List.of();
        }
        String tree = id + ".yaml";
        return new String(index, java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(n -> Translations.translates(n, tree)).map(n -> "rules/" + n).toList();
    }

    /** Parses the bundled tree's YAML, never its compiled form (for tests and the build). */
    public Loaded loadBundledYaml() {
        List<Translations.File> translations = new ArrayList<>();
        for (String t : bundledTranslations(DEFAULT_ID)) {
            translations.add(new Translations.File(t, resource(t)));
        }
        return parse(BUNDLED, resource(BUNDLED), translations);
    }

    /** The CRC-32 of a tree's YAML followed by its translation files: what its compiled form was made from. */
    public static long crc(byte[] yaml, List<Translations.File> translations) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(yaml);
        for (Translations.File t : translations) {
            crc.update(t.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(t.bytes());
        }
        return crc.getValue();
    }

    private static byte[] resource(String name) {
        try (InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled tree: " + e.getMessage(), e);
        }
    }

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
