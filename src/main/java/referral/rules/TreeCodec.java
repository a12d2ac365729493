package referral.rules;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.diagnostics.Severity;

/**
 * A compact binary form of what {@link RulesLoader} produced from a YAML file: the tree (with every
 * position) and the loader's diagnostics. The build writes the bundled tree in this form so that a
 * start-up reads it without the YAML library; {@code --rules FILE} always goes through YAML.
 *
 * <p>The form carries the CRC-32 of the YAML it was made from (the tree's, and for a tree in one
 * language, the translation file's too: {@link #sourceCrc}), so a stale copy is never used.
 * Strings are written once and referred to by index afterwards (ids and file names repeat a lot).
 */
public final class TreeCodec {
    private static final int MAGIC = 0x52465452; // "RFTR"
    private static final int FORMAT = 6; // 3: outcomes' 'who' and the tree's clinicians; 4: choices' 'when'; 5: texts' positions, the tree's languages; 6: one form a language

    private TreeCodec() {}

    /**
     * What the build compiled: the loader's result and, when the build ran the checker on the tree,
     * the checker's findings (so that a start need not run it again).
     */
    public record Compiled(RulesLoader.Loaded loaded, Optional<List<Diagnostic>> checks) {}

    public static void write(RulesLoader.Loaded loaded, List<Diagnostic> checks, long sourceCrc, DataOutputStream out)
            throws IOException {
        Writer w = new Writer(out);
        w.loaded(loaded, sourceCrc);
        out.writeBoolean(checks != null);
        if (checks != null) {
            w.diagnostics(checks);
        }
    }

    /** What was compiled, or empty when the data was made from other YAML (or by another format version). */
    public static Optional<Compiled> read(DataInputStream in, long expectedSourceCrc) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != expectedSourceCrc) {
            return Optional.empty();
        }
        Reader r = new Reader(in);
        RulesLoader.Loaded loaded = r.loaded();
        Optional<List<Diagnostic>> checks = in.readBoolean() ? Optional.of(r.diagnostics()) : Optional.empty();
        return Optional.of(new Compiled(loaded, checks));
    }

    /**
     * A tree's texts in one language, by {@link TreeTexts} key, as the loader attached them (only
     * those translated from the English as it is now): for putting together a tree in several
     * languages from the forms compiled one a language.
     */
    public record Texts(String language, Map<String, String> byKey) {
        public Texts {
            byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        }

        /** The texts of {@code language} in a tree that carries them. */
        public static Texts of(Tree tree, String language) {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (TreeTexts.Slot slot : TreeTexts.slots(tree)) {
                String t = slot.text().translations().get(language);
                if (t != null) {
                    byKey.put(slot.key(), t);
                }
            }
            return new Texts(language, byKey);
        }

        /** {@code tree} with these texts beside the ones it has. */
        public Tree applyTo(Tree tree) {
            return TreeTexts.map(tree, slot -> {
                String t = byKey.get(slot.key());
                return t == null ? slot.text() : slot.text().with(language, t);
            });
        }
    }

    /**
     * What a compiled form in one language is checked against: the CRC-32 of the tree's YAML and of
     * the translation file it was made from, both in one value (each CRC-32 takes 32 bits).
     */
    public static long sourceCrc(long treeCrc, long translationCrc) {
        return treeCrc << 32 | translationCrc;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void loaded(RulesLoader.Loaded loaded, long sourceCrc) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(sourceCrc);
            diagnostics(loaded.diagnostics());
            out.writeBoolean(loaded.tree().isPresent());
            if (loaded.tree().isPresent()) {
                tree(loaded.tree().get());
            }
        }

        void diagnostics(List<Diagnostic> ds) throws IOException {
            out.writeInt(ds.size());
            for (Diagnostic d : ds) {
                out.writeByte(d.severity().ordinal());
                string(d.code().id());
                position(d.position());
                string(d.message());
            }
        }

        private void tree(Tree t) throws IOException {
            string(t.id());
            string(t.version());
            text(t.title());
            string(t.start());
            position(t.startPosition());
            string(t.file());
            out.writeInt(t.sources().size());
            for (Source s : t.sources().values()) {
                string(s.id());
                text(s.citation());
                position(s.position());
            }
            out.writeInt(t.clinicians().size());
            for (Clinician c : t.clinicians().values()) {
                out.writeByte(c.see().ordinal());
                text(c.explanation());
                position(c.position());
            }
            out.writeInt(t.questions().size());
            for (Question q : t.questions().values()) {
                question(q);
            }
            out.writeInt(t.outcomes().size());
            for (Outcome o : t.outcomes().values()) {
                outcome(o);
            }
            strings(t.languages());
        }

        private void question(Question q) throws IOException {
            string(q.id());
            position(q.position());
            out.writeByte(q.type().ordinal());
            text(q.text());
            text(q.help());
            out.writeInt(q.choices().size());
            for (Choice c : q.choices()) {
                string(c.id());
                text(c.text());
                urgency(c.redFlag());
                condition(c.when());
                position(c.position());
            }
            strings(q.exclusive());
            number(q.min());
            number(q.max());
            text(q.unit());
            out.writeInt(q.next().size());
            for (Branch b : q.next()) {
                condition(b.when());
                string(b.target());
                position(b.position());
                position(b.targetPosition());
            }
        }

        private void outcome(Outcome o) throws IOException {
            string(o.id());
            position(o.position());
            out.writeByte(o.see().ordinal());
            string(o.specialty());
            text(o.who());
            urgency(o.urgency());
            text(o.title());
            text(o.say());
            texts(o.meanwhile());
            texts(o.goSoonerIf());
            strings(o.sources());
        }

        private void condition(Condition c) throws IOException {
            if (c == null) {
                out.writeByte(0);
            } else if (c instanceof Condition.Is x) {
                out.writeByte(1);
                string(x.question());
                string(x.choice());
            } else if (c instanceof Condition.AnyOf x) {
                out.writeByte(2);
                string(x.question());
                strings(x.choices());
            } else if (c instanceof Condition.AllOf x) {
                out.writeByte(3);
                string(x.question());
                strings(x.choices());
            } else if (c instanceof Condition.Below x) {
                out.writeByte(4);
                string(x.question());
                out.writeDouble(x.limit());
            } else if (c instanceof Condition.AtLeast x) {
                out.writeByte(5);
                string(x.question());
                out.writeDouble(x.limit());
            } else if (c instanceof Condition.All x) {
                out.writeByte(6);
                conditions(x.conditions());
            } else if (c instanceof Condition.Any x) {
                out.writeByte(7);
                conditions(x.conditions());
            } else {
                out.writeByte(8);
                condition(((Condition.Not) c).condition());
            }
            if (c != null) {
                position(c.position());
            }
        }

        private void conditions(List<Condition> cs) throws IOException {
            out.writeInt(cs.size());
            for (Condition c : cs) {
                condition(c);
            }
        }

        private void text(Text t) throws IOException {
            if (t == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(t.translations().size());
            string(t.value());
            for (Map.Entry<String, String> e : t.translations().entrySet()) {
                string(e.getKey());
                string(e.getValue());
            }
            out.writeBoolean(t.at() != null);
            if (t.at() != null) {
                position(t.at());
            }
        }

        private void texts(List<Text> ts) throws IOException {
            out.writeInt(ts.size());
            for (Text t : ts) {
                text(t);
            }
        }

        private void strings(java.util.Collection<String> ss) throws IOException {
            out.writeInt(ss.size());
            for (String s : ss) {
                string(s);
            }
        }

        private void number(Double d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeDouble(d);
            }
        }

        private void urgency(Urgency u) throws IOException {
            out.writeByte(u == null ? -1 : u.ordinal());
        }

        private void position(Position p) throws IOException {
            string(p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
        }

        /** -1: null; an index below the table size: seen before; otherwise a new string follows. */
        private void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer seen = strings.get(s);
            if (seen != null) {
                out.writeInt(seen);
                return;
            }
            strings.put(s, strings.size());
            out.writeInt(strings.size() - 1);
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        RulesLoader.Loaded loaded() throws IOException {
            List<Diagnostic> diagnostics = diagnostics();
            Optional<Tree> tree = in.readBoolean() ? Optional.of(tree()) : Optional.empty();
            return new RulesLoader.Loaded(tree, diagnostics);
        }

        List<Diagnostic> diagnostics() throws IOException {
            int n = in.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Severity severity = Severity.values()[in.readByte()];
                String id = string();
                Code code = Code.byId(id).orElseThrow(() -> new IOException("unknown diagnostic code " + id));
                Position at = position();
                diagnostics.add(new Diagnostic(severity, code, at, string()));
            }
            return List.copyOf(diagnostics);
        }

        private Tree tree() throws IOException {
            String id = string();
            String version = string();
            Text title = text();
            String start = string();
            Position startAt = position();
            String file = string();
            int n = in.readInt();
            Map<String, Source> sources = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Source s = new Source(string(), text(), position());
                sources.put(s.id(), s);
            }
            n = in.readInt();
            Map<See, Clinician> clinicians = new java.util.EnumMap<>(See.class);
            for (int i = 0; i < n; i++) {
                Clinician c = new Clinician(See.values()[in.readByte()], text(), position());
                clinicians.put(c.see(), c);
            }
            n = in.readInt();
            Map<String, Question> questions = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Question q = question();
                questions.put(q.id(), q);
            }
            n = in.readInt();
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Outcome o = outcome();
                outcomes.put(o.id(), o);
            }
            return new Tree(id, version, title, start, startAt, questions, outcomes, sources, clinicians, file,
                    List.copyOf(strings()));
        }

        private Question question() throws IOException {
            String id = string();
            Position at = position();
            QuestionType type = QuestionType.values()[in.readByte()];
            Text text = text();
            Text help = text();
            int n = in.readInt();
            List<Choice> choices = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                choices.add(new Choice(string(), text(), urgency(), condition(), position()));
            }
            Set<String> exclusive = strings();
            Double min = number();
            Double max = number();
            Text unit = text();
            n = in.readInt();
            List<Branch> next = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                next.add(new Branch(condition(), string(), position(), position()));
            }
            return new Question(id, at, type, text, help, choices, exclusive, min, max, unit, next);
        }

        private Outcome outcome() throws IOException {
            String id = string();
            Position at = position();
            See see = See.values()[in.readByte()];
            String specialty = string();
            Text who = text();
            Urgency urgency = urgency();
            Text title = text();
            Text say = text();
            List<Text> meanwhile = texts();
            List<Text> sooner = texts();
            List<String> sources = List.copyOf(strings());
            return new Outcome(id, at, see, specialty, who, urgency, title, say, meanwhile, sooner, sources);
        }

        private Condition condition() throws IOException {
            int tag = in.readByte();
            if (tag == 0) {
                return null;
            }
            switch (tag) {
                case 1 -> {
                    String q = string();
                    String choice = string();
                    return new Condition.Is(q, choice, position());
                }
                case 2 -> {
                    String q = string();
                    Set<String> choices = strings();
                    return new Condition.AnyOf(q, choices, position());
                }
                case 3 -> {
                    String q = string();
                    Set<String> choices = strings();
                    return new Condition.AllOf(q, choices, position());
                }
                case 4 -> {
                    String q = string();
                    double limit = in.readDouble();
                    return new Condition.Below(q, limit, position());
                }
                case 5 -> {
                    String q = string();
                    double limit = in.readDouble();
                    return new Condition.AtLeast(q, limit, position());
                }
                case 6 -> {
                    List<Condition> cs = conditions();
                    return new Condition.All(cs, position());
                }
                case 7 -> {
                    List<Condition> cs = conditions();
                    return new Condition.Any(cs, position());
                }
                case 8 -> {
                    Condition inner = condition();
                    return new Condition.Not(inner, position());
                }
                default -> throw new IOException("unknown condition tag " + tag);
            }
        }

        private List<Condition> conditions() throws IOException {
            int n = in.readInt();
            List<Condition> cs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cs.add(condition());
            }
            return List.copyOf(cs);
        }

        private Text text() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            String value = string();
            Map<String, String> translations = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                translations.put(string(), string());
            }
            return new Text(value, translations, in.readBoolean() ? position() : null);
        }

        private List<Text> texts() throws IOException {
            int n = in.readInt();
            List<Text> ts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ts.add(text());
            }
            return ts;
        }

        /** In the order written, which is the order the YAML gave. */
        private Set<String> strings() throws IOException {
            int n = in.readInt();
            Set<String> ss = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                ss.add(string());
            }
            return ss;
        }

        private Double number() throws IOException {
            return in.readBoolean() ? in.readDouble() : null;
        }

        private Urgency urgency() throws IOException {
            int u = in.readByte();
            return u < 0 ? null : Urgency.values()[u];
        }

        private Position position() throws IOException {
            String file = string();
            int line = in.readInt();
            return new Position(file, line, in.readInt());
        }

        private String string() throws IOException {
            int index = in.readInt();
            if (index < 0) {
                return null;
            }
            if (index < strings.size()) {
                return strings.get(index);
            }
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            String s = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }
    }
}
