package referral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Tree;
import referral.testing.Trees;

/** How a result reads: the short block first, words that agree with the title, nothing empty or silly. */
class TextReportTest {
    static final Path RESULTS = Path.of("src/test/resources/console/results.yaml");

    private final Tree tree = results();

    private static Tree results() {
        try {
            return Trees.valid(Files.readString(RESULTS));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Recommendation reach(Tree tree, String... idAnswers) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idAnswers.length; i += 2) {
            answers.put(idAnswers[i], Answer.Chosen.of(idAnswers[i + 1]));
        }
        return Recommendation.of(tree, (Step.Reached) Engine.step(tree, answers));
    }

    private static String text(Recommendation r, int width) {
        return new TextReport(Style.PLAIN, width).render(r);
    }

    @Test
    void theShortBlockComesFirstAndTheRestAfterIt() {
        Recommendation r = reach(tree, "now", "none", "kind", "stiff");
        TextReport.Laid laid = TextReport.layout(r, 80);
        String shortBlock = String.join("\n", laid.rows().subList(0, laid.shortRows()).stream().map(TextReport.Row::text).toList());
        assertEquals("""
                BOOK AN APPOINTMENT
                Book an appointment with a physiatrist; do not wait for it to pass

                Who:       A physiatrist
                           A physiatrist is a doctor of physical medicine and rehabilitation,
                           who treats pain and stiffness without surgery.
                How soon:  Book an ordinary appointment

                What to do now:
                  - Keep moving gently every day; stiffness gets worse with rest.
                  - Warmth in the morning, such as a warm shower, eases the stiffness.
                  - Write down when it is worst and what helps, to tell the doctor.
                  - Over-the-counter painkillers can help for a while; follow the pack.
                  - Stretch gently after warming up, never to the point of pain.
                  - Sleep on a firm mattress and change position often.""", shortBlock);
        List<String> headings = laid.rows().stream().filter(row -> row.kind() == TextReport.Kind.HEADING)
                .map(TextReport.Row::text).toList();
        assertEquals(List.of("What to do now:", "Go sooner if:", "Why:", "What you answered:", "Sources:"), headings,
                "for a person in a hurry: what to do, when to go sooner, then the explanation");
        String text = text(r, 80);
        assertTrue(text.contains("""
                Why:
                Stiffness that has built up over months is what physiatrists treat, with
                exercises and care that keep you moving. Book an ordinary appointment; your
                primary care doctor can refer you.

                What you answered:
                  - Is any of this happening now? None of these
                """), text);
        assertEquals(laid.rows().stream().map(TextReport.Row::text).toList(), List.of(text.split("\n")),
                "the text is these lines");
        assertEquals(TextReport.Kind.BANNER, laid.rows().get(0).kind());
        assertEquals(TextReport.Kind.ASIDE, laid.rows().get(4).kind(), "who is this reads as an aside");
    }

    @Test
    void anEmergencySaysWhatToDoNowFirstAndNeverRepeatsItsTitle() {
        String text = text(reach(tree, "now", "chest"), 80);
        assertTrue(text.startsWith("""
                EMERGENCY: GET HELP NOW
                Call your local emergency number now

                Who:       Emergency services
                How soon:  Now, do not wait

                What to do now:
                  - Call your local emergency number now. Do not drive yourself.
                  - Sit down and rest, and unlock the door so that help can get in.

                Why:
                Chest pain or pressure that came on within the hour needs help at once.

                What you answered:
                """), text);
        assertFalse(text.contains("If in doubt"), "no line of ours under a title that already says to call:\n" + text);
        assertFalse(text.contains("Meanwhile"), "the meanwhile items are what to do now");
        assertFalse(text.contains("sooner"), "an outcome without go-sooner-if has no such heading:\n" + text);
    }

    @Test
    void everyOutcomeSaysWhatToDoNowBeforeWhenToGoSoonerAndWhy() {
        String text = text(reach(tree, "now", "none", "kind", "fall"), 80);
        assertTrue(text.indexOf("How soon:") < text.indexOf("What to do now:"), text);
        assertTrue(text.indexOf("What to do now:") < text.indexOf("Go sooner if:"), text);
        assertTrue(text.indexOf("Go sooner if:") < text.indexOf("Why:"), text);
        assertTrue(text.indexOf("Why:") < text.indexOf("What you answered:"), text);
        assertTrue(text.indexOf("What you answered:") < text.indexOf("Sources:"), text);
        String noMeanwhile = text(reach(tree, "now", "none", "kind", "weak"), 80);
        assertTrue(noMeanwhile.contains("How soon:  Today\n\nGo sooner if:\n"), "no empty heading:\n" + noMeanwhile);
    }

    @Test
    void anEmergencysOwnGoSoonerItemsAreWhatToDoIfItGetsWorse() {
        Tree small = Trees.valid(Trees.SMALL.replace("title: Call now, say: Call now.,",
                "title: Call now, say: Call now., go-sooner-if: [You faint - anyone with you starts CPR.],"));
        String text = text(reach(small, "signs", "chest"), 80);
        assertTrue(text.contains("\nIf it gets worse:\n  - You faint"), text);
        assertFalse(text.contains("Go sooner"), text);
    }

    @Test
    void theWhoLineJoinsASpecialtyInParenthesesNeverWithADash() {
        String text = text(reach(tree, "now", "none", "kind", "weak"), 80);
        assertTrue(text.contains("\nWho:       A neurologist (neuromuscular)\n"), text);
        assertFalse(text.contains(" - neuromuscular"), text);
    }

    @Test
    void anOutcomesOwnWhoReplacesTheMadeUpOneAndTheClinicianIsStillExplained() {
        String text = text(reach(tree, "now", "none", "kind", "fall"), 80);
        assertTrue(text.contains("""
                Who:       Urgent care for an X-ray, then an orthopedist
                           An orthopedist is a doctor of bones, joints, muscles and tendons.
                How soon:  Today
                """), text);
        assertFalse(text.contains("sports medicine"), "the tree's who says it all: " + text);
    }

    @Test
    void aPhysiatristTheTreeDoesNotExplainIsGlossedInTheWhoLine() {
        Tree plain = Trees.valid(stripClinicians());
        String text = text(reach(plain, "now", "none", "kind", "stiff"), 80);
        assertTrue(text.contains("\nWho:       A physiatrist (physical medicine and rehabilitation)\nHow soon:"), text);
    }

    private static String stripClinicians() {
        try {
            String yaml = Files.readString(RESULTS);
            int from = yaml.indexOf("clinicians:");
            int to = yaml.indexOf("questions:");
            return yaml.substring(0, from) + yaml.substring(to);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void selfCareSaysItInWordsWithoutAnIdInParentheses() {
        String text = text(reach(tree, "now", "none", "kind", "sore"), 80);
        assertTrue(text.startsWith("SELF-CARE: YOU CAN LOOK AFTER THIS AT HOME\n"), text);
        assertTrue(text.contains("\nWho:       You, at home\nHow soon:  No appointment needed for now\n"), text);
        assertFalse(text.contains("(self-care)"), text);
    }

    @Test
    void theUrgencyWordsAgreeWithHowTitlesSpeak() {
        String urgent = text(reach(tree, "now", "none", "kind", "weak"), 80);
        assertTrue(urgent.startsWith("URGENT: GET SEEN TODAY\nSee a doctor today about the weakness\n"), urgent);
        assertTrue(urgent.contains("\nHow soon:  Today\n"), urgent);
        assertFalse(urgent.contains("24 hours"), "no other time frame than the title's: " + urgent);
        String routine = text(reach(tree, "now", "none", "kind", "stiff"), 80);
        assertFalse(routine.contains("ROUTINE"), "never ROUTINE over 'do not wait': " + routine);
    }

    @Test
    void sourcesAreTheTreesCitationsAndNeverAnId() {
        String text = text(reach(tree, "now", "none", "kind", "stiff"), 80);
        assertTrue(text.contains("""
                Sources:
                  - Muscle pain: a guide for patients (Example Health Service, 2024)
                  - When to see a doctor about stiffness (Example Society of Rehabilitation,
                    leaflet)
                """), text);
        // A source the tree does not declare (check's error, so a tree loaded without checking) is left out.
        Tree unchecked = Trees.load(Trees.SMALL.replace("sources: [s1]}\n  gp", "sources: [s1, s9]}\n  gp")).tree().orElseThrow();
        String emergency = text(reach(unchecked, "signs", "chest"), 80);
        assertTrue(emergency.contains("Sources:\n  - Source one\n\n"), emergency);
        assertFalse(emergency.contains("s9"), emergency);
    }

    @Test
    void atFortyColumnsNothingIsWiderAndTheShortBlockStillComesFirst() {
        for (String kind : new String[] {"stiff", "fall", "weak", "sore"}) {
            Recommendation r = reach(tree, "now", "none", "kind", kind);
            String text = text(r, 40);
            assertTrue(text.lines().allMatch(l -> l.length() <= 40), text);
            assertTrue(text.indexOf("How soon:") < text.indexOf("Why:"), text);
            assertTrue(!text.contains("What to do now:") || text.indexOf("What to do now:") < text.indexOf("Why:"), text);
        }
    }

    @Test
    void markdownHasTheSameOrderAndWords() {
        String md = MarkdownReport.render(reach(tree, "now", "none", "kind", "fall"));
        assertTrue(md.startsWith("""
                # Have the joint X-rayed today

                - **Who:** Urgent care for an X-ray, then an orthopedist
                - **Who is this:** An orthopedist is a doctor of bones, joints, muscles and tendons.
                - **How soon:** Today

                ## What to do now

                - Keep the joint still and raised.

                ## Go sooner if

                - The limb turns cold, pale or numb - call your local emergency number.

                ## Why

                A joint that is hard to use after a fall can be broken. Urgent care can X-ray it today.

                ## What you answered

                - Is any of this happening now? None of these
                """), md);
        String emergency = MarkdownReport.render(reach(tree, "now", "chest"));
        assertTrue(emergency.contains("- **How soon:** Now, do not wait\n\n"
                + "## What to do now\n\n- Call your local emergency number now."), emergency);
        assertFalse(emergency.contains("If in doubt"), emergency);
        assertFalse(emergency.contains("sooner"), emergency);
    }

    @Test
    void jsonCarriesWhoWhoIsThisAndHowSoon() {
        String json = JsonReport.recommendation(reach(tree, "now", "none", "kind", "fall"));
        assertTrue(json.contains("\"see\":\"orthopedist\",\"specialty\":\"sports medicine\","
                + "\"who\":\"Urgent care for an X-ray, then an orthopedist\","
                + "\"who-is-this\":\"An orthopedist is a doctor of bones, joints, muscles and tendons.\","
                + "\"urgency\":\"urgent\",\"how-soon\":\"Today\","), json);
        String none = JsonReport.recommendation(reach(tree, "now", "none", "kind", "weak"));
        assertTrue(none.contains("\"who\":\"A neurologist (neuromuscular)\",\"who-is-this\":null,"), none);
    }
}
