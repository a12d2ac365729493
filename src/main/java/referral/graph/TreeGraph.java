package referral.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import referral.diagnostics.Diagnostic;
import referral.rules.Branch;
import referral.rules.Choice;
import referral.rules.Condition;
import referral.rules.ConditionText;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.Tree;
import referral.rules.Urgency;

/**
 * A tree drawn as a graph: questions as boxes (listing the choices offered only under a
 * condition, with it), outcomes coloured by urgency, one edge per {@code next} entry labelled
 * with its condition, and edges that a red-flag answer takes marked.
 * Written as Graphviz DOT or as a Mermaid flowchart.
 */
public final class TreeGraph {
    private static final int WRAP = 34;
    private static final int LONGEST_LABEL = 90;
    private static final String RED = "#c62828";

    private TreeGraph() {}

    /** Fill and text colours per urgency, most urgent first: red, orange, yellow, green, blue. */
    static String fill(Urgency u) {
        return switch (u) {
            case EMERGENCY -> RED;
            case URGENT -> "#ef6c00";
            case SOON -> "#fdd835";
            case ROUTINE -> "#a5d6a7";
            case SELF_CARE -> "#90caf9";
        };
    }

    static String ink(Urgency u) {
        return u == Urgency.EMERGENCY || u == Urgency.URGENT ? "#ffffff" : "#000000";
    }

    /**
     * What is wrong with a tree, placed on what a drawing shows: the codes of the errors found in each
     * question and outcome (by position: an error belongs to the node written last before it), the
     * gotos that lead nowhere, and the errors outside any node (the tree's header, its sources).
     */
    record Faults(Map<String, Set<String>> byNode, Set<String> missing, Set<String> ofTree) {
        static final Faults NONE = new Faults(Map.of(), Set.of(), Set.of());

        static Faults of(Tree tree, List<Diagnostic> diagnostics) {
            List<Map.Entry<Integer, String>> nodes = new ArrayList<>();
            tree.questions().values().forEach(q -> nodes.add(Map.entry(q.position().line(), "q:" + q.id())));
            tree.outcomes().values().forEach(o -> nodes.add(Map.entry(o.position().line(), "o:" + o.id())));
            nodes.sort(Map.Entry.comparingByKey());
            Map<String, Set<String>> byNode = new LinkedHashMap<>();
            Set<String> ofTree = new LinkedHashSet<>();
            for (Diagnostic d : diagnostics) {
                if (!d.isError()) {
                    continue;
                }
                String node = null;
                for (Map.Entry<Integer, String> n : nodes) {
                    if (n.getKey() > 0 && n.getKey() <= d.position().line()) {
                        node = n.getValue();
                    }
                }
                if (node == null) {
                    ofTree.add(d.code().id());
                } else {
                    byNode.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(d.code().id());
                }
            }
            Set<String> missing = new LinkedHashSet<>();
            for (Question q : tree.questions().values()) {
                for (Branch b : q.next()) {
                    if (!tree.questions().containsKey(b.target()) && !tree.outcomes().containsKey(b.target())) {
                        missing.add(b.target());
                    }
                }
            }
            return new Faults(byNode, missing, ofTree);
        }

        boolean any() {
            return !byNode.isEmpty() || !missing.isEmpty() || !ofTree.isEmpty();
        }

        Set<String> of(String node) {
            return byNode.getOrDefault(node, Set.of());
        }

        /** The lines a faulty node's label gains: one a code. */
        List<String> lines(String node) {
            return of(node).stream().map(code -> "ERROR: " + code).toList();
        }

        String summary() {
            return ofTree.isEmpty() ? "" : " - ERROR: " + String.join(", ", ofTree);
        }
    }

    /** One edge: the label of its condition, and whether a red-flag answer takes it. */
    private record Edge(String from, String to, String label, boolean redFlag) {}

    private static List<Edge> edges(Tree tree) {
        List<Edge> edges = new ArrayList<>();
        for (Question q : tree.questions().values()) {
            for (Branch b : q.next()) {
                String label = b.isUnconditional() ? (q.next().size() == 1 ? "" : "otherwise")
                        : shorten(ConditionText.describe(b.when()));
                edges.add(new Edge(q.id(), b.target(), label, b.when() != null && namesRedFlag(tree, b.when(), false)));
            }
        }
        return edges;
    }

    /** Whether the condition holds because a red-flag choice was picked (a choice named outside any 'not'). */
    static boolean namesRedFlag(Tree tree, Condition c, boolean negated) {
        if (c instanceof Condition.Not not) {
            return namesRedFlag(tree, not.condition(), !negated);
        }
        if (c instanceof Condition.All all) {
            return all.conditions().stream().anyMatch(x -> namesRedFlag(tree, x, negated));
        }
        if (c instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(x -> namesRedFlag(tree, x, negated));
        }
        if (negated) {
            return false;
        }
        List<String> named = c instanceof Condition.Is is ? List.of(is.choice())
                : c instanceof Condition.AnyOf a ? List.copyOf(a.choices())
                : c instanceof Condition.AllOf a ? List.copyOf(a.choices()) : List.of();
        Question q = tree.questions().get(((Condition.OnQuestion) c).question());
        return q != null && named.stream().anyMatch(id -> q.choice(id).map(ch -> ch.redFlag() != null).orElse(false));
    }

    private static String shorten(String s) {
        return s.length() <= LONGEST_LABEL ? s : s.substring(0, LONGEST_LABEL - 1) + "…";
    }

    /** Breaks text into lines of about {@value #WRAP} characters at spaces. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The question's id and text, then each choice offered only under a condition, with it. */
    private static List<String> questionLines(Tree tree, Question q) {
        List<String> lines = new ArrayList<>();
        lines.add(q.id() + (q.hasRedFlag() ? " (red flags)" : ""));
        lines.addAll(wrap(q.text().value()));
        for (Choice c : q.choices()) {
            if (c.when() != null) {
                lines.add("choice " + c.id() + (c.redFlag() == null ? "" : " (red flag)"));
                lines.addAll(wrap(shorten("[if " + ConditionText.words(c.when(), tree.questions()) + "]")));
            }
        }
        return lines;
    }

    private static List<String> outcomeLines(Outcome o) {
        List<String> lines = new ArrayList<>(wrap(o.title().value()));
        lines.add(o.see().id() + (o.specialty() == null ? "" : " (" + o.specialty() + ")") + ", " + o.urgency().id());
        return lines;
    }

    /** Graphviz DOT; render with {@code dot -Tsvg}. */
    public static String dot(Tree tree) {
        return dot(tree, List.of());
    }

    /**
     * Graphviz DOT of a tree that may have errors ({@code diagnostics}, as {@code check} finds them):
     * a node with errors has a dashed red border and its error codes in its label, a goto that leads
     * nowhere ends at a dashed red "missing" node, and errors outside any node go in the title.
     */
    public static String dot(Tree tree, List<Diagnostic> diagnostics) {
        Faults faults = Faults.of(tree, diagnostics);
        StringBuilder s = new StringBuilder();
        s.append("digraph ").append(dotString(tree.id())).append(" {\n");
        s.append("  label=").append(dotString(tree.title().value() + " (" + tree.id() + " " + tree.version() + ")"
                        + faults.summary())).append("; labelloc=t; rankdir=TB;\n");
        s.append("  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (Question q : tree.questions().values()) {
            String node = "q:" + q.id();
            boolean faulty = !faults.of(node).isEmpty();
            List<String> lines = new ArrayList<>(questionLines(tree, q));
            lines.addAll(faults.lines(node));
            s.append("  ").append(dotString(node)).append(" [shape=box, style=\"rounded").append(faulty ? ",dashed" : "")
                    .append("\"").append(q.hasRedFlag() || faulty ? ", color=\"" + RED + "\", penwidth=" + (faulty ? 3 : 2) : "")
                    .append(", label=").append(dotString(String.join("\n", lines))).append("];\n");
        }
        for (Outcome o : tree.outcomes().values()) {
            String node = "o:" + o.id();
            boolean faulty = !faults.of(node).isEmpty();
            List<String> lines = new ArrayList<>(outcomeLines(o));
            lines.addAll(faults.lines(node));
            s.append("  ").append(dotString(node)).append(" [shape=box, style=\"filled").append(faulty ? ",dashed" : "")
                    .append("\", fillcolor=\"").append(fill(o.urgency())).append("\", fontcolor=\"").append(ink(o.urgency()))
                    .append("\"").append(faulty ? ", color=\"" + RED + "\", penwidth=3" : "")
                    .append(", label=").append(dotString(String.join("\n", lines))).append("];\n");
        }
        for (String missing : faults.missing()) {
            s.append("  ").append(dotString("missing:" + missing)).append(" [shape=box, style=\"dashed\", color=\"")
                    .append(RED).append("\", fontcolor=\"").append(RED).append("\", penwidth=3, label=")
                    .append(dotString(missing + "\nERROR: no such question or outcome")).append("];\n");
        }
        for (Edge e : edges(tree)) {
            String to = (tree.questions().containsKey(e.to()) ? "q:" : tree.outcomes().containsKey(e.to()) ? "o:" : "missing:")
                    + e.to();
            s.append("  ").append(dotString("q:" + e.from())).append(" -> ").append(dotString(to)).append(" [label=")
                    .append(dotString((e.redFlag() ? "RED FLAG: " : "") + e.label()))
                    .append(e.redFlag() ? ", color=\"" + RED + "\", fontcolor=\"" + RED + "\", penwidth=2.5" : "")
                    .append("];\n");
        }
        return s.append("}\n").toString();
    }

    private static String dotString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** A Mermaid flowchart. */
    public static String mermaid(Tree tree) {
        return mermaid(tree, List.of());
    }

    /** A Mermaid flowchart of a tree that may have errors, marked as {@link #dot(Tree, List)} marks them. */
    public static String mermaid(Tree tree, List<Diagnostic> diagnostics) {
        Faults faults = Faults.of(tree, diagnostics);
        // The title is YAML (Mermaid's front matter): quoted, so that a ':' in it is text.
        StringBuilder s = new StringBuilder("---\ntitle: \"")
                .append(mermaidText(tree.title().value() + faults.summary()).replace("\\", "\\\\"))
                .append("\"\n---\nflowchart TD\n");
        for (Question q : tree.questions().values()) {
            List<String> lines = new ArrayList<>(questionLines(tree, q));
            lines.addAll(faults.lines("q:" + q.id()));
            s.append("  ").append(mermaidId("q", q.id())).append("[\"")
                    .append(mermaidText(String.join("\n", lines))).append("\"]\n");
        }
        for (Outcome o : tree.outcomes().values()) {
            List<String> lines = new ArrayList<>(outcomeLines(o));
            lines.addAll(faults.lines("o:" + o.id()));
            s.append("  ").append(mermaidId("o", o.id())).append("([\"")
                    .append(mermaidText(String.join("\n", lines))).append("\"])\n");
        }
        for (String missing : faults.missing()) {
            s.append("  ").append(mermaidId("m", missing)).append("[\"")
                    .append(mermaidText(missing + "\nERROR: no such question or outcome")).append("\"]\n");
        }
        List<Integer> red = new ArrayList<>();
        List<Edge> edges = edges(tree);
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            String to = mermaidId(tree.questions().containsKey(e.to()) ? "q" : tree.outcomes().containsKey(e.to()) ? "o" : "m",
                    e.to());
            String label = (e.redFlag() ? "RED FLAG: " : "") + e.label();
            s.append("  ").append(mermaidId("q", e.from())).append(e.redFlag() ? " ==>" : " -->")
                    .append(label.isEmpty() ? "" : "|\"" + mermaidText(label) + "\"|").append(' ').append(to).append('\n');
            if (e.redFlag()) {
                red.add(i);
            }
        }
        for (Urgency u : Urgency.values()) {
            s.append("  classDef ").append(urgencyClass(u)).append(" fill:").append(fill(u)).append(",color:")
                    .append(ink(u)).append(",stroke:#333\n");
        }
        s.append("  classDef redflag stroke:").append(RED).append(",stroke-width:3px\n");
        for (Outcome o : tree.outcomes().values()) {
            s.append("  class ").append(mermaidId("o", o.id())).append(' ').append(urgencyClass(o.urgency())).append('\n');
        }
        for (Question q : tree.questions().values()) {
            if (q.hasRedFlag()) {
                s.append("  class ").append(mermaidId("q", q.id())).append(" redflag\n");
            }
        }
        if (faults.any()) {
            s.append("  classDef fault stroke:").append(RED).append(",stroke-width:3px,stroke-dasharray:6 4\n");
            for (String node : faults.byNode().keySet()) {
                s.append("  class ").append(mermaidId(node.substring(0, 1), node.substring(2))).append(" fault\n");
            }
            for (String missing : faults.missing()) {
                s.append("  class ").append(mermaidId("m", missing)).append(" fault\n");
            }
        }
        if (!red.isEmpty()) {
            s.append("  linkStyle ").append(String.join(",", red.stream().map(String::valueOf).toList()))
                    .append(" stroke:").append(RED).append(",stroke-width:3px,color:").append(RED).append('\n');
        }
        return s.toString();
    }

    private static String urgencyClass(Urgency u) {
        return "urgency_" + u.id().replace('-', '_');
    }

    /**
     * Ids are lower-case words joined by '-', which Mermaid would read as an arrow: '_' never occurs in
     * them. Anything else a broken tree may hold (spaces, capitals) becomes '_' too.
     */
    private static String mermaidId(String prefix, String id) {
        return prefix + "_" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** Text inside Mermaid quotes: entity codes for the characters Mermaid gives a meaning. */
    private static String mermaidText(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("#quot;");
                case '#' -> s.append("#35;");
                case '<' -> s.append("#lt;");
                case '>' -> s.append("#gt;");
                case '\n' -> s.append("<br/>");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
