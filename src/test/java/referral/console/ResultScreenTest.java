package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.lang.Words;
import referral.report.Recommendation;
import referral.report.TextReport;
import referral.rules.Outcome;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Trees;

/**
 * The result on a full screen: its first screen holds the short block (headline, who, how soon,
 * what to do now) at every size a person may have, and the rest is paged with the keys the footer names.
 */
class ResultScreenTest {
    private static final Tree TREE = load();

    private static Tree load() {
        try {
            return Trees.valid(Files.readString(Path.of("src/test/resources/console/results.yaml")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Answers that reach a result at once, so the first screen drawn is the result's. */
    private static Map<String, Answer> answers(String... idAnswers) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idAnswers.length; i += 2) {
            answers.put(idAnswers[i], Answer.Chosen.of(idAnswers[i + 1]));
        }
        return answers;
    }

    private static FakeTerminal show(FakeTerminal t, Map<String, Answer> answers) throws Exception {
        new Conversation(new Session(TREE, answers), new ScreenUi(t, t, false), null, true).run();
        assertTrue(t.allKeysUsed(), "keys left over");
        return t;
    }

    private static List<String> shortBlock(Map<String, Answer> answers, int columns) {
        Recommendation r = Recommendation.of(TREE, (Step.Reached) Engine.step(TREE, answers));
        TextReport.Laid laid = TextReport.layout(r, columns);
        return laid.rows().subList(0, laid.shortRows()).stream().map(TextReport.Row::text).toList();
    }

    @Test
    void theFirstScreenOfEveryResultHoldsTheShortBlockAtEverySize() throws Exception {
        // FakeTerminal columns are the usable ones: a terminal of 80 columns draws 79 (see JLineTerminal).
        int[][] sizes = {{79, 24}, {89, 30}, {39, 24}};
        String[] kinds = {"stiff", "fall", "weak", "sore"};
        for (int[] size : sizes) {
            for (String kind : kinds) {
                check(size, answers("now", "none", "kind", kind));
            }
            check(size, answers("now", "chest"));
        }
    }

    /**
     * From 80 columns the whole short block is on the first screen. Narrower, a long list of what
     * to do now may run past it: its heading and first item (in an emergency, the call) are there,
     * and the footer says the rest of it follows.
     */
    private static void check(int[] size, Map<String, Answer> answers) throws Exception {
        FakeTerminal t = show(new FakeTerminal(size[0], size[1]).type("q"), answers);
        String first = t.allScreens().get(0);
        List<String> shortBlock = shortBlock(answers, size[0]);
        if (first.startsWith(String.join("\n", shortBlock)) || size[0] >= 79) {
            assertTrue(first.startsWith(String.join("\n", shortBlock)), size[0] + "x" + size[1] + " " + answers + ":\n" + first);
            return;
        }
        int heading = shortBlock.indexOf("What to do now:");
        int firstItemEnd = heading + 2;
        while (shortBlock.get(firstItemEnd).startsWith("    ")) {
            firstItemEnd++;
        }
        assertTrue(first.startsWith(String.join("\n", shortBlock.subList(0, firstItemEnd))), size[0] + "x" + size[1] + ":\n" + first);
        assertTrue(first.contains("\nMore below: rest of What to do now, "), first);
    }

    /**
     * Every outcome of every bundled tree, in every language it has, at 80x24 (79 columns drawn, as
     * on a real terminal): headline, who, how soon and all of what to do now on the first screen.
     */
    @Test
    void everyBundledOutcomeFitsItsShortBlockOnTheFirstScreenAt80x24() throws Exception {
        int outcomes = 0;
        for (String id : RulesLoader.bundledIds()) {
            // As the files in rules/ are now, with their translations: in every language the tree has.
            Tree tree = new RulesLoader().load(Path.of("rules", id + ".yaml")).tree().orElseThrow();
            List<String> languages = new java.util.ArrayList<>(List.of("en"));
            languages.addAll(tree.languages());
            for (String language : languages) {
                Words words = Words.of(language);
                Tree shown = words.tree(tree);
                for (Outcome o : shown.outcomes().values()) {
                    Recommendation r = new Recommendation(shown, o, List.of(), words);
                    TextReport.Laid laid = TextReport.layout(r, 79);
                    String shortBlock = String.join("\n", laid.rows().subList(0, laid.shortRows()).stream().map(TextReport.Row::text).toList());
                    String first = String.join("\n", ResultPage.of(r, 0, 79, 24).lines().stream().map(Line::text).toList());
                    String where = id + " (" + language + "), outcome " + o.id();
                    assertTrue(first.startsWith(shortBlock), where + ":\n" + first);
                    assertTrue(shortBlock.contains(words.get("heading.do-now") + ":"), where + " says what to do now");
                    outcomes++;
                }
            }
        }
        assertTrue(outcomes > 50, "the bundled trees' outcomes were all tried: " + outcomes);
    }

    @Test
    void aLongResultIsPagedWithTheKeysTheFooterNames() throws Exception {
        Map<String, Answer> stiff = answers("now", "none", "kind", "stiff");
        FakeTerminal t = show(new FakeTerminal(79, 24).type("SPACE", "k", "j", "UP", "PGUP", "END", "HOME", "PGDN",
                "m", "ESC"), stiff);
        List<String> screens = t.allScreens();
        String first = screens.get(0);
        assertTrue(first.endsWith("\nMore below: Why, What you answered, Sources\n"
                + "Space more · Up/Down scroll · Enter or q done · m change or save"), first);
        String second = screens.get(1);
        assertFalse(second.startsWith("BOOK AN APPOINTMENT"), "Space moved on:\n" + second);
        // The last page is a whole screen too: it ends with the result's last line.
        assertTrue(second.contains("worse or are worried, call your doctor or emergency services.\nEnd of the result.\n"), second);
        assertTrue(second.contains("Sources:"), second);
        assertTrue(second.contains("End of the result."), second);
        assertTrue(second.endsWith("\nUp/Down scroll · Enter or q done · m change or save"), second);
        assertEquals(first, screens.get(5), "PgUp a page back, to the top");
        assertEquals(screens.get(1), screens.get(6), "End at the end");
        assertEquals(first, screens.get(7), "Home at the top");
        assertEquals(screens.get(1), screens.get(8), "PgDn as Space");
        String up = screens.get(2);
        assertEquals(second.lines().toList().subList(0, 5), up.lines().toList().subList(1, 6), "k scrolls one line up");
        assertEquals(second, screens.get(3), "j one line down");
        assertTrue(screens.get(9).contains("What next?"), "m: " + screens.get(9));
        assertTrue(t.allScreens().stream().allMatch(s -> s.lines().count() <= 23), "never more than the screen holds");
    }

    @Test
    void aResizeLaysTheResultOutAgain() {
        FakeTerminal t = new FakeTerminal(79, 24);
        t.type("RESIZE", "CTRL-C");
        ScreenUi ui = new ScreenUi(() -> {
            Key k = t.read();
            if (k.kind() == Key.Kind.RESIZE) {
                t.resizeTo(39, 20);
            }
            return k;
        }, t, false);
        Session session = new Session(TREE, answers("now", "none", "kind", "stiff"));
        org.junit.jupiter.api.Assertions.assertThrows(Interrupted.class, () -> new Conversation(session, ui, null, true).run());
        String after = t.lastScreen();
        assertTrue(after.startsWith("BOOK AN APPOINTMENT\nBook an appointment with a physiatrist;\ndo not wait"), after);
        assertTrue(after.lines().allMatch(l -> l.length() <= 39), after);
    }

    /** Everybody reads the result, few change or save: done is one key, the one the footer names first. */
    @Test
    void qOnTheResultIsDoneAtOnceAndTheWholeResultStaysOnTheTerminal() throws Exception {
        for (String done : List.of("q", "ENTER", "ESC")) {
            FakeTerminal t = show(new FakeTerminal(79, 24).type(done), answers("now", "none", "kind", "fall"));
            assertEquals(1, t.allScreens().size(), done + ": the result, then nothing:\n" + t.allScreens());
            assertTrue(t.printed().startsWith("URGENT: GET SEEN TODAY\nHave the joint X-rayed today\n"), t.printed());
            assertTrue(t.printed().endsWith("\nIn short: Urgent care for an X-ray, then an orthopedist. Today.\n"), t.printed());
        }
    }

    @Test
    void whatNextOffersTheResultAgainAndEndsWithTheWholeResultPrinted() throws Exception {
        FakeTerminal t = show(new FakeTerminal(79, 24).type("m", "2", "ENTER", "q"),
                answers("now", "none", "kind", "fall"));
        long results = t.allScreens().stream().filter(s -> s.startsWith("URGENT: GET SEEN TODAY")).count();
        assertEquals(2, results, "shown, then read again");
        assertTrue(t.printed().startsWith("URGENT: GET SEEN TODAY\nHave the joint X-rayed today\n"), t.printed());
        assertTrue(t.printed().endsWith("\nIn short: Urgent care for an X-ray, then an orthopedist. Today.\n"), t.printed());
    }
}
