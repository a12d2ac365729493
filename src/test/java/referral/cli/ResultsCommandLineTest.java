package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;

/**
 * How results read through the real command line, in every format: the short block first, a
 * tree's own "who" and its explanations of clinicians, words that agree with the titles, and
 * the piped {@code ask} going from the last answer straight to the result.
 */
class ResultsCommandLineTest {
    static final String RESULTS = "src/test/resources/console/results.yaml";

    @TempDir
    Path dir;

    private static Cli.Result run(String answers, String... format) {
        String[] args = new String[5 + format.length];
        System.arraycopy(new String[] {"run", "--rules", RESULTS, "--answers", "-"}, 0, args, 0, 5);
        System.arraycopy(format, 0, args, 5, format.length);
        Cli.Result r = Cli.runWithInput(answers, args);
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    @Test
    void runAsTextPutsHeadlineWhoHowSoonAndWhatNowFirst() {
        String out = run("{now: none, kind: fall}").out();
        assertTrue(out.startsWith("""
                URGENT: GET SEEN TODAY
                Have the joint X-rayed today

                Who:       Urgent care for an X-ray, then an orthopedist
                           An orthopedist is a doctor of bones, joints, muscles and tendons.
                How soon:  Today

                What to do now:
                  - Keep the joint still and raised.

                Go sooner if:
                  - The limb turns cold, pale or numb - call your local emergency number.

                Why:
                A joint that is hard to use after a fall can be broken. Urgent care can X-ray it
                today.

                What you answered:
                """), out);
    }

    @Test
    void runAsTextHasNoEmptyOrSillySections() {
        String emergency = run("{now: chest}").out();
        assertFalse(emergency.contains("sooner"), "no go-sooner-if, no heading:\n" + emergency);
        assertTrue(emergency.contains("\nWhat to do now:\n  - Call your local emergency number now."), emergency);
        String selfCare = run("{now: none, kind: sore}").out();
        assertTrue(selfCare.contains("\nWho:       You, at home\nHow soon:  No appointment needed for now\n"), selfCare);
        assertFalse(selfCare.contains("(self-care)"), selfCare);
        assertTrue(selfCare.contains("\nSources:\n  - Muscle pain: a guide for patients (Example Health Service, 2024)\n"),
                selfCare);
        String neuro = run("{now: none, kind: weak}").out();
        assertTrue(neuro.contains("\nWho:       A neurologist (neuromuscular)\n"), neuro);
    }

    @Test
    void runAsMarkdown() {
        String out = run("{now: none, kind: stiff}", "--format", "markdown").out();
        assertTrue(out.startsWith("# Book an appointment with a physiatrist; do not wait for it to pass\n\n"
                + "- **Who:** A physiatrist\n"
                + "- **Who is this:** A physiatrist is a doctor of physical medicine and rehabilitation, who treats pain "
                + "and stiffness without surgery.\n"
                + "- **How soon:** Book an ordinary appointment\n\n"), out);
        assertFalse(out.contains("ROUTINE") || out.contains("`routine`"), out);
    }

    @Test
    void runAndNextAsJsonCarryWhoWhoIsThisAndHowSoon() {
        String run = run("{now: none, kind: fall}", "--format", "json").out();
        assertTrue(run.contains("\"who\":\"Urgent care for an X-ray, then an orthopedist\","
                + "\"who-is-this\":\"An orthopedist is a doctor of bones, joints, muscles and tendons.\","
                + "\"urgency\":\"urgent\",\"how-soon\":\"Today\""), run);
        Cli.Result next = Cli.runWithInput("{now: chest}", "next", "--rules", RESULTS, "--answers", "-");
        assertEquals(0, next.exit(), next.err());
        assertTrue(next.out().startsWith("{\"outcome\":{\"outcome\":\"call-now\""), next.out());
        assertTrue(next.out().contains("\"who\":\"Emergency services\",\"who-is-this\":null,\"urgency\":\"emergency\","
                + "\"how-soon\":\"Now, do not wait\""), next.out());
    }

    @Test
    void aPipedAskGoesFromAnEmergencyAnswerStraightToTheAdvice() {
        Cli.Result r = Cli.runWithInput("1\n", "ask", "--rules", RESULTS);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("\nQuestion 1 (at most one more): Is any of this happening now?\n"), r.out());
        assertTrue(r.out().contains("> 1\n\nEMERGENCY: GET HELP NOW\nCall your local emergency number now\n\n"
                + "Who:       Emergency services\nHow soon:  Now, do not wait\n\n"
                + "What to do now:\n  - Call your local emergency number now. Do not drive yourself.\n"), r.out());
        assertFalse(r.out().contains("Your answers"), r.out());
    }

    @Test
    void aPipedAskSaysTheLastQuestionAndPrintsTheShortBlockFirst() {
        Cli.Result r = Cli.runWithInput("2\n1\n", "ask", "--rules", RESULTS);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nQuestion 2 (the last question): What is it like?\n"), r.out());
        String result = r.out().substring(r.out().indexOf("BOOK AN APPOINTMENT"));
        assertEquals(run("{now: none, kind: stiff}").out(), result, "the same text as run, short block first");
        assertFalse(r.out().contains("What next?"), "nothing is offered through a pipe");
    }

    @Test
    void checkReportsACliniciansKeyThatIsNotASeeValue() throws Exception {
        Path tree = dir.resolve("tree.yaml");
        Files.writeString(tree, Files.readString(Path.of(RESULTS)).replace("  orthopedist: An orthopedist is",
                "  orthopaedist: An orthopedist is"));
        Cli.Result r = Cli.run("check", tree.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(tree + ":16:3: error: 'clinicians' names 'orthopaedist', which is not a 'see' value "
                + "(did you mean 'orthopedist'?)"), r.out());
    }
}
