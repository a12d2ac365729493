package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.lang.Words;
import referral.report.Recommendation;
import referral.rules.Tree;
import referral.testing.Trees;

/** The full-screen session driven key by key, as a person would, on a fake terminal. */
class ScreenUiTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    private Recommendation run(FakeTerminal terminal) throws Exception {
        Session session = new Session(tree, Map.of());
        Recommendation r = new Conversation(session, new ScreenUi(terminal, terminal, false), null, true).run();
        assertTrue(terminal.allKeysUsed(), "keys left over");
        return r;
    }

    @Test
    void aWholeWalkWithArrowKeysEndsAtTheResult() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type(
                "DOWN", "DOWN", "SPACE", "ENTER",   // signs: none of these
                "42", "ENTER",                      // age
                "y",                                // rest: yes
                "DOWN", "ENTER",                    // where: joints
                "ENTER");                           // the result, read: done, nothing saved
        Recommendation r = run(t);
        assertEquals("rheum", r.outcome().id());
        String result = t.lastScreen();
        assertTrue(result.startsWith("BOOK AN APPOINTMENT\nSee a rheumatologist\n"),
                "the result is the screen after the last answer, and Enter on it is done:\n" + result);
        assertTrue(result.contains("Enter or q done · m change or save"), result);
        assertTrue(t.printed().contains("See a rheumatologist"), t.printed());
        assertTrue(t.printed().contains("How old are you? 42 years"), "the why lists the answers");
        assertTrue(t.printed().endsWith("\nIn short: A rheumatologist. Book an ordinary appointment.\n"),
                "the whole result stays on the terminal, ending with who and how soon:\n" + t.printed());
        assertFalse(t.printed().contains("\u001b"), "no colour asked for, no escape codes");
    }

    @Test
    void backTwiceThenAChangedAnswerGivesAnotherResult() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type(
                "n", "ENTER", "42", "ENTER", "y",  // signs: n ticks none of these
                "ESC",                              // back to rest, yes highlighted
                "b",                                // back to age, 42 filled in
                "BS", "BS", "10", "ENTER",          // a child now
                "ENTER");
        Recommendation r = run(t);
        assertEquals("gp", r.outcome().id());
        assertTrue(t.allScreens().stream().anyMatch(s -> s.contains("> 42_ years")), "the old answer was offered");
    }

    @Test
    void anAnswerChangedAfterTheResultGivesTheNewResultAtOnce() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type(
                "n", "ENTER", "42", "ENTER", "n",  // signs: none; rest: no -> home
                "m",                                         // the result, read; m: what next
                "3", "ENTER",                                // change an answer
                "DOWN", "ENTER",                             // the first answer
                "1", "SPACE", "ENTER",                       // chest pain: its number moves, Space ticks (clears 'none')
                "ENTER");                                    // the new result, done
        Recommendation r = run(t);
        assertEquals("emergency", r.outcome().id());
        var screens = t.allScreens();
        int review = 0;
        while (!screens.get(review).startsWith("Your answers")) {
            review++;
        }
        assertTrue(screens.get(review - 1).contains("> 3) Change an answer"), screens.get(review - 1));
        String changing = screens.get(review + 2);   // the list, the list moved down, then the question
        assertTrue(changing.contains("> [x] 3) None of these"), "the old answer is preselected:\n" + changing);
        String next = screens.get(review + 2 + 3);   // the question, a screen for each of its keys, then the result
        assertTrue(next.startsWith("EMERGENCY: GET HELP NOW\nCall now\n"), "no review before the new result:\n" + next);
    }

    @Test
    void anEmergencyAnswerShowsTheAdviceAsTheVeryNextScreen() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type("1", "SPACE", "ENTER", "ENTER");
        Recommendation r = run(t);
        assertEquals("emergency", r.outcome().id());
        String next = t.allScreens().get(3);   // the question, the choice highlighted by its number, then ticked
        assertTrue(next.startsWith("""
                EMERGENCY: GET HELP NOW
                Call now

                Who:       Emergency services
                How soon:  Now, do not wait
                """), next);
        assertFalse(next.contains("If in doubt"), "nothing that repeats the title:\n" + next);
        assertTrue(t.allScreens().stream().noneMatch(s -> s.contains("Your answers") || s.contains("Review")),
                "no review anywhere");
    }

    @Test
    void questionMarkShowsTheHelpAndTheKeys() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type("?", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        assertTrue(t.lastScreen().contains("Red flags first."), t.lastScreen());
        assertTrue(t.lastScreen().contains("Esc or b goes back"), t.lastScreen());
    }

    @Test
    void ctrlCStopsAtAnyPrompt() {
        FakeTerminal t = new FakeTerminal(79, 24).type("n", "ENTER", "4", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
    }

    @Test
    void aMultiQuestionNeedsAtLeastOneChoice() {
        FakeTerminal t = new FakeTerminal(79, 24).type("2", "ENTER", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        assertTrue(t.lastScreen().contains("! Select at least one with Space (n ticks \"None of these\"), then press Enter."),
                "a number only moved:\n" + t.lastScreen());
    }

    private static final String LONG_HELP = "If you answer for someone else, answer for them. Red flags come first,"
            + " then what troubles you most; the last questions ask how it started.";

    /** The first screen of the small tree with a two-sentence help, on a terminal of {@code rows} rows. */
    private static String firstScreenWithLongHelp(int rows) {
        Tree helped = Trees.valid(Trees.SMALL.replace("help: Red flags first.", "help: " + LONG_HELP));
        FakeTerminal t = new FakeTerminal(79, rows).type("CTRL-C");
        assertThrows(Interrupted.class, () -> new Conversation(new Session(helped, Map.of()), new ScreenUi(t, t, false),
                null, true).run());
        return t.allScreens().get(0);
    }

    @Test
    void theWholeHelpIsUnderTheQuestionWhereTheScreenHasRoomForItWithTheWholeList() {
        // 9 rows of the 11 hold the header, the question, three choices and the keys; the help takes 2.
        String roomy = firstScreenWithLongHelp(12);
        assertTrue(roomy.startsWith("Question 1 (at most 3 more)\nAny of these?\nIf you answer for someone else, answer"
                + " for them. Red flags come first, then\nwhat troubles you most; the last questions ask how it started.\n"
                + "Select all that apply.\n"), roomy);
        assertFalse(roomy.contains("? shows the rest"), roomy);
        assertTrue(roomy.contains("3) None of these"), roomy);
    }

    @Test
    void whereTheWholeHelpDoesNotFitAsManyWholeSentencesAsFitAndAWordThatQuestionMarkShowsTheRest() {
        String oneLine = firstScreenWithLongHelp(11);
        assertTrue(oneLine.contains("\nAny of these?\nIf you answer for someone else, answer for them. (? shows the rest.)\n"
                + "Select all that apply.\n"), oneLine);
        assertTrue(oneLine.contains("3) None of these"), oneLine);
        String none = firstScreenWithLongHelp(10);
        assertFalse(none.contains("answer for them"), "the choices and keys come before the help:\n" + none);
        assertTrue(none.contains("3) None of these") && none.contains("? help"), none);
    }

    @Test
    void questionMarkShowsTheHelpOnAPageOfItsOwnAndAnyKeyReturnsToTheQuestionAsItWas() throws Exception {
        Tree helped = Trees.valid(Trees.SMALL.replace("help: Red flags first.", "help: " + LONG_HELP));
        FakeTerminal t = new FakeTerminal(79, 14).type("DOWN", "SPACE", "?", "ESC", "CTRL-C");
        assertThrows(Interrupted.class, () -> new Conversation(new Session(helped, Map.of()), new ScreenUi(t, t, false),
                null, true).run());
        List<String> screens = t.allScreens();
        String help = screens.get(3);
        assertTrue(help.startsWith("Any of these?\n\nIf you answer for someone else"), help);
        assertTrue(help.contains("how it started.\n\nKeys:"), help);
        assertTrue(help.endsWith("\nAny key returns to the question."), help);
        assertFalse(help.contains("Numbness"), "no list under the help:\n" + help);
        String back = screens.get(4);
        assertTrue(back.contains("> [x] 2) Numbness"), "Esc returned to the question, the tick kept:\n" + back);
        assertTrue(back.contains("3) None of these") && back.contains("? help"), back);
    }

    @Test
    void aHelpTallerThanTheScreenScrollsBeforeAKeyReturns() throws Exception {
        Tree helped = Trees.valid(Trees.SMALL.replace("help: Red flags first.", "help: " + LONG_HELP));
        FakeTerminal t = new FakeTerminal(30, 8).type("?", "SPACE", "x", "CTRL-C");
        assertThrows(Interrupted.class, () -> new Conversation(new Session(helped, Map.of()), new ScreenUi(t, t, false),
                null, true).run());
        List<String> screens = t.allScreens();
        assertTrue(screens.get(1).startsWith("Any of these?\n\nIf you answer for"), screens.get(1));
        assertTrue(screens.get(1).contains("any other key returns"), screens.get(1));
        assertFalse(screens.get(2).startsWith("Any of these?"), "Space paged on:\n" + screens.get(2));
        assertTrue(screens.get(3).startsWith("Question 1"), "x returned:\n" + screens.get(3));
        assertEquals(List.of("One sentence.", "Another one?", "No full stop"),
                ScreenUi.sentences(" One sentence. Another one? No full stop"));
    }

    /** Short list or long, a number moves to its choice and Space ticks it; every footer says it in the same words. */
    @Test
    void aNumberMovesAndSpaceTicksOnEveryListAndTheFootersSaySo() throws Exception {
        String long14 = Trees.SMALL.replace("      none: None of these\n", String.join("",
                java.util.stream.IntStream.rangeClosed(4, 14).mapToObj(i -> "      c" + i + ": Choice " + i + "\n").toList())
                + "      none: None of these\n");
        for (Tree t14 : List.of(tree, Trees.valid(long14))) {
            boolean twoDigits = t14 != tree;
            FakeTerminal t = new FakeTerminal(79, 40).type("2", "SPACE", "ENTER", "CTRL-C");
            Session session = new Session(t14, Map.of());
            assertThrows(Interrupted.class, () -> new Conversation(session, new ScreenUi(t, t, false), null, true).run());
            List<String> screens = t.allScreens();
            assertTrue(screens.get(1).contains("> [ ]  2) Numbness") || screens.get(1).contains("> [ ] 2) Numbness"),
                    "the number moved, ticking nothing:\n" + screens.get(1));
            assertTrue(screens.get(2).contains("[x]") && screens.get(2).contains("2) Numbness"), "Space ticked:\n" + screens.get(2));
            assertTrue(screens.get(0).contains(twoDigits
                    ? "\nUp/Down or number move (1 then 0 for 10) · Space tick · n none · Enter done\nEsc back · ? help"
                    : "\nUp/Down or number move · Space tick · n none · Enter done · Esc back · ? help"), screens.get(0));
            assertTrue(screens.get(3).contains("How old are you?"), "Enter went on with Numbness ticked");
        }
        // A long list that scrolls says instead which keys reach what is below.
        FakeTerminal scrolled = new FakeTerminal(79, 14).type("PGDN", "CTRL-C");
        assertThrows(Interrupted.class, () -> new Conversation(new Session(Trees.valid(long14), Map.of()),
                new ScreenUi(scrolled, scrolled, false), null, true).run());
        assertTrue(scrolled.allScreens().get(0).contains("\nUp/Down/PgDn/End move · Space tick · n none · Enter done · Esc back · ? help"),
                scrolled.allScreens().get(0));
        assertTrue(scrolled.lastScreen().contains("> [ ] 10) Choice 11"), "PgDn went nine down:\n" + scrolled.lastScreen());
        FakeTerminal one = new FakeTerminal(79, 24).type("n", "ENTER", "42", "ENTER", "y", "2", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(one));
        assertTrue(one.lastScreen().contains("> 2) Joints"), "a number moves on a list of one answer too:\n" + one.lastScreen());
        assertTrue(one.lastScreen().contains("\nUp/Down or number move · Enter choose · Esc back · ? help"), one.lastScreen());
    }

    @Test
    void numbersAreCheckedAsTheyAreTyped() {
        FakeTerminal t = new FakeTerminal(79, 24).type("n", "ENTER", "x");
        t.type("CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        assertTrue(t.lastScreen().contains("! Only digits here. Type a number from 0 to 120 years."), t.lastScreen());

        FakeTerminal big = new FakeTerminal(79, 24).type("n", "ENTER", "130", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(big));
        assertTrue(big.lastScreen().contains("! 130 is out of range."), big.lastScreen());
    }

    @Test
    void theFirstQuestionCannotGoBack() {
        FakeTerminal t = new FakeTerminal(79, 24).type("ESC", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        assertTrue(t.lastScreen().contains("This is the first question."), t.lastScreen());
    }

    @Test
    void atFortyColumnsLongTextsWrapAndNothingIsCutOff() throws Exception {
        // FakeTerminal fails the test when a line is wider than the screen.
        FakeTerminal t = new FakeTerminal(39, 24).type("?", "ESC", "n", "ENTER", "42", "ENTER", "y", "2", "ENTER",
                "ENTER");   // the result: done
        run(t);
        String first = t.allScreens().get(0);
        String dot = " · ";
        assertTrue(first.contains("\nUp/Down or number move" + dot + "Space tick\nn none" + dot + "Enter done" + dot + "Esc back" + dot + "? help"),
                "key hints wrap between hints:\n" + first);
        for (String line : t.printed().split("\n")) {
            assertTrue(line.length() <= 39, "result line too wide: " + line);
        }
    }

    @Test
    void onATinyScreenTheQuestionComesFirstAndNothingIsChosenUnseen() {
        FakeTerminal t = new FakeTerminal(19, 5).type("ENTER", "DOWN", "SPACE", "ENTER", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        List<String> screens = t.allScreens();
        assertEquals("Question 1 (at most\n3 more)\nAny of these?\nSelect all that", screens.get(0));
        // Enter on a choice out of view shows it rather than act on it.
        assertTrue(screens.get(1).contains("> [ ] 1) Chest"), screens.get(1));
        assertFalse(screens.get(1).contains("Select at least one"), screens.get(1));
        assertTrue(screens.get(3).contains("> [x] 2) Numbness"), screens.get(3));
        assertTrue(t.lastScreen().startsWith("Question 2"), "answered: " + t.lastScreen());
    }

    @Test
    void aResizeRedrawsAtTheNewSize() {
        FakeTerminal t = new FakeTerminal(79, 24);
        t.type("RESIZE", "CTRL-C");
        Session session = new Session(tree, Map.of());
        ScreenUi ui = new ScreenUi(() -> {
            Key k = t.read();
            if (k.kind() == Key.Kind.RESIZE) {
                t.resizeTo(30, 10);
            }
            return k;
        }, t, false);
        assertThrows(Interrupted.class, () -> new Conversation(session, ui, null, true).run());
        assertEquals(2, t.allScreens().size(), "drawn once, and again after the resize");
        assertTrue(t.lastScreen().lines().allMatch(l -> l.length() <= 30), t.lastScreen());
    }

    @Test
    void aShortTerminalScrollsTheChoicesAroundTheHighlightedOne() {
        FakeTerminal t = new FakeTerminal(30, 8).type("DOWN", "DOWN", "CTRL-C");
        assertThrows(Interrupted.class, () -> run(t));
        String screen = t.lastScreen();
        assertTrue(screen.contains("> [ ] 3) None of these"), screen);
        assertTrue(screen.contains("more above"), screen);
        for (String frame : t.allScreens()) {
            assertFalse(frame.contains("\n\n\n"), "the line saying what is hidden takes a blank line's place:\n" + frame);
        }
    }

    @Test
    void aScrolledListSaysWhatIsHiddenInTheSessionsLanguage() {
        FakeTerminal t = new FakeTerminal(30, 8).type("DOWN", "DOWN", "CTRL-C");
        Session session = new Session(tree, Map.of());
        ScreenUi ui = new ScreenUi(t, t, false, Words.of("ru"));
        assertThrows(Interrupted.class, () -> new Conversation(session, ui, null, true).run());
        assertTrue(t.lastScreen().contains("выше"), t.lastScreen());
        assertFalse(t.allScreens().stream().anyMatch(s -> s.contains("more above") || s.contains("more below")),
                "no English scroll markers in a Russian session");
    }

    @Test
    void onlyTheChoicesOfferedAreListedAndNumbered() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type(
                "2", "SPACE", "ENTER",              // no emergency signs (its number moves, Space ticks)
                "10", "ENTER",                      // a child
                "n", "ENTER",                       // urgent signs: n ticks none of these
                "2", "ENTER",                       // main problem: something else (second of two)
                "ENTER");                           // the result, read: done
        Session session = new Session(Trees.valid(Trees.WHEN), Map.of());
        Recommendation r = new Conversation(session, new ScreenUi(t, t, false), null, true).run();
        assertEquals("gp", r.outcome().id());
        String urgent = t.allScreens().stream().filter(x -> x.contains("Do any of these apply now?")).findFirst().orElseThrow();
        assertTrue(urgent.contains("[ ] 2) None of these"), urgent);
        assertFalse(urgent.contains("Pregnant"), "no pregnancy choice for a child:\n" + urgent);
        String main = t.allScreens().stream().filter(x -> x.contains("What troubles you most?")).findFirst().orElseThrow();
        assertTrue(main.contains("1) Soreness after exercise") && main.contains("2) Something else"), main);
        assertFalse(main.contains("heavy work") || main.contains("Stiff shoulders"), "no adult choices:\n" + main);
    }

    @Test
    void changingTheAgeInTheReviewAsksAgainAQuestionWhoseAnswerItHid() throws Exception {
        FakeTerminal t = new FakeTerminal(79, 24).type(
                "n", "ENTER", "60", "ENTER", "n", "ENTER",
                "3", "ENTER",                       // main problem: stiff shoulders and hips (50 and over)
                "m",                                // the result, read; m: what next
                "3", "ENTER",                       // change an answer
                "DOWN", "DOWN", "ENTER",            // the second answer, the age
                "BS", "BS", "10", "ENTER",          // a child now
                "ENTER",                            // main problem asked again: the first choice
                "ENTER");                           // the new result, read: done
        Session session = new Session(Trees.valid(Trees.WHEN), Map.of());
        Recommendation r = new Conversation(session, new ScreenUi(t, t, false), null, true).run();
        assertEquals("home", r.outcome().id());
        var screens = t.allScreens();
        String again = null;
        for (String screen : screens) {
            if (screen.startsWith("Question") && screen.contains("What troubles you most?")) {
                again = screen;   // the last one: the question asked again after the change
            }
        }
        assertTrue(again.contains("> 1) Soreness after exercise"), "nothing hidden preselected:\n" + again);
        assertFalse(again.contains("Stiff shoulders"), again);
    }
}
