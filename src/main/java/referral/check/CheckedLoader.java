package referral.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import referral.diagnostics.BadInput;
import referral.files.InputFiles;
import referral.rules.RulesLoader;
import referral.rules.TreeCodec;
import referral.yaml.YamlLimits;

/**
 * The one way to load a tree and check it, under one rule: every check when the file reads
 * cleanly, the structural checks when it has format errors. Every command, the build's compiler
 * and the tests go through here; a bundled tree brings the findings the build made.
 */
public final class CheckedLoader {
    private final RulesLoader loader;

    public CheckedLoader() {
        this(YamlLimits.RULES);
    }

    /** With other limits than a rules file's, e.g. for generated trees in benchmarks. */
    public CheckedLoader(YamlLimits limits) {
        this.loader = new RulesLoader(limits);
    }

    /** A rules file with the translation files beside it ({@code NAME.LANG.yaml}). */
    public CheckedTree load(Path file) throws BadInput {
        return check(file.toString(), loader.load(file));
    }

    /** As {@link #load(Path)}, the files named in messages as {@code shownAs} says. */
    public CheckedTree load(Path file, String shownAs) throws BadInput {
        return check(shownAs, loader.load(file, shownAs));
    }

    public CheckedTree load(InputFiles.Content content) {
        return check(content.name(), loader.load(content));
    }

    public CheckedTree parse(String name, byte[] yaml) {
        return check(name, loader.parse(name, yaml));
    }

    /** A tree's YAML and its translation files. */
    public CheckedTree parse(String name, byte[] yaml, List<referral.rules.Translations.File> translations) {
        return check(name, loader.parse(name, yaml, translations));
    }

    /** A bundled tree by id, with the build's findings (checked here only when it had to be read from YAML). */
    public Optional<CheckedTree> bundled(String id) {
        return loader.loadBundledCompiled(id).map(c -> bundled(id, c));
    }

    /**
     * As {@link #bundled(String)}, with the tree's texts in English and in {@code language} alone
     * (see {@link RulesLoader#loadBundledCompiled(String, String)}): what a command showing the tree
     * in one language needs, reading no other language's file.
     */
    public Optional<CheckedTree> bundled(String id, String language) {
        return loader.loadBundledCompiled(id, language).map(c -> bundled(id, c));
    }

    private CheckedTree bundled(String id, TreeCodec.Compiled compiled) {
        String name = RulesLoader.bundledResource(id);
        return compiled.checks().map(checks -> new CheckedTree(name, compiled.loaded(), checks))
                .orElseGet(() -> check(name, compiled.loaded()));
    }

    /** Checks a tree already read, as every entry above does. */
    public static CheckedTree check(String name, RulesLoader.Loaded loaded) {
        Checker checker = new Checker();
        List<referral.diagnostics.Diagnostic> checks = loaded.tree()
                .map(t -> loaded.hasErrors() ? checker.structure(t) : checker.check(t)).orElse(List.of());
        return new CheckedTree(name, loaded, checks);
    }
}
