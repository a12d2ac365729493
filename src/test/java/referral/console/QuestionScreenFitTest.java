package referral.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

/**
 * Every list of every bundled tree, in every language it has, fits a terminal of 80x24 as it is
 * first drawn: the question, all the choices offered (the last one, "None of these", included)
 * and the key hints, with nothing to scroll. Players at 80x24 did not find a "None of these"
 * below the fold, and a Russian text is often a third longer than its English.
 *
 * <p>A choice with a {@code when} is offered only on some paths; each list is drawn with every set
 * of choices a person can be offered there: the answers its conditions read (age, sex, pregnancy)
 * taken at each side of every limit they test, and unanswered.
 */
class QuestionScreenFitTest {
    /** An 80-column terminal draws 79 (see {@link JLineTerminal#columns()}). */
    private static final int COLUMNS = 79;
    private static final int ROWS = 24;
    /** A progress line as long as they come ("Question 12 (3 or 4 more)"): it is the first line of the head. */
    private static final Progress PROGRESS = new Progress(12, 15, 16);
    /**
     * Lists known to scroll by their last choice, each for a reason the translation cannot fix: tree, language,
     * question and how many choices are offered. None in tree 2.4.0, which keeps every list to 16 choices. The Russian key hint of a long list ("Вверх/Вниз/PgDn/End:
     * выбор · Пробел: отметить · н/n: ничего · Enter: готово · Esc: назад · ?: справка") takes two lines where the
     * English takes one, so a Russian list has one row fewer. Each must still scroll by its last
     * choice only; one that fits again, or scrolls by more, fails, so the list cannot go stale or hide a new misfit.
     */
    private static final Map<String, String> KNOWN = Map.of();

    @Test
    void everyListOfEveryBundledTreeFitsAt80x24InEveryLanguage() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int lists = 0;
        for (String id : RulesLoader.bundledIds()) {
            // As the files in rules/ are now, with their translations.
            Tree tree = new RulesLoader().load(Path.of("rules", id + ".yaml")).tree().orElseThrow();
            List<String> languages = new ArrayList<>(List.of("en"));
            languages.addAll(tree.languages());
            for (String language : languages) {
                Words words = Words.of(language);
                Tree shown = words.tree(tree);
                for (Question q : shown.questions().values()) {
                    if (q.type() == QuestionType.NUMBER) {
                        continue;
                    }
                    for (List<Choice> offered : offerings(shown, q)) {
                        lists++;
                        String problem = misfit(q, offered, words);
                        String known = id + " " + language + " " + q.id() + " " + offered.size();
                        if (problem != null && KNOWN.containsKey(known)
                                && problem.startsWith("choices " + offered.size() + " are not")) {
                            seen.add(known);
                        } else if (problem != null) {
                            failures.add(id + " (" + language + "), " + q.id() + " with " + offered.size()
                                    + " choices: " + problem);
                        }
                    }
                }
            }
        }
        assertTrue(lists > 60, "the bundled trees' lists were all drawn: " + lists);
        assertTrue(failures.isEmpty(), failures.size() + " lists do not fit 80x24:\n\n" + String.join("\n\n", failures));
        assertEquals(new TreeSet<>(KNOWN.keySet()), seen, "the known misfits still scroll by their last choice only");
    }

    /** A list a person cannot see whole is caught, with the screen they would see. */
    @Test
    void aListLongerThanTheScreenIsCaught() throws Exception {
        Tree tree = referral.testing.Trees.valid(java.nio.file.Files.readString(Path.of("src/test/resources/console/long-list.yaml")));
        Question longest = tree.questions().values().stream()
                .max(java.util.Comparator.comparingInt(q -> q.choices().size())).orElseThrow();
        String problem = misfit(longest, longest.choices(), Words.ENGLISH);
        assertTrue(problem != null && problem.contains("not on the first screen"), String.valueOf(problem));
    }

    /** Why the list does not fit as first drawn, with that screen; null when it does. */
    private static String misfit(Question q, List<Choice> offered, Words words) {
        FakeTerminal t = new FakeTerminal(COLUMNS, ROWS).type("CTRL-C");
        Step.Ask ask = new Step.Ask(q, offered, List.of(), Set.of());
        assertThrows(Interrupted.class, () -> new ScreenUi(t, t, false, words).ask(ask, PROGRESS, null));
        String screen = t.allScreens().get(0);
        String flat = screen.replaceAll("\\s+", " ");
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String item = Layout.number(i + 1, offered.size()).strip() + " " + offered.get(i).text().value().strip();
            if (!flat.contains(item.replaceAll("\\s+", " "))) {
                unseen.add(Integer.toString(i + 1));
            }
        }
        // Every list's hints end with how to get help; the whole footer is drawn or none of it.
        boolean hints = flat.strip().endsWith(words.get("hint.help").replaceAll("\\s+", " "));
        if (unseen.isEmpty() && hints) {
            return null;
        }
        return (unseen.isEmpty() ? "the key hints are" : "choices " + String.join(", ", unseen) + " are")
                + " not on the first screen:\n" + screen;
    }

    /** The sets of choices {@code q} offers on some path, each once. */
    private static Set<List<Choice>> offerings(Tree tree, Question q) {
        Set<String> read = new TreeSet<>();
        for (Choice c : q.choices()) {
            if (c.when() != null) {
                reads(c.when(), read, new HashMap<>());
            }
        }
        Set<List<Choice>> offerings = new LinkedHashSet<>();
        for (Map<String, Answer> before : answerSets(tree, List.copyOf(read))) {
            offerings.add(Engine.offered(q, before));
        }
        return offerings;
    }

    /** Every combination of the answers a condition tells apart, for the questions {@code read}. */
    private static List<Map<String, Answer>> answerSets(Tree tree, List<String> read) {
        List<Map<String, Answer>> sets = new ArrayList<>();
        sets.add(new LinkedHashMap<>());
        for (String id : read) {
            Question q = tree.question(id).orElseThrow();
            List<Map<String, Answer>> grown = new ArrayList<>();
            for (Map<String, Answer> set : sets) {
                grown.add(set); // unanswered: the path did not ask it
                for (Answer a : answers(tree, q)) {
                    Map<String, Answer> with = new LinkedHashMap<>(set);
                    with.put(id, a);
                    grown.add(with);
                }
            }
            sets = grown;
        }
        return sets;
    }

    /** The answers to {@code q} that conditions anywhere in the tree can tell apart. */
    private static List<Answer> answers(Tree tree, Question q) {
        List<Answer> answers = new ArrayList<>();
        if (q.type() == QuestionType.NUMBER) {
            Set<Double> values = new TreeSet<>();
            Map<String, Set<Double>> limits = new HashMap<>();
            for (Question other : tree.questions().values()) {
                for (Choice c : other.choices()) {
                    if (c.when() != null) {
                        reads(c.when(), new TreeSet<>(), limits);
                    }
                }
            }
            for (double limit : limits.getOrDefault(q.id(), Set.of())) {
                values.add(limit);
                values.add(limit - 1);
            }
            values.forEach(v -> answers.add(new Answer.Number(v)));
        } else if (q.type() == QuestionType.MULTI) {
            // Every choice but the exclusive ones at once: the most a condition on it can see.
            List<String> all = q.choiceIds().stream().filter(c -> !q.exclusive().contains(c)).toList();
            answers.add(new Answer.Chosen(new LinkedHashSet<>(all)));
            q.choiceIds().forEach(c -> answers.add(Answer.Chosen.of(c)));
        } else {
            q.choiceIds().forEach(c -> answers.add(Answer.Chosen.of(c)));
        }
        return answers;
    }

    /** The questions a condition reads, and the limits it tests numbers against. */
    private static void reads(Condition c, Set<String> questions, Map<String, Set<Double>> limits) {
        if (c instanceof Condition.Below b) {
            limits.computeIfAbsent(b.question(), k -> new TreeSet<>()).add(b.limit());
        } else if (c instanceof Condition.AtLeast a) {
            limits.computeIfAbsent(a.question(), k -> new TreeSet<>()).add(a.limit());
        } else if (c instanceof Condition.All all) {
            all.conditions().forEach(x -> reads(x, questions, limits));
        } else if (c instanceof Condition.Any any) {
            any.conditions().forEach(x -> reads(x, questions, limits));
        } else if (c instanceof Condition.Not not) {
            reads(not.condition(), questions, limits);
        }
        if (c instanceof Condition.OnQuestion on) {
            questions.add(on.question());
        }
    }
}
