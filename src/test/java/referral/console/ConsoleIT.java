package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.Wrap;
import referral.rules.Choice;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.rules.Urgency;
import referral.testing.Tmux;

/**
 * The real jar in a real pseudo-terminal (tmux), driven with keys the way a person uses it.
 * The trees are the test trees {@code console/walk.yaml} and {@code console/results.yaml}, so these
 * tests do not change when the clinical content does; the one test on the bundled tree reads
 * what it needs from the tree itself.
 */
class ConsoleIT {
    static final Path JAR = Path.of("target/referral.jar").toAbsolutePath();
    static final Path WALK = Path.of("src/test/resources/console/walk.yaml").toAbsolutePath();
    static final Path RESULTS = Path.of("src/test/resources/console/results.yaml").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final Pattern COLOUR = Pattern.compile("\u001b\\[(?:[0-9;]*;)?(?:3[0-7]|4[0-7]|9[0-7])m");

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private Tmux ask(int columns, Map<String, String> env, String... args) throws Exception {
        return new Tmux(columns, 24, dir, env, JAVA + " -jar " + JAR + " ask --rules " + WALK + " " + String.join(" ", args));
    }

    private Tmux ask(String... args) throws Exception {
        return ask(80, Map.of(), args);
    }

    /** The program has exited with {@code code} and left the terminal as it found it. */
    private static void assertExitedRestored(Tmux t, int code) throws Exception {
        String screen = t.waitFor("<done>");
        assertTrue(screen.contains("EXIT=" + code + "\n"), screen);
        assertTrue(screen.contains("icanon echo") || screen.contains("echo icanon"), "echo and line mode back:\n" + screen);
        assertTrue(t.cursorVisible(), "the cursor is visible again");
    }

    @Test
    void aFullWalkWithArrowKeysReachesTheResult() throws Exception {
        Path home = Files.createDirectory(elsewhere.resolve("home"));
        Path tmp = Files.createDirectory(elsewhere.resolve("tmp"));
        String java = JAVA + " -Djava.io.tmpdir=" + tmp + " -Duser.home=" + home;
        try (Tmux t = new Tmux(80, 24, dir, Map.of("HOME", home.toString(), "TMPDIR", tmp.toString()),
                java + " -jar " + JAR + " ask --rules " + WALK)) {
            t.waitFor("Question 1 (at most 3 more)");
            t.send("Down", "Down", "Space", "Enter");
            t.waitFor("How old are you?");
            t.type("42").send("Enter");
            t.waitFor("Does it hurt even when you rest?");
            t.send("y");
            t.waitFor("Where is the pain?");
            t.send("Down", "Enter");
            String result = t.waitFor("Enter or q done");   // the footer, drawn last
            assertTrue(result.stripLeading().startsWith("SOON: SEE A DOCTOR WITHIN A FEW DAYS\nSee a rheumatologist\n"), result);
            assertTrue(result.contains("\nHow soon:  Within a few days\n"), result);
            t.send("m");                                      // what next: change an answer
            t.waitFor("What next?");
            t.send("3", "Enter");
            String answers = t.waitFor("Your answers");
            // The mark before the answer is an arrow, or '=' where the locale's charset lacks one.
            assertTrue(Pattern.compile("\n {5}\\S In the joints, with swelling or stiffness in").matcher(answers).find(), answers);
            t.send("Escape");
            t.waitFor("What next?");
            t.send("Enter");
            t.waitFor("In short: A rheumatologist. Within a few days.");
            assertExitedRestored(t, 0);
            assertTrue(COLOUR.matcher(t.raw()).find(), "colour on a colour terminal");
        }
        for (Path p : List.of(dir, home, tmp)) {
            try (var files = Files.list(p)) {
                assertEquals(List.of(), files.toList(), "nothing written that was not asked for, in " + p);
            }
        }
    }

    /**
     * Keys pressed while the program starts: the terminal, still in line mode, echoes them, and
     * they wait unread. They answer nothing (a stray "n" and Enter would have answered "None of
     * these" to the red flags) and leave no mark on any screen (the echoed "n" used to be glued
     * to every header after it: "nQuestion 4").
     */
    @Test
    void keysTypedWhileItStartsAnswerNothingAndLeaveNoMark() throws Exception {
        try (Tmux t = ask()) {
            t.send("Down", "n", "Enter");                    // long before the JVM has started
            String first = t.waitFor("3) None of these");
            assertTrue(first.startsWith("Question 1 (at most 3 more)\n"), "the frame at the top, the echo gone:\n" + first);
            assertTrue(first.contains("> [ ] 1) ") && first.contains("  [ ] 3) None of these"),
                    "nothing ticked, the cursor on the first choice:\n" + first);
            t.send("Enter");                                  // typed now, it is read: nothing is ticked yet
            String asked = t.waitFor("Select at least one");
            assertTrue(asked.startsWith("Question 1 (at most 3 more)\n"), asked);
            t.send("n", "Enter");
            assertTrue(t.waitFor("How old are you?").startsWith("Question 2 ("), t.screen());
            t.type("42").send("Enter");
            assertTrue(t.waitFor("Does it hurt").startsWith("Question 3 ("), t.screen());
            t.send("y");
            assertTrue(t.waitFor("Where is the pain?").startsWith("Question 4 ("), t.screen());
            t.send("Down", "Enter");
            String result = t.waitFor("Enter or q done");
            assertTrue(result.startsWith("SOON: SEE A DOCTOR WITHIN A FEW DAYS\n"), result);
            t.send("Enter");
            assertExitedRestored(t, 0);
            String last = t.screen();
            assertFalse(Pattern.compile("(?m)^n$|\\^\\[").matcher(last).find(), "no echo left:\n" + last);
        }
    }

    @Test
    void backTwiceAndAChangedAnswerGiveAnotherResult() throws Exception {
        try (Tmux t = ask()) {
            t.waitFor("Question 1");
            t.send("n", "Enter");
            t.waitFor("How old are you?");
            t.type("42").send("Enter");
            t.waitFor("Does it hurt");
            t.send("y");
            t.waitFor("Where is the pain?");
            t.send("Escape");
            String rest = t.waitFor("Does it hurt");
            assertTrue(rest.contains("> 1) Yes"), "the old answer is highlighted:\n" + rest);
            t.send("b");
            t.waitFor("> 42_ years");
            t.send("BSpace", "BSpace").type("10").send("Enter");
            t.waitFor("Book a visit with your doctor");
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
        }
    }

    @Test
    void helpThenChangeAnAnswerAfterTheResult() throws Exception {
        try (Tmux t = ask()) {
            String first = t.waitFor("Question 1");
            assertTrue(first.contains("\nThese signs can mean something serious that needs help at once.\nSelect all that apply.\n"),
                    "the help's first sentence under the question, where it fits:\n" + first);
            t.send("?");
            String help = t.waitFor("Any key returns to the question.");
            assertTrue(help.contains("\nThese signs can mean something serious") && help.contains("Esc or b goes back"), help);
            assertFalse(help.contains(") None of these"), "the help is a page of its own:\n" + help);
            t.send("Escape");                                 // returns to the question, not back from it
            t.waitFor("3) None of these");
            t.send("n", "Enter");
            t.waitFor("How old are you?");
            t.type("42").send("Enter");
            t.waitFor("Does it hurt");
            t.send("n");
            t.waitFor("Look after it at home");
            t.send("m");                                      // what next: change an answer
            t.waitFor("What next?");
            t.send("3", "Enter");
            t.waitFor("Your answers");
            t.send("Down", "Enter");
            String again = t.waitFor("Question 1");
            assertTrue(again.contains("[x] 3) None of these"), "the old answer is preselected:\n" + again);
            t.send("1", "Space", "Enter");                   // its number moves to chest pain, Space ticks it
            String emergency = t.waitFor("EMERGENCY: GET HELP NOW");
            assertTrue(emergency.contains("Call your local emergency number now"), emergency);
            t.send("m");                                      // what next: change an answer
            t.waitFor("What next?");
            t.send("3", "Enter");
            String answers = t.waitFor("Your answers");
            assertFalse(answers.contains("How old are you?"), "answers that no longer apply are dropped:\n" + answers);
            t.send("Escape");
            t.waitFor("What next?");
            t.send("Enter");
            assertExitedRestored(t, 0);
        }
    }

    /**
     * The bundled tree, whatever its questions say: the test knows only that its first question
     * offers a choice with an emergency red flag, and picks it by its number.
     */
    @Test
    void anEmergencyAnswerToTheBundledTreeShowsTheAdviceAsTheVeryNextScreen() throws Exception {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        Question first = tree.questions().get(tree.start());
        int index = 0;
        while (first.choices().get(index).redFlag() != Urgency.EMERGENCY) {
            index++;
        }
        Choice choice = first.choices().get(index);
        Step step = Engine.step(tree, Map.of(first.id(), Answer.Chosen.of(choice.id())));
        assertTrue(step instanceof Step.Reached, "an emergency choice of the first question ends the questions");
        Outcome outcome = ((Step.Reached) step).outcome();
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask")) {
            String question = t.waitFor(first.text().value().substring(0, Math.min(20, first.text().value().length())));
            List<String> keys = new java.util.ArrayList<>(List.of(Integer.toString(index + 1).split("")));
            keys.add("Space");   // a number moves to its choice (1 then 2 is 12), Space ticks it
            keys.add("Enter");
            t.send(keys.toArray(String[]::new));
            String next = t.waitFor("Enter or q done");   // the result's footer, drawn last
            String title = String.join("\n", Wrap.lines(outcome.title().value(), 79, "", ""));
            String who = outcome.who() != null ? outcome.who().value() : "Emergency services";   // the tree's own words
            String firstToDo = String.join("\n", Wrap.lines(outcome.meanwhile().get(0).value(), 80, "  - ", "    "));
            assertTrue(next.stripLeading().startsWith("EMERGENCY: GET HELP NOW\n" + title + "\n\nWho:       " + who + "\n"
                    + "How soon:  Now, do not wait\n\nWhat to do now:\n" + firstToDo + "\n"), next);
            assertFalse(next.contains("If in doubt"), "no line that repeats the title:\n" + next);
            assertFalse(t.raw().contains("Your answers") || t.raw().contains("Review"), "nothing between:\n" + t.raw());
            assertTrue(question.stripLeading().startsWith("Question 1"), question);
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
        }
    }

    /**
     * Through the real launcher at 80x24: a list longer than the screen says how many choices are
     * below and which key ticks "None of these"; moving past the fold scrolls; n ticks it and brings it into view.
     */
    @Test
    void aLongListSaysWhatIsBelowAndNTicksNoneOfTheseBelowTheFold() throws Exception {
        Path launcher = Path.of("target/referral").toAbsolutePath();
        Path longList = Path.of("src/test/resources/console/long-list.yaml").toAbsolutePath();
        try (Tmux t = new Tmux(80, 24, dir, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                "'" + launcher + "' ask --rules '" + longList + "'")) {
            String first = t.waitFor("more below)");
            assertFalse(first.contains("None of these"), "the last choice is below the fold at 80x24:\n" + first);
            assertFalse(first.strip().contains("\n\n\n"), "no row lost to two blank lines:\n" + first);
            assertTrue(first.replace(" | ", " · ").contains("\nUp/Down/PgDn/End move · Space tick · n none · Enter done · Esc back · ? help"),
                    "the keys that reach what is below, and the key for None of these, are on the first screen:\n" + first);
            int shown = (int) first.lines().filter(l -> l.contains(") Sign number")).count();
            String[] downs = new String[shown];
            java.util.Arrays.fill(downs, "Down");
            t.send(downs);
            String scrolled = t.waitFor("> [ ] " + (shown + 1) + ") Sign number " + (shown + 1) + " ");
            assertTrue(scrolled.contains("more above)"), "past the fold the list scrolls:\n" + scrolled);
            t.send("Home", "NPage");                          // PgDn from the first choice: the tenth
            t.waitFor("> [ ] " + (1 + ListCursor.PAGE) + ") Sign number");
            t.send("End");
            t.waitFor("> [ ] 20) None of these");
            t.send("Home");
            t.waitFor("> [ ]  1) Sign number 1 ");
            t.send(downs);
            t.waitFor("> [ ] " + (shown + 1) + ") Sign number " + (shown + 1) + " ");
            t.send("Space", "n");
            String none = t.waitFor("> [x] 20) None of these");
            assertFalse(none.contains("[x] " + (shown + 1) + ")"), "None of these clears the others:\n" + none);
            assertTrue(none.contains("\nIs any of this happening now?\nSelect all that apply.\n"), "the question stays in view:\n" + none);
            t.send("Enter");
            String result = t.waitFor("Enter or q done");
            assertTrue(result.contains("SELF-CARE: YOU CAN LOOK AFTER THIS AT HOME\nYou can look after this at home\n"), result);
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
        }
    }

    /**
     * The bundled tree's first question at 80x24, whatever it says: its help under it (all of it, or
     * whole sentences and a word that '?' shows the rest) with the whole list, its last choice and the
     * keys; '?' shows the whole help on a page of its own, and any key brings the question back as it
     * was; a list of ten or more says how to type 10, and typing it works.
     */
    @Test
    void theBundledTreesFirstQuestionShowsItsHelpAndItsWholeListAndQuestionMarkTheRest() throws Exception {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        Question first = tree.questions().get(tree.start());
        List<String> sentences = ScreenUi.sentences(first.help().value());
        Choice last = first.choices().get(first.choices().size() - 1);
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask")) {
            String screen = t.waitFor("? help");
            assertTrue(Pattern.compile("^Question 1 \\((at most \\d+ more|\\d+ more to go|\\d+ or \\d+ more to go)\\)\n")
                    .matcher(screen.stripLeading()).find(), screen);
            assertTrue(words(screen).contains(words(sentences.get(0))), "the help's first sentence:\n" + screen);
            assertTrue(screen.contains(") " + last.text().value()), "the whole list:\n" + screen);
            boolean whole = words(screen).contains(words(first.help().value()));
            assertEquals(!whole, screen.contains("(? shows the rest.)"), screen);
            t.send("?");
            String help = t.waitFor("Any key returns to the question.");
            assertTrue(words(help).contains(words(first.help().value())), "the whole help:\n" + help);
            assertFalse(help.contains(") " + last.text().value()), "a page of its own:\n" + help);
            t.send("x");
            String back = t.waitFor(") " + last.text().value());
            assertEquals(screen, back, "the question as it was");
            if (first.choices().size() >= 10 && !screen.contains("more below)")) {
                assertTrue(words(screen).contains("Up/Down or number move (1 then 0 for 10)"), screen);
                t.send("1", "0");
                t.waitFor("> [ ] 10) ");
            }
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
    }

    @Test
    void aLongResultShowsTheShortBlockFirstThenPages() throws Exception {
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask --rules " + RESULTS)) {
            t.waitFor("Is any of this happening now?");
            t.send("2", "Enter");
            t.waitFor("What is it like?");
            t.send("1", "Enter");
            String first = t.waitFor("More below:");   // the footer, drawn last
            assertTrue(first.stripLeading().startsWith("""
                    BOOK AN APPOINTMENT
                    Book an appointment with a physiatrist; do not wait for it to pass

                    Who:       A physiatrist
                               A physiatrist is a doctor of physical medicine and rehabilitation,
                               who treats pain and stiffness without surgery.
                    How soon:  Book an ordinary appointment

                    What to do now:
                      - Keep moving gently every day; stiffness gets worse with rest.
                    """), first);
            assertTrue(first.contains("\nGo sooner if:\n"), "what to do now, then when to go sooner:\n" + first);
            assertTrue(first.contains("\nMore below: Why, What you answered, Sources\n"), first);
            assertFalse(first.contains("Sources:"), first);
            t.send("Space");
            String second = t.waitFor("End of the result.");
            assertTrue(second.contains("Sources:\n  - Muscle pain: a guide for patients"), second);
            assertFalse(second.contains("BOOK AN APPOINTMENT"), second);
            t.send("Home");
            t.waitFor("BOOK AN APPOINTMENT");
            t.send("q");                                      // done: no screen between q and the end
            assertExitedRestored(t, 0);
            assertFalse(t.raw().contains("What next?"), t.raw());
            assertTrue(t.history().contains("In short: A physiatrist. Book an ordinary appointment."), t.history());
        }
    }

    @Test
    void choicesThatDoNotApplyAreNeverOnTheScreen() throws Exception {
        Path when = Path.of("src/test/resources/trees/when.yaml").toAbsolutePath();
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask --rules " + when)) {
            t.waitFor("Is any of this happening now?");
            t.send("2", "Space", "Enter");                    // a number moves, Space ticks
            t.waitFor("How old is the person");
            t.type("60").send("Enter");
            String urgent = t.waitFor("Do any of these apply now?");
            assertTrue(urgent.contains("[ ] 2) None of these"), urgent);
            assertFalse(urgent.contains("Pregnant"), "no pregnancy choice at 60:\n" + urgent);
            t.send("n", "Enter");
            String adult = t.waitFor("What troubles you most?");
            assertTrue(adult.contains("3) Stiff shoulders and hips every morning"), adult);
            t.send("3", "Enter");
            t.waitFor("Enter or q done");                     // the result
            t.send("m");                                      // what next: change an answer
            t.waitFor("What next?");
            t.send("3", "Enter");                             // change an answer
            t.waitFor("Your answers");
            t.send("Down", "Down", "Enter");                  // the age
            t.waitFor("> 60_ years");
            t.send("BSpace", "BSpace").type("10").send("Enter");
            String child = t.waitFor("What troubles you most?");
            assertTrue(child.contains("> 1) Soreness after exercise") && child.contains("2) Something else"), child);
            assertFalse(child.contains("Stiff shoulders") || child.contains("heavy work"), "no adult choices at 10:\n" + child);
            t.send("2", "Enter");
            t.waitFor("See your doctor");
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
            assertTrue(t.history().contains("See your doctor"), t.history());
        }
    }

    @Test
    void ctrlCExitsWith130AndOneLineAndRestoresTheTerminal() throws Exception {
        Path saved = dir.resolve("a.yaml");
        try (Tmux t = ask("--save-answers", saved.toString())) {
            t.waitFor("Question 1");
            t.send("n", "Enter");
            t.waitFor("How old are you?");
            t.send("C-c");
            assertExitedRestored(t, 130);
            assertTrue(t.screen().replace("\n", "").contains("referral: interrupted; answers saved to " + saved + "EXIT=130"),
                    t.screen());
        }
        assertEquals("# referral answers: replay with `referral run --answers FILE`\nwarning-signs: none\n",
                Files.readString(saved));
    }

    @Test
    void badRulesOnATerminalAreOneLineAndTheTerminalIsRestored() throws Exception {
        Path broken = Path.of("src/test/resources/trees/dangling-goto.yaml").toAbsolutePath();
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask --rules " + broken)) {
            assertExitedRestored(t, 3);
            // The line wraps at 80 columns wherever the checkout's path puts it: compare unwrapped.
            assertTrue(t.screen().replace("\n", "").contains("[unknown-goto]EXIT=3"), t.screen());
        }
    }

    @Test
    void aUsageErrorLeavesTheTerminalAsItWas() throws Exception {
        // The terminal starts opening before the command line is read; it must be closed unchanged.
        try (Tmux t = ask("--no-such-option")) {
            assertExitedRestored(t, 2);
            assertTrue(t.screen().contains("referral: Unknown option: '--no-such-option' (see 'referral ask --help')"),
                    t.screen());
        }
    }

    @Test
    void bareReferralWithAsksOptionsIsTheSessionOfAsk() throws Exception {
        // The terminal starts opening early for these words too; the first frame is ask's, in Russian.
        String first;
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask --lang ru --rules night-cramps")) {
            first = t.waitFor("?: справка");
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " --lang ru --rules night-cramps")) {
            String screen = t.waitFor("?: справка");
            assertTrue(screen.stripLeading().startsWith("Вопрос 1 ("), screen);
            assertEquals(first, screen);
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
        // A word that is not ask's closes the terminal opened early unchanged, and is the top level's error.
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " --no-such-option")) {
            assertExitedRestored(t, 2);
            assertTrue(t.screen().contains("referral: Unknown option: '--no-such-option' (see 'referral --help')"),
                    t.screen());
        }
    }

    @Test
    void stoppedByASignalTheTerminalIsRestoredToo() throws Exception {
        try (Tmux t = ask()) {
            t.waitFor("Question 1");
            t.command().destroy();   // SIGTERM
            assertExitedRestored(t, 143);
            assertTrue(t.screen().contains("referral: stopped (SIGTERM)"), t.screen());
        }
    }

    @Test
    void savedKilledAndResumedGivesTheSameResultAsRun() throws Exception {
        Path saved = dir.resolve("a.yaml");
        try (Tmux t = ask("--save-answers", saved.toString())) {
            t.waitFor("Question 1");
            t.send("n", "Enter");
            t.waitFor("How old are you?");
            t.type("42").send("Enter");
            t.waitFor("Does it hurt");
            t.command().destroyForcibly();
            t.waitFor("EXIT=137");
        }
        try (Tmux t = ask("--resume", saved.toString())) {
            String first = t.waitFor("Does it hurt");
            assertTrue(first.contains("Question 3 (at most one more)"), first);
            t.send("y");
            t.waitFor("Where is the pain?");
            t.send("Enter");
            t.waitFor("Book a visit with your doctor");
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
            String run = run("run", "--rules", WALK.toString(), "--answers", saved.toString());
            // The screen wraps one column narrower than run does; the words are the same.
            String session = words(t.history());
            assertTrue(session.contains(words(run)), "run's result is on the screen:\n" + run + "\n---\n" + t.history());
        }
    }

    @Test
    void thePlainModeThroughAPipe() throws Exception {
        String out = run(new String[] {"3\n42\nn\n"}, "ask", "--rules", WALK.toString());
        assertTrue(out.contains("Question 1 (at most 3 more): Is any of this happening right now"), out);
        assertTrue(out.contains("> 3\n"), out);
        assertTrue(out.contains("Look after it at home"), out);
        assertFalse(out.contains("\u001b"), "no escape codes");
    }

    @Test
    void thePlainModeOnADumbTerminal() throws Exception {
        try (Tmux t = ask(80, Map.of("TERM", "dumb"))) {
            t.waitFor("Question 1 (at most 3 more): Is any of this");
            t.type("3").send("Enter");
            t.waitFor("How old are you?");
            t.type("abc").send("Enter");
            t.waitFor("'abc' is not a number.");
            t.type("42").send("Enter");
            t.waitFor("1) Yes  2) No");
            t.type("n").send("Enter");
            t.waitFor("What next?");
            t.send("Enter");
            assertExitedRestored(t, 0);
            assertTrue(t.history().contains("Look after it at home"), t.history());
            assertFalse(t.raw().contains("\u001b"), "no escape codes: " + t.raw());
        }
    }

    @Test
    void ctrlCInThePlainModeOnATerminal() throws Exception {
        Path saved = dir.resolve("a.yaml");
        try (Tmux t = ask(80, Map.of("TERM", "dumb"), "--save-answers", saved.toString())) {
            t.waitFor("Question 1");
            t.type("3").send("Enter");
            t.waitFor("How old are you?");
            t.send("C-c");
            assertExitedRestored(t, 130);
            assertTrue(t.screen().replace("\n", "").contains("referral: interrupted; answers saved to " + saved + "EXIT=130"),
                    t.screen());
        }
        assertTrue(Files.readString(saved).endsWith("\nwarning-signs: none\n"));
    }

    @Test
    void runAndNextNeverLoadJLine() throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "warning-signs: none\nage: 42\nat-rest: no\n");
        for (String command : new String[] {"run", "next"}) {
            String classes = run(new String[] {""}, List.of("-verbose:class"), command, "--rules", WALK.toString(),
                    "--answers", answers.toString());
            assertTrue(classes.contains("referral.cli.Main"), "the class list is there");
            assertFalse(classes.contains("org.jline"), command + " loaded JLine");
        }
    }

    @Test
    void noColorAtFortyColumnsWrapsAndHasNoColour() throws Exception {
        try (Tmux t = ask(40, Map.of("NO_COLOR", "1"))) {
            String first = t.waitFor("Question 1");
            assertTrue(first.contains("> [ ] 1) Chest pain or pressure"), first);
            assertTrue(first.contains("  [ ] 2) Sudden weakness or drooping of\n"), "wrapped, not cut:\n" + first);
            t.send("3", "Space", "Enter");
            t.waitFor("How old are you?");
            t.type("42").send("Enter");
            t.waitFor("Does it hurt");
            t.send("y");
            t.waitFor("Where is the pain?");
            t.send("2", "Enter");
            String result = t.waitFor("SOON: SEE A DOCTOR WITHIN A FEW");
            assertTrue(result.lines().allMatch(l -> l.length() <= 40), result);
            t.send("Enter");                                  // the result read: done
            assertExitedRestored(t, 0);
            assertFalse(COLOUR.matcher(t.raw()).find(), "NO_COLOR: no colour codes");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}x{1}")
    @org.junit.jupiter.params.provider.CsvSource({"20,5", "20,10", "40,12", "60,12", "100,10"})
    void onASmallTerminalTheFirstFrameShowsTheHeaderAndTheQuestionFirst(int columns, int rows) throws Exception {
        // 20x5 and 20x10 were blank, 40x12 never showed the question, 60x12 and 100x10 lacked the header.
        try (Tmux t = new Tmux(columns, rows, dir, Map.of(), JAVA + " -jar " + JAR + " ask --rules " + WALK)) {
            String first = t.waitFor("Question 1");
            assertTrue(first.contains("Is any of this"), first);
            if (columns >= 40) {
                assertTrue(words(first).contains("Is any of this happening right now, or did it start suddenly"
                        + " within the last few hours?"), "the whole question:\n" + first);
            }
            // Down scrolls down to the choices, a number jumps to one, Space and Enter answer.
            String screen = first;
            for (int i = 0; i < 20 && !screen.contains("None of"); i++) {
                t.send("Down");
                Thread.sleep(100);
                screen = t.screen();
            }
            assertTrue(screen.contains("None of"), screen);
            t.send("3", "Space", "Enter"); // a number moves to the choice, Space ticks it
            t.waitFor("How old");
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
    }

    static final Path FEVER = Path.of("src/test/resources/console/fever.yaml").toAbsolutePath();

    @Test
    void underTheCLocaleAUtf8TerminalStillShowsTheDegreeSign() throws Exception {
        // tmux tells the kernel its pane is UTF-8 (iutf8); LANG=C printed "38 ?C" all the same.
        try (Tmux t = new Tmux(80, 24, dir, Map.of("LANG", "C", "LC_ALL", "C"),
                JAVA + " -jar " + JAR + " ask --rules " + FEVER)) {
            String first = t.waitFor("Is your temperature");
            assertTrue(first.contains("Is your temperature 38 °C or more?"), first);
            assertTrue(first.contains("y yes · n no"), first);
            t.send("y");
            t.waitFor("SEE A DOCTOR");
            assertTrue(t.history().contains("A fever above 38 °C needs a look."), t.history());
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
    }

    @Test
    void aTerminalThatCannotShowUtf8GetsAsciiStandIns() throws Exception {
        // Neither the locale nor the terminal (stty -iutf8) says UTF-8: ASCII, never a '?'.
        try (Tmux t = new Tmux(80, 24, dir, Map.of("LANG", "C", "LC_ALL", "C"),
                "stty -iutf8; " + JAVA + " -jar " + JAR + " ask --rules " + FEVER)) {
            String first = t.waitFor("Is your temperature");
            assertTrue(first.contains("Is your temperature 38 C or more?"), first);
            assertTrue(first.contains("y yes | n no"), first);
            t.send("y");
            t.waitFor("SEE A DOCTOR");
            assertTrue(t.history().contains("A fever above 38 C needs a look."), t.history());
            assertFalse(t.raw().contains("?C"), "no question mark for what the terminal lacks");
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
    }

    @Test
    void underARussianLocaleTheSessionIsInRussianAndTheRussianKeysAnswer() throws Exception {
        // LANG alone chooses the language; the bundled night-cramps tree has a Russian translation.
        try (Tmux t = new Tmux(80, 24, dir, Map.of("LANG", "ru_RU.UTF-8"),
                JAVA + " -jar " + JAR + " ask --rules night-cramps")) {
            String first = t.waitFor("Вопрос 1");
            assertTrue(first.contains("Есть ли сейчас, помимо судорог, что-нибудь из этого?"), first);
            assertTrue(first.contains("Отметьте все подходящие варианты."), first);
            assertTrue(first.contains("Вверх/Вниз или цифра: выбор · Пробел: отметить · н/n: ничего"), first);
            t.type("н").send("Enter");                   // н ticks «Ничего из этого», as n does
            t.waitFor("Сколько лет человеку, у которого судороги?");
            t.type("21");
            assertTrue(t.waitFor("21_ год").contains("> 21_ год"), "the unit's form for the number");
            t.send("BSpace").type("3");
            t.waitFor("23_ года");
            t.send("Enter");
            String pregnant = t.waitFor("Возможна ли беременность?");
            assertTrue(pregnant.contains("y/д: да · n/н: нет"), pregnant);
            t.type("н");                                   // a Russian keyboard answers without switching
            t.waitFor("Когда появляются судороги или боль в ногах?");
            t.send("Enter");
            t.waitFor("Как часто бывают ночные судороги?");
            t.send("Down", "Enter");
            t.waitFor("Подходит ли что-нибудь из этого?");
            t.send("1", "Space", "Enter");
            String result = t.waitFor("Enter или q: готово");
            assertTrue(result.stripLeading().startsWith("ЗАПИШИТЕСЬ НА ПРИЁМ\nЗапишитесь к терапевту\n"), result);
            assertTrue(result.contains("\nКто:    Ваш терапевт или врач общей практики\n"), result);
            assertTrue(result.contains("\nКогда:  Запишитесь на обычный приём\n"), result);
            t.send("Enter");                                  // the result read: done
            t.waitFor("Коротко: Ваш терапевт или врач общей практики. Запишитесь на обычный приём.");
            assertTrue(t.history().contains("Сколько лет человеку, у которого судороги? 23 года"), t.history());
            assertExitedRestored(t, 0);
        }
    }

    /**
     * Through the real launcher in Russian at 80x24, on the bundled tree as it is now: at 60 (the
     * age where the most red-flag choices are offered to an adult not asked about pregnancy), each
     * list up to the main problem shows its question, every choice to the last ("Ничего из этого")
     * and the keys, with nothing to scroll. The walk reads the tree, so it follows a rewritten one.
     */
    @Test
    void inRussianEveryListUpToTheMainProblemShowsItsLastChoiceAt80x24() throws Exception {
        referral.lang.Words ru = referral.lang.Words.of("ru");
        Tree tree = ru.tree(new RulesLoader().load(Path.of("rules", RulesLoader.DEFAULT_ID + ".yaml")).tree().orElseThrow());
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        int lists = 0;
        try (Tmux t = new Tmux(80, 24, dir, Map.of(), JAVA + " -jar " + JAR + " ask --lang ru")) {
            while (Engine.step(tree, answers) instanceof Step.Ask ask) {
                Question q = ask.shown();
                String screen = waitForWords(t, q.text().value(), ru.get("hint.help"));
                if (q.type() == referral.rules.QuestionType.NUMBER) {
                    t.type("60").send("Enter");
                    answers.put(q.id(), new Answer.Number(60));
                    continue;
                }
                lists++;
                Choice last = q.choices().get(q.choices().size() - 1);
                assertTrue(words(screen).contains(q.choices().size() + ") " + words(last.text().value())),
                        q.id() + ": its last choice on the first screen at 80x24:\n" + screen);
                String below = ru.get("screen.n-more-below", "\u0000").split("\u0000")[1];  // " ниже)"
                assertFalse(screen.contains(below), q.id() + " scrolls:\n" + screen);
                String none = q.exclusive().stream().findFirst().orElse(null);
                if (q.type() != referral.rules.QuestionType.MULTI || none == null) {
                    break;                                   // the main problem: the red-flag lists are behind
                }
                t.type("n").send("Enter");                   // n ticks «Ничего из этого»
                answers.put(q.id(), Answer.Chosen.of(none));
            }
            assertTrue(lists >= 5, "the emergency lists, the urgent ones and the main problem were drawn: " + lists);
            t.send("C-c");
            assertExitedRestored(t, 130);
        }
    }

    /**
     * Waits until the screen holds {@code text} (however it wraps) and ends with {@code last}, and
     * stays so a moment: the terminal redraws only the lines that change, so a screen read in the
     * middle of that holds lines of the question before.
     */
    private static String waitForWords(Tmux t, String text, String last) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String before = "";
        String screen = t.screen();
        while (!(words(screen).contains(words(text)) && words(screen).endsWith(words(last)) && screen.equals(before))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' on the screen within 20 s:\n" + screen);
            }
            Thread.sleep(150);
            before = screen;
            screen = t.screen();
        }
        return screen;
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private String run(String... args) throws Exception {
        return run(new String[] {""}, args);
    }

    private String run(String[] stdin, String... args) throws Exception {
        return run(stdin, List.of(), args);
    }

    private String run(String[] stdin, List<String> jvm, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(JAVA));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = new HashMap<>(pb.environment());
        pb.environment().remove("NO_COLOR");
        File out = Files.createTempFile("referral-out", ".txt").toFile();
        pb.redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(stdin[0].getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        assertEquals(0, p.exitValue(), String.join(" ", args) + " failed; env " + env.containsKey("TERM"));
        String text = Files.readString(out.toPath());
        Files.delete(out.toPath());
        return text;
    }
}
