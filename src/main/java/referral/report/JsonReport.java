package referral.report;

import referral.engine.Answer;
import referral.engine.Conditions;
import referral.engine.TraceEntry;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Tree;

/**
 * The recommendation and the next question as JSON. The field names are a published
 * interface (README, "JSON output"): add fields, never rename them.
 */
public final class JsonReport {
    private JsonReport() {}

    public static String recommendation(Recommendation r) {
        Json j = new Json().begin();
        var o = r.outcome();
        j.field("outcome", o.id())
                .field("see", o.see().id())
                .field("specialty", o.specialty())
                .field("urgency", o.urgency().id())
                .field("title", o.title().value())
                .field("say", o.say().value());
        texts(j, "meanwhile", o.meanwhile());
        texts(j, "go-sooner-if", o.goSoonerIf());
        j.key("sources").beginArray();
        for (Source s : r.sources()) {
            j.begin().field("id", s.id()).field("citation", s.citation().value()).end();
        }
        j.endArray();
        j.key("trace").beginArray();
        for (TraceEntry e : r.trace()) {
            j.begin().field("question", e.question().id()).field("text", e.question().text().value());
            j.key("answer");
            answer(j, e.question(), e.answer());
            j.field("answer-text", Recommendation.answerText(e.question(), e.answer()));
            j.field("when", e.branch().when() == null ? null : Conditions.describe(e.branch().when()));
            j.field("goto", e.branch().target());
            j.end();
        }
        j.endArray();
        tree(j, r.tree());
        return j.end().toString();
    }

    public static String question(Tree tree, Question q, int answered) {
        Json j = new Json().begin().key("question").begin();
        j.field("id", q.id()).field("type", q.type().id()).field("text", q.text().value())
                .field("help", q.help() == null ? null : q.help().value());
        if (q.type().hasChoices()) {
            j.key("choices").beginArray();
            for (Choice c : q.choices()) {
                j.begin().field("id", c.id()).field("text", c.text().value()).end();
            }
            j.endArray();
            if (!q.exclusive().isEmpty()) {
                j.strings("exclusive", q.choiceIds().stream().filter(q.exclusive()::contains).toList());
            }
        } else {
            j.key("min").value(q.min()).key("max").value(q.max()).field("unit", q.unit());
        }
        j.end();
        j.key("answered").value(answered);
        tree(j, tree);
        return j.end().toString();
    }

    public static String outcome(Recommendation r) {
        return "{\"outcome\":" + recommendation(r) + "}";
    }

    private static void answer(Json j, Question q, Answer a) {
        if (a instanceof Answer.Number n) {
            j.value(n.value());
        } else {
            Answer.Chosen c = (Answer.Chosen) a;
            if (q.type() != referral.rules.QuestionType.MULTI) {
                j.value(c.choices().iterator().next());
            } else {
                j.beginArray();
                c.choices().forEach(j::value);
                j.endArray();
            }
        }
    }

    private static void texts(Json j, String key, java.util.List<Text> texts) {
        j.key(key).beginArray();
        texts.forEach(t -> j.value(t.value()));
        j.endArray();
    }

    private static void tree(Json j, Tree t) {
        j.key("tree").begin().field("id", t.id()).field("version", t.version()).end();
    }
}
