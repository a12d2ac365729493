package referral.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.diagnostics.Position;
import referral.diagnostics.Shown;
import referral.engine.Answer;
import referral.engine.Engine;
import referral.engine.Step;
import referral.files.InputFiles;
import referral.rules.Choice;
import referral.rules.Ids;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Tree;
import referral.yaml.YamlLimits;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;
import referral.yaml.YamlReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads an answers file (YAML or JSON: question id to answer) and checks every answer
 * against the tree, so that each problem is one line naming the question and what it allows.
 * Ids are matched without regard to case: {@code Yes} is {@code yes}.
 */
public final class AnswersReader {
    private final Tree tree;
    /** Each question's choices as answers picked alone, made once: they are immutable, and a batch reads millions. */
    private final Map<Question, Map<String, Answer.Chosen>> singles = new java.util.IdentityHashMap<>();

    public AnswersReader(Tree tree) {
        this.tree = tree;
        for (Question q : tree.questions().values()) {
            Map<String, Answer.Chosen> byId = new java.util.HashMap<>();
            for (Choice c : q.choices()) {
                byId.put(c.id(), Answer.Chosen.of(c.id()));
            }
            singles.put(q, byId);
        }
    }

    private Answer.Chosen single(Question q, String id) {
        Answer.Chosen made = singles.getOrDefault(q, Map.of()).get(id);
        return made != null ? made : Answer.Chosen.of(id);
    }

    public AnswerSet read(InputFiles.Content content) throws BadInput {
        if (content.tooLarge()) {
            throw new BadInput(Input.ANSWERS, Diagnostic.of(Code.TOO_LARGE, Position.ofFile(content.name()),
                    "file is " + content.size() + " bytes or more; the limit for answers is "
                            + YamlLimits.ANSWERS.maxBytes() + " bytes"));
        }
        YamlReader.Document doc = new YamlReader(YamlLimits.ANSWERS).read(content.name(), content.bytes());
        List<Diagnostic> problems = new ArrayList<>(doc.problems());
        if (doc.root() == null) {
            if (!problems.isEmpty()) {
                throw new BadInput(Input.ANSWERS, problems);
            }
            return new AnswerSet(Map.of(), Map.of());
        }
        if (!(doc.root() instanceof MapNode map)) {
            throw new BadInput(Input.ANSWERS, Diagnostic.of(Code.NOT_ANSWERS, doc.root().position(),
                    "answers must be a mapping of question id to answer (like 'age: 40'), not " + doc.root().describe()));
        }
        return read(map, problems);
    }

    /** Checks answers already parsed (e.g. one line of a batch), after the {@code problems} of reading them. */
    public AnswerSet read(MapNode map, List<Diagnostic> problems) throws BadInput {
        if (map.entries().size() > Tree.MAX_ANSWERS) {
            problems.add(Diagnostic.of(Code.TOO_MANY_ANSWERS, map.entries().get(Tree.MAX_ANSWERS).key().position(),
                    "more than " + Tree.MAX_ANSWERS + " answers; the limit is " + Tree.MAX_ANSWERS));
            throw new BadInput(Input.ANSWERS, problems);
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, Map<String, Position>> positions = new java.util.HashMap<>();
        Reading r = new Reading(problems);
        for (YamlNode.Entry e : map.entries()) {
            String id = e.name().toLowerCase(Locale.ROOT);
            Question q = tree.questions().get(id);
            if (q == null) {
                problems.add(Diagnostic.of(Code.NO_SUCH_QUESTION, e.key().position(), "unknown question '"
                        + Shown.text(e.name()) + "'" + Ids.didYouMean(id, tree.questions().keySet())));
                continue;
            }
            if (answers.containsKey(id)) {
                problems.add(Diagnostic.of(Code.ANSWERED_TWICE, e.key().position(), "'" + id + "' is answered twice"));
                continue;
            }
            Map<String, Position> where = new java.util.HashMap<>(2);
            answer(q, e.value(), r, where).ifPresent(a -> answers.put(id, a));
            if (!where.isEmpty()) {
                positions.put(id, where);
            }
        }
        if (!problems.isEmpty()) {
            r.listOffered(answers);
            throw new BadInput(Input.ANSWERS, problems);
        }
        return new AnswerSet(answers, positions);
    }

    /**
     * Answers read straight from a JSON token stream, the parser on the {@code {} that opens them,
     * when they are all in their usual form: question and choice ids as the tree writes them, a
     * number in range, a choice or a list of distinct choices that the question allows, no key twice;
     * exactly the answers {@link #read(MapNode, List)} gives for them. Null at the first thing of any
     * other form, for the node reading to say what it makes of it. (A batch reads millions of lines,
     * nearly all of them usual; this spares each the nodes and positions that only a problem needs.)
     */
    public Map<String, Answer> readUsual(JsonParser p) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Question q = tree.questions().get(name);
            if (q == null || !name.equals(name.toLowerCase(Locale.ROOT)) || answers.containsKey(name)
                    || answers.size() >= Tree.MAX_ANSWERS) {
                return null;
            }
            Answer a = q.type() == QuestionType.NUMBER ? usualNumber(q, p) : usualChoices(q, p);
            if (a == null) {
                return null;
            }
            answers.put(name, a);
        }
        return t == JsonToken.END_OBJECT ? answers : null;
    }

    private static Answer usualNumber(Question q, JsonParser p) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        double v = Double.parseDouble(p.getString()); // as read(MapNode) reads the number's text
        if (!Double.isFinite(v) || (q.min() != null && v < q.min()) || (q.max() != null && v > q.max())) {
            return null;
        }
        return new Answer.Number(v);
    }

    private Answer usualChoices(Question q, JsonParser p) {
        JsonToken t = p.nextToken();
        Map<String, Answer.Chosen> choices = singles.get(q);
        if (t == JsonToken.VALUE_STRING) {
            return choices.get(p.getString());
        }
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        Set<String> picked = new LinkedHashSet<>();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            Answer.Chosen one = choices.get(p.getString());
            if (one == null || !picked.add(p.getString())) {
                return null;
            }
        }
        if (t != JsonToken.END_ARRAY || picked.isEmpty() || (picked.size() > 1 && q.type() != QuestionType.MULTI)) {
            return null;
        }
        if (picked.size() == 1) {
            return choices.get(picked.iterator().next());
        }
        for (String x : q.exclusive()) {
            if (picked.contains(x)) {
                return null;
            }
        }
        return new Answer.Chosen(picked);
    }

    /**
     * The problems of one read. A message that lists a question's choices lists those offered where
     * the good answers lead to that question ({@link #listOffered}): until then it is written with
     * every choice, and how to write it again is kept.
     */
    private final class Reading {
        private final List<Diagnostic> problems;
        private final List<Integer> at = new ArrayList<>();
        private final List<Question> about = new ArrayList<>();
        private final List<java.util.function.Function<Question, Diagnostic>> write = new ArrayList<>();

        Reading(List<Diagnostic> problems) {
            this.problems = problems;
        }

        void add(Code code, Position where, String message) {
            problems.add(Diagnostic.of(code, where, message));
        }

        /** A problem whose message, written for the question as shown, lists its choices. */
        void add(Question q, Code code, Position where, java.util.function.Function<Question, String> message) {
            at.add(problems.size());
            about.add(q);
            write.add(shown -> Diagnostic.of(code, where, message.apply(shown)));
            problems.add(write.get(write.size() - 1).apply(q));
        }

        int size() {
            return problems.size();
        }

        /**
         * Writes again the messages that list choices, with only the choices offered where the
         * answers read without a problem lead to their question; with every choice when they do not
         * lead there (an earlier answer is missing or wrong).
         */
        void listOffered(Map<String, Answer> good) {
            if (at.isEmpty()) {
                return;
            }
            Map<String, Question> shown = new java.util.HashMap<>();
            for (int i = 0; i < at.size(); i++) {
                Question q = about.get(i);
                if (!q.hasConditionalChoices()) {
                    continue;
                }
                Question view = shown.computeIfAbsent(q.id(), id -> {
                    Map<String, Answer> before = new LinkedHashMap<>(good);
                    before.remove(id);
                    return Engine.step(tree, before) instanceof Step.Ask ask && ask.question().id().equals(id)
                            ? ask.shown() : q;
                });
                problems.set(at.get(i), write.get(i).apply(view));
            }
        }
    }

    /** The answer to {@code q}; {@code where} gets the position of each choice it names. */
    private Optional<Answer> answer(Question q, YamlNode value, Reading problems, Map<String, Position> where) {
        Position at = value.position();
        if (q.type() == QuestionType.NUMBER) {
            return number(q, value, problems);
        }
        if (q.type() == QuestionType.MULTI) {
            List<YamlNode> items = value instanceof ListNode l ? l.items() : List.of(value);
            if (items.isEmpty()) {
                problems.add(q, Code.NO_CHOICE, at, shown -> "'" + q.id() + "' needs at least one choice" + allowed(shown));
                return Optional.empty();
            }
            if (items.size() > q.choices().size()) {
                problems.add(q, Code.TOO_MANY_CHOICES, at, shown -> "'" + q.id() + "' lists " + items.size()
                        + " answers; it has only " + q.choices().size() + " choices" + allowed(shown));
                return Optional.empty();
            }
            Set<String> chosen = new LinkedHashSet<>();
            int problemsBefore = problems.size();
            for (YamlNode item : items) {
                choice(q, item, problems, where).ifPresent(chosen::add);
            }
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            if (chosen.size() != items.size()) {
                problems.add(Code.CHOICE_TWICE, at, "'" + q.id() + "' lists a choice twice");
                return Optional.empty();
            }
            for (String x : q.exclusive()) {
                if (chosen.contains(x) && chosen.size() > 1) {
                    problems.add(Code.NOT_COMBINABLE, at, "'" + x + "' of '" + q.id() + "' cannot be combined with other choices");
                    return Optional.empty();
                }
            }
            return Optional.of(chosen.size() == 1 ? single(q, chosen.iterator().next()) : new Answer.Chosen(chosen));
        }
        if (value instanceof ListNode l) {
            if (l.items().size() == 1) {
                return choice(q, l.items().get(0), problems, where).map(id -> single(q, id));
            }
            problems.add(q, Code.ONE_CHOICE_ONLY, at, shown -> "'" + q.id() + "' takes one answer, not a list" + allowed(shown));
            return Optional.empty();
        }
        return choice(q, value, problems, where).map(id -> single(q, id));
    }

    private Optional<String> choice(Question q, YamlNode node, Reading problems, Map<String, Position> where) {
        if (!(node instanceof ScalarNode s) || s.kind() == YamlNode.Kind.NULL) {
            problems.add(q, Code.NOT_A_CHOICE, node.position(), shown -> "'" + q.id() + "' needs a choice id, not "
                    + node.describe() + allowed(shown));
            return Optional.empty();
        }
        String id = s.text().strip().toLowerCase(Locale.ROOT);
        if (q.type() == QuestionType.YES_NO && s.kind() == YamlNode.Kind.BOOLEAN) {
            id = id.equals("true") ? "yes" : "no";
        }
        if (q.choice(id).isPresent()) {
            where.putIfAbsent(id, s.position());
            return Optional.of(id);
        }
        String typed = id;
        problems.add(q, Code.NO_SUCH_CHOICE, s.position(), shown -> "unknown choice '" + Shown.text(s.text()) + "' for '"
                + q.id() + "'" + Ids.didYouMean(typed, shown.choiceIds()) + allowed(shown));
        return Optional.empty();
    }

    private Optional<Answer> number(Question q, YamlNode node, Reading problems) {
        if (!(node instanceof ScalarNode s) || !s.isNumber()) {
            problems.add(Code.NOT_A_NUMBER, node.position(), "'" + q.id() + "' needs " + Accepted.number(q) + ", not "
                    + node.describe() + (node instanceof ScalarNode s2 && !s2.text().isEmpty() ? " '" + Shown.text(s2.text()) + "'" : ""));
            return Optional.empty();
        }
        double v;
        try {
            v = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) {
            problems.add(Code.NOT_A_NUMBER, s.position(), "'" + q.id() + "' needs a finite number" + Accepted.bounds(q)
                    + ", not '" + Shown.text(s.text()) + "'");
            return Optional.empty();
        }
        if ((q.min() != null && v < q.min()) || (q.max() != null && v > q.max())) {
            problems.add(Code.OUT_OF_RANGE, s.position(), Shown.text(s.text()) + " is out of range for '" + q.id()
                    + "'; expected " + Accepted.number(q));
            return Optional.empty();
        }
        return Optional.of(new Answer.Number(v));
    }

    static String allowed(Question q) {
        return "; expected one of: " + String.join(", ", q.choices().stream().map(Choice::id).toList());
    }
}
