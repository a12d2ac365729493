package referral.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.RulesLoader;
import referral.rules.Tree;
import referral.testing.Trees;

/**
 * A batch reads a line of the usual shape straight from Jackson's tokens into answers, and every
 * other line through the node tree that files go through: whichever way a line goes, the batch
 * prints exactly what the node reading alone would print.
 */
class UsualLinesTest {
    private static final Tree SMALL = Trees.valid(Trees.SMALL);

    @Test
    void awkwardLinesGiveWhatTheNodeReadingGives() {
        BatchScorer scorer = new BatchScorer(SMALL, "in.jsonl");
        List<String> lines = List.of(
                "{\"id\": 7, \"answers\": {\"signs\": [\"none\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"joints\"}}",
                "{\"answers\": {\"signs\": [\"none\"], \"age\": 40, \"rest\": \"yes\", \"where\": \"joints\"}, \"id\": \"a-1\"}",
                " \t{ \"answers\" : { \"signs\" : \"none\" , \"age\" : 17 } } \r",
                "{\"id\": -3, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 1.5e3, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 0012, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"say \\\"hi\\\"\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"\u00e9t\u00e9\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": \"\u2028\", \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": true, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": null, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"id\": 1, \"id\": 2, \"answers\": {\"signs\": [\"chest\"]}}",
                "{\"answers\": {\"signs\": [\"chest\"]}, \"answers\": {\"signs\": [\"none\"]}}",
                "{\"answers\": {\"SIGNS\": [\" Chest \"]}}",
                "{\"answers\": {\"Signs\": [\"chest\"]}}",
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
                "{\"answers\": {\"signs\": \"none\", \"age\": -0.0, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 0, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 120, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 121, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 17.5, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 007, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 1e999, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 99999999999999999999, \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": \"40\", \"rest\": \"no\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": true}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": \"y\\u0065s\"}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": [\"yes\", \"no\"]}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": [\"yes\"]}}",
                "{\"answers\": {\"signs\": \"none\", \"age\": 40, \"rest\": \"no\", \"where\": \"back\"}}",
                "{\"answers\": {\"signs\": \"none\", \"nope\": 1}}",
                "{\"answers\": {\"signs\": \"none\"}, \"more\": 1}",
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
            assertEquals(scored(scorer, line, false), scored(scorer, line, true), line);
        }
        assertEquals(1, readStraight(scorer, lines.get(0)), "the usual line is read straight from its tokens");
        byte[] notUtf8 = {'{', '"', 'a', 'n', 's', 'w', 'e', 'r', 's', '"', ':', '{', '"', (byte) 0xe9, '"', ':', '1', '}', '}'};
        assertEquals(scored(scorer, notUtf8, false), scored(scorer, notUtf8, true));
    }

    @Test
    void answerSetsOfTheBundledTreeGiveWhatTheNodeReadingGives() {
        Tree tree = new RulesLoader().loadBundled().tree().orElseThrow();
        BatchScorer scorer = new BatchScorer(tree, "in.jsonl");
        Random random = new Random(8);
        int straight = 0;
        for (int k = 0; k < 3000; k++) {
            String line = line(k, walk(tree, random), random);
            assertEquals(scored(scorer, line, false), scored(scorer, line, true), line);
            straight += readStraight(scorer, line);
        }
        assertTrue(straight > 1500, "most lines, of the usual shape, are read straight: " + straight + " of 3000");
    }

    private static int readStraight(BatchScorer scorer, String line) {
        LineChunk chunk = scorer.newChunk();
        chunk.clear(1);
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        chunk.add(b, 0, b.length);
        scorer.score(chunk);
        return chunk.readStraight;
    }

    private static String scored(BatchScorer scorer, String line, boolean usual) {
        return scored(scorer, line.getBytes(StandardCharsets.UTF_8), usual);
    }

    /** The line's result, read straight from its tokens where it can be ({@code usual}) or through nodes. */
    private static String scored(BatchScorer scorer, byte[] line, boolean usual) {
        LineChunk chunk = scorer.newChunk();
        chunk.clear(12);
        chunk.add(line, 0, line.length);
        scorer.score(chunk, usual);
        return chunk.results.toString();
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
