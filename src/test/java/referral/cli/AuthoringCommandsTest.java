package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.check.Codes;
import referral.testing.Cli;
import referral.testing.CleanTree;

/** check, graph and schema as a clinician editing a tree uses them. */
class AuthoringCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String unsafeTree() {
        return CleanTree.YAML.replace("goto: call", "goto: home");
    }

    @Test
    void checkReportsAPathLongerThanASetOfAnswersMayBe() throws Exception {
        // It passed check, and the answers its longest path needs were refused by run: more than 1000.
        StringBuilder chain = new StringBuilder();
        StringBuilder answers = new StringBuilder("signs: none\nage: 40\nrest: no\n");
        for (int i = 1; i <= 1000; i++) {
            chain.append("  q").append(i).append(":\n    text: Question ").append(i).append("?\n    help: Asked.\n")
                    .append("    type: yes-no\n    next:\n      - goto: ").append(i < 1000 ? "q" + (i + 1) : "home").append('\n');
            answers.append("q").append(i).append(": no\n");
        }
        Path tree = write("long.yaml", CleanTree.YAML.replace("      - goto: home\n", "      - goto: q1\n" + chain));
        Cli.Result r = Cli.run("check", tree.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(": error: question 'q998' can be question number 1001 on a path from 'signs'; one set"
                + " of answers holds at most 1000, so whoever takes that path can never get a result from run or batch"
                + " [path-too-long]"), r.out());
        Cli.Result run = Cli.runWithInput(answers.toString(), "run", "--rules", tree.toString(), "--answers", "-");
        assertEquals(3, run.exit(), "run refuses the tree, as check does: " + run.err());
    }

    @Test
    void checkPrintsEachFindingWithItsPositionSeverityAndCode() throws Exception {
        Path tree = write("unsafe.yaml", unsafeTree());
        Cli.Result r = Cli.run("check", tree.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(tree + ":13:7: error: red-flag choice 'chest' of 'signs' (emergency) can end at"
                + " 'home' (self-care), which is less urgent; path: signs=chest -> home [red-flag-unsafe]\n"), r.out());
        assertTrue(r.err().endsWith("checked 1 file: 1 error, 1 warning\n"), r.err());
    }

    @Test
    void checkAsJsonListsEveryFindingAndTheTotals() throws Exception {
        Path tree = write("unsafe.yaml", unsafeTree());
        Cli.Result r = Cli.run("check", "--format", "json", tree.toString());
        assertEquals(1, r.exit());
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"diagnostics\":[{\"file\":\"" + tree + "\",\"line\":13,\"column\":7,"
                + "\"severity\":\"error\",\"code\":\"red-flag-unsafe\",\"message\":\"red-flag choice 'chest'"), json);
        assertTrue(json.endsWith("\"files\":[{\"file\":\"" + tree + "\",\"errors\":1,\"warnings\":1}],"
                + "\"errors\":1,\"warnings\":1}"), json);
    }

    @Test
    void warningsFailOnlyWithStrict() throws Exception {
        Path tree = write("warned.yaml", CleanTree.YAML.replace("    help: Pain at rest matters.\n", ""));
        assertEquals(0, Cli.run("check", tree.toString()).exit());
        Cli.Result strict = Cli.run("check", "--strict", tree.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.out().contains("[missing-help]"), strict.out());
    }

    @Test
    void theBundledTreeIsProvedSafe() {
        Cli.Result r = Cli.run("check", "--format", "json");
        assertEquals(0, r.exit(), r.out());
        assertFalse(r.out().contains("\"severity\":\"error\""), r.out());
    }

    @Test
    void codesListsTheWholeCatalogue() {
        Cli.Result r = Cli.run("check", "--codes");
        assertEquals(0, r.exit());
        assertEquals(Codes.ALL.size(), r.out().strip().lines().count());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("red-flag-unsafe +error +a path through a red-flag choice"
                + " ends at a less urgent outcome")), r.out());
    }

    @Test
    void everyCodeIsDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Codes.Code c : Codes.ALL) {
            assertTrue(readme.contains("| `" + c.code() + "` |"), "README lists " + c.code());
        }
    }

    @Test
    void graphWritesItsFileForTheOwnerAlone() throws Exception {
        Path out = dir.resolve("tree.dot");
        Cli.Result r = Cli.run("graph", "--format", "dot", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).startsWith("digraph \"muscle-pain\" {"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void graphMarksRedFlagEdgesAndColoursOutcomes() throws Exception {
        Path tree = write("tree.yaml", CleanTree.YAML);
        String dot = Cli.run("graph", "--rules", tree.toString()).out();
        assertTrue(dot.contains("\"q:signs\" -> \"o:call\" [label=\"RED FLAG: signs: chest\", color=\"#c62828\""), dot);
        assertTrue(dot.contains("\"o:home\" [shape=box, style=\"filled\", fillcolor=\"#90caf9\""), dot);
        String mermaid = Cli.run("graph", "--rules", tree.toString(), "--format", "mermaid").out();
        assertTrue(mermaid.contains("q_signs ==>|\"RED FLAG: signs: chest\"| o_call"), mermaid);
        assertTrue(mermaid.contains("linkStyle 0 stroke:#c62828"), mermaid);
    }

    @Test
    void graphOfABrokenTreeIsBadRulesAndAnUnwritableFileIsAnIoError() throws Exception {
        Path broken = write("broken.yaml", CleanTree.YAML.replace("goto: home", "goto: hoem"));
        Cli.Result bad = Cli.run("graph", "--rules", broken.toString());
        assertEquals(3, bad.exit());
        assertTrue(bad.err().startsWith("referral: " + broken + ":40:15: error: goto 'hoem'"), bad.err());
        Cli.Result unwritable = Cli.run("graph", "--out", dir.resolve("no/such/dir/tree.dot").toString());
        assertEquals(5, unwritable.exit());
        assertEquals(1, unwritable.errLines().length, unwritable.err());
        assertFalse(unwritable.err().contains("Exception"), unwritable.err());
    }

    @Test
    void schemaPrintsEachKind() {
        assertTrue(Cli.run("schema").out().contains("\"title\": \"referral rules file\""));
        assertTrue(Cli.run("schema", "--for", "answers").out().contains("\"title\": \"referral answers file\""));
        assertTrue(Cli.run("schema", "--for", "cases").out().contains("\"title\": \"referral case file\""));
        assertEquals(2, Cli.run("schema", "--for", "other").exit());
    }
}
