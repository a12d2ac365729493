package referral.build;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import referral.cases.CaseFiles;
import referral.check.CheckedLoader;
import referral.check.CheckedTree;
import referral.cli.ExitCode;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.rules.RulesLoader;
import referral.rules.Translations;
import referral.rules.Tree;
import referral.rules.TreeCodec;

/**
 * Run by the build (process-classes) on the trees about to be bundled: parses every
 * {@code rules/*.yaml} in the classes directory with the real YAML loader, runs the checker on
 * what it reads, and writes both beside the file in the {@link TreeCodec} form
 * ({@code muscle-pain.yaml} gives {@code muscle-pain.yaml.bin}, the tree in English, and
 * {@code muscle-pain.ru.yaml} gives {@code muscle-pain.ru.yaml.bin}, the tree in English and Russian), so that a
 * bundled tree starts without the YAML library, without checking it again, and without reading a
 * language it does not show. It also writes the indexes that let the
 * jar find its trees and case files without scanning the classpath.
 *
 * <p>A bundled tree with errors stops the build: its findings are printed as {@code referral check}
 * prints them ({@code rules/x.yaml:13:7: error: ... [code]}, paths relative to the project, which is
 * where the build runs) and the exit code is 1. Knows nothing of what the trees say.
 */
public final class BundledTreeCompiler {
    private BundledTreeCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BundledTreeCompiler CLASSES_DIR [SOURCE_RULES_DIR]");
            System.exit(ExitCode.USAGE);
        }
        Path classes = Path.of(args[0]);
        if (args.length == 2) {
            prune(classes.resolve("rules"), Path.of(args[1]));
        }
        int exit = compile(classes, System.err);
        if (exit != ExitCode.OK) {
            System.exit(exit);
        }
    }

    /** Compiles the trees under {@code classes/rules}; 0 when every one checks without errors, 1 otherwise. */
    static int compile(Path classes, PrintStream err) throws IOException {
        Path rules = classes.resolve("rules");
        if (!Files.isDirectory(rules)) {
            return ExitCode.OK;
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(rules)) {
            found = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        List<Path> yamls = found.stream().filter(p -> !Translations.isTranslation(p.getFileName().toString())).toList();
        List<String> failed = new ArrayList<>();
        for (Path orphan : found) {
            String file = orphan.getFileName().toString();
            if (Translations.isTranslation(file) && !Files.exists(orphan.resolveSibling(Translations.treeFile(file)))) {
                String name = classes.relativize(orphan).toString().replace('\\', '/');
                err.println(Diagnostic.of(Code.BAD_VALUE, Position.ofFile(name), "a translation of "
                        + Translations.treeFile(file) + ", which is not in rules/").format());
                failed.add(name);
            }
        }
        for (Path yaml : yamls) {
            String name = classes.relativize(yaml).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(yaml);
            List<Translations.File> translations = new ArrayList<>();
            for (Path t : found) {
                if (Translations.translates(t.getFileName().toString(), yaml.getFileName().toString())) {
                    translations.add(new Translations.File(classes.relativize(t).toString().replace('\\', '/'),
                            Files.readAllBytes(t)));
                }
            }
            CheckedTree checked = new CheckedLoader().parse(name, bytes, translations);
            RulesLoader.Loaded loaded = checked.loaded();
            List<Diagnostic> all = checked.diagnostics();
            String stem = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
            loaded.tree().filter(t -> !t.id().isEmpty() && !t.id().equals(stem)).ifPresent(t -> all.add(
                    Diagnostic.of(Code.BAD_ID, Position.ofFile(name), "a bundled tree's file is named after its id: '"
                            + t.id() + "' belongs in rules/" + t.id() + ".yaml, not " + name)));
            all.sort(Comparator.comparing((Diagnostic d) -> d.position().line())
                    .thenComparing(d -> d.position().column()).thenComparing(d -> d.code().id()));
            long errors = all.stream().filter(Diagnostic::isError).count();
            if (errors > 0 || loaded.tree().isEmpty()) {
                all.forEach(d -> err.println(d.format()));
                err.println(name + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", "
                        + (all.size() - errors) + " warning" + (all.size() - errors == 1 ? "" : "s")
                        + "; a bundled tree must check without errors (referral check " + name + ")");
                failed.add(name);
                continue;
            }
            // One form a language, so that a start reads only the language it shows: the tree in
            // English, and for each translation the tree in English and that language; each with
            // every finding and the names of all the tree's languages. (Measured: bench/README.md,
            // "Timings behind the code".)
            List<String> languages = loaded.tree().get().languages();
            long treeCrc = RulesLoader.crc(bytes);
            write(yaml, treeCrc, oneLanguage(name, bytes, List.of(), languages, loaded), checked.checks());
            for (Translations.File t : translations) {
                write(classes.resolve(t.name()), TreeCodec.sourceCrc(treeCrc, RulesLoader.crc(t.bytes())),
                        oneLanguage(name, bytes, List.of(t), languages, loaded), checked.checks());
            }
        }
        if (!failed.isEmpty()) {
            err.println("referral: the build stops: " + String.join(", ", failed) + (failed.size() == 1 ? " has" : " have")
                    + " errors (listed above)");
            return ExitCode.FINDINGS;
        }
        writeIndex(rules.resolve("index.txt"), found); // trees and their translations
        writeCaseIndexes(rules.resolve("cases"));
        return ExitCode.OK;
    }

    /** The tree read with these translation files alone, naming every language and with every finding of {@code all}. */
    private static RulesLoader.Loaded oneLanguage(String name, byte[] yaml, List<Translations.File> translation,
            List<String> languages, RulesLoader.Loaded all) {
        Tree t = new RulesLoader().parse(name, yaml, translation).tree().orElseThrow();
        Tree named = new Tree(t.id(), t.version(), t.title(), t.start(), t.startPosition(), t.questions(),
                t.outcomes(), t.sources(), t.clinicians(), t.file(), languages);
        return new RulesLoader.Loaded(Optional.of(named), all.diagnostics());
    }

    /** Writes {@code source}'s compiled form beside it ({@code x.yaml.bin}), whole or not at all. */
    private static void write(Path source, long sourceCrc, RulesLoader.Loaded loaded, List<Diagnostic> checks)
            throws IOException {
        Path bin = source.resolveSibling(source.getFileName() + RulesLoader.COMPILED_SUFFIX);
        Path tmp = bin.resolveSibling(bin.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
            TreeCodec.write(loaded, checks, sourceCrc, out);
        }
        Files.move(tmp, bin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Removes from the classes directory the trees and case files whose source is gone: Maven copies
     * resources but never deletes a copy, so a tree taken out of {@code rules/} would otherwise stay
     * in the jar (and stop the build, if it had errors) until {@code mvn clean}.
     */
    static void prune(Path copied, Path source) throws IOException {
        if (!Files.isDirectory(copied)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(copied)) {
            all = walk.sorted(Comparator.reverseOrder()).toList(); // files before their directories
        }
        for (Path p : all) {
            String relative = copied.relativize(p).toString();
            String name = p.getFileName().toString();
            boolean made = name.equals(CaseFiles.INDEX_NAME) || name.endsWith(RulesLoader.COMPILED_SUFFIX);
            if (Files.isRegularFile(p) && !made && !Files.exists(source.resolve(relative))) {
                Files.delete(p);
                Files.deleteIfExists(p.resolveSibling(name + RulesLoader.COMPILED_SUFFIX));
            } else if (Files.isDirectory(p) && !p.equals(copied) && !Files.exists(source.resolve(relative))) {
                try (Stream<Path> left = Files.list(p)) {
                    for (Path made2 : left.toList()) {
                        Files.delete(made2); // only indexes are left in it
                    }
                }
                Files.delete(p);
            }
        }
    }

    /** {@link CaseFiles#BUNDLED_INDEX} in the cases directory and one in each tree's directory under it. */
    private static void writeCaseIndexes(Path cases) throws IOException {
        if (!Files.isDirectory(cases)) {
            return;
        }
        List<Path> dirs = new ArrayList<>(List.of(cases));
        try (Stream<Path> sub = Files.list(cases)) {
            sub.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(Files::isRegularFile).filter(p -> CaseFiles.isCaseName(p.getFileName().toString()))
                        .sorted().toList();
            }
            writeIndex(dir.resolve(CaseFiles.INDEX_NAME), files);
        }
    }

    private static void writeIndex(Path index, List<Path> files) throws IOException {
        StringBuilder s = new StringBuilder();
        files.forEach(f -> s.append(f.getFileName()).append('\n'));
        Files.writeString(index, s, StandardCharsets.UTF_8);
    }
}
