package referral.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import referral.check.CheckedLoader;
import referral.check.CheckedTree;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/** Small trees for tests, and loading them. */
public final class Trees {
    private Trees() {}

    /** The small test tree file, shared by the in-process tests and the tests of the real jar. */
    public static final Path SMALL_FILE = Path.of("src/test/resources/trees/small.yaml");

    /** A tiny tree with one question of each type, used across the layer tests ({@link #SMALL_FILE}). */
    public static final String SMALL = read(SMALL_FILE);

    /**
     * A tree with choices offered only where they apply ({@code when} on choices): the pregnancy red
     * flag of 'urgent-signs' after 'pregnant: yes' (asked of women aged 12 to 55), 'heavy-work' of
     * 'main-problem' from 16, 'girdle' from 50.
     */
    public static final Path WHEN_FILE = Path.of("src/test/resources/trees/when.yaml");

    public static final String WHEN = read(WHEN_FILE);

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the tests run from the project directory; cannot read " + file, e);
        }
    }

    public static RulesLoader.Loaded load(String yaml) {
        return new RulesLoader().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A tree ({@code test.yaml}) with its translation file ({@code test.LANGUAGE.yaml}). */
    public static RulesLoader.Loaded load(String yaml, String language, String translation) {
        return new RulesLoader().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), java.util.List.of(
                new referral.rules.Translations.File("test." + language + ".yaml",
                        translation.getBytes(StandardCharsets.UTF_8))));
    }

    /** Loads and checks a tree as every command does ({@link CheckedLoader}). */
    public static CheckedTree checked(String yaml) {
        return new CheckedLoader().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads and checks a tree with its translation file ({@code test.LANGUAGE.yaml}). */
    public static CheckedTree checked(String yaml, String language, String translation) {
        return new CheckedLoader().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), java.util.List.of(
                new referral.rules.Translations.File("test." + language + ".yaml",
                        translation.getBytes(StandardCharsets.UTF_8))));
    }

    /** Loads a tree that must be free of errors. */
    public static Tree valid(String yaml) {
        CheckedTree checked = checked(yaml);
        if (!checked.usable()) {
            throw new AssertionError("tree has errors: " + checked.blocking());
        }
        return checked.tree().get();
    }
}
