package referral.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import referral.engine.Answer;
import referral.engine.TraceEntry;
import referral.lang.Words;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.ConditionText;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Tree;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The recommendation and the next question as JSON. The field names are a published
 * interface (README, "JSON output"): add fields, never rename them.
 */
public final class JsonReport {
    private JsonReport() {}

    public static String recommendation(Recommendation r) {
        Memo memo = new Memo(r.tree(), r.words(), false);
        return JsonOut.write(g -> memo.write(g, r, null));
    }

    public static String outcome(Recommendation r) {
        Memo memo = new Memo(r.tree(), r.words(), false);
        return JsonOut.write(g -> {
            g.writeStartObject();
            g.writeName("outcome");
            memo.write(g, r, null);
            g.writeEndObject();
        });
    }

    public static String question(Tree tree, Question q, int answered) {
        return question(tree, q, answered, Words.ENGLISH);
    }

    /** The next question, its texts in these words' language (the tree given as {@link Words#tree} makes it). */
    public static String question(Tree tree, Question q, int answered, Words words) {
        return JsonOut.write(g -> {
            g.writeStartObject();
            g.writeObjectPropertyStart("question");
            g.writeStringProperty("id", q.id());
            g.writeStringProperty("type", q.type().id());
            g.writeStringProperty("text", q.text().value());
            g.writeStringProperty("help", q.help() == null ? null : q.help().value());
            if (q.type().hasChoices()) {
                g.writeArrayPropertyStart("choices");
                for (Choice c : q.choices()) {
                    g.writeStartObject();
                    g.writeStringProperty("id", c.id());
                    g.writeStringProperty("text", c.text().value());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (!q.exclusive().isEmpty()) {
                    JsonOut.strings(g, "exclusive", q.choiceIds().stream().filter(q.exclusive()::contains).toList());
                }
            } else {
                g.writeName("min");
                JsonOut.number(g, q.min());
                g.writeName("max");
                JsonOut.number(g, q.max());
                g.writeStringProperty("unit", q.unit() == null ? null : words.unitWord(q.unit()));
            }
            g.writeEndObject();
            g.writeNumberProperty("answered", answered);
            g.writeObjectPropertyStart("tree");
            g.writeStringProperty("id", tree.id());
            g.writeStringProperty("version", tree.version());
            g.writeStringProperty("language", words.language());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * Writes recommendations on one tree from JSON made once: every text of the tree escaped and
     * encoded once ({@link SerializedString}), and the parts that are the same whenever they recur
     * (an outcome's lists, a trace entry for a given question, single answer and branch) written by
     * the generator once and placed again with {@link JsonGenerator#writeRawValue}: a batch writes the
     * same few outcomes millions of times. Safe to share between threads. (One recommendation alone
     * is written by one made as it goes, {@code new Memo(tree, false)}, which makes only what it needs.)
     */
    public static final class Memo {
        /** Number questions with at most this many whole numbers in range get each one's answer text made in advance. */
        private static final int MAX_WHOLE_NUMBERS = 1000;
        /** Trace entries kept at most for one question (its single answers times its branches). */
        private static final int MAX_ENTRIES = 100_000;

        private static final SerializedString OUTCOME = text("outcome");
        private static final SerializedString SEE = text("see");
        private static final SerializedString SPECIALTY = text("specialty");
        private static final SerializedString WHO = text("who");
        private static final SerializedString WHO_IS_THIS = text("who-is-this");
        private static final SerializedString HOW_SOON = text("how-soon");
        private static final SerializedString URGENCY = text("urgency");
        private static final SerializedString TITLE = text("title");
        private static final SerializedString SAY = text("say");
        private static final SerializedString MEANWHILE = text("meanwhile");
        private static final SerializedString GO_SOONER_IF = text("go-sooner-if");
        private static final SerializedString SOURCES = text("sources");
        private static final SerializedString ID = text("id");
        private static final SerializedString CITATION = text("citation");
        private static final SerializedString TRACE = text("trace");
        private static final SerializedString QUESTION = text("question");
        private static final SerializedString TEXT = text("text");
        private static final SerializedString ANSWER = text("answer");
        private static final SerializedString ANSWER_TEXT = text("answer-text");
        private static final SerializedString WHEN = text("when");
        private static final SerializedString GOTO = text("goto");
        private static final SerializedString TREE = text("tree");
        private static final SerializedString VERSION = text("version");
        private static final SerializedString LANGUAGE = text("language");

        private final Tree tree;
        private final Words words;
        /** Whether everything was made at construction, so that threads may share this one. */
        private final boolean shared;
        private final Map<Outcome, OutcomeJson> outcomes = new IdentityHashMap<>();
        private final Map<Question, QuestionJson> questions = new IdentityHashMap<>();
        private final Map<Branch, BranchJson> branches = new IdentityHashMap<>();
        private final SerializedString treeJson;

        /** An outcome's texts, and its three lists as JSON. */
        private record OutcomeJson(SerializedString id, SerializedString see, SerializedString specialty,
                SerializedString who, SerializedString whoIsThis, SerializedString urgency, SerializedString howSoon,
                SerializedString title, SerializedString say,
                SerializedString meanwhile, SerializedString goSoonerIf, SerializedString sources) {}

        /**
         * A question's id and text; for each single answer (its choices, then the whole numbers in its
         * range from the minimum), the answer and its text; and the trace entries made so far, one a
         * single answer and branch (null when there would be too many to keep).
         */
        private record QuestionJson(SerializedString id, SerializedString text, Map<String, Integer> choiceIndex,
                SerializedString[] answers, SerializedString[] answerTexts, int branchCount,
                AtomicReferenceArray<SerializedString> entries) {}

        private record BranchJson(int index, SerializedString when, SerializedString target) {}

        public Memo(Tree tree, Words words) {
            this(tree, words, true);
        }

        private Memo(Tree tree, Words words, boolean shared) {
            this.tree = tree;
            this.words = words;
            this.shared = shared;
            if (shared) {
                for (Outcome o : tree.outcomes().values()) {
                    outcome(o);
                }
                for (Question q : tree.questions().values()) {
                    question(q);
                    q.next().forEach(b -> branch(q, b));
                }
            }
            treeJson = raw(JsonOut.write(g -> {
                g.writeStartObject();
                g.writeName(ID);
                g.writeString(tree.id());
                g.writeName(VERSION);
                g.writeString(tree.version());
                g.writeName(LANGUAGE);
                g.writeString(words.language());
                g.writeEndObject();
            }));
        }

        private OutcomeJson outcome(Outcome o) {
            OutcomeJson t = outcomes.get(o);
            if (t == null) {
                outcomes.put(o, t = outcomeJson(o));
            }
            return t;
        }

        private QuestionJson question(Question q) {
            QuestionJson t = questions.get(q);
            if (t == null) {
                questions.put(q, t = questionJson(q));
            }
            return t;
        }

        private BranchJson branch(Question q, Branch b) {
            BranchJson t = branches.get(b);
            if (t == null) {
                int index = 0;
                while (index < q.next().size() && q.next().get(index) != b) {
                    index++;
                }
                branches.put(b, t = new BranchJson(index,
                        b.when() == null ? null : text(ConditionText.describe(b.when())), text(b.target())));
            }
            return t;
        }

        private OutcomeJson outcomeJson(Outcome o) {
            SerializedString sources = raw(JsonOut.write(g -> {
                g.writeStartArray();
                for (Source s : Recommendation.sources(tree, o)) {
                    g.writeStartObject();
                    g.writeName(ID);
                    g.writeString(s.id());
                    g.writeName(CITATION);
                    g.writeString(s.citation().value());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }));
            Text whoIsThis = Recommendation.whoIsThis(tree, o);
            return new OutcomeJson(text(o.id()), text(o.see().id()), text(o.specialty()), text(Recommendation.who(tree, o)),
                    whoIsThis == null ? null : text(whoIsThis.value()), text(o.urgency().id()), text(words.howSoon(o.urgency())),
                    text(o.title().value()), text(o.say().value()), list(o.meanwhile()), list(o.goSoonerIf()), sources);
        }

        private QuestionJson questionJson(Question q) {
            List<SerializedString> answers = new ArrayList<>();
            List<SerializedString> answerTexts = new ArrayList<>();
            Map<String, Integer> choiceIndex = new HashMap<>();
            for (Choice c : q.choices()) {
                choiceIndex.put(c.id(), answers.size());
                answers.add(text(c.id()));
                answerTexts.add(text(Recommendation.answerText(q, Answer.Chosen.of(c.id()), words)));
            }
            if (q.min() != null && q.max() != null && q.min() == Math.rint(q.min())
                    && q.max() >= q.min() && q.max() - q.min() < MAX_WHOLE_NUMBERS) {
                for (int k = 0; k <= q.max() - q.min(); k++) {
                    answers.add(null); // a number is written as a number
                    answerTexts.add(text(Recommendation.answerText(q, new Answer.Number(q.min() + k), words)));
                }
            }
            int cells = answers.size() * q.next().size();
            return new QuestionJson(text(q.id()), text(q.text().value()), choiceIndex,
                    answers.toArray(SerializedString[]::new), answerTexts.toArray(SerializedString[]::new),
                    q.next().size(), shared && cells <= MAX_ENTRIES ? new AtomicReferenceArray<>(cells) : null);
        }

        /**
         * Writes the recommendation's JSON object, with {@code "id"} as its first field when
         * {@code id} is not null (written by it: text or a number, as the input gave it).
         */
        public void write(JsonGenerator g, Recommendation r, JsonOut.Body id) {
            if (r.tree() != tree || r.words() != words || (shared && !outcomes.containsKey(r.outcome()))) {
                new Memo(r.tree(), r.words(), false).write(g, r, id);
                return;
            }
            OutcomeJson o = outcome(r.outcome());
            g.writeStartObject();
            if (id != null) {
                g.writeName(ID);
                id.writeTo(g);
            }
            g.writeName(OUTCOME);
            g.writeString(o.id());
            g.writeName(SEE);
            g.writeString(o.see());
            g.writeName(SPECIALTY);
            string(g, o.specialty());
            g.writeName(WHO);
            string(g, o.who());
            g.writeName(WHO_IS_THIS);
            string(g, o.whoIsThis());
            g.writeName(URGENCY);
            g.writeString(o.urgency());
            g.writeName(HOW_SOON);
            string(g, o.howSoon());
            g.writeName(TITLE);
            g.writeString(o.title());
            g.writeName(SAY);
            g.writeString(o.say());
            g.writeName(MEANWHILE);
            g.writeRawValue(o.meanwhile());
            g.writeName(GO_SOONER_IF);
            g.writeRawValue(o.goSoonerIf());
            g.writeName(SOURCES);
            g.writeRawValue(o.sources());
            g.writeName(TRACE);
            g.writeStartArray();
            for (TraceEntry e : r.trace()) {
                Question q = e.question();
                QuestionJson qj = question(q);
                BranchJson b = branch(q, e.branch());
                int single = singleAnswer(q, qj, e.answer());
                if (single < 0 || qj.entries() == null) {
                    entry(g, q, qj, e.answer(), single, b);
                    continue;
                }
                int cell = single * qj.branchCount() + b.index();
                SerializedString made = qj.entries().get(cell);
                if (made == null) {
                    // Two threads may both make it: the same bytes either way.
                    made = raw(JsonOut.write(g2 -> entry(g2, q, qj, e.answer(), single, b)));
                    qj.entries().set(cell, made);
                }
                g.writeRawValue(made);
            }
            g.writeEndArray();
            g.writeName(TREE);
            g.writeRawValue(treeJson);
            g.writeEndObject();
        }

        /** One entry of the trace: the question, the answer and its text, and the branch taken. */
        private void entry(JsonGenerator g, Question q, QuestionJson qj, Answer a, int single, BranchJson b) {
            g.writeStartObject();
            g.writeName(QUESTION);
            g.writeString(qj.id());
            g.writeName(TEXT);
            g.writeString(qj.text());
            g.writeName(ANSWER);
            if (a instanceof Answer.Number n) {
                JsonOut.number(g, n.value());
            } else {
                Answer.Chosen c = (Answer.Chosen) a;
                boolean list = q.type() == QuestionType.MULTI;
                if (list) {
                    g.writeStartArray();
                }
                for (String id : c.choices()) {
                    Integer k = qj.choiceIndex().get(id);
                    if (k != null) {
                        g.writeString(qj.answers()[k]);
                    } else {
                        g.writeString(id);
                    }
                    if (!list) {
                        break; // a question of one choice has one answer
                    }
                }
                if (list) {
                    g.writeEndArray();
                }
            }
            g.writeName(ANSWER_TEXT);
            if (single >= 0) {
                g.writeString(qj.answerTexts()[single]);
            } else {
                g.writeString(Recommendation.answerText(q, a, words));
            }
            g.writeName(WHEN);
            string(g, b.when());
            g.writeName(GOTO);
            g.writeString(b.target());
            g.writeEndObject();
        }

        /**
         * Which single answer of the question this is: a choice picked alone, or a whole number in
         * range (bit for bit: -0.0 is not 0); -1 for any other.
         */
        private static int singleAnswer(Question q, QuestionJson qj, Answer a) {
            if (a instanceof Answer.Chosen c) {
                if (c.choices().size() != 1) {
                    return -1;
                }
                Integer k = qj.choiceIndex().get(c.choices().iterator().next());
                return k == null ? -1 : k;
            }
            double v = ((Answer.Number) a).value();
            int numbers = qj.answers().length - qj.choiceIndex().size();
            if (numbers == 0 || !(v >= q.min() && v <= q.max())) {
                return -1;
            }
            int k = (int) (v - q.min());
            return Double.doubleToLongBits(q.min() + k) == Double.doubleToLongBits(v)
                    ? qj.choiceIndex().size() + k : -1;
        }

        private static void string(JsonGenerator g, SerializableString s) {
            if (s == null) {
                g.writeNull();
            } else {
                g.writeString(s);
            }
        }

        /** Texts as a JSON list. */
        private static SerializedString list(List<Text> texts) {
            return raw(JsonOut.write(g -> {
                g.writeStartArray();
                for (Text t : texts) {
                    g.writeString(t.value());
                }
                g.writeEndArray();
            }));
        }

        /** A text, escaped and encoded now, so that threads sharing it never race to do it. */
        private static SerializedString text(String s) {
            if (s == null) {
                return null;
            }
            SerializedString made = new SerializedString(s);
            made.asQuotedUTF8();
            made.asQuotedChars();
            return made;
        }

        /** JSON the generator wrote, to be placed again as it is. */
        private static SerializedString raw(String json) {
            SerializedString made = new SerializedString(json);
            made.asUnquotedUTF8();
            return made;
        }
    }
}
