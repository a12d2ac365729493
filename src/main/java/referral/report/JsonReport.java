package referral.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import referral.engine.Answer;
import referral.engine.Conditions;
import referral.engine.TraceEntry;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
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
        Memo memo = new Memo(r.tree(), false);
        return JsonOut.write(g -> memo.write(g, r, null));
    }

    public static String outcome(Recommendation r) {
        Memo memo = new Memo(r.tree(), false);
        return JsonOut.write(g -> {
            g.writeStartObject();
            g.writeName("outcome");
            memo.write(g, r, null);
            g.writeEndObject();
        });
    }

    public static String question(Tree tree, Question q, int answered) {
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
                g.writeStringProperty("unit", q.unit());
            }
            g.writeEndObject();
            g.writeNumberProperty("answered", answered);
            g.writeObjectPropertyStart("tree");
            g.writeStringProperty("id", tree.id());
            g.writeStringProperty("version", tree.version());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * Writes recommendations on one tree, with every text of the tree escaped and encoded once
     * ({@link SerializedString}): a batch writes the same few outcomes millions of times. Safe to
     * share between threads: nothing changes after construction. (One recommendation alone is written
     * by one made as it goes, {@code new Memo(tree, false)}, which makes the texts it needs only.)
     */
    public static final class Memo {
        /** Number questions with at most this many whole numbers in range get each one's answer text made in advance. */
        private static final int MAX_WHOLE_NUMBERS = 1000;

        private static final SerializedString OUTCOME = name("outcome");
        private static final SerializedString SEE = name("see");
        private static final SerializedString SPECIALTY = name("specialty");
        private static final SerializedString URGENCY = name("urgency");
        private static final SerializedString TITLE = name("title");
        private static final SerializedString SAY = name("say");
        private static final SerializedString MEANWHILE = name("meanwhile");
        private static final SerializedString GO_SOONER_IF = name("go-sooner-if");
        private static final SerializedString SOURCES = name("sources");
        private static final SerializedString ID = name("id");
        private static final SerializedString CITATION = name("citation");
        private static final SerializedString TRACE = name("trace");
        private static final SerializedString QUESTION = name("question");
        private static final SerializedString TEXT = name("text");
        private static final SerializedString ANSWER = name("answer");
        private static final SerializedString ANSWER_TEXT = name("answer-text");
        private static final SerializedString WHEN = name("when");
        private static final SerializedString GOTO = name("goto");
        private static final SerializedString TREE = name("tree");
        private static final SerializedString VERSION = name("version");

        private final Tree tree;
        private final Map<Outcome, OutcomeTexts> outcomes = new IdentityHashMap<>();
        private final Map<Question, QuestionTexts> questions = new IdentityHashMap<>();
        private final Map<Branch, BranchTexts> branches = new IdentityHashMap<>();
        private final SerializedString treeId;
        private final SerializedString treeVersion;
        /** Whether every text was made at construction, so that threads may share this one. */
        private final boolean everything;

        private record OutcomeTexts(SerializedString id, SerializedString see, SerializedString specialty,
                SerializedString urgency, SerializedString title, SerializedString say,
                List<SerializedString> meanwhile, List<SerializedString> goSoonerIf, List<SerializedString[]> sources) {}

        /** A question's id and text; each choice's id and answer text; each whole number's answer text from the minimum, or null. */
        private record QuestionTexts(SerializedString id, SerializedString text, Map<String, SerializedString[]> choices,
                SerializedString[] wholeNumbers) {}

        private record BranchTexts(SerializedString when, SerializedString target) {}

        public Memo(Tree tree) {
            this(tree, true);
        }

        private Memo(Tree tree, boolean everything) {
            this.tree = tree;
            this.everything = everything;
            if (everything) {
                for (Outcome o : tree.outcomes().values()) {
                    outcome(o);
                }
                for (Question q : tree.questions().values()) {
                    question(q);
                    q.next().forEach(this::branch);
                }
            }
            treeId = text(tree.id());
            treeVersion = text(tree.version());
        }

        private OutcomeTexts outcome(Outcome o) {
            OutcomeTexts t = outcomes.get(o);
            if (t == null) {
                outcomes.put(o, t = texts(tree, o));
            }
            return t;
        }

        private QuestionTexts question(Question q) {
            QuestionTexts t = questions.get(q);
            if (t == null) {
                questions.put(q, t = texts(q));
            }
            return t;
        }

        private BranchTexts branch(Branch b) {
            BranchTexts t = branches.get(b);
            if (t == null) {
                branches.put(b, t = new BranchTexts(b.when() == null ? null : text(Conditions.describe(b.when())),
                        text(b.target())));
            }
            return t;
        }

        private static OutcomeTexts texts(Tree tree, Outcome o) {
            List<SerializedString[]> sources = new ArrayList<>();
            for (Source s : Recommendation.sources(tree, o)) {
                sources.add(new SerializedString[] {text(s.id()), text(s.citation().value())});
            }
            return new OutcomeTexts(text(o.id()), text(o.see().id()), text(o.specialty()), text(o.urgency().id()),
                    text(o.title().value()), text(o.say().value()), texts(o.meanwhile()), texts(o.goSoonerIf()),
                    sources);
        }

        private static QuestionTexts texts(Question q) {
            Map<String, SerializedString[]> choices = new HashMap<>();
            for (Choice c : q.choices()) {
                choices.put(c.id(), new SerializedString[] {
                        text(c.id()), text(Recommendation.answerText(q, Answer.Chosen.of(c.id())))});
            }
            SerializedString[] wholeNumbers = null;
            if (q.min() != null && q.max() != null && q.min() == Math.rint(q.min())
                    && q.max() >= q.min() && q.max() - q.min() < MAX_WHOLE_NUMBERS) {
                wholeNumbers = new SerializedString[(int) (q.max() - q.min()) + 1];
                for (int k = 0; k < wholeNumbers.length; k++) {
                    wholeNumbers[k] = text(Recommendation.answerText(q, new Answer.Number(q.min() + k)));
                }
            }
            return new QuestionTexts(text(q.id()), text(q.text().value()), choices, wholeNumbers);
        }

        /**
         * Writes the recommendation's JSON object, with {@code "id"} as its first field when
         * {@code id} is not null (written by it: text or a number, as the input gave it).
         */
        public void write(JsonGenerator g, Recommendation r, JsonOut.Body id) {
            if (r.tree() != tree || (everything && !outcomes.containsKey(r.outcome()))) {
                new Memo(r.tree(), false).write(g, r, id);
                return;
            }
            OutcomeTexts o = outcome(r.outcome());
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
            g.writeName(URGENCY);
            g.writeString(o.urgency());
            g.writeName(TITLE);
            g.writeString(o.title());
            g.writeName(SAY);
            g.writeString(o.say());
            g.writeName(MEANWHILE);
            strings(g, o.meanwhile());
            g.writeName(GO_SOONER_IF);
            strings(g, o.goSoonerIf());
            g.writeName(SOURCES);
            g.writeStartArray();
            for (SerializedString[] s : o.sources()) {
                g.writeStartObject();
                g.writeName(ID);
                g.writeString(s[0]);
                g.writeName(CITATION);
                g.writeString(s[1]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName(TRACE);
            g.writeStartArray();
            for (TraceEntry e : r.trace()) {
                Question q = e.question();
                QuestionTexts qt = question(q);
                g.writeStartObject();
                g.writeName(QUESTION);
                g.writeString(qt.id());
                g.writeName(TEXT);
                g.writeString(qt.text());
                g.writeName(ANSWER);
                answer(g, q, qt, e.answer());
                BranchTexts b = branch(e.branch());
                g.writeName(WHEN);
                string(g, b.when());
                g.writeName(GOTO);
                g.writeString(b.target());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName(TREE);
            g.writeStartObject();
            g.writeName(ID);
            g.writeString(treeId);
            g.writeName(VERSION);
            g.writeString(treeVersion);
            g.writeEndObject();
            g.writeEndObject();
        }

        /** The answer, then {@code "answer-text"}: the choice texts, or the number with its unit. */
        private static void answer(JsonGenerator g, Question q, QuestionTexts qt, Answer a) {
            if (a instanceof Answer.Number n) {
                JsonOut.number(g, n.value());
                g.writeName(ANSWER_TEXT);
                SerializedString made = wholeNumber(q, qt, n.value());
                if (made != null) {
                    g.writeString(made);
                } else {
                    g.writeString(Recommendation.answerText(q, a));
                }
                return;
            }
            Answer.Chosen c = (Answer.Chosen) a;
            boolean list = q.type() == QuestionType.MULTI;
            if (list) {
                g.writeStartArray();
            }
            for (String id : c.choices()) {
                SerializedString[] made = qt.choices().get(id);
                if (made != null) {
                    g.writeString(made[0]);
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
            g.writeName(ANSWER_TEXT);
            SerializedString[] single = c.choices().size() == 1 ? qt.choices().get(c.choices().iterator().next()) : null;
            if (single != null) {
                g.writeString(single[1]);
            } else {
                g.writeString(Recommendation.answerText(q, a));
            }
        }

        /** The answer text made in advance for this very number (bit for bit: -0.0 is not 0), or null. */
        private static SerializedString wholeNumber(Question q, QuestionTexts qt, double v) {
            if (qt.wholeNumbers() == null || !(v >= q.min() && v <= q.max())) {
                return null;
            }
            int k = (int) (v - q.min());
            return Double.doubleToLongBits(q.min() + k) == Double.doubleToLongBits(v) ? qt.wholeNumbers()[k] : null;
        }

        private static void strings(JsonGenerator g, List<SerializedString> texts) {
            g.writeStartArray();
            for (SerializedString t : texts) {
                g.writeString(t);
            }
            g.writeEndArray();
        }

        private static void string(JsonGenerator g, SerializableString s) {
            if (s == null) {
                g.writeNull();
            } else {
                g.writeString(s);
            }
        }

        private static List<SerializedString> texts(List<Text> texts) {
            return texts.stream().map(t -> text(t.value())).toList();
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

        private static SerializedString name(String s) {
            return text(s);
        }
    }
}
