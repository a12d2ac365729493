package referral.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import referral.answers.AnswerSet;
import referral.answers.AnswersReader;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Input;
import referral.diagnostics.Position;
import referral.files.InputFiles;
import referral.rules.Ids;
import referral.rules.See;
import referral.rules.Tree;
import referral.rules.Urgency;
import referral.yaml.YamlLimits;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;
import referral.yaml.YamlReader;

/**
 * Reads a case file against a tree. Every shape problem and every answer that does not fit the
 * tree is collected, a diagnostic each at its file:line:col, so an author fixes them all in one go.
 *
 * <pre>
 * tree: muscle-pain              # optional: the tree these cases are written for
 * cases:
 *   - name: stroke-signs
 *     description: A 70-year-old whose face droops on one side since this morning.
 *     answers: {emergency-signs: [stroke]}
 *     expect: {outcome: emergency-stroke, see: emergency, urgency: emergency}
 * </pre>
 */
public final class CaseReader {
    static final Set<String> FILE_KEYS = Set.of("tree", "cases");
    static final Set<String> CASE_KEYS = Set.of("name", "description", "answers", "expect");
    static final Set<String> EXPECT_KEYS = Set.of("outcome", "see", "specialty", "urgency");

    private final Tree tree;

    public CaseReader(Tree tree) {
        this.tree = tree;
    }

    /** All cases of several files; problems of every file are reported together, and names must be unique across files. */
    public List<Case> readAll(List<InputFiles.Content> files) throws BadInput {
        List<Diagnostic> problems = new ArrayList<>();
        List<Case> all = new ArrayList<>();
        Map<String, Position> names = new LinkedHashMap<>();
        for (InputFiles.Content file : files) {
            try {
                for (Case c : read(file)) {
                    Position first = names.putIfAbsent(c.name(), c.position());
                    if (first != null) {
                        problems.add(Diagnostic.of(Code.DUPLICATE_CASE, c.position(), "case name '" + c.name()
                                + "' is used twice (first at " + first + ")"));
                    } else {
                        all.add(c);
                    }
                }
            } catch (BadInput e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(Input.CASES, problems, "the case files have " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s")
                    + (problems.size() > BadInput.MAX_SHOWN ? " (the first " + BadInput.MAX_SHOWN + " above)" : "")
                    + "; no case was run");
        }
        if (all.isEmpty()) {
            throw new BadInput(Input.CASES, Diagnostic.of(Code.NO_CASES, null,
                    "no cases to run; a case file needs 'cases:' with at least one case"));
        }
        return all;
    }

    public List<Case> read(InputFiles.Content content) throws BadInput {
        if (content.tooLarge()) {
            throw new BadInput(Input.CASES, Diagnostic.of(Code.TOO_LARGE, Position.ofFile(content.name()), "file is "
                    + content.size() + " bytes or more; the limit for a case file is " + YamlLimits.RULES.maxBytes() + " bytes"));
        }
        YamlReader.Document doc = new YamlReader(YamlLimits.RULES).read(content.name(), content.bytes());
        if (doc.stopped()) {
            throw new BadInput(Input.CASES, doc.problems());
        }
        List<Diagnostic> problems = new ArrayList<>(doc.problems());
        List<Case> cases = new ArrayList<>();
        if (doc.root() == null) {
            problems.add(Diagnostic.of(Code.NOT_CASES, Position.ofFile(content.name()),
                    "the file is empty; expected 'cases:' with a list of cases"));
        } else if (!(doc.root() instanceof MapNode root)) {
            problems.add(Diagnostic.of(Code.NOT_CASES, doc.root().position(), "a case file must be a mapping with 'cases:', not "
                    + doc.root().describe()));
        } else {
            readFile(root, cases, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInput(Input.CASES, problems);
        }
        return cases;
    }

    private void readFile(MapNode root, List<Case> cases, List<Diagnostic> problems) {
        if (root.get("cases").isEmpty() && (root.get("questions").isPresent() || root.get("outcomes").isPresent())) {
            problems.add(Diagnostic.of(Code.NOT_CASES, Position.ofFile(root.position().file()),
                    "this is a rules file, not a case file; give it with --rules FILE"));
            return;
        }
        unknownKeys(root, FILE_KEYS, "a case file", problems);
        root.entry("tree").ifPresent(e -> {
            if (!(e.value() instanceof ScalarNode s) || !s.text().equals(tree.id())) {
                problems.add(Diagnostic.of(Code.WRONG_TREE, e.value().position(), "these cases are for tree '"
                        + text(e.value()) + "', but the rules are tree '" + tree.id() + "'"));
            }
        });
        Optional<YamlNode> list = root.get("cases");
        if (list.isEmpty()) {
            problems.add(Diagnostic.of(Code.NOT_CASES, root.position(), "a case file needs 'cases:' with a list of cases"));
            return;
        }
        if (!(list.get() instanceof ListNode items)) {
            problems.add(Diagnostic.of(Code.NOT_CASES, list.get().position(),
                    "'cases' must be a list of cases (each starting with '- name:'), not " + list.get().describe()));
            return;
        }
        Map<String, Position> names = new LinkedHashMap<>();
        for (YamlNode item : items.items()) {
            readCase(item, problems).ifPresent(c -> {
                Position first = names.putIfAbsent(c.name(), c.position());
                if (first != null) {
                    problems.add(Diagnostic.of(Code.DUPLICATE_CASE, c.position(), "case name '" + c.name()
                            + "' is used twice (first at line " + first.line() + ")"));
                } else {
                    cases.add(c);
                }
            });
        }
    }

    private Optional<Case> readCase(YamlNode node, List<Diagnostic> problems) {
        if (!(node instanceof MapNode m)) {
            problems.add(Diagnostic.of(Code.WRONG_TYPE, node.position(),
                    "a case must be a mapping with name, description, answers and expect, not " + node.describe()));
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(m, CASE_KEYS, "a case", problems);
        String name = requiredText(m, "name", "a case", problems);
        String what = name == null ? "the case" : "case '" + name + "'";
        if (name != null && !Ids.isValid(name)) {
            problems.add(Diagnostic.of(Code.BAD_ID, m.get("name").get().position(), "case name '" + name
                    + "' must be lower-case words joined by '-' (like 'stroke-signs')"));
        }
        String description = requiredText(m, "description", what, problems);
        AnswerSet answers = readAnswers(m, what, problems);
        Expectation expect = readExpect(m, what, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Case(name, description, answers, expect, m.position()));
    }

    private AnswerSet readAnswers(MapNode m, String what, List<Diagnostic> problems) {
        AnswerSet none = new AnswerSet(Map.of(), Map.of());
        Optional<YamlNode> node = m.get("answers");
        if (node.isEmpty()) {
            problems.add(Diagnostic.of(Code.MISSING_KEY, m.position(), what + " needs 'answers' (question id to answer)"));
            return none;
        }
        if (!(node.get() instanceof MapNode answers)) {
            problems.add(Diagnostic.of(Code.WRONG_TYPE, node.get().position(), "'answers' of " + what
                    + " must be a mapping of question id to answer, not " + node.get().describe()));
            return none;
        }
        try {
            return new AnswersReader(tree).read(answers, new ArrayList<>());
        } catch (BadInput e) {
            problems.addAll(e.problems());
            return none;
        }
    }

    private Expectation readExpect(MapNode m, String what, List<Diagnostic> problems) {
        Optional<YamlNode> node = m.get("expect");
        if (node.isEmpty()) {
            problems.add(Diagnostic.of(Code.MISSING_KEY, m.position(), what + " needs 'expect' (outcome, see, urgency)"));
            return null;
        }
        if (!(node.get() instanceof MapNode e)) {
            problems.add(Diagnostic.of(Code.WRONG_TYPE, node.get().position(), "'expect' of " + what
                    + " must be a mapping like {outcome: ..., see: ..., urgency: ...}, not " + node.get().describe()));
            return null;
        }
        unknownKeys(e, EXPECT_KEYS, "'expect' of " + what, problems);
        String outcome = optionalText(e, "outcome", problems);
        if (outcome != null && !tree.outcomes().containsKey(outcome)) {
            problems.add(Diagnostic.of(Code.BAD_VALUE, e.get("outcome").get().position(), "outcome '" + outcome
                    + "' is not in tree '" + tree.id() + "'" + Ids.didYouMean(outcome, tree.outcomes().keySet())));
        }
        String seeId = optionalText(e, "see", problems);
        See see = seeId == null ? null : See.byId(seeId).orElse(null);
        if (seeId != null && see == null) {
            problems.add(Diagnostic.of(Code.BAD_VALUE, e.get("see").get().position(), "unknown 'see' value '" + seeId + "'"
                    + Ids.didYouMean(seeId, List.of(See.ids().split(", "))) + "; expected one of: " + See.ids()));
        }
        String urgencyId = optionalText(e, "urgency", problems);
        Urgency urgency = urgencyId == null ? null : Urgency.byId(urgencyId).orElse(null);
        if (urgencyId != null && urgency == null) {
            problems.add(Diagnostic.of(Code.BAD_VALUE, e.get("urgency").get().position(), "unknown urgency '" + urgencyId
                    + "'" + Ids.didYouMean(urgencyId, List.of(Urgency.ids().split(", "))) + "; expected one of: "
                    + Urgency.ids()));
        }
        String specialty = optionalText(e, "specialty", problems);
        Expectation expectation = new Expectation(outcome, see, specialty, urgency);
        if (expectation.isEmpty()) {
            problems.add(Diagnostic.of(Code.EXPECTS_NOTHING, e.position(), "'expect' of " + what
                    + " expects nothing; give at least one of: outcome, see, specialty, urgency"));
        }
        return expectation;
    }

    private static void unknownKeys(MapNode m, Set<String> known, String what, List<Diagnostic> problems) {
        for (YamlNode.Entry e : m.entries()) {
            if (!known.contains(e.name())) {
                String hint = Ids.didYouMean(e.name(), known);
                problems.add(Diagnostic.of(Code.UNKNOWN_KEY, e.key().position(), "unknown key '" + e.name() + "' in " + what
                        + (hint.isEmpty() ? "; expected one of: " + String.join(", ", known.stream().sorted().toList())
                                : hint)));
            }
        }
    }

    private static String requiredText(MapNode m, String key, String what, List<Diagnostic> problems) {
        if (m.get(key).isEmpty()) {
            problems.add(Diagnostic.of(Code.MISSING_KEY, m.position(), what + " needs '" + key + "'"));
            return null;
        }
        return optionalText(m, key, problems);
    }

    private static String optionalText(MapNode m, String key, List<Diagnostic> problems) {
        Optional<YamlNode> v = m.get(key);
        if (v.isEmpty() || v.get() instanceof ScalarNode s && s.kind() == YamlNode.Kind.NULL) {
            return null;
        }
        if (v.get() instanceof ScalarNode s && s.kind() == YamlNode.Kind.STRING) {
            if (s.text().isBlank()) {
                problems.add(Diagnostic.of(Code.BAD_VALUE, s.position(), "'" + key + "' is empty"));
                return null;
            }
            return s.text().strip();
        }
        problems.add(Diagnostic.of(Code.WRONG_TYPE, v.get().position(), "'" + key + "' must be text, not "
                + v.get().describe() + (v.get() instanceof ScalarNode s ? " '" + s.text() + "'" : "")));
        return null;
    }

    private static String text(YamlNode node) {
        return node instanceof ScalarNode s ? s.text() : node.describe();
    }
}
