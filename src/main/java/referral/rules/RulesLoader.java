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

    public Loaded loadBundled() {
        try (InputStream in = RulesLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled tree " + BUNDLED + " is missing from the jar");
            }
            return parse(BUNDLED, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled tree: " + e.getMessage(), e);
        }
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
