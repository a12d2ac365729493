package referral.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import referral.diagnostics.Diagnostic;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * A rules file loaded and checked ({@link CheckedLoader}): what reading it found, and what the
 * checker found on the tree read. A file read cleanly gets every check; one with format errors gets
 * only the structural checks, which still make sense of a broken tree (for {@code check} and for
 * {@code graph}'s marks).
 */
public record CheckedTree(String name, RulesLoader.Loaded loaded, List<Diagnostic> checks) {

    public CheckedTree {
        checks = List.copyOf(checks);
    }

    /** The tree, absent when the file could not be made into one. */
    public Optional<Tree> tree() {
        return loaded.tree();
    }

    /** What reading the file found (its format), before any check. */
    public List<Diagnostic> read() {
        return loaded.diagnostics();
    }

    /** Every finding: reading's, then the checker's. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(checks);
        return all;
    }

    /**
     * Every finding in the order of the files (line, column, code), as {@code check} prints them:
     * the tree's file first, then its translation files.
     */
    public List<Diagnostic> inFileOrder() {
        List<Diagnostic> all = diagnostics();
        all.sort(Comparator.comparing((Diagnostic d) -> !d.position().file().equals(name))
                .thenComparing(d -> d.position().file())
                .thenComparing(d -> d.position().line())
                .thenComparing(d -> d.position().column())
                .thenComparing(d -> d.code().id()));
        return all;
    }

    /** The errors a command stops at: the file's format errors when there are any, else the checker's. */
    public List<Diagnostic> blocking() {
        List<Diagnostic> format = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        return !format.isEmpty() ? format : checks.stream().filter(Diagnostic::isError).toList();
    }

    /** A tree that can be walked: read, and without errors. */
    public boolean usable() {
        return tree().isPresent() && blocking().isEmpty();
    }

    public long errors() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return loaded.diagnostics().size() + checks.size() - errors();
    }
}
