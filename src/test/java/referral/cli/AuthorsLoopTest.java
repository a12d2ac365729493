package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.rules.RulesLoader;
import referral.testing.Cli;
import referral.testing.CleanTree;

/**
 * The author's loop of the README's walkthrough, through the real command line: the starter tree of
 * rules/examples/ checks clean and its cases cover it; the walkthrough's unsafe edit is caught by
 * check and drawn by graph; check with no file checks the trees of the working directory.
 */
class AuthorsLoopTest {
    static final Path STARTER = Path.of("rules/examples/starter.yaml");

    /** The walkthrough's edit: the fever red flag sent to self-care. */
    static final String UNSAFE_EDIT_FROM = "goto: gp-today";
    static final String UNSAFE_EDIT_TO = "goto: rest-at-home";

    @TempDir
    Path dir;

    @Test
    void theStarterTreeChecksWithoutAFinding() {
        Cli.Result r = Cli.run("check", "--strict", STARTER.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("referral: checked 1 file: 0 errors, 0 warnings\n", r.err());
    }

    @Test
    void theStarterCasesPassWithFullCoverage() {
        Cli.Result r = Cli.run("test", "--rules", STARTER.toString(), "--min-coverage", "100");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("5 cases: 5 passed, 0 failed"), r.out());
        assertTrue(r.out().contains("choices exercised       5/5    100%"), r.out());
    }

    @Test
    void theWalkthroughsUnsafeEditIsCaughtAndDrawn() throws Exception {
        String starter = Files.readString(STARTER);
        assertEquals(1, starter.split(UNSAFE_EDIT_FROM, -1).length - 1, "the walkthrough's sed edits one line");
        Path edited = dir.resolve("starter.yaml");
        Files.writeString(edited, starter.replace(UNSAFE_EDIT_FROM, UNSAFE_EDIT_TO));
        Cli.Result check = Cli.run("check", edited.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().startsWith(edited + ":30:7: error: red-flag choice 'fever' of 'warning-signs' (urgent)"
                + " can end at 'rest-at-home' (self-care), which is less urgent; path: warning-signs=fever -> rest-at-home"
                + " [red-flag-unsafe]\n"), check.out());
        Cli.Result graph = Cli.run("graph", "--rules", edited.toString());
        assertEquals(0, graph.exit());
        assertTrue(graph.out().contains("\\nERROR: red-flag-unsafe\"];"), graph.out());
        assertTrue(graph.out().contains("\"q:warning-signs\" [shape=box, style=\"rounded,dashed\""), graph.out());
    }

    @Test
    void checkWithoutAFileChecksTheRulesOfTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("rules/cases"));
        Files.writeString(dir.resolve("rules/a-clean.yaml"), CleanTree.YAML);
        Files.writeString(dir.resolve("rules/b-unsafe.yaml"), CleanTree.YAML.replace("goto: call", "goto: home"));
        Files.writeString(dir.resolve("rules/notes.txt"), "not a tree");
        Cli.Result r = Cli.runIn(dir, "check");
        assertEquals(1, r.exit());
        assertEquals("referral: checking rules/*.yaml of this directory: rules/a-clean.yaml, rules/b-unsafe.yaml",
                r.errLines()[0]);
        assertTrue(r.out().startsWith("rules/b-unsafe.yaml:13:7: error: red-flag choice 'chest'"), r.out());
        assertEquals("referral: checked 2 files: 1 error, 1 warning", r.errLines()[1]);
    }

    @Test
    void checkWithoutAFileElsewhereChecksEveryBundledTree() {
        Cli.Result r = Cli.runIn(dir, "check");
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> ids = RulesLoader.bundledIds();
        String[] lines = r.errLines();
        assertEquals("referral: checking the bundled trees (there is no rules/*.yaml here): " + String.join(", ", ids), lines[0]);
        // The bundled trees carry warnings on purpose (red flags offered only where they apply, see BundledTreeTest).
        assertTrue(lines[1].startsWith("referral: checked " + ids.size() + " files: 0 errors, "), lines[1]);
    }

    @Test
    void checkTakesABundledTreesIdToo() {
        Cli.Result r = Cli.runIn(dir, "check", "--format", "json", "night-cramps");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"files\":[{\"file\":\"rules/night-cramps.yaml\",\"errors\":0,\"warnings\":0}]"), r.out());
        assertFalse(r.err().contains("checking"), "named trees need no word on which: " + r.err());
    }
}
