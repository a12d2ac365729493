package referral.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import referral.testing.Cli;
import referral.testing.CleanTree;
import referral.testing.TreeGenerator;
import referral.testing.Trees;

/**
 * What {@code referral graph} draws is checked by the real tools: Graphviz renders the DOT,
 * Mermaid's own parser reads the flowchart. {@code .ci/run} installs both. A missing tool fails
 * the test; set {@code REFERRAL_SKIP_GRAPH_TOOLS=1} to skip instead on a machine without them
 * (ignored when {@code CI} is set).
 */
class GraphToolsTest {
    @TempDir
    Path dir;

    private static void requireTool(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " is missing: run .ci/run to install it (or set REFERRAL_SKIP_GRAPH_TOOLS=1 to skip locally)";
        if ("1".equals(System.getenv("REFERRAL_SKIP_GRAPH_TOOLS")) && System.getenv("CI") == null) {
            Assumptions.abort(message);
        }
        fail(message);
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private record Ran(int exit, String output) {}

    private static Ran run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish");
        }
        return new Ran(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private Path graph(String format, String... rules) throws IOException {
        Path file = dir.resolve("tree." + format);
        List<String> args = new ArrayList<>(List.of("graph", "--format", format, "--out", file.toString()));
        if (rules.length > 0) {
            Path r = dir.resolve("rules-" + format + ".yaml");
            Files.writeString(r, rules[0]);
            args.add("--rules");
            args.add(r.toString());
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.err());
        return file;
    }

    @Test
    void theBundledTreeRendersWithGraphviz() throws Exception {
        requireTool(onPath("dot"), "Graphviz (dot)");
        Path dot = graph("dot");
        Ran svg = run(List.of("dot", "-Tsvg", dot.toString()));
        assertEquals(0, svg.exit(), svg.output());
        assertTrue(svg.output().contains("<svg") && svg.output().contains("RED FLAG"), "an SVG with the red-flag edges");
    }

    @Test
    void theBundledTreeParsesAsMermaid() throws Exception {
        Path parser = Path.of(".ci/mermaid-parse.mjs").toAbsolutePath();
        requireTool(onPath("node") && Files.exists(Path.of(".ci/node_modules/mermaid/package.json")),
                "Mermaid's parser (node and .ci/node_modules/mermaid)");
        Path mmd = graph("mermaid");
        Ran parsed = run(List.of("node", parser.toString(), mmd.toString()));
        assertEquals(0, parsed.exit(), parsed.output());
        assertTrue(parsed.output().contains("ok (flowchart"), parsed.output());
    }

    @Test
    void awkwardTextsStillRenderAndParse() throws Exception {
        requireTool(onPath("dot"), "Graphviz (dot)");
        requireTool(onPath("node") && Files.exists(Path.of(".ci/node_modules/mermaid/package.json")), "Mermaid's parser");
        String awkward = CleanTree.YAML
                .replace("text: Any of these now?", "text: 'Quotes \"\" # hash; <b>tags</b> {braces} [brackets] | pipe -> arrow end'")
                .replace("title: Call now", "title: 'Call \"now\" \\\\ back; slash'");
        Path dot = graph("dot", awkward);
        assertEquals(0, run(List.of("dot", "-Tsvg", dot.toString())).exit());
        Path mmd = graph("mermaid", awkward);
        Ran parsed = run(List.of("node", Path.of(".ci/mermaid-parse.mjs").toAbsolutePath().toString(), mmd.toString()));
        assertEquals(0, parsed.exit(), parsed.output());
    }

    @Test
    void theConditionsOfChoicesAreDrawnAndRenderAndParse() throws Exception {
        requireTool(onPath("dot"), "Graphviz (dot)");
        requireTool(onPath("node") && Files.exists(Path.of(".ci/node_modules/mermaid/package.json")), "Mermaid's parser");
        Path dot = graph("dot", Trees.WHEN);
        assertTrue(Files.readString(dot).contains("label=\"main-problem\\nWhat troubles you most?\\nchoice heavy-work"
                + "\\n[if age is at least 16]\\nchoice girdle\\n[if age is at least 50]\""), Files.readString(dot));
        Ran svg = run(List.of("dot", "-Tsvg", dot.toString()));
        assertEquals(0, svg.exit(), svg.output());
        assertTrue(svg.output().contains("[if pregnant is yes]"), "the condition is on the drawing");
        Path mmd = graph("mermaid", Trees.WHEN);
        assertTrue(Files.readString(mmd).contains("choice pregnancy-warning (red flag)<br/>[if pregnant is yes]"),
                Files.readString(mmd));
        Ran parsed = run(List.of("node", Path.of(".ci/mermaid-parse.mjs").toAbsolutePath().toString(), mmd.toString()));
        assertEquals(0, parsed.exit(), parsed.output());
    }

    @Test
    void aLargeGeneratedTreeRendersAndParses() throws Exception {
        requireTool(onPath("dot"), "Graphviz (dot)");
        requireTool(onPath("node") && Files.exists(Path.of(".ci/node_modules/mermaid/package.json")), "Mermaid's parser");
        String big = TreeGenerator.yaml(60, 3); // 60 questions: within what a rules file may hold;
        assertEquals(0, run(List.of("dot", "-Tsvg", graph("dot", big).toString())).exit());
        Ran parsed = run(List.of("node", Path.of(".ci/mermaid-parse.mjs").toAbsolutePath().toString(),
                graph("mermaid", big).toString()));
        assertEquals(0, parsed.exit(), parsed.output());
    }

    @Test
    void aBrokenMermaidFileIsRejectedByTheParser() throws Exception {
        requireTool(onPath("node") && Files.exists(Path.of(".ci/node_modules/mermaid/package.json")), "Mermaid's parser");
        Path bad = dir.resolve("bad.mmd");
        Files.writeString(bad, "flowchart TD\n  q_a[\"unclosed -->| o_b\n");
        Ran parsed = run(List.of("node", Path.of(".ci/mermaid-parse.mjs").toAbsolutePath().toString(), bad.toString()));
        assertEquals(1, parsed.exit(), "the parser really checks: " + parsed.output());
    }
}
