package referral.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import referral.diagnostics.Position;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.See;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Tree;
import referral.rules.Urgency;

/**
 * Writes a large rules file in YAML for benchmarks: {@code questions} 'one' questions of four choices
 * in levels that widen by four up to {@code width}, each {@code next} sending its choices to questions
 * of the next level (mixing plain, {any: ...} and {not: ...} conditions), the last level to one of 20
 * outcomes. A graph without cycles where every node is reachable; every walk asks one question a level.
 */
public final class GeneratedTree {
    private GeneratedTree() {}

    public static String yaml(int questions, int width) {
        List<Integer> widths = new ArrayList<>();
        int total = 0;
        for (int w = 1; total < questions; w = Math.min(width, w * 4)) {
            int here = Math.min(w, questions - total);
            widths.add(here);
            total += here;
        }
        StringBuilder s = new StringBuilder(questions * 420);
        s.append("id: generated\nversion: 1.0.0\ntitle: A generated tree for benchmarks\nstart: q-0-0\n\n");
        s.append("sources:\n  gen: Generated\n\nquestions:\n");
        for (int level = 0; level < widths.size(); level++) {
            boolean last = level == widths.size() - 1;
            for (int i = 0; i < widths.get(level); i++) {
                String id = "q-" + level + "-" + i;
                s.append("  ").append(id).append(":\n");
                s.append("    text: Question ").append(level).append('.').append(i).append(" - which of these fits best?\n");
                s.append("    type: one\n    choices:\n");
                for (int c = 0; c < 4; c++) {
                    s.append("      c").append(c).append(": Choice ").append(c).append(" of ").append(id).append('\n');
                }
                s.append("    next:\n");
                String[] to = new String[4];
                for (int c = 0; c < 4; c++) {
                    to[c] = last ? "o-" + ((i * 4 + c) % 20)
                            : "q-" + (level + 1) + "-" + ((i * 4 + c) % widths.get(level + 1));
                }
                s.append("      - when: {").append(id).append(": c0}\n        goto: ").append(to[0]).append('\n');
                s.append("      - when: {").append(id).append(": {any: [c1]}}\n        goto: ").append(to[1]).append('\n');
                s.append("      - when: {not: {").append(id).append(": {any: [c0, c1, c3]}}}\n        goto: ")
                        .append(to[2]).append('\n');
                s.append("      - goto: ").append(to[3]).append('\n');
            }
        }
        s.append("\noutcomes:\n");
        for (int o = 0; o < 20; o++) {
            s.append("  o-").append(o).append(":\n    see: primary-care\n    urgency: routine\n")
                    .append("    title: Outcome ").append(o).append("\n    say: Generated outcome ").append(o)
                    .append(".\n    sources: [gen]\n");
        }
        return s.toString();
    }

    /**
     * The same tree built directly as records (positions are the line each node would have in
     * {@link #yaml}'s text only roughly): for benchmarks of the engine and the checker at sizes the
     * rules-file limits (YamlLimits.RULES) do not let through the YAML reader.
     */
    public static Tree tree(int questions, int width) {
        List<Integer> widths = widths(questions, width);
        Map<String, Question> qs = new LinkedHashMap<>();
        int line = 1;
        for (int level = 0; level < widths.size(); level++) {
            boolean last = level == widths.size() - 1;
            for (int i = 0; i < widths.get(level); i++) {
                String id = "q-" + level + "-" + i;
                Position at = new Position("generated", line, 3);
                List<Choice> choices = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    choices.add(new Choice("c" + c, Text.of("Choice " + c + " of " + id), null, new Position("generated", line + 4 + c, 7)));
                }
                String[] to = new String[4];
                for (int c = 0; c < 4; c++) {
                    to[c] = last ? "o-" + ((i * 4 + c) % 20) : "q-" + (level + 1) + "-" + ((i * 4 + c) % widths.get(level + 1));
                }
                Position b = new Position("generated", line + 9, 9);
                List<Branch> next = List.of(
                        new Branch(new Condition.Is(id, "c0", b), to[0], b, b),
                        new Branch(new Condition.AnyOf(id, new LinkedHashSet<>(List.of("c1")), b), to[1], b, b),
                        new Branch(new Condition.Not(new Condition.AnyOf(id, new LinkedHashSet<>(List.of("c0", "c1", "c3")), b), b), to[2], b, b),
                        new Branch(null, to[3], b, b));
                qs.put(id, new Question(id, at, QuestionType.ONE, Text.of("Question " + level + "." + i + " - which of these fits best?"),
                        null, choices, Set.of(), null, null, null, next));
                line += 17;
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (int o = 0; o < 20; o++) {
            outcomes.put("o-" + o, new Outcome("o-" + o, new Position("generated", line++, 3), See.PRIMARY_CARE, null, null, Urgency.ROUTINE,
                    Text.of("Outcome " + o), Text.of("Generated outcome " + o + "."), List.of(), List.of(), List.of("gen")));
        }
        Map<String, Source> sources = Map.of("gen", new Source("gen", Text.of("Generated"), new Position("generated", 7, 3)));
        return new Tree("generated", "1.0.0", Text.of("A generated tree for benchmarks"), "q-0-0",
                new Position("generated", 4, 8), qs, outcomes, sources, Map.of(), "generated");
    }

    private static List<Integer> widths(int questions, int width) {
        List<Integer> widths = new ArrayList<>();
        int total = 0;
        for (int w = 1; total < questions; w = Math.min(width, w * 4)) {
            int here = Math.min(w, questions - total);
            widths.add(here);
            total += here;
        }
        return widths;
    }

    /** Writes the tree to standard output: {@code java -cp ... referral.bench.GeneratedTree 10000 500}. */
    public static void main(String[] args) {
        System.out.print(yaml(Integer.parseInt(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 500));
    }
}
