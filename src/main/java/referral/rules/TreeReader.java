package referral.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.diagnostics.Shown;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

/**
 * Turns a YAML document into a {@link Tree}, reporting every shape problem it meets
 * (unknown keys, wrong types, bad ids) rather than stopping at the first.
 */
final class TreeReader {
    static final Set<String> TREE_KEYS = Set.of("id", "version", "title", "description", "start",
            "questions", "outcomes", "sources", "clinicians");
    static final Set<String> QUESTION_KEYS = Set.of("text", "help", "type", "choices", "exclusive",
            "min", "max", "unit", "next");
    static final Set<String> CHOICE_KEYS = Set.of("text", "red-flag", "when");
    static final Set<String> BRANCH_KEYS = Set.of("when", "goto");
    static final Set<String> OUTCOME_KEYS = Set.of("see", "specialty", "who", "urgency", "title", "say",
            "meanwhile", "go-sooner-if", "sources");

    private final String file;
    private final List<Diagnostic> out;

    TreeReader(String file, List<Diagnostic> out) {
        this.file = file;
        this.out = out;
    }

    Optional<Tree> read(YamlNode root) {
        if (root == null) {
            out.add(Diagnostic.of(Code.EMPTY_FILE, Position.ofFile(file),
                    "the file is empty; expected a tree with id, version, title, start, questions and outcomes"));
            return Optional.empty();
        }
        Optional<MapNode> map = Fields.asMap(root, "a rules file", out);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(map.get(), "the tree", TREE_KEYS, out);
        String id = f.string("id", true, false).orElse("");
        checkId(id, f.keyPosition("id"), "tree");
        String version = f.string("version", true, true).orElse("");
        Text title = f.text("title", true).orElse(Text.of(""));
        String start = f.string("start", true, false).orElse("");
        Position startAt = f.get("start").map(YamlNode::position).orElse(f.position());

        Map<String, Source> sources = readSources(f);
        Map<See, Clinician> clinicians = readClinicians(f);
        Map<String, Question> questions = new LinkedHashMap<>();
        f.required("questions").flatMap(n -> Fields.asMap(n, "'questions'", out)).ifPresent(qs -> {
            for (YamlNode.Entry e : qs.entries()) {
                readQuestion(e).ifPresent(q -> questions.put(q.id(), q));
            }
        });
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        f.required("outcomes").flatMap(n -> Fields.asMap(n, "'outcomes'", out)).ifPresent(os -> {
            for (YamlNode.Entry e : os.entries()) {
                if (questions.containsKey(e.name())) {
                    out.add(Diagnostic.of(Code.DUPLICATE_ID, e.key().position(),
                            "'" + e.name() + "' is both a question and an outcome; a goto could not tell them apart"));
                }
                readOutcome(e).ifPresent(o -> outcomes.put(o.id(), o));
            }
        });
        return Optional.of(new Tree(id, version, title, start, startAt, questions, outcomes, sources, clinicians, file, List.of()));
    }

    private Map<String, Source> readSources(Fields f) {
        Map<String, Source> sources = new LinkedHashMap<>();
        f.get("sources").flatMap(n -> Fields.asMap(n, "'sources'", out)).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                checkId(e.name(), e.key().position(), "source");
                Fields.text(e.value(), "source '" + e.name() + "'", out)
                        .ifPresent(t -> sources.put(e.name(), new Source(e.name(), t, e.key().position())));
            }
        });
        return sources;
    }

    /** {@code clinicians: {physiatrist: "A physiatrist is ..."}}: keyed by the values of an outcome's 'see'. */
    private Map<See, Clinician> readClinicians(Fields f) {
        Map<See, Clinician> clinicians = new java.util.EnumMap<>(See.class);
        f.get("clinicians").flatMap(n -> Fields.asMap(n, "'clinicians'", out)).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                Optional<See> see = See.byId(e.name());
                if (see.isEmpty()) {
                    out.add(Diagnostic.of(Code.BAD_VALUE, e.key().position(), "'clinicians' names '" + Shown.text(e.name())
                            + "', which is not a 'see' value" + Ids.didYouMean(e.name(), List.of(See.ids().split(", ")))
                            + "; expected one of: " + See.ids()));
                    continue;
                }
                Fields.text(e.value(), "'clinicians' entry '" + e.name() + "'", out)
                        .ifPresent(t -> clinicians.put(see.get(), new Clinician(see.get(), t, e.key().position())));
            }
        });
        return clinicians;
    }

    private Optional<Question> readQuestion(YamlNode.Entry e) {
        String id = e.name();
        Position at = e.key().position();
        checkId(id, at, "question");
        Optional<MapNode> map = Fields.asMap(e.value(), "question '" + id + "'", out);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(map.get(), "question '" + id + "'", QUESTION_KEYS, out);
        Text text = f.text("text", true).orElse(Text.of(""));
        Text help = f.text("help", false).orElse(null);
        Optional<String> typeName = f.string("type", true, false);
        QuestionType type = typeName.flatMap(QuestionType::byId).orElse(null);
        if (typeName.isPresent() && type == null) {
            out.add(Diagnostic.of(Code.BAD_VALUE, f.get("type").get().position(),
                    "unknown type '" + typeName.get() + "' for question '" + id + "'"
                            + Ids.didYouMean(typeName.get(), List.of("one", "multi", "yes-no", "number"))
                            + "; expected one of: " + QuestionType.ids()));
        }
        List<Choice> choices = type == null ? List.of() : readChoices(f, id, type);
        Set<String> exclusive = new LinkedHashSet<>();
        for (ScalarNode s : f.idList("exclusive")) {
            exclusive.add(s.text());
            if (type != QuestionType.MULTI) {
                out.add(Diagnostic.of(Code.BAD_VALUE, s.position(),
                        "'exclusive' only applies to multi questions; '" + id + "' is " + (type == null ? "untyped" : type.id())));
            } else if (choices.stream().noneMatch(c -> c.id().equals(s.text()))) {
                out.add(Diagnostic.of(Code.UNKNOWN_CHOICE, s.position(),
                        "'exclusive' names '" + s.text() + "', which is not a choice of '" + id + "'"
                                + Ids.didYouMean(s.text(), choices.stream().map(Choice::id).toList())));
            }
        }
        for (Choice c : choices) {
            // "None of these" must stay on every list, or a person with none of them could not answer.
            if (c.when() != null && exclusive.contains(c.id())) {
                out.add(Diagnostic.of(Code.BAD_VALUE, c.when().position(), "exclusive choice '" + c.id() + "' of '"
                        + id + "' cannot have a 'when': it stands for none of the others and is always offered"));
            }
        }
        Double min = f.number("min").orElse(null);
        Double max = f.number("max").orElse(null);
        Text unit = f.text("unit", false).orElse(null);
        if (type != null && type != QuestionType.NUMBER) {
            for (String k : List.of("min", "max", "unit")) {
                f.get(k).ifPresent(n -> out.add(Diagnostic.of(Code.BAD_VALUE, f.keyPosition(k),
                        "'" + k + "' only applies to number questions; '" + id + "' is " + type.id())));
            }
        }
        if (min != null && max != null && min > max) {
            out.add(Diagnostic.of(Code.BAD_VALUE, f.keyPosition("min"),
                    "question '" + id + "' has min " + Numbers.format(min) + " above max " + Numbers.format(max)));
        }
        List<Branch> next = readNext(f, id);
        return Optional.of(new Question(id, at, type == null ? QuestionType.ONE : type, text, help,
                choices, exclusive, min, max, unit, next));
    }

    private List<Choice> readChoices(Fields f, String questionId, QuestionType type) {
        Optional<YamlNode> node = f.get("choices");
        if (type == QuestionType.NUMBER) {
            node.ifPresent(n -> out.add(Diagnostic.of(Code.BAD_VALUE, f.keyPosition("choices"),
                    "number question '" + questionId + "' cannot have choices")));
            return List.of();
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (type == QuestionType.YES_NO) {
            choices.put("yes", new Choice("yes", Text.of("Yes"), null, null, f.position()));
            choices.put("no", new Choice("no", Text.of("No"), null, null, f.position()));
        }
        if (node.isEmpty()) {
            if (type != QuestionType.YES_NO) {
                out.add(Diagnostic.of(Code.MISSING_KEY, f.position(),
                        type.id() + " question '" + questionId + "' needs 'choices'"));
            }
            return List.copyOf(choices.values());
        }
        Optional<MapNode> map = Fields.asMap(node.get(), "'choices' of '" + questionId + "'", out);
        if (map.isEmpty()) {
            return List.copyOf(choices.values());
        }
        for (YamlNode.Entry e : map.get().entries()) {
            String id = e.name();
            Position at = e.key().position();
            if (type == QuestionType.YES_NO && !choices.containsKey(id)) {
                out.add(Diagnostic.of(Code.UNKNOWN_CHOICE, at, "yes-no question '" + questionId
                        + "' has only the choices yes and no, not '" + id + "'"));
                continue;
            }
            checkId(id, at, "choice");
            Optional<Choice> read = readChoice(e, questionId);
            if (read.isEmpty()) {
                continue;
            }
            Choice c = read.get();
            if (type == QuestionType.YES_NO && c.when() != null) {
                out.add(Diagnostic.of(Code.BAD_VALUE, c.when().position(), "'" + id + "' of yes-no question '"
                        + questionId + "' cannot have a 'when': yes and no are always both offered"));
                c = new Choice(c.id(), c.text(), c.redFlag(), null, c.position());
            }
            choices.put(id, c);
        }
        if (choices.isEmpty()) {
            out.add(Diagnostic.of(Code.MISSING_KEY, f.keyPosition("choices"),
                    "question '" + questionId + "' has no choices"));
        }
        return List.copyOf(choices.values());
    }

    private Optional<Choice> readChoice(YamlNode.Entry e, String questionId) {
        String what = "choice '" + e.name() + "' of '" + questionId + "'";
        if (e.value() instanceof MapNode m) {
            Fields f = new Fields(m, what, CHOICE_KEYS, out);
            Optional<Text> text = f.text("text", true);
            Urgency redFlag = null;
            Optional<String> flag = f.string("red-flag", false, false);
            if (flag.isPresent()) {
                redFlag = Urgency.byId(flag.get()).orElse(null);
                if (redFlag == null || !redFlag.atLeast(Urgency.SOON)) {
                    out.add(Diagnostic.of(Code.BAD_VALUE, f.get("red-flag").get().position(),
                            "'red-flag' of " + what + " must be emergency, urgent or soon, not '" + flag.get() + "'"));
                    redFlag = null;
                }
            }
            Urgency flagged = redFlag;
            Condition when = null;
            Optional<YamlNode> whenNode = f.get("when");
            if (whenNode.isPresent()) {
                Optional<Condition> c = new ConditionReader(out).read(whenNode.get());
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                when = c.get();
            }
            Condition offeredWhen = when;
            return text.map(t -> new Choice(e.name(), t, flagged, offeredWhen, e.key().position()));
        }
        return Fields.text(e.value(), what, out).map(t -> new Choice(e.name(), t, null, null, e.key().position()));
    }

    private List<Branch> readNext(Fields f, String questionId) {
        Optional<YamlNode> node = f.required("next");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ListNode list)) {
            out.add(Diagnostic.of(Code.WRONG_TYPE, node.get().position(),
                    "'next' of '" + questionId + "' must be a list of {when, goto}, not " + node.get().describe()));
            return List.of();
        }
        ConditionReader conditions = new ConditionReader(out);
        List<Branch> branches = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Optional<MapNode> m = Fields.asMap(item, "an entry of 'next' of '" + questionId + "'", out);
            if (m.isEmpty()) {
                continue;
            }
            Fields bf = new Fields(m.get(), "an entry of 'next' of '" + questionId + "'", BRANCH_KEYS, out);
            Optional<String> target = bf.string("goto", true, false);
            Optional<YamlNode> whenNode = bf.get("when");
            Condition when = null;
            if (whenNode.isPresent()) {
                Optional<Condition> c = conditions.read(whenNode.get());
                if (c.isEmpty()) {
                    continue;
                }
                when = c.get();
            }
            if (target.isPresent()) {
                Position targetAt = bf.get("goto").get().position();
                branches.add(new Branch(when, target.get(), m.get().position(), targetAt));
            }
        }
        return branches;
    }

    private Optional<Outcome> readOutcome(YamlNode.Entry e) {
        String id = e.name();
        Position at = e.key().position();
        checkId(id, at, "outcome");
        Optional<MapNode> map = Fields.asMap(e.value(), "outcome '" + id + "'", out);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        String what = "outcome '" + id + "'";
        Fields f = new Fields(map.get(), what, OUTCOME_KEYS, out);
        See see = f.string("see", true, false).flatMap(s -> {
            Optional<See> v = See.byId(s);
            if (v.isEmpty()) {
                out.add(Diagnostic.of(Code.BAD_VALUE, f.get("see").get().position(), "unknown 'see' value '" + s
                        + "' in " + what + Ids.didYouMean(s, List.of(See.ids().split(", ")))
                        + "; expected one of: " + See.ids()));
            }
            return v;
        }).orElse(See.PRIMARY_CARE);
        Urgency urgency = f.string("urgency", true, false).flatMap(s -> {
            Optional<Urgency> v = Urgency.byId(s);
            if (v.isEmpty()) {
                out.add(Diagnostic.of(Code.BAD_VALUE, f.get("urgency").get().position(), "unknown urgency '" + s
                        + "' in " + what + Ids.didYouMean(s, List.of(Urgency.ids().split(", ")))
                        + "; expected one of: " + Urgency.ids()));
            }
            return v;
        }).orElse(Urgency.EMERGENCY);
        String specialty = f.string("specialty", false, false).orElse(null);
        Text who = f.text("who", false).orElse(null);
        Text title = f.text("title", true).orElse(Text.of(""));
        Text say = f.text("say", true).orElse(Text.of(""));
        List<Text> meanwhile = f.texts("meanwhile");
        List<Text> sooner = f.texts("go-sooner-if");
        List<String> sources = f.idList("sources").stream().map(ScalarNode::text).toList();
        return Optional.of(new Outcome(id, at, see, specialty, who, urgency, title, say, meanwhile, sooner, sources));
    }

    private void checkId(String id, Position at, String kind) {
        if (id.isEmpty()) {
            return;
        }
        if (!Ids.isValid(id)) {
            out.add(Diagnostic.of(Code.BAD_ID, at, kind + " id '" + Shown.text(id)
                    + "' must be lower-case words joined by '-' (like 'back-pain')"));
        } else if (ConditionReader.COMBINATORS.contains(id) && !kind.equals("tree") && !kind.equals("source")
                && !kind.equals("choice")) {
            out.add(Diagnostic.of(Code.BAD_ID, at, kind + " id '" + id
                    + "' is reserved for combining conditions; choose another"));
        }
    }
}
