package referral.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;

/** Complete answer sets made by random walks, so benchmarks work on any tree. */
final class Walks {
    private Walks() {}

    static List<Map<String, Answer>> of(Tree tree, int n, long seed) {
        Random random = new Random(seed);
        List<Map<String, Answer>> sets = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sets.add(Map.copyOf(one(tree, random, false)));
        }
        return sets;
    }

    /**
     * One walk to an outcome, each answer at random. With {@code redFlagsRare}, a red-flag choice is
     * mostly swapped for a calm one, as in {@code bench/GenerateAnswers.java}: red flags end a walk
     * early, and in life they are rare.
     */
    static Map<String, Answer> one(Tree tree, Random random, boolean redFlagsRare) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        while (Engine.step(tree, answers) instanceof Step.Ask ask) {
            Question q = ask.question();
            if (q.type() == QuestionType.NUMBER) {
                double min = q.min() == null ? 0 : q.min();
                double max = q.max() == null ? 100 : q.max();
                answers.put(q.id(), new Answer.Number(Math.floor(min + random.nextDouble() * (max - min))));
            } else {
                List<Choice> choices = q.choices();
                Choice c = choices.get(random.nextInt(choices.size()));
                if (redFlagsRare && c.redFlag() != null && random.nextInt(10) > 0) {
                    c = choices.stream().filter(x -> x.redFlag() == null).findFirst().orElse(c);
                }
                answers.put(q.id(), Answer.Chosen.of(c.id()));
            }
        }
        return answers;
    }
}
