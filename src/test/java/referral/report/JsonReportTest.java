package referral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.rules.Tree;
import referral.testing.Trees;

class JsonReportTest {
    private final Tree tree = Trees.valid(Trees.SMALL);

    @Test
    void aRecommendationHasTheDocumentedFieldsInOrder() {
        Step.Reached r = (Step.Reached) Engine.step(tree, Map.of("signs", Answer.Chosen.of("chest")));
        assertEquals("{\"outcome\":\"emergency\",\"see\":\"emergency\",\"specialty\":null,\"who\":\"Emergency services\","
                + "\"who-is-this\":null,\"urgency\":\"emergency\",\"how-soon\":\"Now, do not wait\","
                + "\"title\":\"Call now\",\"say\":\"Call now.\",\"meanwhile\":[],\"go-sooner-if\":[],"
                + "\"sources\":[{\"id\":\"s1\",\"citation\":\"Source one\"}],"
                + "\"trace\":[{\"question\":\"signs\",\"text\":\"Any of these?\",\"answer\":[\"chest\"],"
                + "\"answer-text\":\"Chest pain\",\"when\":\"signs: chest\",\"goto\":\"emergency\"}],"
                + "\"tree\":{\"id\":\"small\",\"version\":\"1.0.0\",\"language\":\"en\"}}",
                JsonReport.recommendation(Recommendation.of(tree, r)));
    }

    @Test
    void aNumberQuestionShowsItsRange() {
        String json = JsonReport.question(tree, tree.questions().get("age"), 1);
        assertEquals("{\"question\":{\"id\":\"age\",\"type\":\"number\",\"text\":\"How old are you?\",\"help\":null,"
                + "\"min\":0,\"max\":120,\"unit\":\"years\"},\"answered\":1,\"tree\":{\"id\":\"small\",\"version\":\"1.0.0\",\"language\":\"en\"}}",
                json);
    }

    @Test
    void textIsEscaped() {
        assertEquals("{\"k\":\"a \\\"quote\\\", a \\\\ and a\\nnew line \\u0001, a/b\"}",
                JsonOut.write(g -> {
                    g.writeStartObject();
                    g.writeStringProperty("k", "a \"quote\", a \\ and a\nnew line \u0001, a/b");
                    g.writeEndObject();
                }));
    }

    @Test
    void theTextReportWrapsAndNeedsNoColour() {
        Step.Reached r = (Step.Reached) Engine.step(tree, Map.of("signs", Answer.Chosen.of("chest")));
        String text = new TextReport(Style.PLAIN, 40).render(Recommendation.of(tree, r));
        assertTrue(text.startsWith("EMERGENCY"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 40), text);
        assertTrue(!text.contains("\u001b"), text);
    }

    /** What a batch prints: the texts made in advance give the bytes of the recommendation written alone. */
    @Test
    void theMemoWritesTheSameBytesAsTheFullReport() {
        JsonReport.Memo memo = new JsonReport.Memo(tree, referral.lang.Words.ENGLISH);
        for (double age : new double[] {0, -0.0, 17, 17.5, 18, 119.99, 120}) {
            for (String signs : new String[] {"none", "numb"}) {
                Answer chosen = signs.equals("numb") ? new Answer.Chosen(new java.util.LinkedHashSet<>(java.util.List.of("numb")))
                        : Answer.Chosen.of(signs);
                Step.Reached r = (Step.Reached) Engine.step(tree, Map.of("signs", chosen, "age", new Answer.Number(age),
                        "rest", Answer.Chosen.of("yes"), "where", Answer.Chosen.of("back")));
                Recommendation rec = Recommendation.of(tree, r);
                String full = JsonReport.recommendation(rec);

                ByteSink plain = new ByteSink(16);
                try (var g = JsonOut.to(plain)) {
                    memo.write(g, rec, null);
                }
                assertEquals(full, plain.toString(), "age " + age);
                for (int again = 0; again < 2; again++) { // the second time from the trace entries kept
                    ByteSink withId = new ByteSink(16);
                    try (var g = JsonOut.to(withId)) {
                        memo.write(g, rec, id -> id.writeString("p-1"));
                    }
                    assertEquals("{\"id\":\"p-1\"," + full.substring(1), withId.toString(), "age " + age);
                }
            }
        }
    }
}
