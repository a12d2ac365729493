package referral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.report.ByteSink;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Trees;
import referral.yaml.YamlLimits;

/**
 * The quick reader of batch lines: it reads the usual lines, and whatever it reads or leaves to the
 * general reader, a batch prints exactly what the general reader alone would print.
 */
class QuickLineTest {
    private static final Tree SMALL = Trees.valid(Trees.SMALL);
    private static final String USUAL = "{\"id\": 7, \"answers\": {\"signs\": [\"none\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"joints\"}}";

    @Test
    void theUsualLineIsReadFromItsBytes() {
        QuickLine quick = new QuickLine(new QuickLine.Vocabulary(SMALL, YamlLimits.ANSWERS));
        byte[] line = USUAL.getBytes(StandardCharsets.UTF_8);

        assertTrue(quick.read(line, 0, line.length));
        assertEquals(Map.of("signs", Answer.Chosen.of("none"), "age", new Answer.Number(40), "rest", Answer.Chosen.of("yes"),
                "where", Answer.Chosen.of("joints")), quick.answers());
        assertEquals("7", new String(line, quick.idFrom(), quick.idTo() - quick.idFrom(), StandardCharsets.UTF_8));
    }

    @Test
    void whatItDoesNotKnowIsLeftToTheGeneralReader() {
        QuickLine quick = new QuickLine(new QuickLine.Vocabulary(SMALL, YamlLimits.ANSWERS));
        for (String line : List.of(
                "{\"answers\": {\"Age\": 40}}",
                "{\"answers\": {\"age\": 40.0}}",
                "{\"answers\": {\"age\": \"40\"}}",
                "{\"answers\": {\"rest\": true}}",
                "{\"answers\": {\"rest\": \"y\\u0065s\"}}",
                "{\"answers\": {\"signs\": [\"chest\", \"none\"]}}",
                "{\"id\": null, \"answers\": {\"signs\": \"none\"}}",
                "{\"answers\": {\"signs\": \"none\"}, \"more\": 1}")) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertFalse(quick.read(b, 0, b.length), line);
        }
    }

    @Test
    void awkwardLinesGiveWhatTheGeneralReaderGives() {
        BatchScorer scorer = new BatchScorer(SMALL, "in.jsonl");
        List<String> lines = List.of(
                USUAL,
                "{\"answers\": {\"signs\": [\"none\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"joints\"}, \"id\": \"a-1\"}",
                " \t{ \"answers\" : { \"signs\" : \"none\" , \"age\" : 17 } } \r",
                "{\"id\": -3, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 1.5, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 0012, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"say \\\"hi\\\"\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"\u00e9t\u00e9\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"\u2028\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": true, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 1, \"id\": 2, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"answers\": {\"signs\": [\"chest\"]}, \"answers\": {\"signs\": [\"none\"]}}",
                "{\"answers\": {\"SIGNS\": [\" Chest \"]}}",
                "{\"answers\": {\"signs\": [\"none\"], \"signs\": [\"chest\"]}}",
                "{\"answers\": {\"signs\": [\"none\"], \"Signs\": [\"chest\"]}}",
                "{\"answers\": {\"signs\": [\"numb\", \"chest\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"back\"}}",
                "{\"answers\": {\"signs\": [\"numb\", \"numb\"]}}",
                "{\"answers\": {\"signs\": [\"numb\", \"none\"]}}",
                "{\"answers\": {\"signs\": []}}",
                "{\"answers\": {\"signs\": [\"numb\",]}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40.0, \"rest\": [\"no\"]}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 4e1, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": -0, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 0, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 120, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 121, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 007, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 99999999999999999999, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": true}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": [\"yes\", \"no\"]}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": \"yes\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": \"no\", \"where\": \"back\"}}",
                "{\"answers\": {\"signs\": \"none\", \"nope\": 1}}",
                "{\"answers\": {}}",
                "{\"answers\": []}",
                "{\"id\": 3}",
                "{}",
                "[]",
                "{\"answers\": {\"signs\": \"chest\"}} x",
                "{\"answers\": {\"signs\": \"chest\"}}{}",
                "{\"answers\": {\"signs\": \"chest\"}",
                "{\"answers\": {\"signs\": \"chest\"",
                "{\"answers\": {\"signs\": \"chest",
                "",
                "   ",
                "\u00a0");
        for (String line : lines) {
            assertEquals(general(scorer, line), chunked(scorer, line), line);
        }
    }

    @Test
    void answerSetsOfTheBundledTreeGiveWhatTheGeneralReaderGives() {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        BatchScorer scorer = new BatchScorer(tree, "in.jsonl");
        QuickLine quick = new QuickLine(new QuickLine.Vocabulary(tree, YamlLimits.ANSWERS));
        Random random = new Random(8);
        int readQuickly = 0;
        for (int k = 0; k < 3000; k++) {
            String line = line(k, walk(tree, random), random);
            assertEquals(general(scorer, line), chunked(scorer, line), line);
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            if (quick.read(b, 0, b.length)) {
                readQuickly++;
            }
        }
        assertTrue(readQuickly > 1500, "most lines, of the usual shape, are read quickly: " + readQuickly + " of 3000");
    }

    /** The line's result through the quick reader where it can (as a batch scores it). */
    private static String chunked(BatchScorer scorer, String line) {
        LineChunk chunk = scorer.newChunk();
        chunk.clear(12);
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        chunk.add(b, 0, b.length);
        scorer.score(chunk);
        return chunk.results.toString();
    }

    /** The line's result through the general reader alone. */
    private static String general(BatchScorer scorer, String line) {
        if (line.isBlank()) {
            return "";
        }
        ByteSink out = new ByteSink(64);
        scorer.score(12, line, out);
        return out + "\n";
    }

    /** A random walk to an outcome (red flags rarely), sometimes stopping a question short. */
    private static List<Map.Entry<String, Answer>> walk(Tree tree, Random random) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        while (Engine.step(tree, answers) instanceof Step.Ask ask && !(random.nextInt(40) == 0 && !answers.isEmpty())) {
            Question q = ask.question();
            if (q.type() == QuestionType.NUMBER) {
                answers.put(q.id(), new Answer.Number(Math.floor(q.min() + random.nextDouble() * (q.max() - q.min() + 3))));
            } else {
                List<String> ids = new ArrayList<>();
                int n = q.type() == QuestionType.MULTI ? 1 + random.nextInt(2) : 1;
                while (ids.size() < n) {
                    Choice c = q.choices().get(random.nextInt(q.choices().size()));
                    if (c.redFlag() == null || random.nextInt(10) == 0) {
                        ids.add(c.id());
                    }
                }
                answers.put(q.id(), new Answer.Chosen(new java.util.LinkedHashSet<>(ids)));
            }
        }
        return new ArrayList<>(answers.entrySet());
    }

    /** The answers as a batch line, written the usual way or, now and then, some other valid or invalid way. */
    private static String line(int k, List<Map.Entry<String, Answer>> answers, Random random) {
        StringBuilder s = new StringBuilder("{");
        switch (random.nextInt(4)) {
            case 0 -> s.append("\"id\":").append(k).append(',');
            case 1 -> s.append("\"id\": \"case-").append(k).append("\", ");
            default -> { }
        }
        s.append("\"answers\":{");
        for (int i = 0; i < answers.size(); i++) {
            String q = answers.get(i).getKey();
            Answer a = answers.get(i).getValue();
            boolean odd = random.nextInt(25) == 0;
            s.append(i == 0 ? "" : ",").append('"').append(odd && random.nextBoolean() ? q.toUpperCase() : q).append("\":");
            if (a instanceof Answer.Number n) {
                s.append(odd ? n.value() : String.valueOf((long) n.value()));
            } else {
                List<String> ids = new ArrayList<>(((Answer.Chosen) a).choices());
                if (ids.size() == 1 && random.nextBoolean()) {
                    s.append('"').append(odd ? " " + ids.get(0) : ids.get(0)).append('"');
                } else {
                    s.append('[');
                    for (int j = 0; j < ids.size(); j++) {
                        s.append(j == 0 ? "" : ", ").append('"').append(ids.get(j)).append('"');
                    }
                    s.append(']');
                }
            }
        }
        return s.append("}}").toString();
    }
}
