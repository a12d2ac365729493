package referral.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import referral.files.FileProblem;
import referral.files.InputFiles;
import referral.yaml.YamlException;
import referral.yaml.YamlLimits;
import referral.yaml.YamlReader;

/** Loads a rules file into a {@link Tree}, with every problem found on the way. */
public final class RulesLoader {

    /** The bundled default tree, as packaged inside the jar. */
    public static final String BUNDLED = "rules/muscle-pain.yaml";

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

    public Loaded load(Path path) throws FileProblem {
        InputFiles.Content content = InputFiles.read(path, limits.maxBytes());
        return load(content);
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
        byte[] yaml = resource(BUNDLED);
        if (yaml == null) {
            throw new IllegalStateException("the bundled tree " + BUNDLED + " is missing from the jar");
        }
        byte[] compiled = resource(BUNDLED + COMPILED_SUFFIX);
        if (compiled != null) {
            try {
                Optional<TreeCodec.Compiled> read = TreeCodec.read(
                        new java.io.DataInputStream(new java.io.ByteArrayInputStream(compiled)), crc(yaml));
                if (read.isPresent()) {
                    return read.get();
                }
            } catch (IOException e) {
                // a damaged compiled form: the YAML is the truth
            }
        }
        return new TreeCodec.Compiled(parse(BUNDLED, yaml), Optional.empty());
    }

    /** Parses the bundled tree's YAML, never its compiled form (for tests and the build). */
    public Loaded loadBundledYaml() {
        return parse(BUNDLED, resource(BUNDLED));
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
            return failed(Diagnostic.error("too-large", Position.ofFile(content.name()),
                    "file is " + content.size() + " bytes or more; the limit for a rules file is "
                            + limits.maxBytes() + " bytes"));
        }
        return parse(content.name(), content.bytes());
    }

    public Loaded parse(String name, byte[] bytes) {
        YamlReader.Document document;
        try {
            document = new YamlReader(limits).read(name, bytes);
        } catch (YamlException e) {
            return failed(Diagnostic.error(e.isLimit() ? "too-large" : "yaml-syntax", e.position(), e.getMessage()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.problems());
        Optional<Tree> tree = new TreeReader(name, diagnostics).read(document.root());
        return new Loaded(tree, List.copyOf(diagnostics));
    }

    private static Loaded failed(Diagnostic d) {
        return new Loaded(Optional.empty(), List.of(d));
    }
}
