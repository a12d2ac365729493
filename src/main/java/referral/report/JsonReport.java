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
    private static String recommendation(Recommendation r, Fragments f) {
        StringBuilder s = new StringBuilder(1536);
        s.append(f.head(r.tree(), r.outcome()));
        boolean first = true;
        for (TraceEntry e : r.trace()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            Question q = e.question();
            s.append(f.entryStart(q)).append(answerAndText(q, e.answer())).append(f.entryEnd(e.branch()));
        }
        return s.append(f.tail(r.tree())).toString();
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
            Text whoIsThis = Recommendation.whoIsThis(tree, o);
            j.field("outcome", o.id())
                    .field("see", o.see().id())
                    .field("specialty", o.specialty())
                    .field("who", Recommendation.who(tree, o))
                    .field("who-is-this", whoIsThis == null ? null : whoIsThis.value())
                    .field("urgency", o.urgency().id())
                    .field("how-soon", o.urgency().meaning())
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
     * The recommendation as UTF-8 bytes, from fragments made once for every outcome, question, branch
     * and choice of one tree (and every whole number a number question allows, when they are few):
     * the bytes of {@link #recommendation(Recommendation)}, without building, escaping and encoding
     * the same text millions of times. Safe to share between threads: nothing changes after construction.
     */
    public static final class Memo {
        /** Number questions with at most this many whole numbers in range get each one's answer made in advance. */
        private static final int MAX_WHOLE_NUMBERS = 1000;

        private final Tree tree;
        private final Map<Outcome, byte[]> heads = new IdentityHashMap<>();
        private final Map<Question, Asked> questions = new IdentityHashMap<>();
        private final Map<Branch, byte[]> ends = new IdentityHashMap<>();
        private final byte[] tail;
        private final byte[] idStart = utf8("{\"id\":");

        /**
         * A question's trace entry up to its answer; for each single choice, its JSON answer and
         * {@code ,"answer-text":...}; the same for each whole number from the minimum, or null.
         */
        private record Asked(byte[] start, Map<String, byte[]> single, byte[][] wholeNumbers) {}

        public Memo(Tree tree) {
            this.tree = tree;
            for (Outcome o : tree.outcomes().values()) {
                heads.put(o, utf8(PLAIN.head(tree, o)));
            }
            for (Question q : tree.questions().values()) {
                for (Branch b : q.next()) {
                    ends.put(b, utf8(PLAIN.entryEnd(b)));
                }
                Map<String, byte[]> single = new java.util.HashMap<>();
                for (Choice c : q.choices()) {
                    single.put(c.id(), utf8(answerAndText(q, Answer.Chosen.of(c.id()))));
                }
                byte[][] wholeNumbers = null;
                if (q.min() != null && q.max() != null && q.min() == Math.rint(q.min())
                        && q.max() >= q.min() && q.max() - q.min() < MAX_WHOLE_NUMBERS) {
                    wholeNumbers = new byte[(int) (q.max() - q.min()) + 1][];
                    for (int k = 0; k < wholeNumbers.length; k++) {
                        wholeNumbers[k] = utf8(answerAndText(q, new Answer.Number(q.min() + k)));
                    }
                }
                questions.put(q, new Asked(utf8(PLAIN.entryStart(q)), single, wholeNumbers));
            }
            tail = utf8(PLAIN.tail(tree));
        }

        /**
         * Writes the recommendation's JSON, with {@code "id":idJson} as its first field when
         * {@code idJson} (already JSON) is not null.
         */
        public void writeTo(ByteSink out, Recommendation r, String idJson) {
            byte[] id = idJson == null ? null : utf8(idJson);
            writeTo(out, r, id, 0, id == null ? 0 : id.length);
        }

        /** The same, the id being the UTF-8 JSON in {@code idJson[from, to)}, or none when {@code idJson} is null. */
        public void writeTo(ByteSink out, Recommendation r, byte[] idJson, int from, int to) {
            byte[] head = r.tree() == tree ? heads.get(r.outcome()) : null;
            if (head == null) {
                String plain = recommendation(r);
                if (idJson != null) {
                    out.write(idStart);
                    out.write(idJson, from, to - from);
                    out.write(',');
                    plain = plain.substring(1);
                }
                out.write(utf8(plain));
                return;
            }
            if (idJson == null) {
                out.write(head);
            } else {
                out.write(idStart);
                out.write(idJson, from, to - from);
                out.write(',');
                out.write(head, 1, head.length - 1);
            }
            boolean first = true;
            for (TraceEntry e : r.trace()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                Question q = e.question();
                Asked asked = questions.get(q);
                out.write(asked.start());
                byte[] fixed = answerAndTextOf(asked, q, e.answer());
                out.write(fixed != null ? fixed : utf8(answerAndText(q, e.answer())));
                out.write(ends.get(e.branch()));
            }
            out.write(tail);
        }

        /** The bytes made in advance for this answer, or null. */
        private static byte[] answerAndTextOf(Asked asked, Question q, Answer a) {
            if (a instanceof Answer.Chosen c) {
                return c.choices().size() == 1 ? asked.single().get(c.choices().iterator().next()) : null;
            }
            double v = ((Answer.Number) a).value();
            if (asked.wholeNumbers() == null || !(v >= q.min() && v <= q.max())) {
                return null;
            }
            int k = (int) (v - q.min());
            // Only the very values the bytes were made from (bit for bit: -0.0 is not 0), whatever the formatting.
            return Double.doubleToLongBits(q.min() + k) == Double.doubleToLongBits(v) ? asked.wholeNumbers()[k] : null;
        }

        private static byte[] utf8(CharSequence s) {
            return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A trace entry's answer and {@code ,"answer-text":...}: what lies between its start and its end. */
    private static StringBuilder answerAndText(Question q, Answer a) {
        StringBuilder s = new StringBuilder(64);
        answer(s, q, a);
        s.append(",\"answer-text\":");
        Json.quote(s, Recommendation.answerText(q, a));
        return s;
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
