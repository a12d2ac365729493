package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import referral.cases.Case;
import referral.cases.CaseFiles;
import referral.cases.CaseReader;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Progress;
import referral.engine.Step;
import referral.lang.Words;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Trees;

/**
 * "Question 3 (at most 4 more)": progress in words, and the promise it makes: the number said is
 * never below the number of questions that follow, on the bundled tree whatever its questions are.
 */
class ProgressTextTest {

    private static String at(int number, int fewestTotal, int mostTotal) {
        return ProgressText.of(new Progress(number, fewestTotal, mostTotal));
    }

    @Test
    void anExactCountIsSaidAsIt() {
        assertEquals("Question 1 (the only question)", at(1, 1, 1));
        assertEquals("Question 4 (the last question)", at(4, 4, 4));
        assertEquals("Question 3 (one more to go)", at(3, 4, 4));
        assertEquals("Question 2 (5 more to go)", at(2, 7, 7));
    }

    @Test
    void aRangeIsSaidByItsUpperEnd() {
        assertEquals("Question 3 (at most one more)", at(3, 3, 4), "this may be the last, or one more");
        assertEquals("Question 3 (2 or 3 more to go)", at(3, 5, 6));
        assertEquals("Question 3 (at most 6 more)", at(3, 5, 9), "2 to 6 more");
        assertEquals("Question 1 (at most 8 more)", at(1, 1, 9));
    }

    @Test
    void noRangeWithADashAnywhere() {
        for (int number = 1; number <= 10; number++) {
            for (int fewest = number; fewest <= 12; fewest++) {
                for (int most = fewest; most <= 14; most++) {
                    String words = at(number, fewest, most);
                    assertEquals(-1, words.indexOf('-'), words);
                    assertEquals(-1, words.indexOf(" of "), words);
                }
            }
        }
    }

    @Test
    void inRussian() {
        Words ru = Words.of("ru");
        assertEquals("Вопрос 3 (осталось 2 или 3)", ProgressText.of(new Progress(3, 5, 6), ru));
        assertEquals("Вопрос 3 (осталось не больше 6)", ProgressText.of(new Progress(3, 5, 9), ru));
        assertEquals("Вопрос 4 (последний вопрос)", ProgressText.of(new Progress(4, 4, 4), ru));
    }

    @Test
    void fromTheEngineOnATree() {
        var tree = Trees.valid(Trees.SMALL);
        Step.Ask first = (Step.Ask) Engine.step(tree, Map.of());
        assertEquals("Question 1 (at most 3 more)", ProgressText.of(Progress.of(tree, first)));
    }

    // ---------------------------------------------------------------- the promise, on the bundled tree

    private final Tree bundled = new RulesLoader().loadBundled().tree().orElseThrow();

    /** Every walk of the bundled tree's case files: at each question, what is said holds for what follows. */
    @Test
    void onEveryCaseOfTheBundledTreeTheNumberSaidIsNeverBelowWhatFollows() throws Exception {
        int checked = 0;
        for (Case c : new CaseReader(bundled).readAll(CaseFiles.bundled())) {
            checked += checkWalk(c.name(), c.answers());
        }
        assertTrue(checked > 500, "questions checked: " + checked);
    }

    /**
     * Every walk of the bundled tree with one answer for each way a question can go (each offered
     * choice alone, each pair on a list where several apply, each side of every limit a condition
     * sets on a number), and at each question the words hold for every walk on from it.
     */
    @Test
    void onEveryWayThroughTheBundledTreeTheNumberSaidIsNeverBelowWhatFollows() {
        int[] walks = {0};
        explore(new HashMap<>(), walks);
        assertTrue(walks[0] > 1000, "walks: " + walks[0]);
    }

    /**
     * Walks enough to hold every way through today's tree (about 240 000) and to keep the test to a
     * few seconds on a bigger one: past it, the ways not yet taken are left out, and what is checked
     * still holds for every walk taken.
     */
    private static final int MOST_WALKS = 2_000_000;

    private static final int[] END = {-1, -1};

    /**
     * The fewest and the most questions asked after the one these answers lead to, on the walks on
     * from it ({@link #END} at an outcome, null when none was taken); checks the words there.
     */
    private int[] explore(Map<String, Answer> answers, int[] walks) {
        Step step = Engine.step(bundled, answers);
        if (step instanceof Step.Reached) {
            walks[0]++;
            return END;
        }
        Step.Ask ask = (Step.Ask) step;
        int fewest = Integer.MAX_VALUE;
        int most = -1;
        for (Answer a : waysToAnswer(ask)) {
            if (walks[0] >= MOST_WALKS) {
                break;
            }
            Map<String, Answer> more = new HashMap<>(answers);
            more.put(ask.question().id(), a);
            int[] after = explore(more, walks);
            if (after != null) {
                fewest = Math.min(fewest, after[0] + 1);
                most = Math.max(most, after[1] + 1);
            }
        }
        if (most < 0) {
            return null;
        }
        String said = ProgressText.of(Progress.of(bundled, ask));
        String where = answers + ": '" + said + "' at " + ask.question().id() + ", " + fewest + " to " + most + " follow";
        checkWords(said, fewest, where);
        checkWords(said, most, where);
        return new int[] {fewest, most};
    }

    private List<Answer> waysToAnswer(Step.Ask ask) {
        Question q = ask.question();
        List<Answer> ways = new ArrayList<>();
        if (q.type() == QuestionType.NUMBER) {
            TreeSet<Double> values = new TreeSet<>();
            values.add(q.min() == null ? 0 : q.min());
            limits(q.id(), values);
            values.removeIf(v -> (q.min() != null && v < q.min()) || (q.max() != null && v > q.max()));
            values.forEach(v -> ways.add(new Answer.Number(v)));
            return ways;
        }
        List<Choice> offered = ask.offered();
        for (int i = 0; i < offered.size(); i++) {
            ways.add(Answer.Chosen.of(offered.get(i).id()));
            if (q.type() == QuestionType.MULTI && !q.exclusive().contains(offered.get(i).id())) {
                for (int j = i + 1; j < offered.size(); j++) {
                    if (!q.exclusive().contains(offered.get(j).id())) {
                        ways.add(Answer.Chosen.of(offered.get(i).id(), offered.get(j).id()));
                    }
                }
            }
        }
        return ways;
    }

    /** Each limit a condition sets on a number question, and the value just below it. */
    private void limits(String question, TreeSet<Double> values) {
        List<Condition> all = new ArrayList<>();
        for (Question q : bundled.questions().values()) {
            q.next().forEach(b -> {
                if (b.when() != null) {
                    all.add(b.when());
                }
            });
            q.choices().forEach(c -> {
                if (c.when() != null) {
                    all.add(c.when());
                }
            });
        }
        while (!all.isEmpty()) {
            Condition c = all.remove(all.size() - 1);
            if (c instanceof Condition.All x) {
                all.addAll(x.conditions());
            } else if (c instanceof Condition.Any x) {
                all.addAll(x.conditions());
            } else if (c instanceof Condition.Not x) {
                all.add(x.condition());
            } else if (c instanceof Condition.Below b && b.question().equals(question)) {
                values.add(b.limit());
                values.add(b.limit() - 1);
            } else if (c instanceof Condition.AtLeast b && b.question().equals(question)) {
                values.add(b.limit());
                values.add(b.limit() - 1);
            }
        }
    }

    /** What the words say holds when {@code follow} questions follow. */
    private static void checkWords(String said, int follow, String where) {
        Matcher m = LEFT.matcher(said);
        assertTrue(m.matches(), said);
        String left = m.group(2);
        if (left.equals("the last question") || left.equals("the only question")) {
            assertEquals(0, follow, where);
        } else if (left.equals("one more to go")) {
            assertEquals(1, follow, where);
        } else if (left.equals("at most one more")) {
            assertTrue(follow <= 1, where);
        } else if (left.matches("\\d+ more to go")) {
            assertEquals(Integer.parseInt(left.split(" ")[0]), follow, where);
        } else if (left.matches("\\d+ or \\d+ more to go")) {
            String[] n = left.split(" ");
            assertTrue(follow == Integer.parseInt(n[0]) || follow == Integer.parseInt(n[2]), where);
        } else if (left.matches("at most \\d+ more")) {
            assertTrue(follow <= Integer.parseInt(left.split(" ")[2]), where);
        } else {
            fail("words the test does not know: " + where);
        }
    }

    private static final Pattern LEFT = Pattern.compile("Question (\\d+) \\((.+)\\)");

    /** Walks {@code answers} question by question and checks the words at each; the number of questions checked. */
    private int checkWalk(String name, Map<String, Answer> answers) {
        Map<String, Answer> given = new HashMap<>();
        List<String> said = new ArrayList<>();
        Step step = Engine.step(bundled, given);
        while (step instanceof Step.Ask ask) {
            said.add(ProgressText.of(Progress.of(bundled, ask)));
            Answer a = answers.get(ask.question().id());
            if (a == null) {
                fail(name + " stops at " + ask.question().id());
            }
            given.put(ask.question().id(), a);
            step = Engine.step(bundled, given);
        }
        assertTrue(step instanceof Step.Reached, name + ": " + step);
        for (int i = 0; i < said.size(); i++) {
            int follow = said.size() - 1 - i;
            Matcher m = LEFT.matcher(said.get(i));
            assertTrue(m.matches(), said.get(i));
            assertEquals(i + 1, Integer.parseInt(m.group(1)), name + ": " + said);
            String where = name + ": at question " + (i + 1) + " of " + said.size() + ", '" + said.get(i) + "'";
            checkWords(said.get(i), follow, where);
        }
        return said.size();
    }
}
