package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/** The command line as a user meets it: each command, each exit code, each kind of error. */
class CliTest {
    static final String SMALL = "src/test/resources/trees/small.yaml";

    @TempDir
    Path dir;

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    private static void assertOneLineError(Cli.Result r, int exit, String expected) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("referral: " + expected, r.errLines()[0]);
        assertEquals("", r.out());
    }

    @Test
    void runPrintsTheRecommendationAsText() throws Exception {
        String answers = file("a.yaml", "signs: none\nage: 40\nrest: yes\nwhere: joints\n");
        Cli.Result r = Cli.run("run", "--rules", SMALL, "--answers", answers);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("BOOK AN APPOINTMENT\nSee a rheumatologist\n"), r.out());
        assertTrue(r.out().contains("What you answered:\n  - Any of these? None of these\n  - How old are you? 40 years\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void runReadsJsonFromStandardInputAndPrintsJson() {
        Cli.Result r = Cli.runWithInput("{\"signs\": [\"chest\"]}", "run", "--rules", SMALL, "--answers", "-",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"outcome\":\"emergency\",\"see\":\"emergency\""), r.out());
    }

    @Test
    void runAsMarkdown() {
        Cli.Result r = Cli.runWithInput("signs: chest", "run", "--rules", SMALL, "--answers", "-", "--format", "markdown");
        assertTrue(r.out().startsWith("# Call now\n\n- **Who:** Emergency services\n"), r.out());
    }

    @Test
    void yesInAnAnswersFileIsTheChoiceYes() {
        Cli.Result r = Cli.runWithInput("signs: none\nage: 30\nrest: no\n", "run", "--rules", SMALL,
                "--answers", "-", "--format", "json");
        assertTrue(r.out().contains("\"outcome\":\"home\""), r.out());
        assertTrue(r.out().contains("\"answer\":\"no\""), r.out());
    }

    @Test
    void incompleteAnswersNameTheNextQuestion() {
        assertOneLineError(Cli.runWithInput("signs: none\n", "run", "--rules", SMALL, "--answers", "-"), 4,
                "<stdin>: incomplete: question 'age' (How old are you?) is not answered; expected a number from 0 to 120 years");
    }

    @Test
    void aWrongAnswerSaysWhereAndWhatWasExpected() throws Exception {
        String answers = file("a.yaml", "signs: none\nage: 30\nrest: maybe\n");
        assertOneLineError(Cli.run("run", "--rules", SMALL, "--answers", answers), 4,
                answers + ":3:7: unknown choice 'maybe' for 'rest'; expected one of: yes, no");
    }

    @Test
    void anAnswerThePathDoesNotAskIsAWarning() {
        Cli.Result r = Cli.runWithInput("signs: chest\nage: 30\n", "run", "--rules", SMALL, "--answers", "-");
        assertEquals(0, r.exit());
        assertEquals("referral: warning: <stdin>: 'age' is answered but this path does not ask it; ignored",
                r.err().strip());
    }

    @Test
    void nextGivesTheFirstQuestionForEmptyAnswersThenTheOutcome() {
        Cli.Result first = Cli.runWithInput("", "next", "--rules", SMALL, "--answers", "-");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("{\"question\":{\"id\":\"signs\",\"type\":\"multi\",\"text\":\"Any of these?\","
                + "\"help\":\"Red flags first.\",\"choices\":[{\"id\":\"chest\",\"text\":\"Chest pain\"},"), first.out());
        Cli.Result last = Cli.runWithInput("{signs: chest}", "next", "--rules", SMALL, "--answers", "-");
        assertTrue(last.out().startsWith("{\"outcome\":{\"outcome\":\"emergency\""), last.out());
    }

    @Test
    void aMissingAnswersFileIsAnIoError() {
        assertOneLineError(Cli.run("run", "--rules", SMALL, "--answers", dir.resolve("nope.yaml").toString()), 5,
                dir.resolve("nope.yaml") + ": no such file");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertOneLineError(Cli.run("run", "--rules", dir.toString(), "--answers", "-"), 5,
                dir + ": is a directory; expected a file");
    }

    @Test
    void aBrokenTreeStopsRunWithExitThree() {
        Cli.Result r = Cli.run("run", "--rules", "src/test/resources/trees/dangling-goto.yaml", "--answers", "-");
        assertEquals(3, r.exit());
        assertEquals("referral: src/test/resources/trees/dangling-goto.yaml:11:15: error: goto 'see-docter' names no"
                + " question or outcome (did you mean 'see-doctor'?) [unknown-goto]", r.errLines()[0]);
    }

    @Test
    void checkReportsBadIndentationWithItsPosition() {
        Cli.Result r = Cli.run("check", "src/test/resources/trees/broken-indent.yaml");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("src/test/resources/trees/broken-indent.yaml:9:4: error: "), r.out());
        assertTrue(r.out().strip().endsWith("[yaml-syntax]") && r.out().strip().lines().count() == 1, r.out());
    }

    @Test
    void checkReportsDuplicateKeys() {
        Cli.Result r = Cli.run("check", "src/test/resources/trees/duplicate-key.yaml");
        assertEquals(1, r.exit());
        assertEquals("src/test/resources/trees/duplicate-key.yaml:9:5: error: duplicate key 'text' (first at line 7);"
                + " keys must be unique [duplicate-key]", r.out().strip());
    }

    @Test
    void checkOfTheBundledTreeIsClean() {
        Cli.Result r = Cli.run("check", "muscle-pain");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.err().startsWith("referral: checked 1 file: 0 errors"), r.err());
    }

    @Test
    void checkWarningsFailOnlyWhenStrict() throws Exception {
        String tree = file("t.yaml", Files.readString(Path.of(SMALL)).replace("goto: home", "goto: gp"));
        assertEquals(0, Cli.run("check", tree).exit());
        Cli.Result strict = Cli.run("check", "--strict", tree);
        assertEquals(1, strict.exit());
        assertTrue(strict.out().contains("warning: outcome 'home' is never reached"), strict.out());
    }

    @Test
    void versionNamesTheToolAndTheTree() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("referral \\S+ \\(tree muscle-pain \\S+\\)\\n"), r.out());
    }

    @Test
    void everyCommandAnswersVersionWithTheSameLine() {
        String version = Cli.run("--version").out();
        for (String command : List.of("ask", "run", "next", "batch", "check", "test", "graph", "export", "schema",
                "list", "completion", "help")) {
            Cli.Result r = Cli.run(command, "--version");
            assertEquals(0, r.exit(), command);
            assertEquals(version, r.out(), command);
        }
        assertEquals(version, Cli.run("--lang", "ru", "--version").out());
    }

    @Test
    void usageErrorsAreExitTwoWithAHint() {
        Cli.Result r = Cli.run("run", "--answer", "x");
        assertEquals(2, r.exit());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("(see 'referral run --help')"), r.err());
        assertEquals(2, Cli.run("frobnicate").exit());
    }

    @Test
    void helpListsExamplesAndExitCodes() {
        Cli.Result r = Cli.run("run", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Examples:") && r.out().contains("4   answers invalid or incomplete"), r.out());
    }

    @Test
    void noUserFacingOutputMentionsJava() throws Exception {
        String answers = file("a.yaml", "signs: [\n");
        Cli.Result r = Cli.run("run", "--rules", SMALL, "--answers", answers);
        assertEquals(4, r.exit());
        assertEquals(1, r.errLines().length, r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("at java.") || r.err().contains("jackson"),
                r.err());
    }
}
