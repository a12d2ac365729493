package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static referral.testing.UserFacing.assertOneCleanLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;
import referral.testing.Trees;

/**
 * Choices offered only where they apply, through the real command line: every command agrees on
 * what is offered, and an answer naming a choice that is not offered is the same error everywhere.
 * The tree is {@code trees/when.yaml}: the pregnancy warning only after 'pregnant: yes' (asked of
 * women aged 12 to 55), heavy work from 16, the shoulder-and-hip girdle from 50.
 */
class HiddenChoicesTest {
    private static final String TREE = Trees.WHEN_FILE.toString();
    /** A man of 30 who says he is pregnant with a headache: line 4, column 15 names the choice. */
    private static final String MAN_WITH_PREGNANCY_WARNING =
            "emergency-signs: none\nage: 30\nsex: male\nurgent-signs: pregnancy-warning\n";
    private static final String REFUSED = "'urgent-signs' has no choice 'pregnancy-warning' here:"
            + " it is offered only when pregnant is yes; expected one or more of: fever-back, none";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runRefusesAChoiceTheEarlierAnswersDoNotOffer() throws IOException {
        Path answers = write("answers.yaml", MAN_WITH_PREGNANCY_WARNING);
        Cli.Result r = Cli.run("run", "--rules", TREE, "--answers", answers.toString());
        assertEquals(4, r.exit(), r.err());
        assertOneCleanLine(r.err());
        assertEquals("referral: " + answers + ":4:15: " + REFUSED + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void runTakesTheSameChoiceWhereItIsOffered() {
        Cli.Result r = Cli.runWithInput("emergency-signs: none\nage: 30\nsex: female\npregnant: yes\n"
                + "urgent-signs: pregnancy-warning\n", "run", "--rules", TREE, "--answers", "-", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"outcome\":\"maternity\""), r.out());
    }

    @Test
    void aChoiceHiddenByAgePointsAtItsPlaceInAJsonList() {
        Cli.Result r = Cli.runWithInput("{\"emergency-signs\": [\"none\"], \"age\": 10, \"urgent-signs\": \"none\",\n"
                + " \"main-problem\": \"heavy-work\"}", "run", "--rules", TREE, "--answers", "-");
        assertEquals(4, r.exit(), r.err());
        assertEquals("referral: <stdin>:2:18: 'main-problem' has no choice 'heavy-work' here: it is offered only"
                + " when age is at least 16; expected one of: workout, other\n", r.err());
    }

    @Test
    void nextListsOnlyTheChoicesOffered() {
        Cli.Result man = Cli.runWithInput("{emergency-signs: none, age: 30, sex: male}",
                "next", "--rules", TREE, "--answers", "-");
        assertEquals(0, man.exit(), man.err());
        assertTrue(man.out().contains("\"choices\":[{\"id\":\"fever-back\",\"text\":\"Back pain with a fever\"},"
                + "{\"id\":\"none\",\"text\":\"None of these\"}],\"exclusive\":[\"none\"]"), man.out());
        assertFalse(man.out().contains("pregnancy"), man.out());

        Cli.Result pregnant = Cli.runWithInput("{emergency-signs: none, age: 30, sex: female, pregnant: yes}",
                "next", "--rules", TREE, "--answers", "-");
        assertTrue(pregnant.out().contains("{\"id\":\"pregnancy-warning\",\"text\":\"Pregnant, with a severe headache"
                + " or blurred vision\"}"), pregnant.out());

        Cli.Result child = Cli.runWithInput("{emergency-signs: none, age: 7, urgent-signs: none}",
                "next", "--rules", TREE, "--answers", "-");
        assertTrue(child.out().contains("\"choices\":[{\"id\":\"workout\",\"text\":\"Soreness after exercise\"},"
                + "{\"id\":\"other\",\"text\":\"Something else\"}]"), child.out());
    }

    @Test
    void nextRefusesAHiddenChoiceAsRunDoes() {
        Cli.Result r = Cli.runWithInput(MAN_WITH_PREGNANCY_WARNING, "next", "--rules", TREE, "--answers", "-");
        assertEquals(4, r.exit(), r.err());
        assertEquals("referral: <stdin>:4:15: " + REFUSED + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void batchGivesAnErrorObjectForTheLineAndGoesOn() {
        String lines = "{\"id\": 1, \"answers\": {\"emergency-signs\": \"none\", \"age\": 30, \"sex\": \"male\","
                + " \"urgent-signs\": \"pregnancy-warning\"}}\n"
                + "{\"id\": 2, \"answers\": {\"emergency-signs\": \"none\", \"age\": 30, \"sex\": \"female\","
                + " \"pregnant\": \"yes\", \"urgent-signs\": \"pregnancy-warning\"}}\n";
        Cli.Result r = Cli.runWithInput(lines, "batch", "--rules", TREE, "--threads", "1");
        assertEquals(4, r.exit(), r.err());
        String[] out = r.out().split("\n");
        assertEquals("{\"id\":1,\"line\":1,\"errors\":[\"<stdin>:1:92: " + REFUSED + "\"],\"codes\":[\"not-offered\"]}", out[0]);
        assertTrue(out[1].startsWith("{\"id\":2,\"outcome\":\"maternity\""), out[1]);
        assertEquals("referral: <stdin>: 1 of 2 lines could not be scored; see their \"errors\" in the output\n", r.err());
    }

    @Test
    void askRefusesToResumeFromAHiddenChoice() throws IOException {
        Path saved = write("saved.yaml", MAN_WITH_PREGNANCY_WARNING);
        Cli.Result r = Cli.run("ask", "--plain", "--rules", TREE, "--resume", saved.toString());
        assertEquals(4, r.exit(), r.err());
        assertEquals("referral: " + saved + ":4:15: " + REFUSED + "\n", r.err());
        assertEquals(MAN_WITH_PREGNANCY_WARNING, Files.readString(saved), "the file is left as it was");
    }

    @Test
    void aCaseAnsweringAHiddenChoiceFailsWithTheSameMessage() throws IOException {
        Path cases = write("cases.yaml", """
                cases:
                  - name: man-with-pregnancy-warning
                    description: A man of 30 ticks the pregnancy warning.
                    answers: {emergency-signs: none, age: 30, sex: male, urgent-signs: pregnancy-warning}
                    expect: {outcome: maternity}
                  - name: pregnant-woman-with-headache
                    description: A pregnant woman of 30 with a severe headache.
                    answers: {emergency-signs: none, age: 30, sex: female, pregnant: yes, urgent-signs: pregnancy-warning}
                    expect: {outcome: maternity}
                """);
        Cli.Result r = Cli.run("test", "--rules", TREE, cases.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  man-with-pregnancy-warning at " + cases + ":2:5\n"
                + "      " + cases + ":4:72: " + REFUSED + "\n"
                + "      path: emergency-signs=none > age=30 > sex=male > urgent-signs=pregnancy-warning (not offered)\n"),
                r.out());
        assertTrue(r.out().contains("pass  pregnant-woman-with-headache -> maternity"), r.out());
    }

    @Test
    void askInPlainModeListsAndNumbersOnlyTheChoicesOffered() {
        Cli.Result r = Cli.runWithInput(String.join("\n", "none", "30", "male",
                "pregnancy-warning",    // typed by its id: not offered to a man
                "2",                    // none of these, the second of two
                "3", ""),               // something else, the third of three
                "ask", "--rules", TREE);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Question 4 (at most one more): Do any of these apply now?\n"
                + "  1) Back pain with a fever\n"
                + "  2) None of these\n"
                + "One or more numbers, separated by spaces or commas. ? help, b back.\n"
                + "> pregnancy-warning\n"
                + "'pregnancy-warning' is not offered here. Type one or more numbers from 1 to 2,\nseparated by spaces or commas.\n"
                + "> 2\n"), r.out());
        assertTrue(r.out().contains("What troubles you most?\n"
                + "  1) Soreness after exercise\n"
                + "  2) Strain from heavy work at a job\n"
                + "  3) Something else\n"), r.out());
        assertFalse(r.out().contains("Pregnant") || r.out().contains("Stiff shoulders"), r.out());
        assertTrue(r.out().contains("See your doctor"), r.out());
    }

    @Test
    void askInPlainModeOffersTheChoiceWhereItApplies() {
        Cli.Result r = Cli.runWithInput(String.join("\n", "none", "30", "female", "y", "2", ""),
                "ask", "--plain", "--rules", TREE);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  1) Back pain with a fever\n  2) Pregnant, with a severe headache or blurred vision\n"
                + "  3) None of these\n"), r.out());
        assertTrue(r.out().contains("Call your midwife today"), r.out());
    }

    @Test
    void checkReportsTheHiddenRedFlagWithAPathAndFailsOnAChoiceNeverOffered() throws IOException {
        Cli.Result clean = Cli.run("check", TREE);
        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertTrue(clean.out().startsWith(TREE + ":57:94: warning: red-flag choice 'pregnancy-warning' of 'urgent-signs'"
                + " (urgent) is not offered on every path that asks 'urgent-signs', only when pregnant is yes; make sure"
                + " no one it is hidden from can have it; path: emergency-signs=none -> age=56 -> urgent-signs"
                + " [red-flag-hidden]\n"), clean.out());
        assertEquals("referral: checked 1 file: 0 errors, 1 warning\n", clean.err());

        Path broken = write("broken.yaml", Trees.WHEN.replace("female: Female",
                "female: {text: Female, when: {age: {at-least: 60}}}"));
        Cli.Result r = Cli.run("check", "--format", "json", broken.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\"line\":39,\"column\":43,\"severity\":\"error\",\"code\":\"never-offered\","
                + "\"message\":\"choice 'female' of 'sex' is never offered: no answers that reach 'sex' make its 'when'"
                + " hold (age is at least 60)\""), r.out());
    }

    @Test
    void fullCoverageCountsEachChoiceWhereItIsOffered() throws IOException {
        Path cases = write("cases.yaml", """
                cases:
                  - {name: chest, description: Chest pain., answers: {emergency-signs: chest}, expect: {outcome: call-now}}
                  - name: pregnant-headache
                    description: A pregnant woman of 30 with a severe headache.
                    answers: {emergency-signs: none, age: 30, sex: female, pregnant: yes, urgent-signs: pregnancy-warning}
                    expect: {outcome: maternity}
                  - name: man-fever-back
                    description: A man of 40 with back pain and a fever.
                    answers: {emergency-signs: none, age: 40, sex: male, urgent-signs: fever-back}
                    expect: {outcome: gp-today}
                  - name: woman-not-pregnant-workout
                    description: A woman of 25, not pregnant, sore after a run.
                    answers: {emergency-signs: none, age: 25, sex: female, pregnant: no, urgent-signs: none, main-problem: workout}
                    expect: {outcome: home}
                  - name: girdle
                    description: A man of 70 stiff in the shoulders and hips every morning.
                    answers: {emergency-signs: none, age: 70, urgent-signs: none, main-problem: girdle}
                    expect: {outcome: rheumatologist}
                  - name: builder
                    description: A builder of 30 strained at work.
                    answers: {emergency-signs: none, age: 30, sex: male, urgent-signs: none, main-problem: heavy-work}
                    expect: {outcome: physiatrist}
                  - name: child-other
                    description: A child of 8 with aches.
                    answers: {emergency-signs: none, age: 8, urgent-signs: none, main-problem: other}
                    expect: {outcome: gp}
                """);
        Cli.Result r = Cli.run("test", "--rules", TREE, cases.toString(), "--min-coverage", "100");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("  choices exercised      13/13   100%\n"), r.out());

        Path without = write("without.yaml", Files.readString(cases).replace("pregnant: yes, urgent-signs: pregnancy-warning",
                "pregnant: yes, urgent-signs: fever-back").replace("expect: {outcome: maternity}", "expect: {outcome: gp-today}"));
        Cli.Result short_ = Cli.run("test", "--rules", TREE, without.toString());
        assertTrue(short_.out().contains("      not covered: 'urgent-signs': pregnancy-warning offered only when pregnant is yes ("
                + TREE + ":57:7)\n"), short_.out());
    }

    @Test
    void messagesThatListTheAllowedAnswersListOnlyThoseOffered() {
        Cli.Result incomplete = Cli.runWithInput("{emergency-signs: none, age: 30, sex: male}",
                "run", "--rules", TREE, "--answers", "-");
        assertEquals(4, incomplete.exit());
        assertEquals("referral: <stdin>: incomplete: question 'urgent-signs' (Do any of these apply now?) is not answered;"
                + " expected one or more of: fever-back, none\n", incomplete.err());

        Cli.Result child = Cli.runWithInput("{emergency-signs: none, age: 10, urgent-signs: none, main-problem: heavy-wrok}",
                "run", "--rules", TREE, "--answers", "-");
        assertEquals(4, child.exit());
        assertEquals("referral: <stdin>:1:68: unknown choice 'heavy-wrok' for 'main-problem'; expected one of: workout, other\n",
                child.err(), "nothing hidden is suggested or listed");
        Cli.Result adult = Cli.runWithInput("{emergency-signs: none, age: 30, sex: male, urgent-signs: none,"
                + " main-problem: heavy-wrok}", "run", "--rules", TREE, "--answers", "-");
        assertEquals("referral: <stdin>:1:79: unknown choice 'heavy-wrok' for 'main-problem' (did you mean 'heavy-work'?);"
                + " expected one of: workout, heavy-work, other\n", adult.err());

        Cli.Result batch = Cli.runWithInput("{\"answers\": {\"emergency-signs\": \"none\", \"age\": 70}}\n",
                "batch", "--rules", TREE);
        assertEquals("{\"line\":1,\"errors\":[\"<stdin>:1: incomplete: question 'urgent-signs' (Do any of these apply now?)"
                + " is not answered; expected one or more of: fever-back, none\"],\"codes\":[\"incomplete\"]}\n", batch.out());
    }
}
