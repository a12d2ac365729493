package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.diagnostics.Code;
import referral.diagnostics.Input;
import referral.testing.CleanTree;
import referral.testing.Cli;

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
    void aTreeWhoseProofWouldExplodeIsRefusedFastInBoundedMemory() throws Exception {
        // 2.7 KB: it took 964 MB and 4.5 s (java -jar), and ran out of memory in the launcher's 256 MB.
        Path tree = write("chain.yaml", HostileCorpusIT.proofChain(20));
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        Cli.Result check = Cli.run("check", tree.toString());
        long seconds = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000_000L;
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.out().contains(": error: the safety proof gave up after ") && check.out().contains("[proof-too-large]"),
                check.out());
        assertTrue(seconds < 2, seconds + " s of CPU");
        Cli.Result run = Cli.runWithInput("{}", "run", "--rules", tree.toString(), "--answers", "-");
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("[proof-too-large]"), run.err());
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
    void codesListsTheRulesCodes() {
        Cli.Result r = Cli.run("check", "--codes");
        assertEquals(0, r.exit());
        assertEquals(Code.of(Input.RULES).size(), r.out().strip().lines().count());
        assertFalse(r.out().contains("out-of-range"), "an answers code is not a finding of check");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("red-flag-unsafe +error +a path through a red-flag choice"
                + " ends at a less urgent outcome")), r.out());
    }

    @Test
    void everyCodeIsDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        // The table's first three columns are the enum's, row for row in its order: one source.
        List<String> rows = readme.lines().filter(l -> l.matches("\\| `[a-z-]+` \\| (error|warning) \\|.*")).toList();
        List<String> expected = Code.of(Input.RULES).stream()
                .map(c -> "| `" + c.id() + "` | " + c.severity().label() + " | " + c.meaning() + " |").toList();
        assertEquals(expected, rows.stream().map(r -> r.substring(0, r.lastIndexOf(" | `") + 2)).toList());
        // The second table: the codes of answers, case files and files, with what they are about.
        List<String> inputRows = readme.lines().filter(l -> l.matches("\\| `[a-z-]+` \\| (answers|cases|files) \\|.*"))
                .toList();
        List<String> inputExpected = Stream.of(Input.ANSWERS, Input.CASES, Input.FILES).flatMap(i -> Code.of(i).stream())
                .map(c -> "| `" + c.id() + "` | " + c.input().name().toLowerCase(java.util.Locale.ROOT) + " | "
                        + c.meaning() + " |").toList();
        assertEquals(inputExpected, inputRows.stream().map(r -> r.substring(0, r.lastIndexOf(" | `") + 2)).toList());
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
    void graphDrawsABrokenTreeWithItsFaultsMarked() throws Exception {
        Path broken = write("broken.yaml", CleanTree.YAML.replace("goto: home", "goto: hoem"));
        Cli.Result drawn = Cli.run("graph", "--rules", broken.toString());
        assertEquals(0, drawn.exit(), drawn.err());
        assertTrue(drawn.out().contains("\"q:rest\" [shape=box, style=\"rounded,dashed\", color=\"#c62828\", penwidth=3,"
                + " label=\"rest\\nDoes it hurt at rest?\\nERROR: unknown-goto\"];"), drawn.out());
        assertTrue(drawn.out().contains("\"missing:hoem\" [shape=box, style=\"dashed\", color=\"#c62828\""), drawn.out());
        assertTrue(drawn.out().contains("-> \"missing:hoem\""), drawn.out());
        assertEquals("referral: the tree has 1 error, marked in the drawing (dashed red, with their codes);"
                + " 'referral check " + broken + "' lists them\n", drawn.err());
        Cli.Result mermaid = Cli.run("graph", "--rules", broken.toString(), "--format", "mermaid");
        assertTrue(mermaid.out().contains("  class q_rest fault\n") && mermaid.out().contains("  class m_hoem fault\n"),
                mermaid.out());
    }

    @Test
    void graphOfAFileThatHoldsNoTreeIsBadRulesAndAnUnwritableFileIsAnIoError() throws Exception {
        Path notATree = write("list.yaml", "- just\n- a list\n");
        Cli.Result bad = Cli.run("graph", "--rules", notATree.toString());
        assertEquals(3, bad.exit());
        assertTrue(bad.err().startsWith("referral: " + notATree + ":1:1: error: "), bad.err());
        assertEquals("", bad.out());
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

    /** The schema is printed by Jackson's generator: the same JSON as the file in the sources, keys in its order. */
    @Test
    void theSchemaPrintedHoldsTheBundledFile() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (String kind : new String[] {"rules", "answers", "cases"}) {
            String printed = Cli.run("schema", "--for", kind).out();
            String file = Files.readString(Path.of("src/main/resources/schema/" + kind + ".schema.json"));
            assertEquals(json.readTree(file), json.readTree(printed), kind);
            assertEquals(json.readTree(file).propertyNames().toString(), json.readTree(printed).propertyNames().toString());
            assertTrue(printed.startsWith("{\n  \"$schema\": "), printed);
        }
    }
}
