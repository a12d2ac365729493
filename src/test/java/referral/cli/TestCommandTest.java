package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;
import referral.testing.Trees;

class TestCommandTest {
    @TempDir
    Path dir;

    private static final String PASSING = """
            cases:
              - name: chest-pain
                description: A man with chest pain while shovelling snow.
                answers: {signs: [chest]}
                expect: {outcome: emergency, urgency: emergency}
              - name: sore-legs
                description: Sore legs the day after a run, not at rest.
                answers: {signs: none, age: 30, rest: no}
                expect: {outcome: home, see: self-care}
            """;

    private Path tree() throws IOException {
        Path rules = dir.resolve("small.yaml");
        Files.writeString(rules, Trees.SMALL);
        Files.createDirectories(dir.resolve("cases"));
        return rules;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void theBundledTreePassesItsBundledCasesWithFullCoverage() {
        Cli.Result r = Cli.run("test", "--min-coverage", "100");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pass  stroke-face-and-arm -> emergency-stroke (emergency, emergency; 1 question)"),
                r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ cases: \\d+ passed, 0 failed\\n.*"), r.out());
        assertTrue(r.out().contains("coverage of rules/muscle-pain.yaml (muscle-pain 2.4.0):"), r.out());
        assertTrue(r.out().matches("(?s).*outcomes reached\\s+(\\d+)/\\1\\s+100%.*"), r.out());
        assertTrue(r.out().matches("(?s).*next branches taken\\s+(\\d+)/\\1\\s+100%.*"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void casesBesideTheRulesFileAreFoundWithoutNamingThem() throws IOException {
        Path rules = tree();
        write("cases/basic.yaml", PASSING);
        Cli.Result r = Cli.run("test", "--rules", rules.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 cases: 2 passed, 0 failed"), r.out());
        assertTrue(r.out().contains("outcomes reached        2/4     50%"), r.out());
        assertTrue(r.out().contains("not covered: outcome 'gp'"), r.out());
    }

    @Test
    void aFailingCaseExplainsTheMismatchAndExitsOne() throws IOException {
        Path rules = tree();
        Path cases = write("wrong.yaml", """
                cases:
                  - name: back-pain-at-rest
                    description: Back pain at rest in a 60-year-old.
                    answers: {signs: none, age: 60, rest: yes, where: back}
                    expect: {see: rheumatologist, urgency: routine}
                """);
        Cli.Result r = Cli.run("test", "--rules", rules.toString(), cases.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL  back-pain-at-rest at " + cases + ":2:5\n"
                + "      expected see 'rheumatologist', got 'primary-care' (reached outcome 'gp')\n"
                + "      path: signs=none > age=60 > rest=yes > where=back > gp\n"), r.out());
        assertEquals("referral: 1 of 1 cases failed\n", r.err());
    }

    @Test
    void coverageBelowTheMinimumIsAFinding() throws IOException {
        Path rules = tree();
        write("cases/basic.yaml", PASSING);
        Cli.Result r = Cli.run("test", "--rules", rules.toString(), "--min-coverage", "100");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("referral: outcomes reached 50% is below --min-coverage 100%"), r.err());
    }

    @Test
    void aBrokenCaseFileIsExitFourWithOneLineAProblemAndNothingRun() throws IOException {
        Path rules = tree();
        Path cases = write("broken.yaml", """
                cases:
                  - name: typo
                    description: A typo in a choice.
                    answers: {signs: [chst]}
                    expect: {urgency: emergency}
                """);
        Cli.Result r = Cli.run("test", "--rules", rules.toString(), cases.toString());
        assertEquals(4, r.exit());
        assertEquals("", r.out());
        String[] lines = r.errLines();
        assertEquals(2, lines.length, r.err());
        assertEquals("referral: " + cases + ":4:23: unknown choice 'chst' for 'signs' (did you mean 'chest'?);"
                + " expected one of: chest, numb, none", lines[0]);
        assertEquals("referral: the case files have 1 problem; no case was run", lines[1]);
    }

    @Test
    void missingCaseFilesAreExitFive() throws IOException {
        Path rules = tree();
        Files.delete(dir.resolve("cases"));
        Cli.Result r = Cli.run("test", "--rules", rules.toString());
        assertEquals(5, r.exit());
        assertTrue(r.err().startsWith("referral: " + dir.resolve("cases") + ": no such directory;"), r.err());
        Cli.Result named = Cli.run("test", "--rules", rules.toString(), dir.resolve("nope.yaml").toString());
        assertEquals(5, named.exit());
        assertEquals("referral: " + dir.resolve("nope.yaml") + ": no such file or directory\n", named.err());
    }

    @Test
    void badRulesAreExitThree() throws IOException {
        Path rules = write("bad.yaml", "id: x\n");
        Cli.Result r = Cli.run("test", "--rules", rules.toString(), rules.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().startsWith("referral: " + rules + ":"), r.err());
    }

    @Test
    void anImpossibleMinimumIsAUsageError() {
        Cli.Result r = Cli.run("test", "--min-coverage", "101");
        assertEquals(2, r.exit());
        assertEquals("referral: --min-coverage must be from 0 to 100, not 101 (see 'referral test --help')\n", r.err());
    }

    @Test
    void helpShowsTheCaseFormatAndExamples() {
        Cli.Result r = Cli.run("test", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("referral test --rules my/tree.yaml     # and my/cases/*.yaml"), r.out());
        assertTrue(r.out().contains("--min-coverage=PERCENT"), r.out());
    }
}
