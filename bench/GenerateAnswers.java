import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.JsonOut;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/**
 * Writes N answer sets for the bundled tree as JSON Lines, for `referral batch`:
 *   java -cp target/referral.jar bench/GenerateAnswers.java 1000000 [SEED] > answers.jsonl
 * or one complete answers file in YAML, for `referral run --answers`:
 *   java -cp target/referral.jar bench/GenerateAnswers.java yaml [SEED] > answers.yaml
 * Each set is a random walk to an outcome (any choice, numbers in range), so it works on whatever the
 * bundled tree says. Every 100th line is deliberately broken, so errors are part of the load.
 */
public class GenerateAnswers {
    public static void main(String[] args) throws Exception {
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42);
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        if (args[0].equals("yaml")) {
            // The longest of a few walks: the answers file a person would write.
            Map<String, Answer> longest = Map.of();
            for (int k = 0; k < 50; k++) {
                Map<String, Answer> w = walk(tree, random);
                if (w.size() > longest.size()) {
                    longest = w;
                }
            }
            System.out.print(referral.answers.AnswersWriter.toYaml(longest));
            return;
        }
        int n = Integer.parseInt(args[0]);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 1; i <= n; i++) {
                Map<String, Answer> answers = walk(tree, random);
                int id = i;
                String line = JsonOut.write(g -> {
                    g.writeStartObject();
                    g.writeNumberProperty("id", id);
                    g.writeObjectPropertyStart("answers");
                    for (Map.Entry<String, Answer> e : answers.entrySet()) {
                        g.writeName(e.getKey());
                        if (e.getValue() instanceof Answer.Number num) {
                            JsonOut.number(g, num.value());
                        } else {
                            g.writeStartArray();
                            ((Answer.Chosen) e.getValue()).choices().forEach(g::writeString);
                            g.writeEndArray();
                        }
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                });
                if (i % 100 == 0) {
                    line = line.replace("\"answers\":{\"", "\"answers\":{\"no-such-question\":1,\"");
                }
                out.write(line);
                out.write('\n');
            }
        }
    }

    static Map<String, Answer> walk(Tree tree, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        while (Engine.step(tree, answers) instanceof Step.Ask ask) {
            Question q = ask.question();
            if (q.type() == QuestionType.NUMBER) {
                double min = q.min() == null ? 0 : q.min();
                double max = q.max() == null ? 100 : q.max();
                answers.put(q.id(), new Answer.Number(Math.floor(min + random.nextDouble() * (max - min))));
            } else {
                List<Choice> choices = q.choices();
                // Red flags end a walk early: take them rarely, as in life.
                Choice c = choices.get(random.nextInt(choices.size()));
                if (c.redFlag() != null && random.nextInt(10) > 0) {
                    c = choices.stream().filter(x -> x.redFlag() == null).findFirst().orElse(c);
                }
                answers.put(q.id(), Answer.Chosen.of(c.id()));
            }
        }
        return answers;
    }
}
