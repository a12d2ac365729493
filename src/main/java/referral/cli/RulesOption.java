package referral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import referral.check.CheckedLoader;
import referral.check.CheckedTree;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.rules.Ids;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * The value of {@code --rules FILE|ID} ({@link Specs#rules} defines the option) and loading the tree
 * it names: a rules file, or a bundled tree by id (a file of that name wins when it exists); the
 * bundled default tree without it.
 */
final class RulesOption {
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

    /** A usable tree; rules that are not (exit 3) or a file that cannot be read (exit 5) are {@link BadInput}. */
    Tree load() throws BadInput {
        return load(null);
    }

    /**
     * As {@link #load()}, a bundled tree with its texts in English and in {@code language} alone
     * (null: every language); a rules file always comes with every translation beside it.
     */
    Tree load(String language) throws BadInput {
        CheckedTree found = loadAsWritten(language);
        if (!found.usable()) {
            throw badRules(found.blocking());
        }
        return found.tree().get();
    }

    /**
     * The tree even when it has errors (for drawing it with its faults): {@link BadInput} only when
     * the file cannot be read (exit 5) or holds nothing that can be made into a tree (exit 3).
     */
    CheckedTree loadAsWritten() throws BadInput {
        return loadAsWritten(null);
    }

    private CheckedTree loadAsWritten(String language) throws BadInput {
        CheckedLoader loader = new CheckedLoader();
        CheckedTree found;
        Optional<String> bundled = bundledId();
        if (bundled.isPresent()) {
            found = loader.bundled(bundled.get(), language).orElseThrow();
        } else if (!Files.exists(rules) && Ids.isValid(rules.toString())) {
            List<String> ids = RulesLoader.bundledIds();
            throw BadInput.file(Code.NO_SUCH_FILE, rules.toString(), "no such file, nor a bundled tree"
                    + Ids.didYouMean(rules.toString(), ids) + "; the bundled trees are " + String.join(", ", ids)
                    + " (see 'referral list')");
        } else {
            found = loader.load(rules);
        }
        if (found.tree().isEmpty()) {
            throw badRules(found.blocking());
        }
        return found;
    }

    private BadInput badRules(List<Diagnostic> errors) {
        // One problem is one line; a count, and where to see them all, only helps when there are several.
        String closing = errors.size() == 1 ? null : "the rules file has " + errors.size() + " errors"
                + (errors.size() > BadInput.MAX_SHOWN ? " (the first " + BadInput.MAX_SHOWN + " above)" : "")
                + "; run 'referral check" + (rules == null ? "" : " " + rules) + "' for details";
        return new BadInput(Input.RULES, errors, closing);
    }
}
