package referral.report;

import java.util.IdentityHashMap;
import java.util.Map;
import referral.engine.Answer;
import referral.engine.Conditions;
import referral.engine.TraceEntry;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Outcome;
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
        return recommendation(r, PLAIN);
    }

    /**
     * The recommendation built from fragments that depend on one part of the tree each (the outcome,
     * a question, a branch), so that {@link Memo} can keep them: a batch prints the same few outcomes
     * millions of times.
     */
    static String recommendation(Recommendation r, Fragments f) {
        StringBuilder s = new StringBuilder(1536);
        append(s, r, f);
        return s.toString();
    }

    private static void append(StringBuilder s, Recommendation r, Fragments f) {
        s.append(f.head(r.tree(), r.outcome()));
        boolean first = true;
        for (TraceEntry e : r.trace()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            Question q = e.question();
            s.append(f.entryStart(q));
            answer(s, q, e.answer());
            s.append(",\"answer-text\":");
            Json.quote(s, Recommendation.answerText(q, e.answer()));
            s.append(f.entryEnd(e.branch()));
        }
        s.append(f.tail(r.tree()));
    }

    /** The parts of a recommendation that do not depend on the answers. */
    interface Fragments {
        /** From the opening brace to the opening bracket of the trace. */
        String head(Tree tree, Outcome o);

        /** A trace entry up to its answer. */
        String entryStart(Question q);

        /** A trace entry after its answer text. */
        String entryEnd(Branch b);

        /** From the closing bracket of the trace to the end. */
        String tail(Tree tree);
    }

    private static final Fragments PLAIN = new Fragments() {
        @Override
        public String head(Tree tree, Outcome o) {
            Json j = new Json().begin();
            j.field("outcome", o.id())
                    .field("see", o.see().id())
                    .field("specialty", o.specialty())
                    .field("urgency", o.urgency().id())
                    .field("title", o.title().value())
                    .field("say", o.say().value());
            texts(j, "meanwhile", o.meanwhile());
            texts(j, "go-sooner-if", o.goSoonerIf());
            j.key("sources").beginArray();
            for (Source s : Recommendation.sources(tree, o)) {
                j.begin().field("id", s.id()).field("citation", s.citation().value()).end();
            }
            j.endArray();
            return j.key("trace").beginArray().toString();
        }

        @Override
        public String entryStart(Question q) {
            return new Json().begin().field("question", q.id()).field("text", q.text().value()).key("answer").toString();
        }

        @Override
        public String entryEnd(Branch b) {
            Json j = new Json().begin().field("when", b.when() == null ? null : Conditions.describe(b.when()))
                    .field("goto", b.target());
            return "," + j.end().toString().substring(1);
        }

        @Override
        public String tail(Tree tree) {
            Json j = new Json().begin();
            tree(j, tree);
            return "]," + j.end().toString().substring(1);
        }
    };

    /**
     * Fragments made once for every outcome, question and branch of one tree, then only looked up:
     * safe to share between threads, since nothing changes after construction.
     */
    public static final class Memo implements Fragments {
        private final Tree tree;
        private final Map<Outcome, String> heads = new IdentityHashMap<>();
        private final Map<Question, String> starts = new IdentityHashMap<>();
        private final Map<Branch, String> ends = new IdentityHashMap<>();
        private final String tail;

        public Memo(Tree tree) {
            this.tree = tree;
            for (Outcome o : tree.outcomes().values()) {
                heads.put(o, PLAIN.head(tree, o));
            }
            for (Question q : tree.questions().values()) {
                starts.put(q, PLAIN.entryStart(q));
                for (Branch b : q.next()) {
                    ends.put(b, PLAIN.entryEnd(b));
                }
            }
            tail = PLAIN.tail(tree);
        }

        /** The same text as {@link JsonReport#recommendation(Recommendation)}, for a recommendation from this tree. */
        public String recommendation(Recommendation r) {
            StringBuilder s = new StringBuilder(1536);
            appendTo(s, r);
            return s.toString();
        }

        /** Appends what {@link #recommendation} returns, saving a copy when many go to one buffer. */
        public void appendTo(StringBuilder s, Recommendation r) {
            append(s, r, r.tree() == tree ? this : PLAIN);
        }

        @Override
        public String head(Tree t, Outcome o) {
            String s = heads.get(o);
            return s != null ? s : PLAIN.head(t, o);
        }

        @Override
        public String entryStart(Question q) {
            String s = starts.get(q);
            return s != null ? s : PLAIN.entryStart(q);
        }

        @Override
        public String entryEnd(Branch b) {
            String s = ends.get(b);
            return s != null ? s : PLAIN.entryEnd(b);
        }

        @Override
        public String tail(Tree t) {
            return tail;
        }
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

    private static void answer(StringBuilder s, Question q, Answer a) {
        if (a instanceof Answer.Number n) {
            s.append(new Json().value(n.value()));
        } else {
            Answer.Chosen c = (Answer.Chosen) a;
            if (q.type() != referral.rules.QuestionType.MULTI) {
                Json.quote(s, c.choices().iterator().next());
            } else {
                s.append('[');
                boolean first = true;
                for (String id : c.choices()) {
                    if (!first) {
                        s.append(',');
                    }
                    first = false;
                    Json.quote(s, id);
                }
                s.append(']');
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
