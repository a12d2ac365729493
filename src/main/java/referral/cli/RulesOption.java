package referral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import referral.check.CheckedLoader;
import referral.check.CheckedTree;
import referral.diagnostics.Diagnostic;
import referral.files.FileProblem;
import referral.rules.Ids;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * The value of {@code --rules FILE|ID} ({@link Specs#rules} defines the option) and loading the tree
 * it names: a rules file, or a bundled tree by id (a file of that name wins when it exists); the
 * bundled default tree without it.
 */
final class RulesOption {
    private static final int MAX_SHOWN = 20;

    /** The file or id given ({@link Specs#rules}), or null for the default tree. */
    final Path rules;

    private RulesOption(Path rules) {
        this.rules = rules;
    }

    /** The bundled tree's id the option names (the default tree's without it); empty for a file. */
    Optional<String> bundledId() {
        if (rules == null) {
            return Optional.of(RulesLoader.DEFAULT_ID);
        }
        String name = rules.toString();
        if (Files.exists(rules) || !Ids.isValid(name) || !RulesLoader.bundledIds().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    static RulesOption of(Path rules) {
        return new RulesOption(rules);
    }

    /** A usable tree, or a {@link Failure} with exit code 3 (bad rules), or a {@link FileProblem} (exit 5). */
    Tree load() throws FileProblem {
        CheckedTree found = loadAsWritten();
        if (!found.usable()) {
            throw badRules(found.blocking().stream().map(Diagnostic::format).toList());
        }
        return found.tree().get();
    }

    /**
     * The tree even when it has errors (for drawing it with its faults): a {@link Failure} only when
     * the file cannot be read (exit 5) or holds nothing that can be made into a tree (exit 3).
     */
    CheckedTree loadAsWritten() throws FileProblem {
        CheckedLoader loader = new CheckedLoader();
        CheckedTree found;
        Optional<String> bundled = bundledId();
        if (bundled.isPresent()) {
            found = loader.bundled(bundled.get()).orElseThrow();
        } else if (!Files.exists(rules) && Ids.isValid(rules.toString())) {
            List<String> ids = RulesLoader.bundledIds();
            throw new FileProblem(rules + ": no such file, nor a bundled tree"
                    + Ids.didYouMean(rules.toString(), ids) + "; the bundled trees are " + String.join(", ", ids)
                    + " (see 'referral list')");
        } else {
            found = loader.load(rules);
        }
        if (found.tree().isEmpty()) {
            throw badRules(found.blocking().stream().map(Diagnostic::format).toList());
        }
        return found;
    }

    private Failure badRules(List<String> errors) {
        // A badly broken file could give thousands of lines; the first ones are what to fix first.
        List<String> lines = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_SHOWN)));
        if (errors.size() != 1) { // one problem is one line; a count only helps when there are several
            lines.add("the rules file has " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + (errors.size() > MAX_SHOWN ? " (the first " + MAX_SHOWN + " above)" : "")
                    + "; run 'referral check" + (rules == null ? "" : " " + rules) + "' for details");
        }
        return new Failure(ExitCode.BAD_RULES, lines);
    }
}
