package referral.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import referral.answers.AnswerSet;
import referral.answers.AnswersReader;
import referral.answers.AnswersWriter;
import referral.check.Checker;
import referral.diagnostics.Diagnostic;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.files.InputFiles;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/** Trees made valid by construction load and check clean, and every walk through them ends at an outcome. */
class ValidTreePropertiesTest {

    private static Tree load(String yaml) {
        RulesLoader.Loaded loaded = new RulesLoader().parse("random.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, yaml);
        Tree tree = loaded.tree().orElseThrow();
        // Valid by construction means structurally valid: random conditions may well be dead
        // (shadowed, never true, on a question never asked), which the path analysis reports.
        List<Diagnostic> checkErrors = new Checker().structure(tree).stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), checkErrors, yaml);
        return tree;
    }

    @Test
    void aValidTreeChecksClean() throws Exception {
        Tries.forEachSeed("aValidTreeChecksClean", seed -> load(RandomTrees.tree(seed, 12)));
    }

    @Test
    void everyRandomWalkEndsAtAnOutcome() throws Exception {
        Tries.forEachSeed("everyRandomWalkEndsAtAnOutcome", seed -> {
            Tree tree = load(RandomTrees.tree(seed, 12));
            Random random = new Random(seed);
            Map<String, Answer> answers = new LinkedHashMap<>();
            Step step = Engine.step(tree, answers);
            int asked = 0;
            while (step instanceof Step.Ask ask) {
                assertTrue(++asked <= tree.questions().size(), "asked more questions than the tree has");
                answers.put(ask.question().id(), randomAnswer(ask.question(), random));
                step = Engine.step(tree, answers);
            }
            Step.Reached reached = assertInstanceOf(Step.Reached.class, step);
            assertEquals(asked, reached.trace().size());
            assertTrue(reached.unused().isEmpty());
        });
    }

    @Test
    void savedAnswersReplayToTheSameOutcome() throws Exception {
        Tries.forEachSeed("savedAnswersReplayToTheSameOutcome", seed -> {
            Tree tree = load(RandomTrees.tree(seed, 12));
            Random random = new Random(seed);
            Map<String, Answer> answers = new LinkedHashMap<>();
            Step step = Engine.step(tree, answers);
            while (step instanceof Step.Ask ask) {
                answers.put(ask.question().id(), randomAnswer(ask.question(), random));
                step = Engine.step(tree, answers);
            }
            byte[] saved = AnswersWriter.toYaml(answers).getBytes(StandardCharsets.UTF_8);
            AnswerSet replayed = new AnswersReader(tree)
                    .read(new InputFiles.Content("saved.yaml", saved, false, saved.length));
            Step again = Engine.step(tree, replayed.answers());
            assertEquals(((Step.Reached) step).outcome().id(), ((Step.Reached) again).outcome().id());
        });
    }

    static Answer randomAnswer(Question q, Random random) {
        if (q.type() == QuestionType.NUMBER) {
            double min = q.min() == null ? 0 : q.min();
            double max = q.max() == null ? 120 : q.max();
            return new Answer.Number(Math.floor(min + random.nextDouble() * (max - min)));
        }
        List<String> ids = q.choices().stream().map(Choice::id).toList();
        if (q.type() == QuestionType.MULTI) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String id : ids) {
                if (!q.exclusive().contains(id) && random.nextBoolean()) {
                    chosen.add(id);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(ids.get(random.nextInt(ids.size())));
            }
            return new Answer.Chosen(chosen);
        }
        return Answer.Chosen.of(ids.get(random.nextInt(ids.size())));
    }
}
