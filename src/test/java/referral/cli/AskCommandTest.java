package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/** {@code referral ask} in the plain mode, as a script or a screen reader uses it. */
class AskCommandTest {
    static final String WALK = "src/test/resources/console/walk.yaml";

    @TempDir
    Path dir;

    private static Cli.Result ask(String input, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "ask";
        args[1] = "--rules";
        args[2] = WALK;
        System.arraycopy(more, 0, args, 3, more.length);
        return Cli.runWithInput(input, args);
    }

    @Test
    void pipedAnswersGiveTheResultAndATranscript() {
        Cli.Result r = ask("3\n42\ny\n2\n");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Question 1 (at most 3 more): Is any of this happening right now"), r.out());
        assertTrue(r.out().contains("  1) Chest pain or pressure\n"), r.out());
        assertTrue(r.out().contains("  1) Yes  2) No\n"), r.out());
        assertTrue(r.out().contains("> 42\n"), "each answer read is echoed");
        assertTrue(r.out().contains("SOON: SEE A DOCTOR WITHIN A FEW DAYS\nSee a rheumatologist\n"), r.out());
        assertFalse(r.out().contains("\u001b"), "no escape codes in the plain mode");
    }

    @Test
    void anEndlessLineIsRefusedInBoundedTimeAndTheQuestionAskedAgain() {
        // 20 MB in one line took minutes (wrapped in quadratic time) and gigabytes before.
        long start = System.nanoTime();
        Cli.Result r = ask("x".repeat(20_000_000) + "\n" + "3\n42\ny\n2\n");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("> (a line of 20000000 bytes)\nThat line is longer than 4096 bytes;"
                + " type a choice's number or id.\n> 3\n"), r.out());
        assertTrue(r.out().contains("SOON: SEE A DOCTOR WITHIN A FEW DAYS"), "the session goes on");
        assertTrue(millis < 10_000, millis + " ms");
    }

    @Test
    void aLineThatIsNotUtf8IsSaidSoNotGuessedAt() {
        byte[] latin1 = "3\n\u00e9\n42\ny\n2\n".getBytes(StandardCharsets.ISO_8859_1);
        Cli.Result r = Cli.runWithInput(latin1, "ask", "--rules", WALK);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("That line is not valid UTF-8 text;"), r.out());
    }

    /** A device, a FIFO, a directory or a symbolic link where the answers would be saved, made by the system's own tools. */
    private Path made(String kind) throws Exception {
        Path p = dir.resolve(kind);
        ProcessBuilder make = switch (kind) {
            case "device" -> new ProcessBuilder("mknod", p.toString(), "c", "1", "7"); // what /dev/full is
            case "fifo" -> new ProcessBuilder("mkfifo", p.toString());
            case "directory" -> new ProcessBuilder("mkdir", p.toString());
            case "symlink" -> new ProcessBuilder("ln", "-s", dir.resolve("victim.txt").toString(), p.toString());
            default -> throw new IllegalArgumentException(kind);
        };
        Process process = make.redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(process.waitFor() == 0, "cannot make a " + kind + " here (not root?)");
        return p;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"device", "fifo", "directory", "symlink"})
    void savingRefusesAnythingButARegularFileBeforeTheFirstQuestion(String kind) throws Exception {
        Files.writeString(dir.resolve("victim.txt"), "someone's file\n");
        Path target = made(kind);
        Cli.Result r = ask("3\n42\ny\n2\n", "--save-answers", target.toString());
        assertEquals(5, r.exit(), r.err());
        assertTrue(r.err().startsWith("referral: " + target + ": is a "), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertFalse(r.out().contains("Question 1"), "refused before the first question");
        assertFalse(Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS), kind + " left as it was");
        assertEquals("someone's file\n", Files.readString(dir.resolve("victim.txt")), "a link is not followed");
    }

    @Test
    void aDashAsTheFileToSaveToIsAUsageError() {
        for (String option : new String[] {"--save-answers", "--resume"}) {
            Cli.Result r = ask("3\n42\ny\n2\n", option, "-");
            assertEquals(2, r.exit(), option + ": " + r.err());
            assertEquals("referral: " + option + " needs a file name: the answers are saved to it after every answer,"
                    + " which '-' (standard input or output) cannot be (see 'referral ask --help')\n", r.err());
        }
        Cli.Result graph = Cli.run("graph", "--out", "-");
        assertEquals(2, graph.exit(), graph.err());
        Cli.Result export = Cli.run("export", "fhir", "--out", "-");
        assertEquals(2, export.exit(), export.err());
        assertEquals("referral: --out needs a file name; without --out the questionnaire goes to standard output"
                + " (see 'referral export --help')\n", export.err());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void idsWorkAsWellAsNumbersAndSeveralChoicesAreSeparatedByCommas() {
        Cli.Result r = ask("chest-pain, weak-face\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("EMERGENCY: GET HELP NOW\nCall your local emergency number now\n"), r.out());
        assertTrue(r.out().contains("Chest pain or pressure; Sudden weakness"), r.out());
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgain() {
        Cli.Result r = ask("7\n1,3\n3\n200\n42\nn\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("'7' is not one of the choices."), r.out());
        assertTrue(r.out().contains("'None of these' cannot be combined with other choices."), r.out());
        assertTrue(r.out().contains("200 is out of range. Type a number from 0 to 120 years."), r.out());
        assertTrue(r.out().contains("Look after it at home"), r.out());
    }

    @Test
    void helpAndBackInThePlainMode() {
        Cli.Result r = ask("3\n?\nb\n\n42\nn\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  Some causes are more common with age."), r.out());
        assertTrue(r.out().contains("Enter keeps 'None of these'."), "going back offers the old answer");
        assertTrue(r.out().contains("Look after it at home"), r.out());
    }

    @Test
    void endOfInputStopsWithExit130AndOneLine() throws Exception {
        Path saved = dir.resolve("answers.yaml");
        Cli.Result r = ask("3\n42\n", "--save-answers", saved.toString());
        assertEquals(130, r.exit());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("referral: interrupted (end of input); answers saved to " + saved, r.errLines()[0]);
        assertEquals("# referral answers: replay with `referral run --answers FILE`\nwarning-signs: none\nage: 42\n",
                Files.readString(saved));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void resumeContinuesWhereTheSessionStoppedAndRunReplaysTheSameResult() throws Exception {
        Path saved = dir.resolve("answers.yaml");
        assertEquals(130, ask("3\n42\n", "--save-answers", saved.toString()).exit());

        Cli.Result resumed = ask("y\n1\n", "--resume", saved.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertFalse(resumed.out().contains("Question 1"), "answered questions are not asked again");
        assertTrue(resumed.out().contains("Question 3 (at most one more): Does it hurt even when you rest?"), resumed.out());

        Cli.Result replay = Cli.run("run", "--rules", WALK, "--answers", saved.toString());
        assertEquals(0, replay.exit(), replay.err());
        assertTrue(resumed.out().endsWith(replay.out()), "the same result:\n" + replay.out());
        assertTrue(replay.out().contains("Book a visit with your doctor"), replay.out());
    }

    @Test
    void anUnwritableSaveFileFailsBeforeTheFirstQuestion() {
        Cli.Result r = ask("3\n", "--save-answers", dir.resolve("no-such-dir/a.yaml").toString());
        assertEquals(5, r.exit());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("referral: "), r.err());
        assertFalse(r.out().contains("Question 1"), r.out());
    }

    @Test
    void aMissingResumeFileIsExit5() {
        Cli.Result r = ask("", "--resume", dir.resolve("nothing.yaml").toString());
        assertEquals(5, r.exit());
        assertEquals(1, r.errLines().length, r.err());
    }

    @Test
    void bareReferralIsAsk() {
        Cli.Result r = Cli.runWithInput("");
        assertEquals(130, r.exit(), "no answers before the end of input");
        assertTrue(r.out().startsWith("\nQuestion 1"), r.out());
        assertEquals("referral: interrupted (end of input)\n", r.err());
    }

    @Test
    void plainLinesWrapAtTheTerminalWidth() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream("3\n42\ny\n2\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Map.of("COLUMNS", "40"), false);
        assertEquals(0, Main.run(new String[] {"ask", "--rules", WALK}, io));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 40, "too wide: " + line);
        }
        assertTrue(text.contains("Question 1 (at most 3 more): Is any of\nthis happening right now"), text);
    }
}
